/// <reference types="vite/client" />
/**
 * The demo's survey catalogue: every definition in examples/surveys, checked with @svara/schema and shown the
 * way an editor needs to see it — valid or not (with the exact path and problem), what it asks, and what the
 * respondent is told about why we ask and who sees the answers.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import {
  allQuestions,
  languageName,
  lintSurvey,
  parseSurvey,
  questionOptions,
  resolveText,
  selectText,
  specialLabels,
  allowedSpecialCodes,
  type Issue,
  type Question,
  type Survey,
  type Text,
} from '@svara/schema';
import { lintFeelings } from '@svara/schema/lint-feelings';

const definitions = import.meta.glob<unknown>('./surveys/*.json', { eager: true, import: 'default' });

const AUDIENCES: Record<string, string> = { general: 'Alla', child: 'Barn', aac: 'AKK (bildstöd)' };
const TYPES: Record<string, string> = {
  scale: 'Skala',
  choice: 'Ett svar',
  multi: 'Flera svar',
  text: 'Fritext',
  'scale-group': 'Flera påståenden med samma skala',
  date: 'Datum',
  email: 'E-post',
  consent: 'Samtycke',
};

const sv = (text: Text | undefined, survey: Survey): string =>
  resolveText(text, 'sv', survey.lang)?.text ?? '';

function issueList(issues: Issue[]): TemplateResult {
  return html`<ul>
    ${issues.map((issue) => html`<li><code>${issue.path || '(hela filen)'}</code>: ${issue.message}</li>`)}
  </ul>`;
}

function questionItem(question: Question, survey: Survey): TemplateResult {
  const text = selectText(question, 'text', { lang: 'sv', defaultLang: survey.lang })?.text ?? '';
  const options = questionOptions(question).map((option) => sv(option.text, survey));
  const specials = allowedSpecialCodes(question).map(
    (code) => specialLabels[code as 'dont_know' | 'skipped'].sv,
  );
  const answers = [...options, ...specials];
  return html`<li>
    ${text}
    <span class="options"
      >(${TYPES[question.type] ?? question.type}${answers.length ? `: ${answers.join(' · ')}` : ''})</span
    >
  </li>`;
}

function validSurvey(file: string, survey: Survey): TemplateResult {
  const questions = allQuestions(survey);
  const warnings = [...lintSurvey(survey), ...lintFeelings(survey)];
  const privacy = survey.privacy;
  const languages = (survey.languages ?? [survey.lang]).map((code) => languageName(code, 'sv')).join(', ');
  return html`<section class="survey" aria-labelledby="survey-${survey.id}">
    <h3 id="survey-${survey.id}">${sv(survey.title, survey)}</h3>
    ${survey.intro ? html`<p>${sv(survey.intro, survey)}</p>` : nothing}
    <dl class="facts">
      <dt>Fil</dt>
      <dd><code>${file}</code></dd>
      <dt>Status</dt>
      <dd>
        <span class="status-ok">Giltig</span>${
          warnings.length
            ? html`,
                <span class="status-error">${warnings.length} råd att åtgärda</span>${issueList(warnings)}`
            : ', inga råd från granskningen av språk och upplägg'
        }
      </dd>
      <dt>För</dt>
      <dd>${AUDIENCES[survey.audience ?? 'general']}</dd>
      <dt>Frågor</dt>
      <dd>${questions.length}</dd>
      <dt>Språk</dt>
      <dd>${languages}</dd>
      ${
        privacy
          ? html`<dt>Anonym</dt>
              <dd>${privacy.anonymous ? 'Ja' : 'Nej'}</dd>
              <dt>Varför vi frågar</dt>
              <dd>${sv(privacy.purpose, survey)}</dd>
              <dt>Vem ser svaren</dt>
              <dd>${sv(privacy.whoSees, survey)}</dd>`
          : nothing
      }
    </dl>
    <details>
      <summary>Visa frågorna i ${sv(survey.title, survey)}</summary>
      <ol>
        ${questions.map((question) => questionItem(question, survey))}
      </ol>
    </details>
  </section>`;
}

function invalidSurvey(file: string, issues: Issue[]): TemplateResult {
  return html`<section class="survey" aria-labelledby="invalid-${file}">
    <h3 id="invalid-${file}">${file}</h3>
    <p class="status-error">Definitionen är inte giltig. Rätta det här:</p>
    ${issueList(issues)}
  </section>`;
}

const entries = Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b, 'sv'));
const catalogue = document.getElementById('catalogue')!;
catalogue.replaceChildren(); // the "loading" line goes; Lit renders into the emptied container
render(
  html`${entries.map(([path, definition]) => {
    const file = path.replace('./', 'examples/');
    const result = parseSurvey(definition);
    return result.ok ? validSurvey(file, result.survey) : invalidSurvey(file, result.issues);
  })}`,
  catalogue,
);
