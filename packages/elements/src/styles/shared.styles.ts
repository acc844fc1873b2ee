import { css } from 'lit';

/**
 * Design tokens and helpers every svara control shares. All colours are custom properties so hosts can theme;
 * the defaults meet WCAG 2.2 AA on white (text ≥ 4.5:1, borders and focus ≥ 3:1).
 */
export const sharedStyles = css`
  :host {
    --_text: var(--svara-color-text, #1b1b1b);
    --_muted: var(--svara-color-hint, #4d4d4d);
    --_border: var(--svara-color-border, #4d4d4d);
    --_accent: var(--svara-color-accent, #0b5cad);
    --_error: var(--svara-color-error, #b3261e);
    --_surface: var(--svara-color-surface, #ffffff);
    --_focus: var(--svara-focus-color, #0b5cad);
    --_focus-width: var(--svara-focus-width, 3px);
    --_radius: var(--svara-radius, 4px);
    --_gap: var(--svara-gap, 0.5rem);
    color: var(--_text);
    font: var(--svara-font, inherit);
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

  [hidden] {
    display: none !important;
  }

  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--svara-color-hint, #1b1b1b);
      --_border: var(--svara-color-border, #000000);
      --_focus-width: var(--svara-focus-width, 4px);
    }
  }
`;
