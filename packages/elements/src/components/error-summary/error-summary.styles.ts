import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  :host(:not(:state(shown))) {
    display: none;
  }

  .base {
    margin-block-end: 1.5rem;
    padding: 1rem;
    border: 4px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .base:focus {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .heading {
    margin: 0 0 0.75rem;
    font-size: 1.375rem;
    line-height: 1.3;
  }

  ::slotted(*) {
    margin-block: 0 0.75rem;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  /* Link-styled buttons: a link's look, a button's semantics (they act on the page, they go nowhere). */
  .link {
    display: block;
    min-block-size: 1.5rem; /* 24 px target (WCAG 2.5.8) */
    margin: 0;
    padding: 0.125rem 0;
    border: 0;
    background: none;
    color: var(--_error);
    font: inherit;
    font-weight: 700;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .link:hover {
    text-decoration-thickness: 3px;
  }

  .link:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  .question,
  .message {
    display: block;
  }

  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .base:focus,
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
