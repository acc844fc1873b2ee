import { css } from 'lit';

/**
 * The "Lyssna" button, the no-voice message and the highlight of the text being read (see
 * `internal/assist-chunk.ts`). The highlight is a dashed outline and a thick underline, not a colour alone,
 * and uses system colours in forced-colors mode.
 */
export const readAloudStyles = css`
  .read-aloud {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }

  .read-aloud-button {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .read-aloud-button:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .read-aloud-message {
    margin: 0;
    font-weight: 700;
  }

  .read-aloud-message:empty {
    display: none;
  }

  .reading {
    outline: 3px dashed var(--_focus);
    outline-offset: 3px;
    text-decoration: underline 3px;
    text-underline-offset: 0.2em;
  }

  @media (forced-colors: active) {
    .read-aloud-button {
      border-color: ButtonText;
    }
    .reading {
      outline-color: Highlight;
    }
  }
`;

/** The scan highlight: a thick ring (≥ 3:1) around the highlighted option or button, a system colour in forced colours. */
export const scanningStyles = css`
  label.scan-highlight,
  button[data-svara-scan-highlight] {
    outline: 4px solid var(--_focus);
    outline-offset: 3px;
  }

  @media (forced-colors: active) {
    label.scan-highlight,
    button[data-svara-scan-highlight] {
      outline-color: Highlight;
    }
  }
`;
