import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 2rem;
  }

  .links {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .links li {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .links a:not(.button) {
    word-break: break-all;
  }

  .embed {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  .embed textarea {
    box-sizing: border-box;
    inline-size: 100%;
    font:
      0.875rem/1.4 ui-monospace,
      monospace;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 1rem;
  }

  table {
    min-inline-size: 28rem;
  }

  th,
  td {
    padding-inline: 0.75rem;
  }

  td {
    font-variant-numeric: tabular-nums;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_text);
  }
`;
