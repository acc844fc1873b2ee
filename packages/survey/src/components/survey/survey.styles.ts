import { css } from 'lit';

/** Styles of `<svara-survey>`: the same tokens as the elements, so one theme serves both. */
export const styles = css`
  :host {
    --_text: var(--svara-color-text, #1b1b1b);
    --_muted: var(--svara-color-hint, #4d4d4d);
    --_border: var(--svara-color-border, #4d4d4d);
    --_accent: var(--svara-color-accent, #0b5cad);
    --_on-accent: #ffffff;
    --_surface: var(--svara-color-surface, #ffffff);
    --_focus: var(--svara-focus-color, #0b5cad);
    --_focus-width: var(--svara-focus-width, 3px);
    --_radius: var(--svara-radius, 4px);
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font: var(--svara-font, inherit);
    line-height: 1.5;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .base {
    display: grid;
    gap: 1rem;
    max-inline-size: 44rem;
  }

  .screen {
    display: grid;
    gap: 1rem;
    margin: 0;
  }

  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
    margin: 0;
  }

  h2:focus {
    outline: none;
  }

  h2:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 4px;
  }

  p,
  dl {
    margin: 0;
  }

  .survey-title,
  .progress,
  .duration {
    color: var(--_muted);
  }

  .privacy {
    display: grid;
    gap: 0.25rem 0;
  }

  .privacy dt {
    font-weight: 700;
    margin-block-start: 0.5rem;
  }

  .privacy dd {
    margin: 0;
  }

  .toolbar,
  .languages,
  .settings {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .toolbar {
    padding-block-end: 0.75rem;
    border-block-end: 1px solid var(--_border);
  }

  /* "Inställningar" opens onto its own line. */
  .settings {
    flex-basis: 100%;
  }

  [aria-expanded]::before {
    content: '▾ ' / '';
  }

  [aria-expanded='true']::before {
    content: '▴ ' / '';
  }

  .note {
    padding-inline-start: 1rem;
    border-inline-start: 6px solid var(--_accent);
  }

  /* While scanning, the scan highlight is the one ring: no focus ring beside it. */
  .scanning button:focus-visible {
    outline: none;
  }

  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }

  button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  button:disabled,
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.7;
  }

  .read-screen {
    justify-self: start;
  }

  .primary {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    justify-self: start;
  }

  .toggle[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  /* Pressed is also shown by a tick, not by colour alone. */
  .toggle[aria-pressed='true']::before {
    content: '✓ ' / '';
  }

  .navigation {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    justify-content: space-between;
  }

  .question,
  .scale-group {
    display: grid;
    gap: 1rem;
  }

  .scale-group {
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }

  .scale-group > legend {
    font-weight: 700;
    font-size: 1.125rem;
    padding: 0;
    margin-block-end: 0.5rem;
  }

  .confirm {
    display: grid;
    gap: 1rem;
  }

  .interviewer,
  .confirm {
    padding: 0.75rem 1rem;
    border-inline-start: 6px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .receipt.rejected,
  .receipt.invalid,
  .receipt.memory {
    border-inline-start: 6px solid var(--svara-color-error, #b3261e);
    padding-inline-start: 1rem;
  }

  .editor code {
    overflow-wrap: anywhere;
  }

  .sending:empty {
    display: none;
  }

  @media (forced-colors: active) {
    .toggle[aria-pressed='true'],
    .primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }

  /* The honeypot: clipped to nothing rather than display:none, which simple bots skip. */
  .honeypot {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
