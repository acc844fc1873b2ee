/**
 * The pages the load benchmark compares, generated from one survey definition so they cannot drift:
 *   - the widget page: the embed snippet (`<script type="module">` + `<svara-survey src>`), exactly as a city
 *     page embeds it; optionally with the definition inlined, as the collector's hosted page `/s/…` serves it;
 *   - the plain page: the same survey as a server-rendered HTML form with no script at all — the start
 *     screen's texts (title, intro, why we ask, who sees the answers, anonymity, contact) followed by one
 *     fieldset per question with its legend, hint and one named radio per option (the special answers "Vet
 *     inte" / "Vill inte svara" included), a textarea with a label for text questions, and a submit button;
 *   - the SurveyJS page: the same questions as a SurveyJS form (survey-core + survey-js-ui, a dev dependency of
 *     this package for the benchmark only, with its default theme): a rating per scale, a radio group or
 *     checkboxes per choice question, a comment box for text, all on one page.
 * All share one page shell (same `<head>`, same city-page heading) so only the survey differs.
 */
import {
  allowedSpecialCodes,
  iterateQuestions,
  questionOptions,
  selectText,
  specialLabels,
} from '@svara/schema';
import type { Question, SpecialCode, Survey, Text, UiLanguage } from '@svara/schema';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

type TextOwner = { readonly [key: string]: Text | undefined } & {
  readonly plain?: { readonly [key: string]: Text | undefined } | undefined;
};

/** A text of the definition in `lang` (falling back to the survey's main language), as the widget picks it. */
function textOf(survey: Survey, owner: object, key: string, lang: string): string {
  return selectText(owner as TextOwner, key, { lang, defaultLang: survey.lang })?.text ?? '';
}

/** Preset labels have every UI language; a survey language that is not one falls back to Swedish. */
function specialLabel(code: SpecialCode, lang: string): string {
  return specialLabels[code][lang as UiLanguage] ?? specialLabels[code].sv;
}

/** One fieldset (or, for free text, a label and a textarea) per question. */
function questionHtml(survey: Survey, question: Question, lang: string): string {
  const id = escapeHtml(question.id);
  const legend = escapeHtml(textOf(survey, question, 'text', lang));
  const description = textOf(survey, question, 'description', lang);
  const hintId = `${id}-hint`;
  const hint = description ? `\n      <p class="hint" id="${hintId}">${escapeHtml(description)}</p>` : '';
  const describedBy = description ? ` aria-describedby="${hintId}"` : '';
  if (question.type === 'text') {
    const tag = question.multiline ? 'textarea' : 'input';
    const maxLength = ` maxlength="${question.maxLength ?? 2000}"`;
    const control =
      tag === 'textarea'
        ? `<textarea id="${id}" name="${id}" rows="5"${maxLength}${describedBy}></textarea>`
        : `<input type="text" id="${id}" name="${id}"${maxLength}${describedBy}>`;
    return `    <div class="question">
      <label for="${id}" class="question-text">${legend}</label>${hint}
      ${control}
    </div>`;
  }
  const type = question.type === 'multi' ? 'checkbox' : 'radio';
  const options = [
    ...questionOptions(question).map((option) => ({
      value: String(option.value),
      label: textOf(survey, option, 'text', lang),
    })),
    ...allowedSpecialCodes(question).map((code) => ({
      value: code,
      label: specialLabel(code as SpecialCode, lang),
    })),
  ];
  const items = options
    .map((option, i) => {
      const optionId = `${id}-${i}`;
      return `        <div class="option">
          <input type="${type}" id="${optionId}" name="${id}" value="${escapeHtml(option.value)}">
          <label for="${optionId}">${escapeHtml(option.label)}</label>
        </div>`;
    })
    .join('\n');
  return `    <fieldset class="question"${describedBy}>
      <legend class="question-text">${legend}</legend>${hint}
      <div class="options">
${items}
      </div>
    </fieldset>`;
}

/** The survey as a plain HTML form: the start screen's texts, then every question, then "Skicka". */
export function plainFormHtml(survey: Survey, lang: string = survey.lang): string {
  const text = (owner: object, key: string) => escapeHtml(textOf(survey, owner, key, lang));
  const privacy = survey.privacy;
  const about: string[] = [];
  if (privacy) {
    if (privacy.purpose) about.push(`<dt>Varför vi frågar</dt><dd>${text(privacy, 'purpose')}</dd>`);
    if (privacy.whoSees) about.push(`<dt>Vem som ser svaren</dt><dd>${text(privacy, 'whoSees')}</dd>`);
    about.push(
      `<dt>Är det anonymt?</dt><dd>${privacy.anonymous ? 'Ja. Vi vet inte vem som har svarat.' : 'Nej. Vi kan se vem som har svarat.'}</dd>`,
    );
    if (privacy.contact) about.push(`<dt>Frågor om enkäten</dt><dd>${text(privacy, 'contact')}</dd>`);
  }
  const questions = [...iterateQuestions(survey)].map(({ question }) => questionHtml(survey, question, lang));
  const intro = survey.intro ? `\n    <p>${text(survey, 'intro')}</p>` : '';
  return `<form class="survey" method="post" action="/responses" aria-labelledby="survey-title">
    <h2 id="survey-title">${text(survey, 'title')}</h2>${intro}
    <dl class="privacy">
      ${about.join('\n      ')}
    </dl>
${questions.join('\n')}
    <button type="submit">Skicka</button>
  </form>`;
}

/** A small stylesheet for the plain form, roughly what a city page gives a form: readable, 44 px targets. */
const PLAIN_STYLES = `
  .survey { max-width: 40rem; font: 1.125rem/1.5 system-ui, sans-serif; }
  .survey fieldset, .survey .question { border: 0; margin: 0 0 1.5rem; padding: 0; }
  .survey legend, .survey label.question-text { font-weight: 700; margin-bottom: 0.5rem; display: block; }
  .survey .hint { color: #505a5f; margin: 0 0 0.5rem; }
  .survey .option { display: flex; align-items: center; gap: 0.5rem; min-height: 44px; }
  .survey input[type='radio'] { width: 1.5rem; height: 1.5rem; margin: 0; }
  .survey textarea { width: 100%; font: inherit; }
  .survey button { min-height: 44px; padding: 0 1.5rem; font: inherit; }
`;

/** The same page around both: a city page's heading and a main landmark. */
function shell(title: string, head: string, body: string, lang: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escapeHtml(title)} – Stockholms stad</title>${head}
</head>
<body>
  <main>
  <h1>Tyck till om socialtjänsten</h1>
  ${body}
  </main>
</body>
</html>
`;
}

/** The page with the survey as a plain form (no script). */
export function plainPage(survey: Survey, lang: string = survey.lang): string {
  const title = textOf(survey, survey, 'title', lang);
  return shell(title, `\n  <style>${PLAIN_STYLES}</style>`, plainFormHtml(survey, lang), lang);
}

/**
 * The page with the widget, embedded the documented way. With `inlineJson` (the definition as served), the
 * definition is written into the element as the collector's hosted page does
 * (`<script type="application/json">`, every `<` as `\u003c`), so the widget requests only the bundle.
 */
export function widgetPage(
  survey: Survey,
  scriptUrl: string,
  surveyUrl: string,
  lang = survey.lang,
  inlineJson?: string,
): string {
  const title = textOf(survey, survey, 'title', lang);
  const inline =
    inlineJson === undefined
      ? ''
      : `<script type="application/json">${inlineJson.replace(/</g, '\\u003c')}</script>`;
  return shell(
    title,
    `\n  <script type="module" src="${escapeHtml(scriptUrl)}"></script>`,
    `<svara-survey src="${escapeHtml(surveyUrl)}">${inline}</svara-survey>`,
    lang,
  );
}

/** A SurveyJS question, as far as the benchmark needs one. */
export interface SurveyJsQuestion {
  type: 'rating' | 'radiogroup' | 'checkbox' | 'comment' | 'text';
  name: string;
  title: string;
  description?: string;
  isRequired?: boolean;
  rateValues?: { value: string; text: string }[];
  choices?: { value: string; text: string }[];
  maxLength?: number;
}

/**
 * The survey as a SurveyJS definition: the same questions, texts and options (special answers included) as the
 * plain form, on one page, with the start screen's title and intro as SurveyJS's title and description.
 */
export function surveyJsDefinition(
  survey: Survey,
  lang: string = survey.lang,
): {
  title: string;
  description: string;
  completeText: string;
  pages: { name: string; elements: SurveyJsQuestion[] }[];
} {
  const elements = [...iterateQuestions(survey)].map(({ question }): SurveyJsQuestion => {
    const title = textOf(survey, question, 'text', lang);
    const description = textOf(survey, question, 'description', lang);
    const common = {
      name: question.id,
      title,
      ...(description ? { description } : {}),
      ...(question.required ? { isRequired: true } : {}),
    };
    if (question.type === 'text')
      return {
        type: question.multiline ? 'comment' : 'text',
        ...common,
        maxLength: question.maxLength ?? 2000,
      };
    const options = [
      ...questionOptions(question).map((option) => ({
        value: String(option.value),
        text: textOf(survey, option, 'text', lang),
      })),
      ...allowedSpecialCodes(question).map((code) => ({
        value: code,
        text: specialLabel(code as SpecialCode, lang),
      })),
    ];
    if (question.type === 'scale') return { type: 'rating', ...common, rateValues: options };
    return { type: question.type === 'multi' ? 'checkbox' : 'radiogroup', ...common, choices: options };
  });
  return {
    title: textOf(survey, survey, 'title', lang),
    description: textOf(survey, survey, 'intro', lang),
    completeText: 'Skicka',
    pages: [{ name: 'sida-1', elements }],
  };
}

/**
 * The page with the survey as a SurveyJS form. `base` is where survey-core's and survey-js-ui's files are served
 * (`survey.core.min.js`, `survey-js-ui.min.js`, the default theme `survey-core.min.css`).
 */
export function surveyJsPage(survey: Survey, base: string, lang: string = survey.lang): string {
  const title = textOf(survey, survey, 'title', lang);
  const json = JSON.stringify(surveyJsDefinition(survey, lang)).replace(/</g, '\\u003c');
  return shell(
    title,
    `
  <link rel="stylesheet" href="${escapeHtml(base)}/survey-core.min.css">
  <script src="${escapeHtml(base)}/survey.core.min.js"></script>
  <script src="${escapeHtml(base)}/survey-js-ui.min.js"></script>`,
    `<div id="survey"></div>
  <script>SurveyUI.renderSurvey(new Survey.Model(${json}), document.getElementById('survey'));</script>`,
    lang,
  );
}
