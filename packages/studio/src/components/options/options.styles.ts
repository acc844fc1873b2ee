import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 0.75rem;
  }

  .list {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  fieldset {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }

  legend {
    padding: 0 0.25rem;
    font-weight: 700;
  }

  .texts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.75rem;
  }

  .value {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  .value .muted {
    font-weight: 400;
    font-size: 0.875rem;
  }

  .value input {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 20rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    font-family: ui-monospace, monospace;
  }

  .value input[readonly] {
    border-style: dashed;
    background: var(--_subtle);
  }
`;
