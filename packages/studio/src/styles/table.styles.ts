import { css } from 'lit';

/**
 * The studio's tables. Each sits in a region of its own (`<div class="scroll" role="region" tabindex="0">`) that
 * scrolls sideways when the table is wider than the screen, so a narrow screen never breaks a cell's words into
 * a column of letters; its caption stays in view and wraps within the screen's width while the table scrolls.
 */
export const tableStyles = css`
  .scroll {
    overflow-x: auto;
    container-type: inline-size;
  }

  table {
    border-collapse: collapse;
  }

  caption {
    position: sticky;
    inset-inline-start: 0;
    box-sizing: border-box;
    max-inline-size: 100cqi;
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
`;
