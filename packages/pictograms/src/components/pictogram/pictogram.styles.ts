import { css } from 'lit';

export const styles = css`
  :host {
    /* The box has its size before anything loads, so a late or broken image never moves the layout. */
    --_size: var(--svara-pictogram-size, 3rem);
    display: inline-block;
    flex: none;
    inline-size: var(--_size);
    block-size: var(--_size);
    vertical-align: middle;
    color: var(--svara-color-text, inherit);
  }

  :host([size='large']) {
    --_size: var(--svara-pictogram-size, 6rem);
  }

  :host([hidden]) {
    display: none;
  }

  .box {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
    /* ARASAAC art is drawn for a white ground. */
    background: var(--svara-pictogram-background, #fff);
    border-radius: 0.25rem;
  }

  .art {
    inline-size: 100%;
    block-size: 100%;
    fill: none;
    stroke: currentColor;
    stroke-width: 3.5;
    stroke-linecap: round;
    stroke-linejoin: round;
    overflow: visible;
  }

  .art .fill {
    fill: currentColor;
    stroke: none;
  }

  .art .fill-line {
    fill: currentColor;
  }

  .art .thin {
    stroke-width: 2.5;
  }

  .art .bold {
    stroke-width: 6;
  }

  :host(:dir(rtl)) .directional .art {
    transform: scaleX(-1);
  }

  /* The image could not be loaded: its word, in a dashed frame the size of the picture. */
  .fallback {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.25rem;
    border: 2px dashed currentColor;
    border-radius: 0.25rem;
    text-align: center;
    font-size: 0.875rem;
    line-height: 1.2;
    white-space: nowrap;
  }

  /*
   * Broken: the box keeps its height and grows sideways to its word. Broken across lines in a 48 px box the
   * word was unreadable ("Skola/n"); a wider box now beats a word nobody can read.
   */
  :host(:state(broken)) {
    inline-size: auto;
    min-inline-size: var(--_size);
  }

  @media (forced-colors: active) {
    :host {
      color: CanvasText;
    }
    .image {
      /* Keep the picture's own colours on a light ground; it is decorative next to its word. */
      forced-color-adjust: none;
    }
  }
`;
