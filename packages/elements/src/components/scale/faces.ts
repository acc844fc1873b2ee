/**
 * Interim faces for `<svara-scale display="smiley">`, drawn in a few strokes until the inclusive-presentation
 * work (@svara/pictograms) brings the project's own face art. They are deliberately plain:
 *
 * - each face differs from its neighbours by SHAPE — mouth direction and curve, brows, a tear, closed eyes, an
 *   open mouth — so they can be told apart in greyscale, in forced colours and by people who do not see colour;
 * - they are drawn in `currentColor` only (no tint), so they follow the text colour and `forced-colors`;
 * - they are decorative: the option's word label is its accessible name, so the SVG is `aria-hidden` and has no
 *   `<title>`.
 *
 * Keyed by the schema's builtin pictogram names, so a preset (or a custom scale) that names `face-happy` gets
 * the happy face wherever it sits on the scale (smiley-3 uses face-sad, face-neutral, face-happy).
 */
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import type { BuiltinPictogram } from '@svara/schema';

/** The builtin pictogram names that are faces, from very sad to very happy. */
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

const dotEyes = svg`<circle cx="17" cy="20" r="2.4" class="fill" /><circle
    cx="31"
    cy="20"
    r="2.4"
    class="fill"
  />`;

/** Mouth, eyes and extras per face; the head circle is shared. */
// Fragments inside <svg> must use the `svg` tag, or Lit parses them as HTML elements that never draw.
const features: Record<FacePictogram, SVGTemplateResult> = {
  // Worried brows (inner ends raised), a deep downturned mouth and a tear.
  'face-very-sad': svg`<path d="M11 16 L19 12.5 M29 12.5 L37 16" />
    ${dotEyes}
    <path d="M14 37 Q24 25 34 37" />
    <path d="M36 25.5c-1.7 2.8-2.6 4.3-2.6 5.4a2.6 2.6 0 0 0 5.2 0c0-1.1-.9-2.6-2.6-5.4z" class="fill" />`,
  // A gentle downturned mouth.
  'face-sad': svg`${dotEyes}
    <path d="M16 35 Q24 29 32 35" />`,
  // A straight mouth.
  'face-neutral': svg`${dotEyes}
    <path d="M16 32 H32" />`,
  // A smile.
  'face-happy': svg`${dotEyes}
    <path d="M15 29 Q24 38 33 29" />`,
  // Closed, laughing eyes and a wide open smile.
  'face-very-happy': svg`<path d="M12.5 21 Q17 15 21.5 21 M26.5 21 Q31 15 35.5 21" />
    <path d="M12.5 27 H35.5 Q34.5 40 24 40 Q13.5 40 12.5 27 Z" class="fill" />`,
};

/** The drawn face for a face pictogram (an `aria-hidden` SVG in `currentColor`). */
export function drawnFace(name: FacePictogram): TemplateResult {
  return html`<svg
    class="face"
    part="face"
    data-face=${name}
    viewBox="0 0 48 48"
    aria-hidden="true"
    focusable="false"
  >
    <circle cx="24" cy="24" r="21" />
    ${features[name]}
  </svg>`;
}
