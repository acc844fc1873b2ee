import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  section {
    display: grid;
    gap: 0.5rem;
  }

  .findings li {
    display: grid;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem;
  }

  .findings li.read {
    border-inline-start-style: dotted;
    background: var(--_subtle);
  }

  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 1.5rem;
  }

  .check input {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }
`;
