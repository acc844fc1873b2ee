/**
 * Prints how long parsing takes: a 500-question definition, and 10,000 submissions against it.
 *   node --import tsx packages/schema/bench/parse.bench.ts
 * Numbers only; nothing here asserts a time.
 */
import { lintSurvey, parseSubmission, parseSurvey, scalePresetNames } from '../src/index.js';

const QUESTIONS = 500;
const SUBMISSIONS = 10_000;

function definition(): Record<string, unknown> {
  const questions = Array.from({ length: QUESTIONS }, (_, i) => {
    const base = {
      id: `q${i}`,
      text: { sv: `Fråga nummer ${i}. Hur tycker du att det går?`, en: `Question ${i}.` },
    };
    switch (i % 5) {
      case 0:
        return {
          ...base,
          type: 'scale',
          scale: scalePresetNames[i % scalePresetNames.length],
          allowDontKnow: true,
        };
      case 1:
        return {
          ...base,
          type: 'choice',
          allowSkip: true,
          options: ['a', 'b', 'c', 'd'].map((value) => ({
            value,
            text: { sv: `Svar ${value}`, en: `Answer ${value}` },
          })),
        };
      case 2:
        return {
          ...base,
          type: 'multi',
          options: [1, 2, 3].map((value) => ({ value, text: { sv: `${value}`, en: `${value}` } })),
        };
      case 3:
        return { ...base, type: 'text', maxLength: 500, showIf: { question: `q${i - 3}`, answered: true } };
      default:
        return { ...base, type: 'scale', scale: { min: 1, max: 5 } };
    }
  });
  return {
    id: 'bench',
    version: 1,
    lang: 'sv',
    languages: ['sv', 'en'],
    title: { sv: 'Test', en: 'Test' },
    questions,
  };
}

function submission(n: number): unknown {
  const answers: Record<string, unknown> = {};
  for (let i = 0; i < QUESTIONS; i++) {
    if ((i + n) % 7 === 0) continue;
    switch (i % 5) {
      case 0:
        answers[`q${i}`] = 'dont_know';
        break;
      case 1:
        answers[`q${i}`] = ['a', 'b', 'c', 'd'][(i + n) % 4];
        break;
      case 2:
        answers[`q${i}`] = [1, 3];
        break;
      case 3:
        if (answers[`q${i - 3}`] !== undefined) answers[`q${i}`] = `Svar ${n}`;
        break;
      default:
        answers[`q${i}`] = ((i + n) % 5) + 1;
    }
  }
  return {
    submissionId: `0b6f3c2e-1d4a-4f5b-9c8d-${n.toString(16).padStart(12, '0')}`,
    surveyId: 'bench',
    surveyVersion: 1,
    lang: 'sv',
    submittedAt: '2026-11-22T10:00:00.000Z',
    answers,
    meta: { answeredBy: 'self', mode: 'web' },
  };
}

function time<T>(fn: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = fn();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
}

const input = definition();
// Warm up the JIT the way a long-running server would be.
for (let i = 0; i < 20; i++) parseSurvey(input);
const runs = 50;
const [result, total] = time(() => {
  let last = parseSurvey(input);
  for (let i = 1; i < runs; i++) last = parseSurvey(input);
  return last;
});
if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
const survey = result.survey;
const [, lintMs] = time(() => lintSurvey(survey));

const submissions = Array.from({ length: SUBMISSIONS }, (_, n) => submission(n));
parseSubmission(survey, submissions[0]);
const [okCount, subMs] = time(() => submissions.filter((s) => parseSubmission(survey, s).ok).length);
if (okCount !== SUBMISSIONS) throw new Error(`${SUBMISSIONS - okCount} benchmark submissions were refused`);

console.log(`node ${process.version}`);
console.log(
  `parseSurvey, ${QUESTIONS} questions: ${(total / runs).toFixed(2)} ms per definition (mean of ${runs})`,
);
console.log(`lintSurvey, ${QUESTIONS} questions: ${lintMs.toFixed(2)} ms`);
console.log(
  `parseSubmission, ${SUBMISSIONS.toLocaleString('en')} submissions of ~${Math.round(QUESTIONS * 0.83)} answers: ${subMs.toFixed(0)} ms (${((subMs * 1000) / SUBMISSIONS).toFixed(0)} µs each)`,
);
