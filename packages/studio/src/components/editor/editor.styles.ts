import { css } from 'lit';

export const styles = css`
  /* Columns of minmax(0, 1fr): the editor is as wide as its screen, never as wide as its widest field. */
  :host {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }

  .section {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }

  /* A text and its plain variant side by side where both fit, one above the other on a phone. */
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr));
    gap: 0.75rem;
  }

  .questions {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .add {
    padding: 0.75rem;
    border: 2px dashed var(--_line);
    border-radius: var(--_radius);
  }

  .add label,
  .languages label {
    font-weight: 600;
  }

  select,
  input[type='text'] {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    background: var(--_surface);
    color: var(--_text);
  }

  .languages {
    display: grid;
    gap: 0.5rem;
  }
`;
