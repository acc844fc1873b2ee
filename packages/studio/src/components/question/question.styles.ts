import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .question {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-inline-start: 6px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  h3 {
    font-size: 1.125rem;
  }

  .heading {
    inline-size: 100%;
    justify-content: flex-start;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    padding: 0.375rem 0.5rem;
    border: 0;
    color: var(--_text);
    text-align: start;
    font-size: inherit;
  }

  .heading::before {
    content: '▸' / '';
    color: var(--_accent);
  }

  .heading[aria-expanded='true']::before {
    content: '▾' / '';
  }

  :host(:dir(rtl)) .heading[aria-expanded='false']::before {
    content: '◂' / '';
  }

  .number {
    font-weight: 700;
  }

  .type {
    color: var(--_muted);
    font-weight: 400;
  }

  .summary {
    flex-basis: 100%;
    font-weight: 400;
  }

  .error-badge {
    color: var(--_error);
  }

  .warning-badge {
    color: var(--_warning);
  }

  .actions button {
    font-size: 0.9375rem;
  }

  .body {
    display: grid;
    gap: 1rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_line);
  }

  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.75rem;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  .field .muted {
    font-weight: 400;
    font-size: 0.875rem;
  }

  select,
  input[type='text'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 24rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 400;
    background: var(--_surface);
    color: var(--_text);
  }

  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
  }

  .check input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .special {
    margin: 0;
    padding: 0;
    border: 0;
  }

  .special legend {
    padding: 0;
    font-weight: 600;
  }

  h4 {
    font-size: 1rem;
  }

  .more summary {
    min-block-size: 2rem;
    cursor: pointer;
    font-weight: 600;
    color: var(--_accent);
  }

  .more .stack {
    padding-block-start: 0.5rem;
  }

  @media (forced-colors: active) {
    .question {
      border-inline-start-color: CanvasText;
    }
  }
`;
