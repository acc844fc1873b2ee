import { css } from 'lit';

/**
 * The studio's tokens and basics, on svara's own custom properties so one theme serves the survey, the
 * controls and the studio. Defaults meet WCAG 2.2 AA on white: text ≥ 4.5:1, borders and focus ≥ 3:1.
 */
export const sharedStyles = css`
  :host {
    --_text: var(--svara-color-text, #1b1b1b);
    --_muted: var(--svara-color-hint, #4d4d4d);
    --_border: var(--svara-color-border, #4d4d4d);
    --_line: #8a8a8a;
    --_accent: var(--svara-color-accent, #0b5cad);
    --_on-accent: #ffffff;
    --_error: var(--svara-color-error, #b3261e);
    --_warning: #7a4b00;
    --_warning-surface: #fff4d6;
    --_ok: #1e6b34;
    --_surface: var(--svara-color-surface, #ffffff);
    --_subtle: #f3f5f7;
    --_focus: var(--svara-focus-color, #0b5cad);
    --_focus-width: var(--svara-focus-width, 3px);
    --_radius: var(--svara-radius, 4px);
    color: var(--_text);
    font: var(--svara-font, inherit);
    line-height: 1.5;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  h1,
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0;
  }

  h1 {
    font-size: 1.75rem;
  }

  h2 {
    font-size: 1.375rem;
  }

  h3 {
    font-size: 1.125rem;
  }

  p {
    margin: 0;
  }

  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  button,
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.375rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }

  button.primary,
  .button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button.danger {
    border-color: var(--_error);
    color: var(--_error);
  }

  button.link {
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font-weight: 400;
    text-decoration: underline;
  }

  button:disabled,
  button[aria-disabled='true'] {
    border-color: var(--_line);
    color: var(--_muted);
    background: var(--_subtle);
    cursor: not-allowed;
  }

  button:hover:not(:disabled) {
    text-decoration: underline;
  }

  a {
    color: var(--_accent);
  }

  /* A link on its own (in a list, a table cell, above a heading), not inside a sentence, is a target of its own:
     at least 24 × 24 px (WCAG 2.5.8). An inline link's box is only as high as its letters (22 px). */
  a.target {
    display: inline-block;
    min-block-size: 1.5rem;
    min-inline-size: 1.5rem;
  }

  .muted {
    color: var(--_muted);
  }

  .stack {
    display: grid;
    /* Never wider than its container: a long select or word must not widen the whole screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .warning,
  .error {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.5rem;
    align-items: start;
    padding: 0.5rem 0.75rem;
    border-inline-start: 5px solid var(--_warning);
    background: var(--_warning-surface);
    color: var(--_text);
  }

  .error {
    border-inline-start-color: var(--_error);
    background: #fdecea;
  }

  .badge {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    button.primary,
    .button.primary {
      border-color: ButtonText;
    }
    .warning,
    .error {
      border-inline-start-color: CanvasText;
    }
  }

  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--svara-color-hint, #1b1b1b);
      --_border: var(--svara-color-border, #000000);
      --_line: #000000;
      --_focus-width: var(--svara-focus-width, 4px);
    }
  }
`;
