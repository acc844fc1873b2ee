/**
 * The zod schemas of the survey definition and the submission envelope. They check structure only; the rules
 * that need the whole survey (unique ids, conditions, translations) live in parse-survey.ts and
 * parse-submission.ts. Written with zod/mini so that a browser bundle pays only for what it uses.
 *
 * Error parameters are message keys (see messages.ts), never text: the text is chosen per locale later.
 */
import * as z from 'zod/mini';

import { builtinPictograms, displays, scalePresetNames } from './presets.js';

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
export const LANG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
/** A path on the same site (`/audio/x.mp3`, `./x.mp3`) or an https address. */
export const URL_PATTERN = /^(?:https:\/\/[^\s/]+|\.{0,2}\/)[^\s]*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Ids that would collide with Object.prototype members when used as keys in plain objects downstream. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['constructor', 'prototype', '__proto__']);

export const audiences = ['general', 'child', 'aac'] as const;
export const questionTypes = [
  'scale',
  'choice',
  'multi',
  'text',
  'scale-group',
  'date',
  'email',
  'consent',
] as const;
export const answeredByValues = ['self', 'with-support', 'interviewer'] as const;
export const modes = ['web', 'kiosk', 'interview'] as const;
/**
 * What a question of a `register` survey fills in on the case it becomes (the complaints register of the
 * collector): the category (synpunkt/klagomal/berom), what it concerns, who gives it, the description, when it
 * happened, whether the person wants an answer, and how to reach them (only asked when they want an answer).
 */
export const registerFields = [
  'category',
  'concerns',
  'givenBy',
  'description',
  'occurredOn',
  'wantsAnswer',
  'contactName',
  'contactEmail',
  'contactPhone',
  'contactOther',
] as const;
/** The category values of the register: every option of a `category` question is one of these. */
export const registerCategories = ['synpunkt', 'klagomal', 'berom'] as const;

/** Longest free-text answer accepted when a text question sets no `maxLength`. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;
export const MAX_TEXT_MAX_LENGTH = 20000;
export const EMAIL_MAX_LENGTH = 254;
/** A numeric scale may have at most this many steps (0-10 is 11). */
export const MAX_NUMERIC_STEPS = 11;

export const idSchema = z.string({ error: 'id' }).check(
  z.regex(ID_PATTERN, { error: 'id' }),
  z.refine((id) => !RESERVED_IDS.has(id), { error: 'id-reserved' }),
);

export const langCodeSchema = z
  .string({ error: 'lang-code' })
  .check(z.regex(LANG_PATTERN, { error: 'lang-code' }));

const nonEmpty = z.string().check(z.minLength(1, { error: 'text-empty' }));

/** A string in the survey's `lang`, or an object keyed by language code. */
export const textSchema = z.union([nonEmpty, z.record(langCodeSchema, nonEmpty)], { error: 'text' });

export const urlSchema = z.string({ error: 'url' }).check(z.regex(URL_PATTERN, { error: 'url' }));

/** Recorded speech per language. */
export const audioSchema = z.record(langCodeSchema, urlSchema);

export const pictogramSchema = z.union(
  [
    z.strictObject({ arasaac: z.int().check(z.positive()) }),
    z.strictObject({ builtin: z.enum(builtinPictograms, { error: 'builtin-pictogram' }) }),
    z.strictObject({ src: urlSchema, alt: textSchema }),
  ],
  { error: 'pictogram' },
);

const plainTextOnly = z.strictObject({ text: z.optional(textSchema) });

export const optionValueSchema = z.union(
  [z.string().check(z.regex(ID_PATTERN, { error: 'option-value' })), z.int()],
  { error: 'option-value' },
);

export const optionSchema = z.strictObject({
  value: optionValueSchema,
  text: textSchema,
  plain: z.optional(plainTextOnly),
  pictogram: z.optional(pictogramSchema),
  audio: z.optional(audioSchema),
});

const optionsSchema = z.array(optionSchema).check(z.minLength(2, { error: 'options-few' }));

export const numericScaleSchema = z.strictObject({
  min: z.int(),
  max: z.int(),
  minLabel: z.optional(textSchema),
  maxLabel: z.optional(textSchema),
});

export const customScaleSchema = z.strictObject({ options: optionsSchema });

export const scaleSchema = z.union(
  [z.enum(scalePresetNames, { error: 'scale-preset' }), numericScaleSchema, customScaleSchema],
  { error: 'scale' },
);

export const conditionValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** A leaf condition on one earlier question, or `all`/`any` of conditions. */
export type Condition =
  | {
      question: string;
      /** For scale-group questions: the item whose answer is tested. */
      item?: string | undefined;
      equals?: string | number | boolean | undefined;
      in?: (string | number | boolean)[] | undefined;
      answered?: boolean | undefined;
    }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodMiniType<Condition> = z.union(
  [
    z.strictObject({
      question: idSchema,
      item: z.optional(idSchema),
      equals: z.optional(conditionValueSchema),
      in: z.optional(z.array(conditionValueSchema).check(z.minLength(1))),
      answered: z.optional(z.boolean()),
    }),
    z.strictObject({
      get all() {
        return z.array(conditionSchema).check(z.minLength(1));
      },
    }),
    z.strictObject({
      get any() {
        return z.array(conditionSchema).check(z.minLength(1));
      },
    }),
  ],
  { error: 'condition' },
);

const questionPlain = z.strictObject({ text: z.optional(textSchema), description: z.optional(textSchema) });

const base = {
  id: idSchema,
  text: textSchema,
  /** A hint shown under the question. */
  description: z.optional(textSchema),
  plain: z.optional(questionPlain),
  pictogram: z.optional(pictogramSchema),
  audio: z.optional(audioSchema),
  required: z.optional(z.boolean()),
  showIf: z.optional(conditionSchema),
  /** In a `register` survey: the case field this question's answer fills in. */
  registerField: z.optional(z.enum(registerFields)),
};

const special = {
  allowDontKnow: z.optional(z.boolean()),
  allowSkip: z.optional(z.boolean()),
};

const displaySchema = z.enum(displays);
const choiceDisplaySchema = z.enum(['text', 'pictogram']);

export const scaleQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('scale'),
  scale: scaleSchema,
  display: z.optional(displaySchema),
  breakdown: z.optional(z.boolean()),
  ...special,
});

export const choiceQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('choice'),
  options: optionsSchema,
  display: z.optional(choiceDisplaySchema),
  breakdown: z.optional(z.boolean()),
  ...special,
});

export const multiQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('multi'),
  options: optionsSchema,
  min: z.optional(z.int().check(z.minimum(0))),
  max: z.optional(z.int().check(z.minimum(1))),
  display: z.optional(choiceDisplaySchema),
  ...special,
});

export const textQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('text'),
  multiline: z.optional(z.boolean()),
  maxLength: z.optional(
    z
      .int({ error: 'max-length' })
      .check(z.minimum(1, { error: 'max-length' }), z.maximum(MAX_TEXT_MAX_LENGTH)),
  ),
});

export const scaleGroupItemSchema = z.strictObject({
  id: idSchema,
  text: textSchema,
  plain: z.optional(plainTextOnly),
  pictogram: z.optional(pictogramSchema),
  audio: z.optional(audioSchema),
});

export const scaleGroupQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('scale-group'),
  scale: scaleSchema,
  items: z.array(scaleGroupItemSchema).check(z.minLength(1)),
  display: z.optional(displaySchema),
  ...special,
});

const dateSchema = z.string({ error: 'date' }).check(z.regex(DATE_PATTERN, { error: 'date' }));

export const dateQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('date'),
  min: z.optional(dateSchema),
  max: z.optional(dateSchema),
});

export const emailQuestionSchema = z.strictObject({ ...base, type: z.literal('email') });

/** A yes-I-agree box. When `required`, the answer must be `true`. */
export const consentQuestionSchema = z.strictObject({ ...base, type: z.literal('consent') });

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    scaleQuestionSchema,
    choiceQuestionSchema,
    multiQuestionSchema,
    textQuestionSchema,
    scaleGroupQuestionSchema,
    dateQuestionSchema,
    emailQuestionSchema,
    consentQuestionSchema,
  ],
  { error: 'question-type' },
);

export const pageSchema = z.strictObject({
  id: idSchema,
  title: z.optional(textSchema),
  plain: z.optional(z.strictObject({ title: z.optional(textSchema) })),
  showIf: z.optional(conditionSchema),
  questions: z.array(questionSchema).check(z.minLength(1, { error: 'no-questions' })),
});

export const privacySchema = z.strictObject({
  anonymous: z.boolean(),
  /** Why the questions are asked and how the answers are used. */
  purpose: z.optional(textSchema),
  /** Who sees the answers. */
  whoSees: z.optional(textSchema),
  /** Whom to ask about the survey. */
  contact: z.optional(textSchema),
  /**
   * Whether the respondent can stay anonymous, in words (shown instead of the plain yes or no that `anonymous`
   * gives), e.g. "Ja, om du inte skriver din e-post."
   */
  anonymity: z.optional(textSchema),
  /** How long the answers (and any contact details) are kept. */
  retention: z.optional(textSchema),
  /**
   * How many months the answers are kept: the collector deletes older answers on a schedule (say so to the
   * respondent in `retention`). Absent: kept until staff erase them.
   */
  retentionMonths: z.optional(z.int().check(z.minimum(1), z.maximum(600))),
  plain: z.optional(
    z.strictObject({
      purpose: z.optional(textSchema),
      whoSees: z.optional(textSchema),
      contact: z.optional(textSchema),
      anonymity: z.optional(textSchema),
      retention: z.optional(textSchema),
    }),
  ),
});

export const surveySchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: idSchema,
  version: z.int().check(z.minimum(1)),
  lang: langCodeSchema,
  languages: z.optional(z.array(langCodeSchema).check(z.minLength(1))),
  audience: z.optional(z.enum(audiences)),
  title: textSchema,
  intro: z.optional(textSchema),
  /** Shown after a successful submission. */
  thanks: z.optional(textSchema),
  plain: z.optional(
    z.strictObject({
      title: z.optional(textSchema),
      intro: z.optional(textSchema),
      thanks: z.optional(textSchema),
    }),
  ),
  privacy: z.optional(privacySchema),
  /** How many were asked to answer, for response rates. */
  invited: z.optional(z.int().check(z.minimum(1))),
  /** Ways of answering this survey is meant for; submissions in another mode are refused. Default: all. */
  modes: z.optional(z.array(z.enum(modes)).check(z.minLength(1))),
  /**
   * Every submission becomes a case in the complaints register of its unit (synpunkter, klagomål och beröm); the
   * questions say which case field they fill in with `registerField`.
   */
  register: z.optional(z.boolean()),
  questions: z.optional(z.array(questionSchema).check(z.minLength(1, { error: 'no-questions' }))),
  pages: z.optional(z.array(pageSchema).check(z.minLength(1, { error: 'no-questions' }))),
});

export const submissionMetaSchema = z.strictObject({
  answeredBy: z.enum(answeredByValues),
  mode: z.enum(modes),
  plain: z.optional(z.boolean()),
  pictograms: z.optional(z.boolean()),
  readAloud: z.optional(z.boolean()),
});

export const submissionEnvelopeSchema = z.strictObject({
  submissionId: z.string({ error: 'uuid' }).check(z.regex(UUID_V4_PATTERN, { error: 'uuid' })),
  surveyId: idSchema,
  surveyVersion: z.int().check(z.minimum(1)),
  lang: langCodeSchema,
  submittedAt: z.iso.datetime({ offset: true, error: 'datetime' }),
  answers: z.record(z.string(), z.unknown()),
  meta: submissionMetaSchema,
  /** The unit the answer is about (a unit's link, QR poster or `unit` attribute): not personal data. */
  unit: z.optional(idSchema),
  /** The round (omgång) the answer belongs to; the collector derives it from unit and time when absent. */
  round: z.optional(idSchema),
});

export type Text = z.output<typeof textSchema>;
export type Pictogram = z.output<typeof pictogramSchema>;
export type Audio = z.output<typeof audioSchema>;
export type Option = z.output<typeof optionSchema>;
export type OptionValue = z.output<typeof optionValueSchema>;
export type NumericScale = z.output<typeof numericScaleSchema>;
export type CustomScale = z.output<typeof customScaleSchema>;
export type Scale = z.output<typeof scaleSchema>;
export type ScaleQuestion = z.output<typeof scaleQuestionSchema>;
export type ChoiceQuestion = z.output<typeof choiceQuestionSchema>;
export type MultiQuestion = z.output<typeof multiQuestionSchema>;
export type TextQuestion = z.output<typeof textQuestionSchema>;
export type ScaleGroupItem = z.output<typeof scaleGroupItemSchema>;
export type ScaleGroupQuestion = z.output<typeof scaleGroupQuestionSchema>;
export type DateQuestion = z.output<typeof dateQuestionSchema>;
export type EmailQuestion = z.output<typeof emailQuestionSchema>;
export type ConsentQuestion = z.output<typeof consentQuestionSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type Page = z.output<typeof pageSchema>;
export type Privacy = z.output<typeof privacySchema>;
export type Survey = z.output<typeof surveySchema>;
export type Audience = (typeof audiences)[number];
export type AnsweredBy = (typeof answeredByValues)[number];
export type Mode = (typeof modes)[number];
export type RegisterField = (typeof registerFields)[number];
export type RegisterCategory = (typeof registerCategories)[number];
export type SubmissionMeta = z.output<typeof submissionMetaSchema>;

/** One stored answer. Scale and choice: a value; multi: a list of values; scale-group: values by item id. */
export type Answer = string | number | boolean | (string | number)[] | { [itemId: string]: string | number };
export type Answers = { [questionId: string]: Answer };

export type Submission = Omit<z.output<typeof submissionEnvelopeSchema>, 'answers'> & { answers: Answers };
