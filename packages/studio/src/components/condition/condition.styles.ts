import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  fieldset {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2rem;
  }

  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .detail {
    display: grid;
    gap: 0.375rem;
    padding-inline-start: 1.75rem;
    border-inline-start: 4px solid var(--_line);
  }

  .detail > label {
    font-weight: 600;
  }

  select {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 32rem;
    min-block-size: 2.75rem;
    padding: 0.25rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
  }

  .answers {
    margin-block-start: 0.5rem;
  }
`;
