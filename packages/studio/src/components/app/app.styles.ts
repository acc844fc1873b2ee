import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    min-block-size: 100vh;
  }

  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -4rem;
    z-index: 10;
    padding: 0.5rem 1rem;
    background: var(--_surface);
    border: 3px solid var(--_focus);
  }

  .skip:focus {
    inset-block-start: 0.5rem;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.5rem 1rem;
    border-block-end: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .brand {
    font-weight: 800;
    font-size: 1.25rem;
    color: var(--_text);
    text-decoration: none;
  }

  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  nav a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    font-weight: 600;
  }

  nav a[aria-current='page'] {
    color: var(--_text);
    text-decoration-thickness: 3px;
  }

  .account {
    margin-inline-start: auto;
  }

  .who {
    color: var(--_muted);
  }

  main {
    box-sizing: border-box;
    max-inline-size: 110rem;
    margin-inline: auto;
    padding: 1rem;
  }

  main:focus {
    outline: none;
  }
`;
