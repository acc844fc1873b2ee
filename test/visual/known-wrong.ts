/**
 * What the visual suite knows is wrong today. A picture of a defect is never recorded as right: these pictures
 * (and, where the defect breaks them, the layout assertions) are left out until the fix lands, and the fix
 * records them. Every entry names the fix that will bring it back; `stories.spec.ts` and `surveys.spec.ts` fail
 * on an entry that names no story or screen, so the list cannot go stale.
 *
 * One more rule needs no entry: an Arabic picture with Swedish or English text laid out right to left (no
 * `dir` on it; issue #15 item 2) is not recorded — see `latinTextInRtl` in layout.ts.
 */
export type Variant = '320' | '1280' | 'forced' | 'ar';

export interface KnownWrong {
  /** The defect, and the fix that records these pictures. */
  why: string;
  /** The pictures left out. */
  pictures: readonly Variant[];
  /** The layout assertions are left out too (the defect fails them). */
  layout?: boolean;
}

/** Stories, by Storybook id. */
export const knownWrongStories: Readonly<Record<string, KnownWrong>> = {};

/** Example survey screens, by the name of their pictures (see surveys.spec.ts), and demo pages (`pages/…`). */
export const knownWrongScreens: Readonly<Record<string, KnownWrong>> = {};
