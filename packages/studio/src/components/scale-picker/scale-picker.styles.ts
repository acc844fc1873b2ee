import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.5rem;
    font-weight: 600;
  }

  .options {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.5rem;
  }

  .option {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    align-items: start;
    padding: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .option.checked {
    border: 3px solid var(--_accent);
    padding: calc(0.5rem - 2px);
  }

  .option:focus-within {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.125rem 0 0;
    accent-color: var(--_accent);
  }

  input:focus-visible {
    outline: none;
  }

  .body {
    display: grid;
    gap: 0.25rem;
  }

  .pictures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    --svara-pictogram-size: 2rem;
  }

  .words {
    font-weight: 600;
  }

  .checked .words {
    font-weight: 700;
  }

  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .option.checked {
      border-color: Highlight;
    }
  }
`;
