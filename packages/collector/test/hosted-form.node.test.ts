/**
 * The hosted page without JavaScript (issue #17): the screens as plain HTML forms, their posts
 * (`application/x-www-form-urlencoded` to the page's own address), validation by the JSON route's validator with
 * an error summary and inline errors, showIf on the server, "Skicka" stored exactly once with a 303 to the
 * receipt, and cross-site posts refused — always with a page a person can read, never problem+json.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';

import type { Collector } from '../src/collector.js';
import { DRAWINGS } from '../src/hosted/pictures.js';
import { as, caller, testStaff } from './staff-helpers.js';
import { startTestCollector } from './test-collector.js';

let collector: Collector;
const call = caller(() => collector.url);
const ADMIN_TOKEN = 'hosted-form-test-admin-token-0123456789abcdef';

before(async () => {
  collector = await startTestCollector('sqlite', { adminToken: ADMIN_TOKEN });
  testStaff(collector);
});
after(async () => {
  await collector?.close();
});

/** A browser's form post from the page itself. */
async function post(path: string, fields: [string, string][], headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, collector.url), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      origin: new URL(collector.url).origin,
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Every input of the page's (last) form as a browser would send it, plus `extra` (the respondent's answers). */
function formFields(html: string, extra: [string, string][] = [], go = 'next'): [string, string][] {
  const form = html.slice(html.lastIndexOf('<form'));
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map(
    (m) => [m[1]!, unescape(m[2]!)] as [string, string],
  );
  return [...hidden, ...extra, ['_go', go]];
}
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function rows(surveyId: string): Promise<{ submissionId: string; answers: Record<string, unknown> }[]> {
  const response = await call('GET', `/api/surveys/${surveyId}/export.json`, undefined, {
    authorization: `Bearer ${ADMIN_TOKEN}`,
  });
  assert.equal(response.status, 200, response.text);
  return response.body as { submissionId: string; answers: Record<string, unknown> }[];
}

describe('the hosted page as plain HTML', () => {
  test('GET: the start screen is a form inside the widget, with a submission id, a token and the JavaScript note', async () => {
    const page = await call('GET', '/s/foraldramottagning');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-store');
    // Inside the widget, which shows this same markup when JavaScript runs (server-rendered.ts).
    const noscript = page.text.slice(
      page.text.indexOf('<div data-svara-server-screen>'),
      page.text.indexOf('</svara-survey>'),
    );
    assert.match(noscript, /<noscript><p class="note">[^<]*<\/p><\/noscript>/);
    // …in the toolbar's box, in place of Lyssna, which (like Inställningar) is there only with JavaScript on.
    assert.match(
      noscript,
      /<div class="toolbar" role="group" aria-label="Visa enkäten på ditt sätt" data-svara-server-toolbar>\n<noscript><p class="note">[^<]*<\/p><\/noscript>\n<button type="button" class="toggle needs-script" aria-pressed="false">Lyssna<\/button>/,
    );
    assert.match(noscript, /<form class="screen" method="post" action="\/s\/foraldramottagning" novalidate>/);
    assert.match(noscript, /name="_sid" value="[0-9a-f-]{36}"/);
    assert.match(noscript, /name="_csrf" value="\d+\.[\w-]+"/);
    assert.match(noscript, /Uppläsning \(Lyssna\) och styrning med kontakt behöver JavaScript/);
    assert.match(
      noscript,
      /<button type="submit" name="_go" value="next" class="primary">Börja svara<\/button>/,
    );
    assert.match(page.headers.get('content-security-policy')!, /form-action 'self'/);
    // Two loads, two forms: a new submission id each time (nothing a second person could replay).
    const again = await call('GET', '/s/foraldramottagning');
    assert.notEqual(
      /name="_sid" value="([^"]+)"/.exec(page.text)![1],
      /name="_sid" value="([^"]+)"/.exec(again.text)![1],
    );
  });

  test('a child’s survey: one question per screen, faces as radios with decorative pictures, Arabic page right to left', async () => {
    const page = await call('GET', '/s/familjeenheten-barn?lang=ar');
    assert.match(page.text, /<html lang="ar" dir="rtl">/);
    const first = await post('/s/familjeenheten-barn', formFields(page.text));
    assert.equal(first.status, 200);
    assert.match(first.text, /<h2 id="heading" tabindex="-1" autofocus>السؤال 1 من 7<\/h2>/);
    assert.match(
      first.text,
      /<fieldset class="question" id="q-vet-varfor">\s*<legend class="question-text">/,
    );
    const radios = [...first.text.matchAll(/<input type="radio" name="q\.vet-varfor" value="([^"]+)"/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(radios, ['1', '2', '3', '4', '5', 'dont_know', 'skipped']);
    assert.match(first.text, /<svg class="art" viewBox="0 0 64 64" aria-hidden="true" focusable="false">/);
  });

  test('"Lättläst": a link in the start screen\'s toolbar, then the plain texts on every screen, recorded in meta', async () => {
    const page = await call('GET', '/s/familjeenheten-barn');
    assert.match(
      page.text,
      /<a class="toggle" href="\/s\/familjeenheten-barn\?lang=sv&amp;plain=1">Lättläst<\/a>/,
    );
    const plain = await call('GET', '/s/familjeenheten-barn?lang=sv&plain=1');
    assert.match(
      plain.text,
      /<a class="toggle" href="\/s\/familjeenheten-barn\?lang=sv" aria-current="true">Lättläst<\/a>/,
    );
    // The widget goes on in plain texts too.
    assert.match(plain.text, /<svara-survey src="\/api\/surveys\/familjeenheten-barn" plain>/);
    const first = await post('/s/familjeenheten-barn', formFields(plain.text));
    assert.match(first.text, /<legend class="question-text">Jag vet varför jag var här\.<\/legend>/);
    assert.match(first.text, /<input type="hidden" name="_plain" value="1" \/>/);
    let screen = first;
    for (let i = 0; i < 10 && screen.status === 200; i++)
      screen = await post('/s/familjeenheten-barn', formFields(screen.text));
    assert.equal(screen.status, 303);
    const id = /\/receipt\/([0-9a-f-]+)/.exec(screen.headers.get('location')!)![1]!;
    const row = (await rows('familjeenheten-barn')).find((r) => r.submissionId === id) as
      { meta?: { plain?: boolean } } | undefined;
    assert.equal(row?.meta?.plain, true);
  });

  test('the drawings are @svara/pictograms’ own (every path of each is in that package’s source)', () => {
    const source = ['builtin.ts', 'builtin-answers.ts']
      .map((file) => readFileSync(new URL(`../../pictograms/src/${file}`, import.meta.url), 'utf8'))
      .join('\n')
      .replace(/\s+/g, ' ');
    for (const [name, art] of Object.entries(DRAWINGS)) {
      for (const [, d] of art.matchAll(/ d="([^"]+)"/g))
        assert.ok(source.includes(`d="${d}"`), `${name}: ${d}`);
    }
  });
});

describe('answering without JavaScript', () => {
  test('showIf on the server, the error summary, then "Skicka" stored once and a 303 to the receipt', async () => {
    const survey = 'foraldramottagning';
    const page = await call('GET', `/s/${survey}`);
    const start = await post(`/s/${survey}`, formFields(page.text));
    assert.equal(start.status, 200);
    // One screen: no "battre" (showIf: a low answer) until an answer brings it in.
    assert.doesNotMatch(start.text, /name="q\.battre"/);
    assert.match(start.text, /<span class="label">1<\/span> <span class="end">Inte alls nöjd<\/span>/);
    const low = await post(`/s/${survey}`, formFields(start.text, [['q.nojd', '1']]));
    assert.equal(low.status, 200, 'the question brought in is shown first, not refused unseen');
    assert.match(low.text, /<textarea name="q\.battre" id="q-battre"/);
    assert.match(low.text, /<input type="radio" name="q\.nojd" value="1" id="q-nojd-0" checked \/>/);
    const id = /name="_sid" value="([^"]+)"/.exec(low.text)![1]!;

    const sent = await post(
      `/s/${survey}`,
      formFields(low.text, [
        ['q.nojd', '1'],
        ['q.battre', 'Mer tid.\r\nTack'],
      ]),
    );
    assert.equal(sent.status, 303);
    const receiptPath = sent.headers.get('location')!;
    assert.equal(receiptPath, `/s/${survey}/receipt/${id}?lang=sv`);
    const receipt = await call('GET', receiptPath);
    assert.equal(receipt.status, 200);
    assert.match(receipt.text, /<h2 id="heading" tabindex="-1" autofocus>Dina svar är skickade\.<\/h2>/);
    assert.equal(receipt.text.match(/Tack/g)?.length ?? 0, 1, 'thanks once');

    // The same "Skicka" again (a double click, a resent form): the receipt again, never a second row.
    const resent = await post(
      `/s/${survey}`,
      formFields(low.text, [
        ['q.nojd', '1'],
        ['q.battre', 'Mer tid.\r\nTack'],
      ]),
    );
    assert.equal(resent.status, 303);
    const mine = (await rows(survey)).filter((row) => row.submissionId === id);
    assert.equal(mine.length, 1);
    assert.deepEqual(mine[0]!.answers, { nojd: 1, battre: 'Mer tid.\nTack' });
  });

  test('a required question left empty: 422, the summary links to the field, the field says why', async () => {
    const survey = 'synpunkter';
    const page = await call('GET', `/s/${survey}`);
    const start = await post(`/s/${survey}`, formFields(page.text));
    const empty = await post(`/s/${survey}`, formFields(start.text));
    assert.equal(empty.status, 422);
    assert.match(empty.text, /<h2 id="error-summary-title" tabindex="-1" autofocus>Det finns problem<\/h2>/);
    assert.match(
      empty.text,
      /<a href="#q-kategori-0"><span class="question-name">[^<]+<\/span> <span class="message">Välj ett svar\.<\/span><\/a>/,
    );
    assert.match(
      empty.text,
      /<a href="#q-beskrivning"><span class="question-name">[^<]+<\/span> <span class="message">Skriv ett svar\.<\/span><\/a>/,
    );
    assert.match(
      empty.text,
      /<fieldset class="question error" id="q-kategori" aria-describedby="q-kategori-error">/,
    );
    assert.match(
      empty.text,
      /<p class="error-message" id="q-kategori-error"><span class="visually-hidden">Fel:<\/span> Välj ett svar\.<\/p>/,
    );
    assert.match(
      empty.text,
      /<textarea name="q\.beskrivning" id="q-beskrivning" rows="5" aria-describedby="q-beskrivning-hint q-beskrivning-error" aria-invalid="true">/,
    );
    assert.equal((await rows(survey)).length, 0);
  });

  test('a post from another site, without the token or with another form’s token: 403, a page, nothing stored', async () => {
    const survey = 'foraldramottagning';
    const page = await call('GET', `/s/${survey}`);
    const fields = formFields(page.text);
    const other = formFields((await call('GET', `/s/${survey}`)).text);
    const attempts = [
      post(`/s/${survey}`, fields, { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' }),
      post(`/s/${survey}`, fields, { 'sec-fetch-site': 'same-site' }),
      post(
        `/s/${survey}`,
        fields.filter(([name]) => name !== '_csrf'),
      ),
      post(`/s/${survey}`, [
        ...fields.filter(([name]) => name !== '_csrf'),
        ['_csrf', other.find(([n]) => n === '_csrf')![1]],
      ]),
    ];
    for (const response of await Promise.all(attempts)) {
      assert.equal(response.status, 403);
      assert.match(response.headers.get('content-type')!, /^text\/html/);
      assert.match(response.text, /Öppna enkätens länk och svara där\./);
    }
  });

  test('closed while answering: "Skicka" gets a 410 page that says the answers were not saved', async () => {
    const survey = 'uppfoljning-klient';
    const admin = as('ada', 'admin@*');
    const page = await call('GET', `/s/${survey}`);
    const start = await post(`/s/${survey}`, formFields(page.text));
    assert.equal((await call('POST', `/api/staff/surveys/${survey}/close`, undefined, admin)).status, 200);
    try {
      const sent = await post(`/s/${survey}`, formFields(start.text));
      assert.equal(sent.status, 410);
      assert.match(sent.headers.get('content-type')!, /^text\/html/);
      assert.match(sent.text, /Enkäten är stängd\.[\s\S]*Dina svar sparades inte\./);
      assert.equal((await rows(survey)).length, 0);
    } finally {
      assert.equal((await call('POST', `/api/staff/surveys/${survey}/reopen`, undefined, admin)).status, 200);
    }
  });

  test('a post that is not a form (JSON) gets a page, not problem+json', async () => {
    const response = await fetch(new URL('/s/foraldramottagning', collector.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    assert.equal(response.status, 415);
    assert.match(response.headers.get('content-type')!, /^text\/html/);
  });

  test('a unit’s page: the row is stamped with the unit and its open round, as the widget stamps it', async () => {
    const admin = as('ada', 'admin@*');
    const unit = { id: 'hosted-unit', name: 'Hosted enheten', parent: null };
    assert.equal((await call('POST', '/api/staff/units', unit, admin)).status, 201);
    const day = (offset: number) => new Date(Date.now() + offset * 864e5).toISOString().slice(0, 10);
    const round = await call(
      'POST',
      '/api/staff/surveys/foraldramottagning/rounds',
      { name: 'Hösten', opens: day(-1), closes: day(30), units: [{ unitId: unit.id }] },
      admin,
    );
    assert.equal(round.status, 201, round.text);
    const path = `/s/foraldramottagning/${unit.id}`;
    const page = await call('GET', path);
    const start = await post(path, formFields(page.text));
    const sent = await post(path, formFields(start.text, [['q.nojd', '5']]));
    assert.equal(sent.status, 303, sent.text);
    const id = /name="_sid" value="([^"]+)"/.exec(start.text)![1]!;
    const row = (await rows('foraldramottagning')).find((r) => r.submissionId === id) as
      { unit?: string; round?: string } | undefined;
    assert.equal(row?.unit, unit.id);
    assert.equal(row?.round, (round.body as { id: string }).id);
  });
});
