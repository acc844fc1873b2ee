/**
 * The answer pictograms svara draws itself (ja, nej, delvis, ibland, aldrig, ofta, alla, några, ingen,
 * bristande, godkänt, mycket bra, vet inte, hoppa över), loaded by `loadBuiltinArt()` the first time one is
 * shown: the faces are in builtin.ts, in the first load. The drawing rules are at the top of builtin.ts.
 */
import { svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { BuiltinPictogram } from '@svara/schema';

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

export const answerArt: Partial<Record<BuiltinPictogram, SVGTemplateResult>> = {
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
