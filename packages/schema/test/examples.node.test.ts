import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import Ajv2020 from 'ajv/dist/2020.js';

import { jsonSchemaFileContent, jsonSchemaPath } from '../scripts/write-json-schema.js';
import { lintSurvey, parseSurvey, surveyJsonSchema } from '../src/index.js';
import { lintFeelings } from '../src/lint-feelings.js';
import { readExamples } from './fixtures.js';

const examples = readExamples();

describe('examples/surveys', () => {
  test("holds the seven surveys from the city, the children's way to complain and the AAC example", () => {
    assert.deepEqual(
      examples.map((e) => e.file),
      [
        'bemotandekollen.json',
        'bildstod.json',
        'familjeenheten-barn.json',
        'foraldramottagning.json',
        'medborgardialog-trygghet.json',
        'synpunkter-barn.json',
        'synpunkter.json',
        'uppfoljning-handlaggare.json',
        'uppfoljning-klient.json',
      ],
    );
  });

  for (const { file, json } of examples) {
    test(`${file} parses and lints clean`, () => {
      const result = parseSurvey(json);
      assert.ok(result.ok, JSON.stringify(!result.ok && result.issues, null, 2));
      assert.deepEqual(lintSurvey(result.survey), []);
      assert.deepEqual(lintFeelings(result.survey), []);
    });
  }

  test('the children survey has five statements of fact answered with faces for agreement, with "vet inte", and gender as breakdown', () => {
    const result = parseSurvey(examples.find((e) => e.file === 'familjeenheten-barn.json')!.json);
    assert.ok(result.ok);
    const statements = result.survey.questions!.filter((q) => q.type === 'scale');
    assert.equal(statements.length, 5);
    for (const q of statements)
      assert.ok(q.type === 'scale' && q.scale === 'smiley-agree-5' && q.allowDontKnow);
    assert.deepEqual(result.survey.languages, ['sv', 'en', 'fi', 'ar']);
    assert.equal(result.survey.audience, 'child');
    assert.ok(result.survey.questions!.some((q) => q.type === 'choice' && q.breakdown));
  });

  test('the AAC example: one picture per question and per answer, ARASAAC ids the demo serves itself', () => {
    const result = parseSurvey(examples.find((e) => e.file === 'bildstod.json')!.json);
    assert.ok(result.ok);
    assert.equal(result.survey.audience, 'aac');
    for (const q of result.survey.questions!) {
      assert.ok(q.pictogram && 'arasaac' in q.pictogram, q.id);
      assert.ok(q.type === 'scale' && typeof q.scale === 'object' && 'options' in q.scale && q.allowDontKnow);
      for (const option of q.scale.options) {
        assert.ok(option.pictogram && 'arasaac' in option.pictogram, `${q.id} ${option.value}`);
        const id = option.pictogram.arasaac;
        const file = new URL(
          `../../../examples/public/pictograms/arasaac/${id}/${id}_500.png`,
          import.meta.url,
        );
        assert.ok(existsSync(file), `self-hosted ${file.pathname}`);
      }
    }
  });

  test('Bemötandekollen is answered by interview with ja/nej/delvis', () => {
    const result = parseSurvey(examples.find((e) => e.file === 'bemotandekollen.json')!.json);
    assert.ok(result.ok);
    assert.deepEqual(result.survey.modes, ['interview']);
    const scales = result.survey.questions!.filter((q) => q.type === 'scale');
    assert.ok(scales.length >= 5 && scales.every((q) => q.type === 'scale' && q.scale === 'yes-partly-no'));
  });
});

describe('survey.schema.json', () => {
  test('is what scripts/write-json-schema.ts generates from the zod schema (run the "json-schema" script)', () => {
    assert.equal(readFileSync(jsonSchemaPath, 'utf8'), jsonSchemaFileContent());
    assert.deepEqual(JSON.parse(readFileSync(jsonSchemaPath, 'utf8')), surveyJsonSchema);
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(surveyJsonSchema);

  for (const { file, json } of examples) {
    test(`validates ${file}`, () => {
      assert.equal(validate(json), true, JSON.stringify(validate.errors, null, 2));
    });
  }

  test('rejects a typo in a field name and an unknown scale, like parseSurvey', () => {
    const json = structuredClone(examples[1]!.json) as { questions: Record<string, unknown>[] };
    json.questions[0]!['allowDontknow'] = true;
    assert.equal(validate(json), false);
    const other = structuredClone(examples[1]!.json) as { questions: Record<string, unknown>[] };
    other.questions[0]!['scale'] = 'smiley-7';
    assert.equal(validate(other), false);
  });
});
