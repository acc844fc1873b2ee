import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 1rem;
  }

  .summary {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .files .button {
    position: relative;
  }

  .files .button:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }

  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .ok {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_ok);
    background: #e8f3eb;
  }

  table {
    inline-size: 100%;
    min-inline-size: 40rem;
  }

  th,
  td {
    border: 1px solid var(--_line);
  }

  thead th {
    background: var(--_subtle);
  }

  tbody th {
    font-weight: 600;
    inline-size: 12rem;
  }

  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-inline-size: 12rem;
    padding: 0.25rem 0.375rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  .missing-cell textarea {
    border-style: dashed;
  }

  .missing {
    display: inline-block;
    margin-block-start: 0.125rem;
    font-size: 0.875rem;
    font-style: normal;
    font-weight: 600;
    color: var(--_warning);
  }
`;
