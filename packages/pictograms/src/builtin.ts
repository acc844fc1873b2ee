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

/**
 * Everything but the frame (the faces' head is shared). The faces are here; the answer pictograms (ja, nej,
 * delvis, vet inte, …) come from builtin-answers.ts on first use: a survey of smileys never downloads them.
 */
const art: Partial<Record<BuiltinPictogram, SVGTemplateResult>> = {
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
};

let answers: Promise<void> | undefined;

/** True when the drawing of `name` is at hand; else `loadBuiltinArt()` brings it. */
export function hasBuiltinArt(name: BuiltinPictogram): boolean {
  return art[name] !== undefined;
}

/** Loads the answer pictograms' drawings (once). */
export function loadBuiltinArt(): Promise<void> {
  answers ??= import('./builtin-answers.js').then(({ answerArt }) => void Object.assign(art, answerArt));
  return answers;
}

/**
 * The drawing of a builtin pictogram: an `aria-hidden` SVG in `currentColor` (part `art`); empty until an answer
 * pictogram's drawing has loaded (the box keeps its size, so nothing moves).
 */
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
