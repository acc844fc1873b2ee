import { css } from 'lit';

export const styles = css`
  textarea.control {
    resize: vertical;
    min-block-size: calc(var(--_control-height) * 2);
  }

  .count {
    margin-block-start: 0.25rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  :host(:state(over-limit)) .count {
    color: var(--_error);
    font-weight: 700;
  }

  :host(:state(over-limit)) .control {
    border-color: var(--_error);
  }

  @media (forced-colors: active) {
    :host(:state(over-limit)) .count {
      color: CanvasText;
    }
  }
`;
