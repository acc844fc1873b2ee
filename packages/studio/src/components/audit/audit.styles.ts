import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .filters label {
    display: inline-grid;
    gap: 0.125rem;
    font-weight: 600;
  }

  input {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  .filters {
    align-items: end;
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    min-inline-size: 40rem;
  }

  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    padding: 0.375rem 0.5rem;
    border-block-end: 1px solid var(--_line);
    text-align: start;
    vertical-align: top;
  }

  code {
    font-size: 0.875rem;
    word-break: break-word;
  }
`;
