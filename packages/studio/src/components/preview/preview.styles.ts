import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 0.75rem;
    min-inline-size: 0;
  }

  .choose {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .choose legend {
    padding: 0;
    margin-block-end: 0.25rem;
    font-weight: 600;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2.25rem;
    padding: 0 0.625rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
  }

  .chip:has(input:checked) {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }

  input[type='checkbox'] {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  .frames {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
    overflow-x: auto;
    padding-block-end: 0.5rem;
  }

  .preview {
    position: relative; /* keeps visually hidden text inside the scrolling row */
    display: grid;
    gap: 0.375rem;
    flex: none;
    margin: 0;
    max-inline-size: 100%;
  }

  @media (max-width: 40rem) {
    .frames {
      flex-direction: column;
      align-items: stretch;
    }

    .preview {
      flex: auto;
    }

    iframe {
      inline-size: 100% !important;
    }
  }

  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
  }

  .name {
    font-weight: 700;
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
  }

  iframe {
    max-inline-size: 100%;
    border: 2px solid var(--_line);
    border-radius: var(--_radius);
    background: #ffffff;
  }
`;
