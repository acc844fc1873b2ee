import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  allowedSpecialCodes,
  iterateQuestions,
  parseSurvey,
  questionOptions,
  specialLabels,
} from '@svara/schema';
import type { Survey } from '@svara/schema';

import {
  escapeHtml,
  plainFormHtml,
  plainPage,
  surveyJsDefinition,
  surveyJsPage,
  widgetPage,
} from './pages.js';

function benchSurvey(): Survey {
  const result = parseSurvey(JSON.parse(readFileSync(new URL('./survey.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.survey;
}

const unescape = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');

test('the benchmark survey is a valid 10-question definition', () => {
  assert.equal([...iterateQuestions(benchSurvey())].length, 10);
});

test('the plain form has one block per question, in order, with the same texts', () => {
  const survey = benchSurvey();
  const html = plainFormHtml(survey);
  const questions = [...iterateQuestions(survey)].map((entry) => entry.question);
  const headings = [
    ...html.matchAll(
      /<legend class="question-text">(.*?)<\/legend>|<label for="[^"]+" class="question-text">(.*?)<\/label>/g,
    ),
  ].map((m) => unescape(m[1] ?? m[2]!));
  assert.deepEqual(
    headings,
    questions.map((q) => q.text),
  );
  const fieldsets = (html.match(/<fieldset\b/g) ?? []).length;
  assert.equal(fieldsets, questions.filter((q) => q.type !== 'text').length);
  assert.equal((html.match(/<textarea\b/g) ?? []).length, 1);
});

test('every option of the widget is a named radio with its label, special answers included', () => {
  const survey = benchSurvey();
  const html = plainFormHtml(survey);
  for (const { question } of iterateQuestions(survey)) {
    if (question.type === 'text') continue;
    const radios = [
      ...html.matchAll(
        new RegExp(
          `<input type="radio" id="([^"]+)" name="${question.id}" value="([^"]*)">\\s*<label for="\\1">(.*?)</label>`,
          'g',
        ),
      ),
    ].map((m) => [m[2], unescape(m[3]!)]);
    const expected = [
      ...questionOptions(question).map((o) => [
        String(o.value),
        typeof o.text === 'string' ? o.text : o.text['sv'],
      ]),
      ...allowedSpecialCodes(question).map((code) => [
        code,
        specialLabels[code as keyof typeof specialLabels].sv,
      ]),
    ];
    assert.deepEqual(radios, expected, question.id);
  }
});

test('the start screen texts are on the plain page too', () => {
  const survey = benchSurvey();
  const html = plainPage(survey);
  assert.match(html, /<h2 id="survey-title">Hur var ditt besök hos oss\?<\/h2>/);
  assert.match(html, /<dt>Varför vi frågar<\/dt>/);
  assert.match(html, /<dt>Är det anonymt\?<\/dt><dd>Ja\./);
  assert.doesNotMatch(html, /<script/);
});

test('the widget page is the documented embed snippet', () => {
  const html = widgetPage(benchSurvey(), '/svara-survey.js', '/api/surveys/bench');
  assert.match(html, /<script type="module" src="\/svara-survey.js"><\/script>/);
  assert.match(html, /<svara-survey src="\/api\/surveys\/bench"><\/svara-survey>/);
  assert.match(html, /<html lang="sv">/);
});

test('the inline widget page carries the definition, which no "</script" in a text can cut short', () => {
  const survey = { ...benchSurvey(), title: 'Före </script><!-- efter' };
  const json = JSON.stringify(survey);
  const html = widgetPage(survey, '/svara-survey.js', '/api/surveys/bench', 'sv', json);
  const block =
    /<svara-survey src="\/api\/surveys\/bench"><script type="application\/json">([\s\S]*?)<\/script/.exec(
      html,
    );
  assert.ok(block, 'the definition block inside the element');
  assert.deepEqual(JSON.parse(block[1]!), survey);
});

test('escapeHtml escapes markup and quotes', () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});

test('the SurveyJS form has the same questions, texts and options (special answers included), in order', () => {
  const survey = benchSurvey();
  const definition = surveyJsDefinition(survey);
  const questions = [...iterateQuestions(survey)].map((entry) => entry.question);
  const elements = definition.pages.flatMap((page) => page.elements);
  assert.deepEqual(
    elements.map((element) => [element.name, element.title]),
    questions.map((q) => [q.id, q.text]),
  );
  for (const [i, question] of questions.entries()) {
    const element = elements[i]!;
    if (question.type === 'text') {
      assert.equal(element.type, question.multiline ? 'comment' : 'text');
      continue;
    }
    const options = element.rateValues ?? element.choices ?? [];
    assert.deepEqual(
      options.map((option) => option.value),
      [...questionOptions(question).map((option) => String(option.value)), ...allowedSpecialCodes(question)],
      question.id,
    );
    assert.equal(
      element.type,
      question.type === 'scale' ? 'rating' : question.type === 'multi' ? 'checkbox' : 'radiogroup',
    );
  }
  assert.equal(definition.title, survey.title);
});

test('the SurveyJS page loads survey-core, survey-js-ui and the default theme, and no "</script" in a text cuts it', () => {
  const survey = benchSurvey();
  const tricky = { ...survey, title: 'a </script><b>x' } as Survey;
  const html = surveyJsPage(tricky, '/surveyjs');
  for (const file of ['survey.core.min.js', 'survey-js-ui.min.js', 'survey-core.min.css'])
    assert.ok(html.includes(`/surveyjs/${file}`), file);
  const script = html.slice(html.indexOf('SurveyUI.renderSurvey'));
  assert.ok(!script.slice(0, script.indexOf('</script>')).includes('<'), 'no < inside the inline script');
});
