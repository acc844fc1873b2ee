/** Shared test data: the definition and submission from the issue, and the examples on disk. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const examplesDir = fileURLToPath(new URL('../../../examples/surveys/', import.meta.url));

export function readExamples(): { file: string; json: unknown }[] {
  return readdirSync(examplesDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, json: JSON.parse(readFileSync(examplesDir + file, 'utf8')) as unknown }));
}

/** The definition from the issue, verbatim. */
export function issueSurvey(): Record<string, unknown> {
  return {
    id: 'familjeenheten-barn',
    version: 1,
    lang: 'sv',
    languages: ['sv', 'en'],
    audience: 'child',
    title: { sv: 'Vad tyckte du om att träffa oss?', en: 'What did you think of meeting us?' },
    intro: { sv: 'Det tar ungefär två minuter.' },
    privacy: {
      anonymous: true,
      purpose: { sv: 'Vi vill veta vad du tycker, så att vi kan bli bättre.' },
      whoSees: { sv: 'Bara vi som jobbar med enkäten ser svaren. Vi vet inte vem som har svarat.' },
    },
    invited: 120,
    questions: [
      {
        id: 'vet-varfor',
        type: 'scale',
        scale: 'smiley-5',
        text: { sv: 'Jag vet varför vi träffades.', en: 'I know why we met.' },
        plain: { text: { sv: 'Vet du varför vi träffades?' } },
        pictogram: { arasaac: 7180 },
        audio: { sv: '/audio/vet-varfor.mp3' },
        allowDontKnow: true,
      },
      {
        id: 'kon',
        type: 'choice',
        breakdown: true,
        allowSkip: true,
        text: { sv: 'Är du …' },
        options: [
          { value: 'flicka', text: { sv: 'Flicka' } },
          { value: 'pojke', text: { sv: 'Pojke' } },
          { value: 'annat', text: { sv: 'Annat' } },
        ],
      },
      {
        id: 'kommentar',
        type: 'text',
        multiline: true,
        maxLength: 2000,
        text: { sv: 'Vill du säga något mer?' },
        showIf: { question: 'vet-varfor', in: [1, 2] },
      },
    ],
  };
}

/** The submission from the issue, with a real v4 uuid. */
export function issueSubmission(answers: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    submissionId: '0b6f3c2e-1d4a-4f5b-9c8d-7e6f5a4b3c2d',
    surveyId: 'familjeenheten-barn',
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: '2026-11-22T10:00:00.000Z',
    answers: { 'vet-varfor': 5, kon: 'flicka', kommentar: 'Bra!', ...answers },
    meta: { answeredBy: 'self', mode: 'web', plain: false, pictograms: true, readAloud: false },
  };
}

/** A minimal valid survey with the given questions. */
export function surveyWith(
  questions: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { id: 'test', version: 1, lang: 'sv', title: 'Test', questions, ...extra };
}

/** A minimal valid submission envelope for `surveyWith`. */
export function submissionFor(
  answers: unknown,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    submissionId: '9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    surveyId: 'test',
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: '2026-04-15T08:30:00+02:00',
    answers,
    meta: { answeredBy: 'self', mode: 'web' },
    ...extra,
  };
}
