import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .head {
    justify-content: space-between;
  }

  section {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 1rem;
  }

  .surveys {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .surveys li {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
  }
`;
