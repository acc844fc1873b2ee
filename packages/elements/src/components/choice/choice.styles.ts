import { css } from 'lit';

export const styles = css`
  /* Legend, hint, error and the special answers' block: groupStyles (styles/group.styles.ts). */
  :host {
    /* Target sizes: 24×24 px minimum (WCAG 2.5.8), 44×44 px with size="large" (2.5.5, children and AAC). */
    --_control: 1.5rem;
    --_row: 2.75rem;
  }

  :host([size='large']) {
    --_control: 2.75rem;
    --_row: 3.5rem;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: var(--_row);
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  /*
   * Chosen: the radio's dot or the checkbox's tick, a border twice as thick and a bold label; the tint is only a
   * bonus. A real border, not a box-shadow, because forced-colours mode removes shadows; the padding gives back
   * the extra width so nothing moves.
   */
  .option:has(input:checked) {
    border: 2px solid var(--_accent);
    padding: calc(0.25rem - 1px) calc(0.75rem - 1px);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .option:has(input:checked) .option-label {
    font-weight: 600;
  }

  .option:has(input:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Focus: a ring ≥ 2px around the whole row, ≥ 3:1 against the background (WCAG 2.4.7, 2.4.13). */
  .option:has(input:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }

  input {
    flex: none;
    inline-size: var(--_control);
    block-size: var(--_control);
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }

  input:focus-visible {
    outline: none; /* the row carries the ring */
  }

  .text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  :host([size='large']) .text {
    font-size: 1.25rem;
  }

  .option-hint {
    color: var(--_muted);
    font-size: 0.9em;
  }

  @media (prefers-reduced-motion: reduce) {
    .option {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .option {
      border-color: CanvasText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
    }
    .option:has(input:focus-visible) {
      outline-color: Highlight;
    }
    .option:has(input:disabled) {
      border-color: GrayText;
      color: GrayText;
    }
  }

  /* Pictogram display: picture and word together; tiles with the word below (default) or rows with it after. */
  .options.pictograms.label-below {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8rem), 1fr));
  }

  :host([size='large']) .options.pictograms.label-below {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 9.5rem), 1fr));
  }

  .options.pictograms.label-below > .option {
    flex-direction: column;
    justify-content: flex-start;
    padding-block: 0.5rem;
    text-align: center;
  }

  .options.pictograms.label-below > .option > input {
    order: 1;
    margin-block-start: auto;
  }

  /*
   * "Vill inte svara" beside its large picture at 320 px was left a 64 px column ("Vill inte / svara"): with less
   * room than 7em the word moves under the picture instead.
   */
  .special > .option {
    flex-wrap: wrap;
  }

  .special > .option > .text {
    flex: 1 1 7em;
  }

  /*
   * Below tiles (pictures with the word under them), a narrow screen lays "Vet inte" and "Vill inte svara" out as
   * those tiles are: picture, word, and the radio under them — not the radio beside the picture and the word
   * wrapped under both. Wide screens keep the row.
   */
  .label-below + .special {
    container-type: inline-size;
  }

  @container (inline-size < 24rem) {
    .label-below + .special > .option.pictogram {
      flex-direction: column;
      padding-block: 0.5rem;
      text-align: center;
    }

    .label-below + .special > .option.pictogram > .text {
      flex: none;
    }

    .label-below + .special > .option.pictogram > input {
      order: 1;
    }
  }

  .attribution {
    margin-block-start: 0.5rem;
  }
`;
