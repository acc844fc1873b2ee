import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    max-inline-size: 40rem;
  }

  .field {
    display: grid;
    gap: 0.25rem;
  }

  .field label {
    font-weight: 600;
  }

  select,
  input[type='text'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 28rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
  }
`;
