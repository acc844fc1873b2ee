import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 2rem;
  }

  .actions {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .actions > li {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .actions h4 {
    margin: 0;
  }

  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  .field select,
  .field input {
    box-sizing: border-box;
    max-inline-size: 100%;
    min-block-size: 2.75rem;
    font: inherit;
    font-weight: 400;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  .status-change {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
  }

  .notice {
    padding: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
    background: var(--_subtle);
  }

  @media (max-width: 30rem) {
    dl {
      grid-template-columns: 1fr;
    }

    dd {
      margin-block-end: 0.5rem;
    }
  }
`;
