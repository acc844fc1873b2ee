import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { lintSurvey, lix, parseSurvey } from '../src/index.js';
import { lintFeelings } from '../src/lint-feelings.js';
import type { Survey } from '../src/index.js';
import { issueSurvey, surveyWith } from './fixtures.js';

const privacy = { anonymous: true, purpose: 'Vi vill bli bättre.', whoSees: 'Bara vi ser svaren.' };

function survey(questions: unknown[], extra: Record<string, unknown> = {}): Survey {
  const result = parseSurvey(surveyWith(questions, { privacy, ...extra }));
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.survey;
}

const codes = (s: Survey) => lintSurvey(s).map((w) => `${w.path} ${w.code}`);
const scale = (id: string, text: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'scale',
  scale: 'smiley-agree-5',
  text,
  plain: { text: 'Mår du bra?' },
  ...extra,
});

describe('lix', () => {
  test('is words/sentences + 100 × words longer than six letters / words', () => {
    // 5 words, 1 sentence, 2 long words (ungefär, minuter): 5 + 40
    assert.deepEqual(lix('Det tar ungefär två minuter.'), { lix: 45, words: 5, sentences: 1, longWords: 2 });
    // 9 words, 2 sentences, no long words
    assert.equal(lix('Du får svara på fem frågor. Det går fort.').lix, 4.5);
    // den/de is two words; six letters is not long
    assert.deepEqual(lix('Den/de var snälla.'), { lix: 4, words: 4, sentences: 1, longWords: 0 });
    assert.equal(lix('').lix, 0);
  });
});

describe('lintSurvey', () => {
  test('a clean survey has no warnings', () => {
    assert.deepEqual(codes(survey([scale('a', 'Jag mår bra.')])), []);
  });

  test('warns about LIX above 40 for general and 30 for child and aac, per text and overall', () => {
    const hard = 'Socialtjänstens handläggning uppfyllde förväntningarna.';
    assert.deepEqual(codes(survey([scale('a', hard)])), ['questions[0].text lix']);
    // Headings are too short to measure alone, but count towards the overall LIX.
    const title =
      'Uppföljningsenkät beträffande socialförvaltningens myndighetsutövning gällande placeringsärenden inom familjehemsvården';
    assert.deepEqual(codes(survey([scale('a', 'Jag mår bra.')], { title, audience: 'child' })), [
      ' lix-overall',
    ]);
    const medium = 'Jag vet vad socialtjänsten kommer göra för mig nu och sedan.'; // 12 words, 1 long: 20.3
    assert.deepEqual(codes(survey([scale('a', medium)])), []);
    const child = 'Personalen lyssnade på mig.'; // 4 words, 2 long: 54
    assert.ok(codes(survey([scale('a', child)], { audience: 'child' })).includes('questions[0].text lix'));
    const borderline = 'Jag har fått hjälp av personalen på boendet nu.'; // 9 words, 2 long: 31.2
    assert.deepEqual(codes(survey([scale('a', borderline)])), []);
    assert.ok(codes(survey([scale('a', borderline)], { audience: 'aac' })).includes('questions[0].text lix'));
    const message = lintSurvey(survey([scale('a', hard)]), { locale: 'en' })[0]!.message;
    assert.match(message, /LIX 104, but should have at most 40/);
  });

  test('measures LIX only in languages it was made for: an Arabic-first survey gets no LIX warning', () => {
    // Long Arabic words (over six letters) in one short sentence: LIX 60 as letters go, yet a plain question.
    const arabic = 'هل استمعت الموظفات والموظفون إليك؟';
    assert.ok(lix(arabic).lix > 40);
    assert.deepEqual(
      codes(survey([scale('a', arabic, { plain: { text: 'هل أنت بخير؟' } })], { lang: 'ar' })),
      [],
    );
    const hard = 'Socialtjänstens handläggning uppfyllde förväntningarna.';
    assert.deepEqual(codes(survey([scale('a', hard)], { lang: 'sv-SE' })), ['questions[0].text lix']);
  });

  test('warns about sentences over 15 words', () => {
    const long = 'Jag vet vad de ska göra och när de ska göra det och hur det ska bli för mig nu.';
    const warnings = lintSurvey(survey([scale('a', long)]));
    assert.deepEqual(
      warnings.map((w) => w.code),
      ['long-sentence'],
    );
    assert.match(warnings[0]!.message, /20 ord/);
  });

  test('warns about negations in child and aac statements, in every language', () => {
    const s = survey([scale('a', { sv: 'Jag var inte rädd.', en: "I wasn't afraid." })], {
      audience: 'child',
      languages: ['sv', 'en'],
      privacy: {
        ...privacy,
        purpose: { sv: 'Vi vill bli bättre.', en: 'We want to improve.' },
        whoSees: { sv: 'Bara vi ser svaren.', en: 'Only we see the answers.' },
      },
    });
    const negations = lintSurvey(s).filter((w) => w.code === 'negation');
    assert.deepEqual(
      negations.map((w) => w.path),
      ['questions[0].text.sv', 'questions[0].text.en'],
    );
    assert.match(negations[0]!.message, /"inte"/);
    assert.deepEqual(codes(survey([scale('a', 'Jag var inte rädd.')])), [], 'general audience');
  });

  test('warns about more than five options for child and aac', () => {
    const s = survey(
      [
        {
          id: 'n',
          type: 'scale',
          text: 'Hur mycket?',
          plain: { text: 'Hur mycket?' },
          scale: { min: 1, max: 7 },
          display: 'text',
        },
      ],
      { audience: 'aac' },
    );
    assert.ok(codes(s).includes('questions[0].scale too-many-options'));
  });

  test('warns about faces shown as numbers, and numbers for children', () => {
    assert.deepEqual(codes(survey([scale('a', 'Jag mår bra.', { display: 'number' })])), [
      'questions[0].display number-faces',
    ]);
    const numeric = {
      id: 'n',
      type: 'scale',
      text: 'Hur bra?',
      plain: { text: 'Hur bra?' },
      scale: { min: 1, max: 5 },
    };
    assert.deepEqual(codes(survey([numeric], { audience: 'child' })), ['questions[0].scale number-child']);
  });

  test('warns about missing plain variants and pictograms where the audience needs them', () => {
    const bare = { id: 'a', type: 'scale', text: 'Jag mår bra.', scale: 'yes-no' };
    assert.deepEqual(codes(survey([bare], { audience: 'child' })), ['questions[0].plain missing-plain']);
    assert.deepEqual(codes(survey([bare], { audience: 'aac' })), [
      'questions[0].plain missing-plain',
      'questions[0].pictogram missing-pictogram',
    ]);
    const choice = {
      id: 'c',
      type: 'choice',
      text: 'Välj.',
      plain: { text: 'Välj.' },
      pictogram: { builtin: 'yes' },
      options: [
        { value: 'a', text: 'A', pictogram: { arasaac: 6964 } },
        { value: 'b', text: 'B' },
      ],
    };
    assert.deepEqual(codes(survey([choice], { audience: 'aac' })), [
      'questions[0].options[1].pictogram missing-pictogram',
    ]);
  });

  test('warns about missing translations for every language in "languages"', () => {
    const s = survey([scale('a', { sv: 'Jag mår bra.', en: 'I feel fine.' })], {
      languages: ['sv', 'en', 'fi'],
      title: { sv: 'Test', en: 'Test', fi: 'Testi' },
      privacy: {
        anonymous: true,
        purpose: { sv: 'Vi vill bli bättre.', en: 'x', fi: 'y' },
        whoSees: { sv: 'Bara vi.', en: 'x', fi: 'y' },
      },
    });
    const warnings = lintSurvey(s).filter((w) => w.code === 'missing-translation');
    assert.deepEqual(
      warnings.map((w) => w.path),
      ['questions[0].text', 'questions[0].plain.text'],
    );
    assert.match(warnings[1]!.message, /engelska \(en\), finska \(fi\)/);
  });

  test('asks for the purpose and who sees the answers', () => {
    const s = parseSurvey(surveyWith([scale('a', 'Jag mår bra.')]));
    assert.ok(s.ok);
    const warnings = lintSurvey(s.survey);
    assert.deepEqual(
      warnings.map((w) => w.code),
      ['missing-privacy'],
    );
    assert.match(warnings[0]!.message, /varför frågorna ställs/);
  });

  test('finds what the issue example needs before it is ready for children', () => {
    const s = parseSurvey(issueSurvey());
    assert.ok(s.ok);
    const found = new Set(lintSurvey(s.survey).map((w) => w.code));
    assert.deepEqual([...found].sort(), ['lix', 'missing-plain', 'missing-translation']);
    assert.deepEqual(
      lintFeelings(s.survey).map((w) => w.path),
      ['questions[0].text'],
      'a fact answered with feelings',
    );
  });

  test('warns when faces for feelings answer a statement that is not about a feeling', () => {
    const fact = (id: string, text: unknown, preset = 'smiley-5') => scale(id, text, { scale: preset });
    const s = survey([
      fact('vet', 'Jag vet varför vi träffades.'),
      fact('lyssnade', 'De vuxna lyssnade på mig.', 'smiley-3'),
      fact('trygg', 'Jag känner mig trygg hemma.'),
      fact('hur', 'Hur var det att träffa oss?'),
      fact('agree', 'Jag vet varför vi träffades.', 'smiley-agree-5'),
      { ...fact('ord', 'Jag vet varför vi träffades.'), scale: 'yes-partly-no' },
      {
        id: 'grupp',
        type: 'scale-group',
        scale: 'smiley-5',
        text: 'Vad tycker du?',
        items: [
          { id: 'a', text: 'Jag fick veta vad som händer.' },
          { id: 'b', text: 'Det var roligt.' },
        ],
      },
    ]);
    const feelings = lintFeelings(s);
    assert.ok(feelings.every((w) => w.code === 'feeling-scale'));
    assert.ok(
      !lintSurvey(s).some((w) => w.code === 'feeling-scale'),
      'not in lintSurvey: a subpath of its own',
    );
    assert.deepEqual(
      feelings.map((w) => w.path),
      ['questions[0].text', 'questions[1].text', 'questions[6].items[0].text'],
    );
    assert.match(feelings[0]!.message, /\(Mycket ledsen … Mycket glad\)\. Använd skalan "smiley-agree-5"/);
    assert.match(feelings[1]!.message, /\(Ledsen … Glad\)/);
    const english = lintFeelings(s, { locale: 'en' })[0]!;
    assert.match(english.message, /not about a feeling, .*\(Very sad … Very happy\)/);
  });

  test('the feeling word list reads the survey’s main language, and only where it has a list', () => {
    const feelings = (s: Survey) => lintFeelings(s).map((w) => `${w.path} ${w.code}`);
    const english = survey([scale('a', 'I know why we met.', { scale: 'smiley-5' })], { lang: 'en' });
    assert.deepEqual(feelings(english), ['questions[0].text feeling-scale']);
    const arabic = survey([scale('a', 'أعرف لماذا التقينا.', { scale: 'smiley-5' })], { lang: 'ar' });
    assert.deepEqual(feelings(arabic), [], 'no list for Arabic: no warning rather than a wrong one');
  });
});
