import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 36rem;
  }

  section {
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_line);
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field label {
    font-weight: 600;
  }

  input[type='password'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 20rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }
`;
