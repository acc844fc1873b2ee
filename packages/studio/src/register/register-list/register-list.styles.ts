import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  fieldset {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }

  .filters {
    display: grid;
    gap: 0.75rem;
  }

  label {
    display: inline-grid;
    gap: 0.125rem;
    font-weight: 600;
  }

  label.check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    font-weight: 400;
  }

  label.block {
    display: grid;
  }

  .hint {
    font-weight: 400;
  }

  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 400;
    max-inline-size: 100%;
  }

  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }

  .row {
    align-items: end;
  }

  table {
    inline-size: 100%;
  }

  caption {
    font-weight: 600;
    padding-block: 0.25rem;
  }

  th,
  td {
    border-block-end-color: var(--_border);
    padding-block: 0.25rem;
    /* Each cell holds a short phrase ("Lämnad muntligt", "Kvartal 4"): on a narrow screen the table scrolls
       sideways in its region rather than breaking them into columns of letters. */
    white-space: nowrap;
  }

  th button.sort {
    min-block-size: 2.75rem;
    inline-size: 100%;
    justify-content: start;
    gap: 0.25rem;
    font-weight: 700;
  }

  tr.overdue th,
  tr.overdue td {
    background: color-mix(in srgb, var(--_error) 8%, transparent);
  }

  .badge.late {
    border: 2px solid currentColor;
    border-radius: 999px;
    padding: 0 0.5rem;
  }

  .field-error {
    font-weight: 600;
    inline-size: 100%;
  }

  .new-case {
    border-block-start: 2px solid var(--_border);
    padding-block-start: 1rem;
  }

  @media (forced-colors: active) {
    tr.overdue th,
    tr.overdue td {
      background: Canvas;
      outline: 2px solid Mark;
      outline-offset: -2px;
    }
  }
`;
