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
    min-width: 10rem;
  }
  tbody + tbody {
    border-top: 3px double #767676;
  }
  /* Narrow screens (320 px): label above its bar, nothing scrolls sideways but a wide table. */
  @media (max-width: 30rem) {
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
    .question,
    .apart-rows {
      border-color: CanvasText;
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
