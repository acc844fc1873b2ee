import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    color: var(--svara-color-text, inherit);
    font-size: 0.9375rem;
    line-height: 1.4;
  }

  :host([hidden]) {
    display: none;
  }

  summary {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    /* A target of 44 px height (WCAG 2.5.5), however small the text. */
    min-block-size: 2.75rem;
    padding-inline: 0.25rem;
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  summary:focus-visible {
    outline: var(--svara-focus-width, 3px) solid var(--svara-focus-color, #0b0c0c);
    outline-offset: 2px;
  }

  .text {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
    padding-inline-start: 0.25rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  a {
    /* Alone in its cell, not in a sentence: a target of at least 24 px height (WCAG 2.5.8). */
    display: inline-block;
    min-block-size: 1.5rem;
    color: var(--svara-color-link, #1d4ed8);
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: var(--svara-focus-width, 3px) solid var(--svara-focus-color, #0b0c0c);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    summary:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
`;
