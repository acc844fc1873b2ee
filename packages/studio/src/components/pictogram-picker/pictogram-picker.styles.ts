import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .picker {
    display: grid;
    gap: 0.5rem;
  }

  .label {
    font-weight: 600;
  }

  .current {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .current svara-pictogram {
    --svara-pictogram-size: 3rem;
  }

  .panel {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }

  .search {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }

  .search .muted {
    font-weight: 400;
  }

  input[type='search'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 24rem;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
  }

  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    inline-size: 100%;
    block-size: 100%;
    flex-direction: column;
    padding: 0.375rem;
    border-width: 1px;
    color: var(--_text);
    font-weight: 400;
  }

  .result[aria-pressed='true'] {
    border-width: 3px;
    font-weight: 700;
  }

  .result svara-pictogram {
    --svara-pictogram-size: 3rem;
  }
`;
