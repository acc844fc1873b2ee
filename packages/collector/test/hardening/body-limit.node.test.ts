/**
 * No valid answer is refused as too large (issue #14, item 2): the body limit comes from the survey (its largest
 * valid submission), `--max-body` is only the floor, and a survey whose complete answer could not be received
 * is refused by `svara validate`, at start-up and when published. On SQLite and PostgreSQL.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { EMAIL_MAX_LENGTH, DEFAULT_TEXT_MAX_LENGTH, iterateQuestions, possibleValues } from '@svara/schema';
import type { Question, Survey } from '@svara/schema';

import { main } from '../../src/cli.js';
import type { Collector } from '../../src/collector.js';
import { largestSubmissionBytes, MAX_SUBMISSION_BYTES } from '../../src/submission-size.js';
import { loaded } from '../../src/surveys.js';
import { SurveyRegistry } from '../../src/versions/registry.js';
import { exampleSurveys, survey as parse, tempDir } from '../helpers.js';
import { onBothDatabases, startTestCollector } from '../test-collector.js';
import type { DatabaseKind } from '../test-collector.js';

/** A control character: JSON writes it as \u0001, 6 bytes — the most any character of an answer can take. */
const WIDEST = '\u0001';
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** The largest valid answer to a question, built independently of the server's estimate. */
function largestAnswer(question: Question): unknown {
  const values = possibleValues(question) ?? [];
  const widest = [...values].sort((a, b) => bytes(b) - bytes(a))[0];
  switch (question.type) {
    case 'scale':
    case 'choice':
      return widest;
    case 'multi': {
      const options = question.options.map((o) => o.value).sort((a, b) => bytes(b) - bytes(a));
      return options.slice(0, question.max ?? options.length);
    }
    case 'scale-group':
      return Object.fromEntries(question.items.map((item) => [item.id, widest]));
    case 'text':
      return WIDEST.repeat(question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH);
    case 'email':
      return `${WIDEST.repeat(EMAIL_MAX_LENGTH - 5)}@a.se`;
    case 'date':
      return question.max ?? question.min ?? '2026-12-31';
    case 'consent':
      return true;
  }
}

function largestSubmission(survey: Survey): string {
  const answers = Object.fromEntries(
    [...iterateQuestions(survey)].map(({ question }) => [question.id, largestAnswer(question)]),
  );
  return JSON.stringify({
    submissionId: randomUUID(),
    surveyId: survey.id,
    surveyVersion: survey.version,
    lang: survey.lang,
    submittedAt: new Date().toISOString(),
    answers,
    meta: { answeredBy: 'self', mode: survey.modes?.[0] ?? 'web' },
  });
}

/** Two text questions of 20,000 characters: 80,215 bytes when answered in full in "å" (the issue's case). */
const LONG_TEXTS = parse({
  id: 'langa-svar',
  version: 1,
  lang: 'sv',
  title: { sv: 'Långa svar' },
  questions: [
    { id: 'berattelse', type: 'text', text: { sv: 'Berätta.' }, maxLength: 20000 },
    { id: 'mer', type: 'text', text: { sv: 'Något mer?' }, maxLength: 20000 },
  ],
});

/** Ten of them: a complete answer could pass 1 MiB. */
const TOO_LONG = {
  id: 'for-langa-svar',
  version: 1,
  lang: 'sv',
  title: { sv: 'För långa svar' },
  questions: Array.from({ length: 10 }, (_, i) => ({
    id: `fraga-${i}`,
    type: 'text',
    text: { sv: `Fråga ${i}` },
    maxLength: 20000,
  })),
};

function suite(kind: DatabaseKind): void {
  let collector: Collector;
  before(async () => {
    const surveys = new Map(exampleSurveys());
    surveys.set(LONG_TEXTS.id, loaded(LONG_TEXTS, 'langa-svar.json'));
    collector = await startTestCollector(kind, { surveys });
  });
  after(() => collector?.close());

  const post = (id: string, body: string) =>
    fetch(`${collector.url}/api/surveys/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  test('the largest valid submission of every example survey is accepted', async () => {
    for (const [id, { survey }] of exampleSurveys()) {
      const body = largestSubmission(survey);
      assert.ok(
        Buffer.byteLength(body) <= largestSubmissionBytes(survey),
        `${id}: the estimate is an upper bound`,
      );
      const reply = await post(id, body);
      assert.equal(reply.status, 201, `${id} (${Buffer.byteLength(body)} bytes): ${await reply.text()}`);
    }
  });

  test('two answers of 20,000 "å" (80,215 bytes, over the 64 KiB floor) are stored, and the widest too', async () => {
    const answers = { berattelse: 'å'.repeat(20000), mer: 'å'.repeat(20000) };
    const body = JSON.stringify({ ...JSON.parse(largestSubmission(LONG_TEXTS)), answers });
    assert.ok(Buffer.byteLength(body) > 64 * 1024);
    const reply = await post(LONG_TEXTS.id, body);
    assert.equal(reply.status, 201, await reply.text());
    const widest = largestSubmission(LONG_TEXTS);
    assert.ok(Buffer.byteLength(widest) > 200_000);
    assert.equal((await post(LONG_TEXTS.id, widest)).status, 201);
  });

  test('a body over the survey’s limit is still a 413 (nothing is read beyond it)', async () => {
    const limit = largestSubmissionBytes(LONG_TEXTS);
    const reply = await post(LONG_TEXTS.id, `{"x":"${'a'.repeat(limit)}"}`);
    assert.equal(reply.status, 413);
    assert.equal(((await reply.json()) as { limit: number }).limit, limit);
  });

  test('publishing a survey whose complete answer could pass 1 MiB is refused, naming the question', async () => {
    const registry = new SurveyRegistry(collector.store);
    const result = await registry.publish(TOO_LONG.id, TOO_LONG, 'test', { locale: 'en' });
    assert.equal(result.ok, false);
    const issue = !result.ok ? result.issues[0] : undefined;
    assert.equal(issue?.code, 'submission-too-large');
    assert.equal(issue?.path, 'questions[0]');
    assert.match(issue?.message ?? '', /1,024 KiB.*maxLength/);
  });
}

onBothDatabases('body limits from the survey', suite);

describe('a survey whose complete answer cannot be received', () => {
  test('svara validate and svara serve refuse it', async () => {
    assert.ok(largestSubmissionBytes(parse(TOO_LONG)) > MAX_SUBMISSION_BYTES);
    const dir = tempDir();
    const surveys = join(dir.dir, 'surveys');
    mkdirSync(surveys);
    writeFileSync(join(surveys, 'for-langa-svar.json'), JSON.stringify(TOO_LONG));
    const io = () => {
      let text = '';
      return {
        text: () => text,
        io: {
          stdout: { write: (t: string) => (text += t) },
          stderr: { write: (t: string) => (text += t) },
          env: {},
          cwd: dir.dir,
          stopped: () => Promise.resolve(),
        },
      };
    };
    try {
      const validate = io();
      assert.equal(await main(['validate', surveys, '--locale', 'en'], validate.io), 1);
      assert.match(validate.text(), /for-langa-svar\.json.*questions\[0\].*up to 1,1\d\d KiB/);
      const serve = io();
      const code = await main(
        ['serve', '--surveys', surveys, '--db', join(dir.dir, 'svara.sqlite'), '--port', '0'],
        serve.io,
      );
      assert.equal(code, 1, serve.text());
      assert.match(serve.text(), /not starting[\s\S]*for-langa-svar\.json/);
    } finally {
      dir.remove();
    }
  });
});
