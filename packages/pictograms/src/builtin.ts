/**
 * The pictograms svara draws itself: five faces and the answer pictograms (ja, nej, delvis, ibland, vet inte,
 * hoppa över …), one for every name in the schema's `builtinPictograms`, so a survey works with no external
 * images at all.
 *
 * Drawing rules, for anyone adding one:
 * - One 64×64 grid, round line ends, lines 3.5 units thick (about 5 px at 96 px): readable at 44 px and at
 *   400 % zoom, because they are vectors.
 * - Neighbours differ by SHAPE (mouth curve, eyes, brows, tear; tick against cross; how many days or people are
 *   filled in), never by colour alone. Everything is drawn in `currentColor`, so it follows the text colour and
 *   forced-colours mode; a tint, where a page wants one, is only ever an extra.
 * - Families share a frame so they read as a set: faces share the head, never/sometimes/often share a
 *   calendar (0, 2 and 5 of 6 days marked), none/some/all share four people (0, 2 and 4 filled in).
 * - Art is decorative where it sits next to its word label; it carries no `<title>` (its name comes from the
 *   element showing it, never from the drawing).
 * - Pictograms with a direction (hoppa över) are mirrored right to left by `<svara-pictogram>`.
 */
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { builtinPictograms } from '@svara/schema';
import type { BuiltinPictogram } from '@svara/schema';

export { builtinPictograms };
export type { BuiltinPictogram };

/** The builtin names that are faces, from very sad (1) to very happy (5). The 3-face set is faces 1, 3, 5. */
export const FACE_PICTOGRAMS = [
  'face-very-sad',
  'face-sad',
  'face-neutral',
  'face-happy',
  'face-very-happy',
] as const satisfies readonly BuiltinPictogram[];
export type FacePictogram = (typeof FACE_PICTOGRAMS)[number];

export function isFacePictogram(name: unknown): name is FacePictogram {
  return (FACE_PICTOGRAMS as readonly unknown[]).includes(name);
}

export function isBuiltinPictogram(name: unknown): name is BuiltinPictogram {
  return (builtinPictograms as readonly unknown[]).includes(name);
}

/** Builtin pictograms that point in the reading direction and are mirrored right to left. */
export const DIRECTIONAL_PICTOGRAMS: ReadonlySet<BuiltinPictogram> = new Set(['skip']);

// Fragments inside <svg> must use the `svg` tag, or Lit parses them as HTML elements that never draw.
const head = svg`<circle cx="32" cy="32" r="28" />`;
const dotEyes = svg`<circle cx="23" cy="27" r="3.5" class="fill" /><circle cx="41" cy="27" r="3.5" class="fill" />`;

/** A calendar with `marked` of its six days filled in (never 0, sometimes 2, often 5). */
function calendar(marked: number): SVGTemplateResult {
  const days = [0, 1, 2, 3, 4, 5].map((i) => {
    const x = 15 + (i % 3) * 12;
    const y = 27 + Math.floor(i / 3) * 12;
    return i < marked
      ? svg`<rect x=${x} y=${y} width="10" height="9" rx="1.5" class="fill" />`
      : svg`<rect x=${x} y=${y} width="10" height="9" rx="1.5" class="thin" />`;
  });
  return svg`<rect x="9" y="13" width="46" height="44" rx="4" /><path d="M9 22 H55 M20 8 V16 M44 8 V16" />${days}`;
}

/** Four people, `filled` of them filled in (none 0, some 2, all 4). */
function people(filled: number): SVGTemplateResult {
  const figures = [0, 1, 2, 3].map((i) => {
    const x = 11 + i * 14;
    const cls = i < filled ? 'fill' : 'thin';
    return svg`<circle cx=${x} cy="24" r="5" class=${cls} /><path
        d="M${x - 6} 48 V39 Q${x - 6} 32 ${x} 32 Q${x + 6} 32 ${x + 6} 39 V48 Z"
        class=${cls}
      />`;
  });
  return svg`${figures}`;
}

/** Everything but the frame (the faces' head is shared). */
const art: Record<BuiltinPictogram, SVGTemplateResult> = {
  // Worried brows (inner ends raised), a deep, down-turned mouth and a tear.
  'face-very-sad': svg`${head}<path d="M15 20 L26 15 M38 15 L49 20" />${dotEyes}
    <path d="M19 50 Q32 34 45 50" />
    <path d="M47 33c-2.2 3.6-3.4 5.6-3.4 7a3.4 3.4 0 0 0 6.8 0c0-1.4-1.2-3.4-3.4-7z" class="fill" />`,
  // A gentle down-turned mouth, no brows.
  'face-sad': svg`${head}${dotEyes}<path d="M21 46 Q32 38 43 46" />`,
  // A straight mouth.
  'face-neutral': svg`${head}${dotEyes}<path d="M21 43 H43" />`,
  // A smile.
  'face-happy': svg`${head}${dotEyes}<path d="M20 39 Q32 50 44 39" />`,
  // Raised brows, closed laughing eyes and a wide open smile.
  'face-very-happy': svg`${head}<path d="M15 17 Q20 12 26 15 M38 15 Q44 12 49 17" />
    <path d="M17 28 Q23 21 29 28 M35 28 Q41 21 47 28" />
    <path d="M17 36 H47 Q46 54 32 54 Q18 54 17 36 Z" class="fill" />`,
  // A tick.
  yes: svg`<path d="M12 34 L26 48 L53 17" class="bold" />`,
  // A cross.
  no: svg`<path d="M16 16 L48 48 M48 16 L16 48" class="bold" />`,
  // A circle half filled in.
  partly: svg`<circle cx="32" cy="32" r="24" /><path d="M32 8 A24 24 0 0 0 32 56 Z" class="fill" />`,
  sometimes: calendar(2),
  never: calendar(0),
  often: calendar(5),
  all: people(4),
  some: people(2),
  none: people(0),
  // A down arrow in a circle: not good enough.
  poor: svg`<circle cx="32" cy="32" r="27" /><path d="M32 16 V46 M20 35 L32 47 L44 35" class="bold" />`,
  // A tick in a circle: good enough.
  approved: svg`<circle cx="32" cy="32" r="27" /><path d="M19 33 L28 42 L45 22" class="bold" />`,
  // A filled star.
  'very-good': svg`<path
    d="M32 6 L39.6 22.5 L57.5 24.6 L44.3 36.9 L47.8 54.6 L32 45.7 L16.2 54.6 L19.7 36.9 L6.5 24.6 L24.4 22.5 Z"
    class="fill-line"
  />`,
  // A question mark.
  'dont-know': svg`<path d="M21 22 Q21 9 32 9 Q43 9 43 20 Q43 28 32 32 V39" class="bold" /><circle
      cx="32"
      cy="51"
      r="4.5"
      class="fill"
    />`,
  // An arrow jumping over a block.
  skip: svg`<rect x="26" y="40" width="12" height="14" rx="2" class="fill" /><path
      d="M8 50 Q18 10 48 34"
      class="bold"
    /><path d="M36 36 L49 35 L46 22" class="bold" />`,
};

/** The drawing of a builtin pictogram: an `aria-hidden` SVG in `currentColor` (part `art`). */
export function builtinArt(name: BuiltinPictogram): TemplateResult {
  return html`<svg
    class="art"
    part="art"
    data-builtin=${name}
    viewBox="0 0 64 64"
    aria-hidden="true"
    focusable="false"
  >
    ${art[name]}
  </svg>`;
}
