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

  table {
    min-inline-size: 40rem;
  }

  code {
    font-size: 0.875rem;
    word-break: break-word;
  }

  /* A time and an action are each one thing ("2027-01-10 08:55:00", "sign-in"): broken at a space, hyphen or dot
     they read as two. The table scrolls sideways in its region instead. */
  td.at,
  code.action {
    white-space: nowrap;
  }
`;
