import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

import {
  AUDIO_MANIFEST_FORMAT,
  audioLanguage,
  audioText,
  audioTextsOf,
  parseAudioManifest,
  parseSurvey,
  recordedAudioFor,
} from '../src/index.js';
import type { AudioManifest, Survey } from '../src/index.js';

function survey(input: unknown): Survey {
  const parsed = parseSurvey(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return parsed.survey;
}

const children = survey(
  JSON.parse(
    readFileSync(new URL('../../../examples/surveys/familjeenheten-barn.json', import.meta.url), 'utf8'),
  ),
);

const manifest = (clips: Record<string, Record<string, string>>): unknown => ({
  format: AUDIO_MANIFEST_FORMAT,
  survey: 'familjeenheten-barn',
  version: 1,
  clips,
});

describe('audio manifest', () => {
  test('a manifest parses; texts are normalised; unknown fields are ignored', () => {
    const parsed = parseAudioManifest({
      ...(manifest({ sv: { '  Mycket\n ledsen ': 'sv/a.wav' } }) as object),
      generator: 'svara audio',
    });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.manifest.clips, { sv: { 'Mycket ledsen': 'sv/a.wav' } });
    assert.equal('generator' in parsed.manifest, false);
  });

  test('problems come with a path and a message, in English or Swedish', () => {
    const wrongFormat = parseAudioManifest({ ...(manifest({}) as object), format: 'other/1' });
    assert.ok(!wrongFormat.ok);
    assert.deepEqual(
      wrongFormat.issues.map((i) => [i.code, i.path]),
      [['format', 'format']],
    );
    assert.match(wrongFormat.issues[0]!.message, /svara-audio\/1/);

    for (const url of [
      'javascript:alert(1)',
      'http://evil.example/x.wav',
      '//evil.example/x.wav',
      'data:x',
      '',
    ]) {
      const bad = parseAudioManifest(manifest({ sv: { Glad: url } }), { locale: 'sv' });
      assert.ok(!bad.ok, url);
      assert.deepEqual(
        bad.issues.map((i) => [i.code, i.path]),
        [['clip-url', 'clips.sv.Glad']],
        url,
      );
      assert.match(bad.issues[0]!.message, /https:\/\//);
    }
    const notObject = parseAudioManifest('manifest');
    assert.ok(!notObject.ok);
    assert.equal(notObject.issues[0]!.path, '');
  });

  test('clip URLs may be relative to the manifest, same-site paths or https', () => {
    const parsed = parseAudioManifest(
      manifest({
        sv: { A: 'sv/a.wav', B: './b.wav', C: '../c.wav', D: '/audio/d.wav', E: 'https://cdn.example/e.wav' },
      }),
    );
    assert.ok(parsed.ok);
    const base = 'https://svar.example/api/surveys/familjeenheten-barn/audio/manifest.json';
    const at = (text: string) => recordedAudioFor(parsed.manifest, base, 'sv', text);
    assert.equal(at('A'), 'https://svar.example/api/surveys/familjeenheten-barn/audio/sv/a.wav');
    assert.equal(at('B'), 'https://svar.example/api/surveys/familjeenheten-barn/audio/b.wav');
    assert.equal(at('C'), 'https://svar.example/api/surveys/familjeenheten-barn/c.wav');
    assert.equal(at('D'), 'https://svar.example/audio/d.wav');
    assert.equal(at('E'), 'https://cdn.example/e.wav');
  });

  test('recordedAudioFor matches the language by prefix and the text after normalising', () => {
    const parsed = parseAudioManifest(
      manifest({
        sv: { 'Mycket ledsen': 'sv/1.wav' },
        'sv-FI': { Glad: 'sv-fi/2.wav' },
        en: { Sad: 'en/3.wav' },
      }),
    );
    assert.ok(parsed.ok);
    const m: AudioManifest = parsed.manifest;
    const base = new URL('http://127.0.0.1:8787/api/surveys/x/audio/manifest.json');
    assert.equal(
      recordedAudioFor(m, base, 'sv-SE', ' Mycket  ledsen'),
      'http://127.0.0.1:8787/api/surveys/x/audio/sv/1.wav',
    );
    assert.equal(
      recordedAudioFor(m, base, 'swe', 'Mycket ledsen'),
      'http://127.0.0.1:8787/api/surveys/x/audio/sv/1.wav',
    );
    assert.equal(
      recordedAudioFor(m, base, 'sv', 'Glad'),
      'http://127.0.0.1:8787/api/surveys/x/audio/sv-fi/2.wav',
    );
    assert.equal(
      recordedAudioFor(m, base, 'en', 'Mycket ledsen'),
      undefined,
      'never Swedish audio for English',
    );
    assert.equal(recordedAudioFor(m, base, 'sv', 'Ledsen'), undefined);
    assert.equal(recordedAudioFor(m, base, '', 'Sad'), undefined);
    assert.equal(recordedAudioFor(m, base, 'sv', 'toString'), undefined, 'no prototype keys');
  });

  test('audioLanguage and audioText', () => {
    assert.deepEqual(['sv-SE', 'sv_SE', 'SV', 'swe', 'en-GB', 'ara', ''].map(audioLanguage), [
      'sv',
      'sv',
      'sv',
      'sv',
      'en',
      'ar',
      '',
    ]);
    assert.equal(audioText(' Hej\u00a0 då\n'), 'Hej då');
    assert.equal(audioText('Va\u0308nlig'), 'Vänlig');
  });
});

describe('audioTextsOf', () => {
  test("the children's survey: questions, plain variants, options, face labels and special answers per language", () => {
    const texts = audioTextsOf(children);
    assert.deepEqual(Object.keys(texts), ['sv', 'en', 'fi', 'ar']);
    const sv = texts.sv!;
    for (const text of [
      'Vad tyckte du om att träffa oss?',
      'Jag vet varför vi träffades.',
      'Jag vet varför jag var här.',
      'Stämmer inte alls',
      'Stämmer inte så bra',
      'Stämmer delvis',
      'Stämmer ganska bra',
      'Stämmer helt',
      'Vet inte',
      'Vill inte svara',
      'Flicka',
      'Är du en flicka, en pojke eller något annat?',
      'Vill du säga något mer?',
      'Bara vi som jobbar med enkäten ser svaren. Vi vet inte vem som har svarat.',
      'Tack för att du svarade!',
    ])
      assert.ok(sv.includes(text), text);
    assert.ok(texts.en!.includes('I know why we met.'));
    assert.ok(texts.en!.includes('Not true at all'));
    assert.ok(texts.fi!.includes('Ei ollenkaan totta'));
    assert.ok(texts.ar!.includes('غير صحيح أبدًا'));
    assert.ok(!texts.en!.includes('Stämmer inte alls'), 'no Swedish under English');
    assert.equal(new Set(sv).size, sv.length, 'each text once');
    // The face labels are listed once although five questions use them.
    assert.equal(sv.filter((t) => t === 'Stämmer inte alls').length, 1);
  });

  test('a text missing in a language is listed under the language it falls back to', () => {
    const s = survey({
      id: 'x',
      version: 1,
      lang: 'sv',
      languages: ['sv', 'fi'],
      title: { sv: 'Titel', fi: 'Otsikko' },
      questions: [
        {
          id: 'q',
          type: 'scale',
          scale: { min: 0, max: 2, minLabel: { sv: 'Inte alls', fi: 'Ei lainkaan' } },
          text: { sv: 'Hur mycket?', fi: 'Kuinka paljon?' },
          description: { sv: 'Välj en siffra.', fi: 'Valitse numero.' },
        },
        {
          id: 'g',
          type: 'scale-group',
          scale: 'agree-5',
          text: { sv: 'Håll med', fi: 'Samaa mieltä' },
          items: [{ id: 'a', text: { sv: 'Punkt', fi: 'Kohta' }, plain: { text: { sv: 'Enkel punkt' } } }],
        },
      ],
    });
    const texts = audioTextsOf(s, ['fi']);
    assert.deepEqual(Object.keys(texts), ['fi', 'sv']);
    assert.deepEqual(texts.sv, ['Enkel punkt'], 'the plain item exists only in Swedish');
    for (const text of [
      'Otsikko',
      'Kuinka paljon?',
      'Valitse numero.',
      '0',
      '1',
      '2',
      'Ei lainkaan',
      'Kohta',
    ])
      assert.ok(texts.fi!.includes(text), text);
    assert.ok(texts.fi!.length > 10, 'agree-5 labels in Finnish');
  });

  test('a language svara has no preset labels in hears them in Swedish', () => {
    const s = survey({
      id: 'x',
      version: 1,
      lang: 'sv',
      languages: ['sv', 'so'],
      title: { sv: 'Titel', so: 'Cinwaan' },
      questions: [{ id: 'q', type: 'scale', scale: 'smiley-5', text: { sv: 'Hur?', so: 'Sidee?' } }],
    });
    const texts = audioTextsOf(s, ['so']);
    assert.deepEqual(texts.so, ['Cinwaan', 'Sidee?']);
    assert.ok(texts.sv!.includes('Mycket ledsen'));
  });
});
