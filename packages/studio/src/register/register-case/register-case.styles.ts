import { css } from 'lit';

export const caseStyles = css`
  dl.facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0;
  }

  dl.facts dt {
    font-weight: 600;
  }

  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  @media (max-width: 30rem) {
    dl.facts {
      grid-template-columns: 1fr;
    }

    dl.facts dd {
      margin-block-end: 0.5rem;
    }
  }

  .deadline {
    border-inline-start: 6px solid var(--_accent);
    padding: 0.5rem 0.75rem;
    background: var(--_subtle);
  }

  .deadline.late {
    border-inline-start-color: var(--_error);
  }

  .description {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
  }

  section {
    border-block-start: 2px solid var(--_border);
    padding-block-start: 1rem;
  }

  ol.history {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  ol.history li {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }

  .confirm {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem;
  }

  @media (forced-colors: active) {
    .deadline,
    .deadline.late {
      border: 2px solid CanvasText;
      border-inline-start-width: 6px;
      background: Canvas;
    }

    .deadline.late {
      border-color: Mark;
    }
  }
`;
