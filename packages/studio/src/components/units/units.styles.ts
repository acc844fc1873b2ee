import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .tree {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  :host > div > .tree {
    padding-inline-start: 0;
    list-style: none;
  }

  .tree li {
    margin-block: 0.25rem;
  }

  .unit {
    min-block-size: 2rem;
  }

  .name {
    font-weight: 600;
  }

  .edit {
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field label {
    font-weight: 600;
  }

  select,
  input[type='text'] {
    box-sizing: border-box;
    max-inline-size: 24rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
  }

  .button:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
`;
