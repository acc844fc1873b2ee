import { css } from 'lit';

export const styles = css`
  :host {
    display: grid;
    gap: 0.5rem;
  }

  .head {
    justify-content: space-between;
  }

  .label {
    font-weight: 700;
    font-size: 1.125rem;
  }

  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 24rem;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    font:
      0.9375rem/1.45 ui-monospace,
      'Cascadia Mono',
      'DejaVu Sans Mono',
      monospace;
    tab-size: 2;
    white-space: pre;
    overflow-wrap: normal;
    overflow-x: auto;
    color: var(--_text);
    background: var(--_surface);
  }

  textarea[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }

  .error {
    display: block;
  }

  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
`;
