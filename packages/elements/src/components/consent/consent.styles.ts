import { css } from 'lit';

export const styles = css`
  :host {
    /* Target sizes: 24×24 px checkbox (WCAG 2.5.8), 44×44 px with size="large" (2.5.5). */
    --_box: 1.5rem;
    --_row: 2.75rem;
  }

  :host([size='large']) {
    --_box: 2.75rem;
    --_row: 3.5rem;
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--_row);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    font-size: var(--_input-size);
    overflow-wrap: anywhere;
  }

  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .option:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .option:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* .option .control, not input: the shared field rule .control (a text field's full width, its height and
     padding) must not win, or the box takes the whole row and the label wraps one letter per line. */
  .option .control {
    flex: none;
    min-block-size: 0;
    max-inline-size: none;
    padding: 0;
    border: 0;
    inline-size: var(--_box);
    block-size: var(--_box);
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }

  .option .control:focus,
  .option .control:focus-visible {
    outline: none; /* the row carries the ring */
  }

  .text {
    min-inline-size: 0;
  }

  .below {
    padding-inline-start: calc(0.75rem + 1px + var(--_box) + 0.75rem);
  }

  .below .hint {
    margin-block: 0.25rem 0;
  }

  .terms {
    margin-block-start: 0.5rem;
    overflow-wrap: anywhere;
  }

  /* The terms link stands alone on its line, not in a sentence: a target at least 24 px high (WCAG 2.5.8). */
  ::slotted([slot='terms']) {
    display: inline-block;
    min-block-size: 1.5rem;
  }

  @media (forced-colors: active) {
    .option {
      border-color: CanvasText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 2px Highlight;
    }
    .option:has(input:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
