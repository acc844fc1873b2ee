/**
 * The pictures of the hosted page's answers without JavaScript: svara's own drawings as inline SVG (the faces of
 * the smiley scales and the simple answer pictograms), and self-hosted ARASAAC pictograms as images. Every picture
 * sits beside its word label, which names the answer, so each is decorative (`aria-hidden`, `alt=""`).
 *
 * The drawings are those of `@svara/pictograms` (builtin.ts, builtin-answers.ts), written out as SVG text: that
 * package draws with Lit templates, which the collector does not load (it imports only `@svara/schema`).
 * `test/hosted-render.node.test.ts` checks every path here against that package's source, so the two cannot
 * drift apart. Drawings that package computes (the calendars and the people) are not here: those answers show
 * their word only.
 */
import type { Pictogram } from '@svara/schema';

const head = '<circle cx="32" cy="32" r="28" />';
const dotEyes =
  '<circle cx="23" cy="27" r="3.5" class="fill" /><circle cx="41" cy="27" r="3.5" class="fill" />';

/** Inside a 64×64 `<svg>`: lines in `currentColor` (forced colours follow), `.fill` and `.bold` as in the package. */
export const DRAWINGS: Readonly<Record<string, string>> = {
  'face-very-sad': `${head}<path d="M15 20 L26 15 M38 15 L49 20" />${dotEyes}<path d="M19 50 Q32 34 45 50" /><path d="M47 33c-2.2 3.6-3.4 5.6-3.4 7a3.4 3.4 0 0 0 6.8 0c0-1.4-1.2-3.4-3.4-7z" class="fill" />`,
  'face-sad': `${head}${dotEyes}<path d="M21 46 Q32 38 43 46" />`,
  'face-neutral': `${head}${dotEyes}<path d="M21 43 H43" />`,
  'face-happy': `${head}${dotEyes}<path d="M20 39 Q32 50 44 39" />`,
  'face-very-happy': `${head}<path d="M15 17 Q20 12 26 15 M38 15 Q44 12 49 17" /><path d="M17 28 Q23 21 29 28 M35 28 Q41 21 47 28" /><path d="M17 36 H47 Q46 54 32 54 Q18 54 17 36 Z" class="fill" />`,
  yes: '<path d="M12 34 L26 48 L53 17" class="bold" />',
  no: '<path d="M16 16 L48 48 M48 16 L16 48" class="bold" />',
  partly: '<circle cx="32" cy="32" r="24" /><path d="M32 8 A24 24 0 0 0 32 56 Z" class="fill" />',
  poor: '<circle cx="32" cy="32" r="27" /><path d="M32 16 V46 M20 35 L32 47 L44 35" class="bold" />',
  approved: '<circle cx="32" cy="32" r="27" /><path d="M19 33 L28 42 L45 22" class="bold" />',
  'very-good':
    '<path d="M32 6 L39.6 22.5 L57.5 24.6 L44.3 36.9 L47.8 54.6 L32 45.7 L16.2 54.6 L19.7 36.9 L6.5 24.6 L24.4 22.5 Z" class="fill-line" />',
  'dont-know':
    '<path d="M21 22 Q21 9 32 9 Q43 9 43 20 Q43 28 32 32 V39" class="bold" /><circle cx="32" cy="51" r="4.5" class="fill" />',
  skip: '<rect x="26" y="40" width="12" height="14" rx="2" class="fill" /><path d="M8 50 Q18 10 48 34" class="bold" /><path d="M36 36 L49 35 L46 22" class="bold" />',
};

/** Where the self-hosted ARASAAC pictograms are (the widget's default, `@svara/pictograms`' arasaac.ts). */
export const ARASAAC_BASE = '/pictograms/arasaac';

/** The picture of an answer as HTML, or '' when there is none to draw here. Always decorative. */
export function pictureHtml(pictogram: Pictogram | undefined, escape: (text: string) => string): string {
  if (!pictogram) return '';
  if ('builtin' in pictogram) {
    const art = DRAWINGS[pictogram.builtin];
    if (!art) return '';
    const mirrored = pictogram.builtin === 'skip' ? ' directional' : '';
    return `<svg class="art${mirrored}" viewBox="0 0 64 64" aria-hidden="true" focusable="false">${art}</svg>`;
  }
  const src =
    'arasaac' in pictogram
      ? `${ARASAAC_BASE}/${pictogram.arasaac}/${pictogram.arasaac}_500.png`
      : pictogram.src;
  return `<img class="image" src="${escape(src)}" alt="" width="96" height="96" />`;
}
