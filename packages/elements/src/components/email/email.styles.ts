import { css } from 'lit';

export const styles = css`
  .control {
    inline-size: var(--svara-control-width, 30rem);
  }

  /* The address reads left to right, but lines up with the label in a right-to-left page. */
  :host(:dir(rtl)) .control {
    text-align: right;
  }
`;
