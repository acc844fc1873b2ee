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

const ALL: readonly Variant[] = ['320', '1280', 'forced', 'ar'];

const resultsTable: KnownWrong = {
  why: 'results tables at 320 px wrap "10 (14 %)" in cells narrower than 8 characters (the results element, the disclosure stream)',
  pictures: ['320', 'forced', 'ar'],
  layout: true,
};

const brokenPictogram: KnownWrong = {
  why: 'an image that cannot be loaded shows its word in a 48 px box, broken across lines ("Skola/n"; @svara/pictograms)',
  pictures: ['320', '1280', 'forced', 'ar'],
  layout: true,
};

const NARROW: readonly Variant[] = ['320', 'forced', 'ar'];

const studioTooWide = (what: string): KnownWrong => ({
  why: `the studio's ${what} sticks out of a 320 px screen (the studio stream)`,
  pictures: NARROW,
  layout: true,
});

const registerLinks: KnownWrong = {
  why: 'the register\'s "Alla ärenden" link is 22 px high, under the 24 px target size; at 320 px its quarter headings wrap (the register stream)',
  pictures: ALL,
  layout: true,
};

/** Stories, by Storybook id. */
export const knownWrongStories: Readonly<Record<string, KnownWrong>> = {
  'elements-choice--pictogram-broken': brokenPictogram,
  'pictograms-pictogram--broken': brokenPictogram,
  'elements-error-summary--native-controls': {
    why: 'the story’s own native radios and text field are under 24 px (its markup in error-summary.examples.ts)',
    pictures: [],
    layout: true,
  },
  'survey-survey--listening': {
    why: 'the story reads its first question aloud on some runs and not on others (whether the widget starts reading after the play function pressed "Börja svara" is a race), so no picture of it is stable',
    pictures: ['320', '1280', 'forced', 'ar'],
  },
  'studio-survey-page--preview': {
    why: 'the preview frames reach their height at different times, so the picture is 1168 or 1292 px high from run to run (the studio stream); no picture of it is stable',
    pictures: ALL,
  },
  'results-results--by-group': resultsTable,
  'results-results--arabic': resultsTable,
  'results-results--unit': resultsTable,
  'results-results--arabic-unit': resultsTable,
  'results-results--child': resultsTable,
  'results-results--compare-rounds': {
    why: 'results compared over rounds at 320 px wrap "Glad eller mycket glad", "För få svar" and "Visas inte" in cells narrower than 8 characters (the results element, the disclosure stream)',
    pictures: NARROW,
    layout: true,
  },
  'studio-audit-log--log': {
    why: 'the studio\'s audit log at 320 px wraps "sign-in", "publish" in cells narrower than 8 characters (the studio stream)',
    pictures: NARROW,
    layout: true,
  },
  'studio-editor--child': studioTooWide('editor (a text field with its lint findings)'),
  'studio-survey-page--edit': studioTooWide('editor (a text field with its lint findings)'),
  'studio-people-and-roles--people': studioTooWide('list of people (560 px wide)'),
  'studio-register--unit': {
    why: 'the studio\'s register at 320 px wraps "Dagar utan svar" and "Lämnad muntligt" in boxes narrower than 8 characters (the register stream)',
    pictures: NARROW,
    layout: true,
  },
  'studio-register--english': {
    why: 'the studio\'s register at 320 px wraps "Days without an answer" and "Given orally" in boxes narrower than 8 characters (the register stream)',
    pictures: NARROW,
    layout: true,
  },
  'studio-register-case--overdue': registerLinks,
  'studio-register-case--erased': registerLinks,
  'studio-register-case--reader': registerLinks,
  'studio-register-case--arabic': registerLinks,
  'studio-register-case--english': registerLinks,
  'studio-register-summary--last-year': registerLinks,
  'studio-register-summary--this-year': registerLinks,
  'studio-register-summary--english': registerLinks,
  'studio-results-and-ni-sa-vi-gör--published': {
    why: 'the studio\'s results links ("Resultatsidan", "Öppna data (CSV)", "… (JSON)") are 22 px high, under the 24 px target size (the studio stream)',
    pictures: ALL,
    layout: true,
  },
  'studio-rounds-and-links--open': {
    why: "the studio's round links are 22 px high, under the 24 px target size (the studio stream)",
    pictures: ALL,
    layout: true,
  },
};

/** Example survey screens, by the name of their pictures (see surveys.spec.ts), and demo pages (`pages/…`). */
export const knownWrongScreens: Readonly<Record<string, KnownWrong>> = {
  'surveys/synpunkter-barn-2': {
    why: '#15: a choice with pictures at 320 px wraps "Vill inte svara" in a 64 px box',
    pictures: NARROW,
    layout: true,
  },
};
