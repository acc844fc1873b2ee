import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  /* A right-to-left text (Arabic) is written right to left; its label and notes stay the studio's (left to right). */
  svara-text.rtl::part(control) {
    direction: rtl;
  }

  .hint {
    display: grid;
    gap: 0.25rem;
  }

  .meter {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .meter.over {
    color: var(--_warning);
    font-weight: 600;
  }

  .bar {
    position: relative;
    inline-size: 6rem;
    block-size: 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 999px;
  }

  .bar::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: var(--fill);
    border-radius: 999px;
    background: var(--_ok);
  }

  .meter.over .bar::before {
    background: var(--_warning);
  }

  .bar::after {
    content: '';
    position: absolute;
    inset-block: -3px;
    inset-inline-start: var(--limit);
    border-inline-start: 2px solid var(--_text);
  }

  @media (forced-colors: active) {
    .bar {
      border-color: CanvasText;
    }
    .bar::before,
    .meter.over .bar::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
