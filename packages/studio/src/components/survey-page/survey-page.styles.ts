import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  .page {
    display: grid;
    gap: 1rem;
  }

  .head {
    display: grid;
    gap: 0.5rem;
  }

  .meta {
    color: var(--_muted);
  }

  .tools .label {
    font-weight: 400;
    max-inline-size: 16rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .save {
    color: var(--_muted);
  }

  .save.signed-out,
  .save.offline,
  .save.conflict,
  .save.failed {
    color: var(--_error);
    font-weight: 600;
  }

  .tabs ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-end: 2px solid var(--_line);
  }

  .tabs a {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0 0.875rem;
    color: var(--_accent);
    font-weight: 600;
    text-decoration: none;
    border-block-end: 4px solid transparent;
  }

  .tabs a:hover {
    text-decoration: underline;
  }

  .tabs a[aria-current='page'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
  }

  @media (min-width: 70rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }

    .side {
      position: sticky;
      inset-block-start: 0;
      max-block-size: 100vh;
      overflow-y: auto;
      align-self: start;
    }
  }

  .side {
    display: grid;
    gap: 1rem;
    align-content: start;
    min-inline-size: 0;
  }

  .conflict {
    display: grid;
    gap: 0.75rem;
    padding: 1rem;
    border: 3px solid var(--_error);
    border-radius: var(--_radius);
  }

  .versions {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    gap: 1rem;
  }

  pre {
    max-block-size: 24rem;
    overflow: auto;
    padding: 0.5rem;
    background: var(--_subtle);
    font-size: 0.8125rem;
  }

  @media (forced-colors: active) {
    .tabs a[aria-current='page'] {
      border-block-end-color: CanvasText;
    }
  }
`;
