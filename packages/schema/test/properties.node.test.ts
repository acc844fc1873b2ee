import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import fc from 'fast-check';

import { parseSubmission, parseSurvey, scalePresetNames } from '../src/index.js';
import type { Survey } from '../src/index.js';
import { submissionFor } from './fixtures.js';

const id = fc
  .stringMatching(/^[a-z][a-z0-9-]{0,11}$/)
  .filter((s) => s !== 'constructor' && s !== 'prototype');
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.record({ sv: fc.string({ minLength: 1, maxLength: 40 }) }),
);
const options = fc
  .uniqueArray(fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,8}$/), fc.integer({ min: -5, max: 50 })), {
    minLength: 2,
    maxLength: 7,
    selector: (v) => String(v),
  })
  .filter((vs) => !vs.includes('dont_know') && !vs.includes('skipped'))
  .chain((vs) => fc.tuple(...vs.map((value) => text.map((t) => ({ value, text: t })))));

const special = {
  allowDontKnow: fc.option(fc.boolean(), { nil: undefined }),
  allowSkip: fc.option(fc.boolean(), { nil: undefined }),
};
const required = fc.option(fc.boolean(), { nil: undefined });

/** A question without id or condition; ids and conditions are added so that they are valid. */
const questionBody = fc.oneof(
  fc.record(
    { type: fc.constant('scale'), text, scale: fc.constantFrom(...scalePresetNames), required, ...special },
    { requiredKeys: ['type', 'text', 'scale'] },
  ),
  fc.record({
    type: fc.constant('scale'),
    text,
    scale: fc
      .integer({ min: -3, max: 3 })
      .chain((min) => fc.integer({ min: min + 1, max: min + 10 }).map((max) => ({ min, max }))),
  }),
  fc.record(
    { type: fc.constant('choice'), text, options, required, ...special },
    { requiredKeys: ['type', 'text', 'options'] },
  ),
  fc.record(
    { type: fc.constant('multi'), text, options, required },
    { requiredKeys: ['type', 'text', 'options'] },
  ),
  fc.record(
    {
      type: fc.constant('text'),
      text,
      multiline: fc.boolean(),
      maxLength: fc.integer({ min: 1, max: 5000 }),
      required,
    },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record(
    {
      type: fc.constant('scale-group'),
      text,
      scale: fc.constantFrom(...scalePresetNames),
      items: fc
        .uniqueArray(id, { minLength: 1, maxLength: 4 })
        .map((ids) => ids.map((i) => ({ id: i, text: 'Påstående' }))),
      required,
      ...special,
    },
    { requiredKeys: ['type', 'text', 'scale', 'items'] },
  ),
  fc.record(
    { type: fc.constantFrom('date', 'email', 'consent'), text, required },
    { requiredKeys: ['type', 'text'] },
  ),
);

/** Valid survey definitions, with conditions on earlier questions. */
const validSurvey = fc
  .tuple(
    fc.uniqueArray(id, { minLength: 1, maxLength: 8 }),
    fc.array(questionBody, { minLength: 8, maxLength: 8 }),
    fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  )
  .map(([ids, bodies, picks]) =>
    ids.map((qid, i) => {
      const q: Record<string, unknown> = { id: qid, ...bodies[i] };
      const target = i > 0 ? picks[i]! % (i + 1) : 0;
      if (i > 0 && target < i) q['showIf'] = { question: ids[target], answered: true };
      return q;
    }),
  )
  .map((questions) => ({ id: 'prop', version: 1, lang: 'sv', title: 'Egenskaper', questions }));

const anyJson = fc.jsonValue({ maxDepth: 3 });

describe('properties', () => {
  test('every generated valid definition parses', () => {
    fc.assert(
      fc.property(validSurvey, (input) => {
        const result = parseSurvey(input);
        assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
      }),
      { numRuns: 300 },
    );
  });

  test('every generated submission either parses or yields issues with paths and messages, never throws', () => {
    fc.assert(
      fc.property(
        validSurvey,
        fc.dictionary(
          fc.oneof(id, fc.constantFrom('__proto__', 'constructor', 'toString')),
          fc.oneof(anyJson, fc.constantFrom('dont_know', 'skipped', 1, 3, 'yes', true)),
        ),
        (input, answers) => {
          const parsed = parseSurvey(input);
          assert.ok(parsed.ok);
          const survey: Survey = parsed.survey;
          // Answer real question ids half of the time, with plausible and implausible values.
          const byQuestion = Object.fromEntries(
            survey
              .questions!.map((q, i) => [q.id, Object.values(answers)[i]])
              .filter(([, v]) => v !== undefined),
          );
          for (const candidate of [answers, byQuestion]) {
            const result = parseSubmission(survey, submissionFor(candidate, { surveyId: 'prop' }));
            if (!result.ok) {
              assert.ok(result.issues.length > 0);
              for (const issue of result.issues)
                assert.ok(issue.message.length > 0 && typeof issue.path === 'string');
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('arbitrary input never throws from parseSurvey or parseSubmission', () => {
    const survey = parseSurvey({
      id: 'prop',
      version: 1,
      lang: 'sv',
      title: 'T',
      questions: [{ id: 'a', type: 'scale', text: 'Hur?', scale: 'smiley-5' }],
    });
    assert.ok(survey.ok);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        assert.equal(parseSurvey(input).ok, false);
        assert.equal(parseSubmission(survey.survey, input).ok, false);
      }),
      { numRuns: 500 },
    );
  });

  test('__proto__ and constructor keys anywhere never pollute prototypes', () => {
    const poison = fc.constantFrom(
      '{"__proto__":{"polluted":1}}',
      '{"constructor":{"prototype":{"polluted":1}}}',
    );
    fc.assert(
      fc.property(validSurvey, poison, fc.nat(), (input, json, where) => {
        // Add the poisoned keys as own properties of one of the plain objects in the definition.
        const copy = structuredClone(input) as unknown;
        const objects: Record<string, unknown>[] = [];
        const visit = (v: unknown): void => {
          if (Array.isArray(v)) v.forEach(visit);
          else if (v !== null && typeof v === 'object') {
            objects.push(v as Record<string, unknown>);
            Object.values(v).forEach(visit);
          }
        };
        visit(copy);
        const target = objects[where % objects.length]!;
        for (const key of ['__proto__', 'constructor']) {
          Object.defineProperty(target, key, {
            value: JSON.parse(json),
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }
        const poisoned = JSON.stringify(copy);
        assert.ok(poisoned.includes('"__proto__"'));
        const data: unknown = JSON.parse(poisoned);
        const result = parseSurvey(data);
        assert.equal(result.ok, false);
        const clean = parseSurvey(input);
        assert.ok(clean.ok);
        parseSubmission(clean.survey, JSON.parse(`{"answers":${json},"__proto__":${json},"meta":${json}}`));
        parseSubmission(
          clean.survey,
          submissionFor(JSON.parse(`{"${clean.survey.questions![0]!.id}":${json},"__proto__":${json}}`)),
        );
        assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
        assert.equal((Object.prototype as Record<string, unknown>)['polluted'], undefined);
      }),
      { numRuns: 200 },
    );
  });

  test('a parsed submission never carries an own __proto__ that changes its prototype', () => {
    const parsed = parseSurvey({
      id: 'prop',
      version: 1,
      lang: 'sv',
      title: 'T',
      questions: [
        { id: 'g', type: 'scale-group', text: 'Hur?', scale: 'smiley-3', items: [{ id: 'a', text: 'A' }] },
      ],
    });
    assert.ok(parsed.ok);
    const result = parseSubmission(
      parsed.survey,
      submissionFor(JSON.parse('{"g":{"a":1,"__proto__":{"x":1}}}')),
    );
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok &&
        result.issues.some((i) => i.code === 'answer-item-unknown' && i.path === 'answers.g.__proto__'),
    );
  });
});
