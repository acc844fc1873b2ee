import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 2rem;
  }

  .items {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .items li {
    display: grid;
    grid-template-columns: 2rem 1fr;
    gap: 0.5rem;
    align-items: start;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
  }

  .items li.done {
    border-inline-start: 6px solid var(--_ok);
  }

  .items li.todo {
    border-inline-start: 6px solid var(--_warning);
  }

  .mark {
    font-size: 1.5rem;
    line-height: 1;
  }

  .done .mark {
    color: var(--_ok);
  }

  .status {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .changes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .ok {
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_ok);
    background: #e8f3eb;
  }

  @media (forced-colors: active) {
    .items li.done,
    .items li.todo {
      border-inline-start-color: CanvasText;
    }
  }
`;
