import { css } from 'lit';

export const styles = css`
  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1rem;
  }

  .part {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  .part-label {
    font-weight: 400;
  }

  /* Widths that fit the digits, so the fields read as day, month and year at a glance. */
  .control.day,
  .control.month {
    inline-size: calc(2ch + 2.5rem);
  }

  .control.year {
    inline-size: calc(4ch + 2.5rem);
  }

  :host([size='large']) .part-label {
    font-size: 1.25rem;
  }
`;
