import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-width: var(--svara-results-max-width, 48rem);
    color: #1a1a1a;
    font: inherit;
    line-height: 1.5;
    --bar: var(--svara-results-bar-color, #1b5e9b);
    --apart: var(--svara-results-apart-color, #5c5c5c);
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 1.5em 0 0.5em;
    overflow-wrap: anywhere;
  }
  h2 {
    margin-top: 0;
  }
  .summary {
    font-weight: 600;
  }
  .question {
    border-top: 1px solid #767676;
    margin-top: 1.5rem;
  }
  .charts {
    display: grid;
    gap: 1rem;
  }
  .chart-title {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(6rem, 12rem) minmax(3rem, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.5rem;
    min-height: 2rem;
  }
  .label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    overflow-wrap: anywhere;
  }
  svara-pictogram {
    --svara-pictogram-size: 1.75rem;
    flex: none;
  }
  .bar {
    display: block;
    width: 100%;
    height: 1.25rem;
  }
  .bar rect {
    fill: var(--bar);
  }
  .apart .bar rect {
    fill: var(--apart);
  }
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .value {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .row .hidden {
    grid-column: 2 / -1;
    font-style: italic;
  }
  .apart-rows {
    margin-top: 0.5rem;
    padding-top: 0.5rem;
    border-top: 1px dashed #767676;
  }
  .mean {
    margin: 0.25rem 0 0;
  }
  .table-scroll {
    max-width: 100%;
    overflow-x: auto;
    margin-top: 1rem;
    /* The tables stack where their box is narrow (below), wherever the element is placed. */
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border: 1px solid #767676;
    padding: 0.25rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  td.hidden {
    font-style: italic;
  }
  .table-note,
  .note {
    font-size: 0.9375em;
  }
  .table-scroll:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  .where {
    margin: 0 0 0.25rem;
  }
  .too-few {
    font-style: italic;
    margin: 0;
  }
  /* "Ni sa – vi gör" */
  .actions {
    border-top: 1px solid #767676;
    margin-top: 1.5rem;
  }
  .action-list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 1rem;
  }
  .action {
    border-inline-start: 4px solid var(--bar);
    padding-inline-start: 0.75rem;
  }
  .action p {
    margin: 0.125rem 0;
    overflow-wrap: anywhere;
  }
  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.375rem;
  }
  /* The status is said in words; the mark beside it differs by shape (empty, half, full), not by colour. */
  .status-mark {
    width: 0.875rem;
    height: 0.875rem;
    border: 2px solid currentColor;
    border-radius: 50%;
    flex: none;
  }
  .status-ongoing .status-mark {
    background: linear-gradient(90deg, currentColor 50%, transparent 50%);
  }
  .status-done .status-mark {
    background: currentColor;
  }
  .history {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
    font-size: 0.9375em;
  }
  .reworded {
    font-weight: 700;
  }
  /* The children's version: big faces, short lines, a large "Lyssna". */
  .child .sentences {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
    display: grid;
    gap: 0.5rem;
    font-size: 1.125em;
  }
  .child .sentences li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.125rem 0.25rem;
    border-radius: 0.25rem;
  }
  .child .sentences li.reading {
    outline: 3px solid #1a1a1a;
  }
  .child svara-pictogram {
    --svara-pictogram-size: 2.75rem;
  }
  .listen {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.875rem;
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: var(--bar);
    border: 2px solid transparent;
    border-radius: 0.375rem;
    cursor: pointer;
  }
  .listen[aria-pressed='true'] {
    background: #1a1a1a;
  }
  .listen:focus-visible {
    outline: 3px solid #1a1a1a;
    outline-offset: 2px;
  }
  .listen-icon {
    width: 1.25rem;
    height: 1.25rem;
    fill: currentColor;
  }
  tbody + tbody {
    border-top: 3px double #767676;
  }
  .cell-label {
    display: none;
  }
  /*
   * Narrow boxes (a phone at 320 px): a table of several columns would squeeze "10 (14 %)" into a few letters per
   * line. Each row is shown as a block instead — the answer as its heading, then one line per column with the
   * column's name (.cell-label) before the number. The column headers stay in the table for assistive technology
   * (visually hidden), and the roles in the markup keep it a table whatever the display.
   */
  @container (max-width: 30rem) {
    table.stack,
    table.stack tbody,
    table.stack tr,
    table.stack th,
    table.stack td {
      display: block;
    }
    table.stack {
      min-width: 0;
      width: 100%;
    }
    table.stack caption {
      display: block;
    }
    table.stack thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    table.stack tbody + tbody {
      border-top: none;
      margin-top: 0.75rem;
    }
    table.stack tr {
      border: 1px solid #767676;
      margin-top: -1px;
    }
    table.stack th,
    table.stack td {
      border: none;
    }
    table.stack th[scope='row'] {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    /* The column's name takes the room there is; the value keeps its words together ("För få svar"). */
    table.stack td {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 1rem;
      white-space: nowrap;
      border-top: 1px dotted #767676;
    }
    table.stack .cell-label {
      display: block;
      /* At the start of the line (also a Swedish name on an Arabic page), the value at its end. */
      flex: 0 1 auto;
      font-style: normal;
      white-space: normal;
      overflow-wrap: anywhere;
    }
  }
  /* Narrow screens (320 px): label above its bar, nothing scrolls sideways but a wide table. */
  @media (max-width: 30rem) {
    th,
    td {
      padding: 0.25rem 0.3125rem;
    }
    .row {
      grid-template-columns: minmax(3rem, 1fr) auto;
    }
    .row .label {
      grid-column: 1 / -1;
    }
    .row .hidden {
      grid-column: 1 / -1;
    }
  }
  @media (forced-colors: active) {
    .bar rect,
    .apart .bar rect {
      fill: CanvasText;
    }
    th,
    td,
    tr,
    .question,
    .apart-rows,
    .actions {
      border-color: CanvasText;
    }
    .action {
      border-inline-start-color: CanvasText;
    }
    /* Keep the marks' shapes (forced colours would drop their backgrounds). */
    .status-mark {
      forced-color-adjust: none;
      color: CanvasText;
      border-color: CanvasText;
    }
    .listen {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
      forced-color-adjust: none;
    }
    .listen[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
    .child .sentences li.reading {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      max-width: none;
    }
    .bar rect,
    .apart .bar rect {
      fill: #000;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .table-scroll {
      overflow: visible;
    }
    th,
    td,
    .question {
      border-color: #000;
    }
    .question,
    .chart,
    tr {
      break-inside: avoid;
    }
  }
`;
