import { css, unsafeCSS } from 'lit';

/**
 * Side by side or stacked: the options of a scale sit in one row, in reading order (mirrored right to left by
 * the flex direction, like the arrow keys), until the scale is narrower than its options need; then they stack,
 * one option per row with its picture and word label side by side. A scale never wraps into 3 + 2, which would
 * break its order. The widths needed are computed here per option count, because a container query cannot read
 * a custom property. All in rem, so they follow the user's font size.
 */
const TILE_REM = { medium: 6.5, large: 8 };
/** Options that show only a number (a numeric scale in number display) need less room. */
const COMPACT_TILE_REM = { medium: 3, large: 3.75 };
const GAP_REM = 0.5;
/** Room for the error bar beside the options and a little slack. */
const SLACK_REM = 1.5;
const MAX_COUNT = 12;

function widthFor(count: number, tile: number): string {
  return `${count * tile + (count - 1) * GAP_REM + SLACK_REM}rem`;
}

/** Side by side, a scale (and its anchors) stays a compact row even on a wide page. */
const MAX_TILE_REM = { normal: 12, compact: 5 };

function layoutRules(): string {
  const rules: string[] = [];
  for (let count = 2; count <= MAX_COUNT; count++) {
    const area = `.area.count-${count}`;
    rules.push(`${area}:not(.compact) { max-inline-size: ${widthFor(count, MAX_TILE_REM.normal)}; }`);
    rules.push(`${area}.compact { max-inline-size: ${widthFor(count, MAX_TILE_REM.compact)}; }`);
    const variants: [string, number][] = [
      [`${area}:not(.compact)`, TILE_REM.medium],
      [`:host([size='large']) ${area}:not(.compact)`, TILE_REM.large],
      [`${area}.compact`, COMPACT_TILE_REM.medium],
      [`:host([size='large']) ${area}.compact`, COMPACT_TILE_REM.large],
    ];
    for (const [selector, tile] of variants) {
      rules.push(`@container svara-scale (max-width: ${widthFor(count, tile)}) {
        ${selector} > .scale { flex-direction: column; }
        ${selector} > .scale > .tile { flex: none; flex-direction: row; text-align: start; }
        ${selector} > .scale > .tile > .control { order: 0; margin-block-start: 0; }
      }`);
    }
  }
  return rules.join('\n');
}

const baseStyles = css`
  :host {
    /* Target sizes: 24×24 px minimum (WCAG 2.5.8); with size="large" 44×44 px (2.5.5, children and AAC). */
    --_control: 1.5rem;
    --_row: 2.75rem;
    --_image: var(--svara-scale-image-size, 2.75rem);
    --_number-size: 1.5rem;
  }

  :host([size='large']) {
    --_control: 2rem;
    --_row: 3.5rem;
    --_image: var(--svara-scale-image-size, 4.5rem);
    --_number-size: 1.875rem;
  }

  :host([size='large']) .display-pictogram {
    --_image: var(--svara-scale-image-size, 6rem);
  }

  .anchors {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    margin-block-end: 0.5rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .anchor.max {
    margin-inline-start: auto;
    text-align: end;
  }

  .layout {
    container-type: inline-size;
    container-name: svara-scale;
  }

  .scale {
    display: flex;
    flex-direction: row;
    align-items: stretch;
    gap: var(--_gap);
  }

  /* One option: a tile in a row of tiles, or a row of its own (stacked scale, special answers). */
  .option {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: var(--_row);
    min-inline-size: var(--_row);
    --_pad-block: 0.5rem;
    --_pad-inline: 0.75rem;
    padding: var(--_pad-block) var(--_pad-inline);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  .tile {
    flex: 1 1 0;
    flex-direction: column;
    justify-content: flex-start;
    --_pad-inline: 0.375rem;
    text-align: center;
  }

  /* In a row of tiles the radio sits at the bottom, level across tiles whose labels wrap differently. */
  .tile > .control {
    order: 1;
    margin-block-start: auto;
  }

  .row {
    flex-direction: row;
    text-align: start;
  }

  .special-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    margin-block-start: 0.5rem;
  }

  .special-list > .option {
    flex: 0 1 auto;
  }

  .control {
    flex: none;
    inline-size: var(--_control);
    block-size: var(--_control);
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }

  .control:focus-visible {
    outline: none; /* the whole option carries the ring */
  }

  .image {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: center;
    inline-size: var(--_image);
    block-size: var(--_image);
    color: var(--_text);
  }

  .image ::slotted(*) {
    max-inline-size: 100%;
    max-block-size: 100%;
  }

  /* The pictogram fills the picture box, whose size is reserved before any image arrives. */
  .image > slot > svara-pictogram {
    --svara-pictogram-size: var(--_image);
  }

  /*
   * Optional tints (tinted): a colour per face on top of its shape, each ≥ 3:1 against a white background
   * (the face's lines are graphics, WCAG 1.4.11). Forced colours replace them with CanvasText.
   */
  :host([tinted]) svara-pictogram[data-face='face-very-sad'] {
    --svara-color-text: var(--svara-face-tint-1, #b3261e);
  }
  :host([tinted]) svara-pictogram[data-face='face-sad'] {
    --svara-color-text: var(--svara-face-tint-2, #9a4500);
  }
  :host([tinted]) svara-pictogram[data-face='face-neutral'] {
    --svara-color-text: var(--svara-face-tint-3, #5f5a00);
  }
  :host([tinted]) svara-pictogram[data-face='face-happy'] {
    --svara-color-text: var(--svara-face-tint-4, #2e6b30);
  }
  :host([tinted]) svara-pictogram[data-face='face-very-happy'] {
    --svara-color-text: var(--svara-face-tint-5, #1d5e8a);
  }

  .attribution {
    margin-block-start: 0.5rem;
  }

  .number {
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }

  .option-label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    line-height: 1.3;
  }

  :host([size='large']) .option-label {
    font-size: 1.25rem;
  }

  /* A numeric scale in number display: the label is the number. */
  .area.compact .option-label {
    font-size: var(--_number-size);
    line-height: 1.1;
  }

  /*
   * Chosen: a border three times as thick, a bold label and the radio's dot; the tint is only a bonus. A real
   * border (not a box-shadow, which forced colours remove), with the padding taking back the extra width so
   * nothing moves.
   */
  .option:has(.control:checked) {
    border: 3px solid var(--_accent);
    padding: calc(var(--_pad-block) - 2px) calc(var(--_pad-inline) - 2px);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }

  .option:has(.control:checked) .option-label {
    font-weight: 700;
  }

  .option:has(.control:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* Focus: a ring ≥ 2px around the whole option, ≥ 3:1 against the background (WCAG 2.4.7, 2.4.13). */
  .option:has(.control:focus-visible) {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
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
    .option:has(.control:checked) {
      border-color: Highlight;
    }
    .option:has(.control:focus-visible) {
      outline-color: Highlight;
    }
    .option:has(.control:disabled) {
      border-color: GrayText;
      color: GrayText;
    }
    .image {
      color: CanvasText;
    }
  }
`;

/** The styles of `<svara-scale>`: the base rules, then the generated side-by-side/stacked layout rules. */
export const styles = [baseStyles, unsafeCSS(layoutRules())];
