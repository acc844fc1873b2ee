import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .users {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .users > li {
    display: grid;
    gap: 0.375rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .name {
    font-size: 1.125rem;
  }

  .grant label {
    font-weight: 600;
  }

  select {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
  }

  .ok {
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_ok);
    background: #e8f3eb;
  }
`;
