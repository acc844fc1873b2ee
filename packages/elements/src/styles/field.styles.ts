import { css } from 'lit';

/**
 * Label, hint, error and text-input styles shared by `<svara-text>`, `<svara-email>` and `<svara-date>`
 * (`<svara-consent>` uses the label, hint and error rules). Colours come from sharedStyles' tokens.
 */
export const fieldStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    /* Target sizes: 40 px high inputs (≥ 24 px, WCAG 2.5.8); 48 px with size="large" (≥ 44 px, 2.5.5). */
    --_control-height: 2.5rem;
    --_label-size: 1.125rem;
    --_input-size: 1rem;
  }

  :host([size='large']) {
    --_control-height: 3rem;
    --_label-size: 1.375rem;
    --_input-size: 1.25rem;
  }

  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0; /* fieldsets refuse to shrink otherwise: reflow at 320 px */
  }

  /* GOV.UK: a bar beside the whole field while its error shows. */
  :host(:state(user-invalid)) .group {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75rem;
  }

  .label {
    display: block;
    padding: 0;
    margin-block-end: 0.25rem;
    font-size: var(--_label-size);
    font-weight: 700;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .hint {
    color: var(--_muted);
    margin-block-end: 0.5rem;
    overflow-wrap: anywhere;
  }

  .error {
    margin: 0 0 0.5rem;
    color: var(--_error);
    font-weight: 700;
    overflow-wrap: anywhere;
  }

  .control {
    box-sizing: border-box;
    display: block;
    inline-size: var(--svara-control-width, 100%);
    max-inline-size: 100%;
    min-block-size: var(--_control-height);
    margin: 0;
    padding: 0.375rem 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
    font-size: var(--_input-size);
    line-height: 1.4;
  }

  /* Focus: a ring ≥ 2 px, ≥ 3:1 against the background, on every focus (text fields are typed into). */
  .control:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  :host(:state(user-invalid)) .control[aria-invalid='true'] {
    border-color: var(--_error);
  }

  .control:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  @media (forced-colors: active) {
    .control {
      border-color: CanvasText;
    }
    .control:focus {
      outline-color: Highlight;
    }
    :host(:state(user-invalid)) .group {
      border-inline-start-color: CanvasText;
    }
  }
`;
