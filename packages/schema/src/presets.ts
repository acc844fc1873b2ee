/**
 * Scale presets: the single source of stored values, word labels and default display for every rating
 * scale in svara. Stored values never change once published, so that answers stay comparable across surveys,
 * languages and ways of answering.
 */

/** Languages the svara UI ships in. Every preset label exists in each of them. */
export const uiLanguages = ['sv', 'en', 'fi', 'ar'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** How a scale is shown. `smiley` only fits the face presets; `number` only numeric values. */
export const displays = ['smiley', 'pictogram', 'text', 'number'] as const;
export type Display = (typeof displays)[number];

/** Stored instead of a value when the respondent chose "Vet inte" (only where `allowDontKnow` is true). */
export const DONT_KNOW = 'dont_know';
/** Stored instead of a value when the respondent chose "Hoppa över" (only where `allowSkip` is true). */
export const SKIPPED = 'skipped';
export type SpecialCode = typeof DONT_KNOW | typeof SKIPPED;

/**
 * Pictograms the project draws itself (package `@svara/pictograms`); usable as `{ "builtin": name }`.
 * Faces differ by shape, not only by colour.
 */
export const builtinPictograms = [
  'face-very-sad',
  'face-sad',
  'face-neutral',
  'face-happy',
  'face-very-happy',
  'yes',
  'no',
  'partly',
  'sometimes',
  'never',
  'often',
  'all',
  'some',
  'none',
  'poor',
  'approved',
  'very-good',
  'dont-know',
  'skip',
] as const;
export type BuiltinPictogram = (typeof builtinPictograms)[number];

/** A label in every UI language. */
export type PresetLabel = Readonly<Record<UiLanguage, string>>;

export interface PresetOption {
  readonly value: number | string;
  readonly label: PresetLabel;
  /** Drawn pictogram for `display: "pictogram"`. Absent where no honest picture exists (agree-5). */
  readonly pictogram?: BuiltinPictogram;
}

export interface ScalePreset {
  readonly name: ScalePresetName;
  readonly options: readonly PresetOption[];
  readonly display: Display;
  /** True when the values are ordered numbers, so a mean is meaningful. */
  readonly ordinal: boolean;
}

const option = (
  value: number | string,
  pictogram: BuiltinPictogram | undefined,
  sv: string,
  en: string,
  fi: string,
  ar: string,
): PresetOption =>
  pictogram ? { value, pictogram, label: { sv, en, fi, ar } } : { value, label: { sv, en, fi, ar } };

/** Special answers, shown apart from the scale. */
export const specialLabels: Readonly<Record<SpecialCode, PresetLabel>> = {
  dont_know: { sv: 'Vet inte', en: 'Don’t know', fi: 'En tiedä', ar: 'لا أعرف' },
  skipped: {
    sv: 'Vill inte svara',
    en: 'I don’t want to answer',
    fi: 'En halua vastata',
    ar: 'لا أريد أن أجيب',
  },
};

/** Pictograms for the special answers. */
export const specialPictograms: Readonly<Record<SpecialCode, BuiltinPictogram>> = {
  dont_know: 'dont-know',
  skipped: 'skip',
};

export const scalePresetNames = [
  'smiley-5',
  'smiley-3',
  'yes-partly-no',
  'yes-sometimes-no',
  'yes-no',
  'never-sometimes-often',
  'all-some-none',
  'agree-5',
  'grade-3',
  'smiley-agree-5',
] as const;
export type ScalePresetName = (typeof scalePresetNames)[number];

/** Every preset, keyed by name. Values and labels are frozen: add a new preset instead of changing one. */
export const scalePresets: Readonly<Record<ScalePresetName, ScalePreset>> = {
  'smiley-5': {
    name: 'smiley-5',
    display: 'smiley',
    ordinal: true,
    options: [
      option(1, 'face-very-sad', 'Mycket ledsen', 'Very sad', 'Tosi surullinen', 'حزين جدًا'),
      option(2, 'face-sad', 'Ledsen', 'Sad', 'Surullinen', 'حزين'),
      option(3, 'face-neutral', 'Mittemellan', 'In between', 'Siltä väliltä', 'بين بين'),
      option(4, 'face-happy', 'Glad', 'Happy', 'Iloinen', 'سعيد'),
      option(5, 'face-very-happy', 'Mycket glad', 'Very happy', 'Tosi iloinen', 'سعيد جدًا'),
    ],
  },
  'smiley-3': {
    name: 'smiley-3',
    display: 'smiley',
    ordinal: true,
    options: [
      // Faces 1, 3 and 5 of the five-face art: three faces must differ as clearly as the ends of five do.
      option(1, 'face-very-sad', 'Ledsen', 'Sad', 'Surullinen', 'حزين'),
      option(2, 'face-neutral', 'Mittemellan', 'In between', 'Siltä väliltä', 'بين بين'),
      option(3, 'face-very-happy', 'Glad', 'Happy', 'Iloinen', 'سعيد'),
    ],
  },
  'smiley-agree-5': {
    // The faces of smiley-5 for a statement of fact ("Jag vet varför vi träffades."): a child says how true it
    // is, not how it feels about a fact. Same values and drawings as smiley-5, so the two compare.
    name: 'smiley-agree-5',
    display: 'smiley',
    ordinal: true,
    options: [
      option(
        1,
        'face-very-sad',
        'Stämmer inte alls',
        'Not true at all',
        'Ei ollenkaan totta',
        'غير صحيح أبدًا',
      ),
      option(2, 'face-sad', 'Stämmer inte så bra', 'Not very true', 'Ei kovin totta', 'غير صحيح غالبًا'),
      option(3, 'face-neutral', 'Stämmer delvis', 'Partly true', 'Osittain totta', 'صحيح جزئيًا'),
      option(4, 'face-happy', 'Stämmer ganska bra', 'Mostly true', 'Melko totta', 'صحيح غالبًا'),
      option(5, 'face-very-happy', 'Stämmer helt', 'Completely true', 'Täysin totta', 'صحيح تمامًا'),
    ],
  },
  'yes-partly-no': {
    name: 'yes-partly-no',
    display: 'text',
    ordinal: false,
    options: [
      option('yes', 'yes', 'Ja', 'Yes', 'Kyllä', 'نعم'),
      option('partly', 'partly', 'Delvis', 'Partly', 'Osittain', 'جزئيًا'),
      option('no', 'no', 'Nej', 'No', 'Ei', 'لا'),
    ],
  },
  'yes-sometimes-no': {
    name: 'yes-sometimes-no',
    display: 'text',
    ordinal: false,
    options: [
      option('yes', 'yes', 'Ja', 'Yes', 'Kyllä', 'نعم'),
      option('sometimes', 'sometimes', 'Ibland', 'Sometimes', 'Joskus', 'أحيانًا'),
      option('no', 'no', 'Nej', 'No', 'Ei', 'لا'),
    ],
  },
  'yes-no': {
    name: 'yes-no',
    display: 'text',
    ordinal: false,
    options: [option('yes', 'yes', 'Ja', 'Yes', 'Kyllä', 'نعم'), option('no', 'no', 'Nej', 'No', 'Ei', 'لا')],
  },
  'never-sometimes-often': {
    name: 'never-sometimes-often',
    display: 'text',
    ordinal: false,
    options: [
      option('never', 'never', 'Aldrig', 'Never', 'Ei koskaan', 'أبدًا'),
      option('sometimes', 'sometimes', 'Ibland', 'Sometimes', 'Joskus', 'أحيانًا'),
      option('often', 'often', 'Ofta', 'Often', 'Usein', 'غالبًا'),
    ],
  },
  'all-some-none': {
    name: 'all-some-none',
    display: 'text',
    ordinal: false,
    options: [
      option('all', 'all', 'Alla', 'All', 'Kaikki', 'الجميع'),
      option('some', 'some', 'Några', 'Some', 'Jotkut', 'بعضهم'),
      option('none', 'none', 'Ingen', 'None', 'Ei kukaan', 'لا أحد'),
    ],
  },
  'agree-5': {
    name: 'agree-5',
    display: 'text',
    ordinal: true,
    options: [
      option(1, undefined, 'Håller inte alls med', 'Strongly disagree', 'Täysin eri mieltä', 'لا أوافق أبدًا'),
      option(2, undefined, 'Håller inte med', 'Disagree', 'Eri mieltä', 'لا أوافق'),
      option(3, undefined, 'Varken eller', 'Neither agree nor disagree', 'En samaa enkä eri mieltä', 'محايد'),
      option(4, undefined, 'Håller med', 'Agree', 'Samaa mieltä', 'أوافق'),
      option(5, undefined, 'Håller helt med', 'Strongly agree', 'Täysin samaa mieltä', 'أوافق تمامًا'),
    ],
  },
  'grade-3': {
    name: 'grade-3',
    display: 'text',
    ordinal: false,
    options: [
      option('poor', 'poor', 'Bristande', 'Poor', 'Puutteellinen', 'ضعيف'),
      option('approved', 'approved', 'Godkänt', 'Approved', 'Hyväksytty', 'مقبول'),
      option('very-good', 'very-good', 'Mycket bra', 'Very good', 'Erittäin hyvä', 'جيد جدًا'),
    ],
  },
};

export function isScalePresetName(name: unknown): name is ScalePresetName {
  return typeof name === 'string' && (scalePresetNames as readonly string[]).includes(name);
}

/** True for a preset drawn with faces (`smiley-5`, `smiley-3`, `smiley-agree-5`). */
export function isFaceScale(scale: unknown): boolean {
  return isScalePresetName(scale) && scalePresets[scale].display === 'smiley';
}
