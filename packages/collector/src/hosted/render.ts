/**
 * The hosted page's screens as plain semantic HTML that works without JavaScript: the start screen, the screens
 * of questions and the receipt, in the widget's words and order (`survey/src/components/survey/start-screen.ts`,
 * `question-screen.ts`, `receipt.ts`). Every screen is a real `<form method="post">`; each question is a
 * `<fieldset>` with its `<legend>` (or a `<label>` for a single field), its hint and inline error joined by
 * `aria-describedby`; after a refused "Fortsätt" the GOV.UK error summary comes first, focused by `autofocus`,
 * with a link to each field. Texts that fell back to another language carry their own `lang` and `dir`.
 *
 * Why plain HTML and not the widget's components with declarative shadow DOM: the collector imports only
 * `@svara/schema` (the guide's dependency rule); controls inside a shadow root do not take part in a light-DOM
 * `<form>`, so a post without JavaScript would send nothing; and plain HTML costs nothing to hydrate.
 */
import {
  allowedSpecialCodes,
  estimatedMinutes,
  formatPath,
  iterateQuestions,
  questionDisplay,
  questionOptions,
  selectText,
  specialLabels,
  specialPictograms,
  surveyLanguages,
} from '@svara/schema';
import type { Answers, Issue, Question, Screen, SpecialCode, Survey, Text } from '@svara/schema';

import { dirOf, escapeHtml as esc } from '../http/html-page.js';
import { fieldName, fieldsOfAnswer, onePerScreen } from './answers.js';
import { pictureHtml } from './pictures.js';
import { counted, duration, progress, uiLanguage, words } from './strings.js';

/** How a screen is shown: the text language (the page's `lang`) and what each form carries. */
export interface View {
  survey: Survey;
  /** The respondent's text language (one of the survey's languages, or a UI language it falls back from). */
  lang: string;
  /** "Lättläst": the definition's plain-language variants where it has them. */
  plain?: boolean | undefined;
  /** Where the forms post: the page's own address. */
  action: string;
  /** Hidden fields every form carries (submission id, token, language, version, round). */
  carried: readonly (readonly [string, string])[];
}

interface Shown {
  text: string;
  /** The text's own `lang` and `dir` attributes, when it is in another language than the page. */
  attrs: string;
}

function shown(view: View, owner: object, key: string): Shown {
  type Owner = Record<string, Text | undefined> & { plain?: Record<string, Text | undefined> };
  const found = selectText(owner as Owner, key, {
    lang: view.lang,
    defaultLang: view.survey.lang,
    plain: view.plain ?? false,
  });
  if (!found) return { text: '', attrs: '' };
  return { text: found.text, attrs: langAttrs(found.lang, view.lang) };
}

const langAttrs = (lang: string, pageLang: string): string =>
  lang === pageLang ? '' : ` lang="${esc(lang)}" dir="${dirOf(lang)}"`;

const hiddenInput = (name: string, value: string): string =>
  `<input type="hidden" name="${esc(name)}" value="${esc(value)}" />`;

/** A form of the hosted page: posts to the page itself with everything it carries. */
function form(view: View, body: string, extra: readonly (readonly [string, string])[] = []): string {
  const hidden = [...view.carried, ...extra].map(([name, value]) => hiddenInput(name, value)).join('\n');
  return `<form class="screen" method="post" action="${esc(view.action)}" novalidate>
${hidden}
${body}
</form>`;
}

/** Said when JavaScript is off (inside `<noscript>` on the first page, and on every page after a post). */
export function noScriptNote(lang: string): string {
  return `<p class="note">${esc(words.noScript[uiLanguage(lang)])}</p>`;
}

// ─── Start screen ─────────────────────────────────────────────────────────

/** True when some text of the definition has a plain-language variant (else "Lättläst" would change nothing). */
export const hasPlainTexts = (survey: Survey): boolean => /"plain":\{/.test(JSON.stringify(survey));

/**
 * The respondent's choices before starting, as links to the page itself: the survey's languages (each name in its
 * own language) and, unless the toolbar has it, "Lättläst" when the survey has plain texts (`aria-current` on
 * what is chosen).
 */
function choices(view: View, pageHref: string, plainInToolbar: boolean): string {
  const languages = surveyLanguages(view.survey);
  const plain = hasPlainTexts(view.survey) && !plainInToolbar;
  if (languages.length < 2 && !plain) return '';
  const ui = uiLanguage(view.lang);
  const links = (languages.length < 2 ? [] : languages).map((lang) => {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    const current = lang === view.lang ? ' aria-current="true"' : '';
    return `<li><a href="${pageLink(pageHref, lang, !!view.plain)}" hreflang="${esc(lang)}"${langAttrs(lang, view.lang)}${current}>${esc(name)}</a></li>`;
  });
  if (plain)
    links.push(
      `<li><a href="${pageLink(pageHref, view.lang, !view.plain)}"${view.plain ? ' aria-current="true"' : ''}>${esc(words.plain[ui])}</a></li>`,
    );
  const label = plain ? words.choices[ui] : words.languages[ui];
  return `<nav class="languages" aria-label="${esc(label)}"><ul>${links.join('')}</ul></nav>`;
}

const pageLink = (pageHref: string, lang: string, plain: boolean): string =>
  esc(`${pageHref}?lang=${encodeURIComponent(lang)}${plain ? '&plain=1' : ''}`);

/**
 * The widget's toolbar as the start screen inside `<svara-survey>` has it before the widget's script runs, in the
 * same box as the widget's own (Lyssna, Lättläst, Inställningar), so that the widget's toolbar takes its place
 * without moving anything (server-rendered.ts). Without JavaScript, a sentence says that read-aloud needs it (in
 * place of Lyssna), "Lättläst" is a link to the plain page, and "Inställningar" is not there (`.needs-script`).
 * Interviewers get no Lyssna (as in the widget); a survey in interview mode only keeps this toolbar with JavaScript
 * on too (the widget does not take it over), so it then has no buttons that need script.
 */
function toolbar(view: View, pageHref: string, mode: string): string {
  const ui = uiLanguage(view.lang);
  const respondent = mode !== 'interview';
  const plain = hasPlainTexts(view.survey);
  // (Interviewers do not get read-aloud, but the page still says what works without JavaScript.)
  const note = `<noscript>${noScriptNote(view.lang)}</noscript>`;
  if (!respondent && !plain) return note;
  const pressed = view.plain ? ' aria-current="true"' : '';
  return `${respondent ? '' : note}<div class="toolbar" role="group" aria-label="${esc(words.toolbar[ui])}" data-svara-server-toolbar>
${
  respondent
    ? `${note}
<button type="button" class="toggle needs-script" aria-pressed="false">${esc(words.readAloud[ui])}</button>`
    : ''
}
${plain ? `<a class="toggle" href="${pageLink(pageHref, view.lang, !view.plain)}"${pressed}>${esc(words.plain[ui])}</a>` : ''}
${
  respondent
    ? `<button type="button" class="toggle needs-script" aria-expanded="false">
  ${esc(words.settings[ui])}
</button>`
    : ''
}
</div>`;
}

/**
 * The start screen. Inside the widget (the GET page, `mode` given: the mode its answers are recorded in) it starts
 * with the toolbar's box (`toolbar()`); after a post (no widget) the note about JavaScript is the page's.
 */
export function renderStart(view: View, pageHref: string, mode?: string): string {
  const { survey } = view;
  const ui = uiLanguage(view.lang);
  const title = shown(view, survey, 'title');
  const intro = shown(view, survey, 'intro');
  const privacy = survey.privacy;
  const item = (heading: string, text: Shown) =>
    text.text ? `<dt>${esc(heading)}</dt><dd${text.attrs}>${esc(text.text)}</dd>` : '';
  let facts = '';
  if (privacy) {
    const anonymity = shown(view, privacy, 'anonymity');
    const anonymous: Shown = anonymity.text
      ? anonymity
      : {
          text: (privacy.anonymous ? words.anonymous : words.notAnonymous)[ui],
          attrs: '',
        };
    facts = `<dl class="privacy">
${item(words.why[ui], shown(view, privacy, 'purpose'))}
${item(words.whoSees[ui], shown(view, privacy, 'whoSees'))}
${item(words.anonymousHeading[ui], anonymous)}
${item(words.retention[ui], shown(view, privacy, 'retention'))}
${item(words.contact[ui], shown(view, privacy, 'contact'))}
</dl>`;
  }
  const bar = mode === undefined ? '' : toolbar(view, pageHref, mode);
  return `${bar}${choices(view, pageHref, bar.includes('class="toggle" href'))}
${form(
  view,
  `<h2 id="heading" tabindex="-1"${title.attrs}>${esc(title.text)}</h2>
${intro.text ? `<p${intro.attrs}>${esc(intro.text)}</p>` : ''}
<p class="duration">${esc(duration(estimatedMinutes(survey), ui))}</p>
${facts}
<div class="navigation"><button type="submit" name="_go" value="next" class="primary">${esc(words.start[ui])}</button></div>`,
  [['_at', '']],
)}`;
}

// ─── Questions ────────────────────────────────────────────────────────────

/** What a refused field says, in the widget's words where it has them (else the schema's message). */
export function errorMessage(question: Question, issue: Issue, lang: string): string {
  const ui = uiLanguage(lang);
  switch (issue.code) {
    case 'answer-required':
    case 'answer-item-required':
    case 'answer-empty':
      if (question.type === 'multi') return words.chooseAny[ui];
      if (question.type === 'consent') return words.checkBox[ui];
      if (question.type === 'text' || question.type === 'email' || question.type === 'date')
        return words.writeAnswer[ui];
      return words.chooseOne[ui];
    case 'answer-consent-required':
      return words.checkBox[ui];
    case 'answer-too-long':
      return counted.tooLong[ui](question.type === 'text' ? (question.maxLength ?? 2000) : 2000);
    case 'answer-count-min':
      return counted.chooseAtLeast[ui](question.type === 'multi' ? (question.min ?? 1) : 1);
    case 'answer-count-max':
      return counted.chooseAtMost[ui](question.type === 'multi' ? (question.max ?? 1) : 1);
    case 'answer-email':
      return words.email[ui];
    case 'answer-date':
      return words.date[ui];
    default:
      return issue.message;
  }
}

/** The issues of one question (its path is `answers.{id}…`). */
export function issuesOf(question: Question, issues: readonly Issue[]): Issue[] {
  const prefix = formatPath(['answers', question.id]);
  return issues.filter(
    (issue) =>
      issue.path === prefix || issue.path.startsWith(`${prefix}.`) || issue.path.startsWith(`${prefix}[`),
  );
}

const controlId = (question: Question, suffix?: string | number): string =>
  suffix === undefined ? `q-${question.id}` : `q-${question.id}-${suffix}`;

/** The id the error summary's link for a question goes to: its first control. */
function firstControlId(question: Question): string {
  switch (question.type) {
    case 'scale':
    case 'choice':
    case 'multi':
      return controlId(question, 0);
    case 'scale-group':
      return controlId(question, `${question.items[0]!.id}-0`);
    default:
      return controlId(question);
  }
}

/** True when this question's answers are shown with their pictures (faces, pictograms), as the widget does. */
function drawsPictures(question: Question): boolean {
  if (question.type === 'choice' || question.type === 'multi')
    return question.display === 'pictogram' || question.options.every((option) => option.pictogram);
  if (question.type === 'scale' || question.type === 'scale-group') {
    const display = questionDisplay(question);
    return display === 'smiley' || display === 'pictogram';
  }
  return false;
}

interface Field {
  question: Question;
  view: View;
  answers: Answers;
  error: string;
}

function hintAndError(
  { question, view, error }: Field,
  idBase: string,
): { html: string; describedBy: string } {
  const hint = shown(view, question, 'description');
  const ids: string[] = [];
  let out = '';
  if (hint.text) {
    ids.push(`${idBase}-hint`);
    out += `<p class="hint" id="${idBase}-hint"${hint.attrs}>${esc(hint.text)}</p>`;
  }
  if (error) {
    ids.push(`${idBase}-error`);
    out += `<p class="error-message" id="${idBase}-error"><span class="visually-hidden">${esc(words.errorPrefix[uiLanguage(view.lang)])}</span> ${esc(error)}</p>`;
  }
  return { html: out, describedBy: ids.length ? ` aria-describedby="${ids.join(' ')}"` : '' };
}

/** The radios or checkboxes of a question (or of one scale-group item): the options, then the special answers. */
function optionInputs(field: Field, name: string, idBase: string, chosen: ReadonlySet<string>): string {
  const { question, view } = field;
  const multiple = question.type === 'multi';
  const pictures = drawsPictures(question);
  const ui = uiLanguage(view.lang);
  const input = (value: string, index: number, label: Shown & { end?: Shown }, picture: string) =>
    `<label class="option${picture ? ' pictured' : ''}"><input type="${multiple ? 'checkbox' : 'radio'}" name="${esc(name)}" value="${esc(value)}" id="${idBase}-${index}"${chosen.has(value) ? ' checked' : ''} />${picture}<span class="label"${label.attrs}>${esc(label.text)}</span>${label.end ? ` <span class="end"${label.end.attrs}>${esc(label.end.text)}</span>` : ''}</label>`;
  const all = questionOptions(question);
  // A numeric scale names its ends ("1 Inte alls nöjd" … "5 Mycket nöjd"), as the widget's scale does.
  const scale =
    (question.type === 'scale' || question.type === 'scale-group') &&
    typeof question.scale === 'object' &&
    'min' in question.scale
      ? question.scale
      : undefined;
  const ends = new Map<number, Shown>();
  if (scale?.minLabel) ends.set(0, shown(view, scale, 'minLabel'));
  if (scale?.maxLabel) ends.set(all.length - 1, shown(view, scale, 'maxLabel'));
  const options = all.map((option, index) => {
    const label = shown(view, option, 'text');
    const end = ends.get(index);
    return input(
      String(option.value),
      index,
      end?.text ? { text: label.text, attrs: label.attrs, end } : label,
      pictures ? pictureHtml(option.pictogram, esc) : '',
    );
  });
  const count = options.length;
  const specials = allowedSpecialCodes(question).map((code, index) =>
    input(
      code,
      count + index,
      { text: specialLabels[code as SpecialCode][ui], attrs: '' },
      pictures ? pictureHtml({ builtin: specialPictograms[code as SpecialCode] }, esc) : '',
    ),
  );
  const layout = pictures ? 'options pictures' : 'options';
  return `<div class="${layout}">${options.join('')}</div>${specials.length ? `<div class="options special">${specials.join('')}</div>` : ''}`;
}

function renderField(field: Field): string {
  const { question, view, answers, error } = field;
  const label = shown(view, question, 'text');
  const id = controlId(question);
  const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const { html: notes, describedBy } = hintAndError(field, id);
  const invalid = error ? ' aria-invalid="true"' : '';
  const erring = error ? ' error' : '';
  const chosen = new Set(fieldsOfAnswer(question, answer).map(([, value]) => value));
  switch (question.type) {
    case 'scale':
    case 'choice':
    case 'multi':
      return `<fieldset class="question${erring}" id="${id}"${describedBy}>
<legend class="question-text"${label.attrs}>${esc(label.text)}</legend>
${notes}
${optionInputs(field, fieldName(question.id), id, chosen)}
</fieldset>`;
    case 'scale-group': {
      const values = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      const items = question.items.map((item) => {
        const itemLabel = shown(view, item, 'text');
        const itemChosen = new Set(Object.hasOwn(values, item.id) ? [String(values[item.id])] : []);
        return `<fieldset class="item">
<legend${itemLabel.attrs}>${esc(itemLabel.text)}</legend>
${optionInputs(field, fieldName(question.id, item.id), `${id}-${item.id}`, itemChosen)}
</fieldset>`;
      });
      return `<fieldset class="question scale-group${erring}" id="${id}"${describedBy}>
<legend class="question-text"${label.attrs}>${esc(label.text)}</legend>
${notes}
${items.join('\n')}
</fieldset>`;
    }
    case 'consent': {
      return `<div class="question consent${erring}">
${notes}
<div class="check"><input type="checkbox" name="${esc(fieldName(question.id))}" value="true" id="${id}"${answer === true ? ' checked' : ''}${describedBy}${invalid} /><label for="${id}"${label.attrs}>${esc(label.text)}</label></div>
</div>`;
    }
    case 'text':
    case 'email':
    case 'date': {
      const value = typeof answer === 'string' ? answer : '';
      const name = esc(fieldName(question.id));
      let control: string;
      if (question.type === 'text' && question.multiline)
        control = `<textarea name="${name}" id="${id}" rows="5"${describedBy}${invalid}>${esc(value)}</textarea>`;
      else if (question.type === 'email')
        control = `<input type="email" name="${name}" id="${id}" value="${esc(value)}" autocomplete="email" spellcheck="false"${describedBy}${invalid} />`;
      else if (question.type === 'date')
        control = `<input type="date" name="${name}" id="${id}" value="${esc(value)}"${question.min ? ` min="${esc(question.min)}"` : ''}${question.max ? ` max="${esc(question.max)}"` : ''}${describedBy}${invalid} />`;
      else
        control = `<input type="text" name="${name}" id="${id}" value="${esc(value)}"${describedBy}${invalid} />`;
      return `<div class="question${erring}">
<label class="question-text" for="${id}"${label.attrs}>${esc(label.text)}</label>
${notes}
${control}
</div>`;
    }
  }
}

export interface QuestionScreen {
  screens: readonly Screen[];
  index: number;
  answers: Answers;
  /** The issues of the questions on this screen (after a refused "Fortsätt" or "Skicka"). */
  issues: readonly Issue[];
  /** A line above the questions (e.g. the page had been open too long: press again). */
  notice?: string | undefined;
}

export function renderQuestions(view: View, screen: QuestionScreen): string {
  const { survey } = view;
  const ui = uiLanguage(view.lang);
  const step = screen.screens[screen.index]!;
  const last = screen.index === screen.screens.length - 1;
  const one = onePerScreen(survey);
  const total = screen.screens.length;
  const title = shown(view, survey, 'title');
  const pageTitle = step.page ? shown(view, step.page, 'title') : { text: '', attrs: '' };
  const heading: Shown = one
    ? { text: progress('question', screen.index + 1, total, ui), attrs: '' }
    : pageTitle.text
      ? pageTitle
      : title;
  const pageProgress = !one && total > 1 ? progress('page', screen.index + 1, total, ui) : '';
  const onScreen = new Set(step.questions.map((question) => question.id));
  // The answers of the other screens travel as hidden fields.
  const carriedAnswers = [...iterateQuestions(survey)]
    .filter(({ question }) => !onScreen.has(question.id))
    .flatMap(({ question }) => fieldsOfAnswer(question, screen.answers[question.id]));
  const errors = step.questions.flatMap((question) => {
    const first = issuesOf(question, screen.issues)[0];
    return first ? [{ question, message: errorMessage(question, first, view.lang) }] : [];
  });
  const summary = errors.length
    ? `<div class="error-summary" aria-labelledby="error-summary-title">
<h2 id="error-summary-title" tabindex="-1" autofocus>${esc(words.problem[ui])}</h2>
<ul>${errors
        .map(({ question, message }) => {
          const label = shown(view, question, 'text');
          return `<li><a href="#${firstControlId(question)}"><span class="question-name"${label.attrs}>${esc(label.text)}</span> <span class="message">${esc(message)}</span></a></li>`;
        })
        .join('')}</ul>
</div>`
    : '';
  const fields = step.questions
    .map((question) =>
      renderField({
        question,
        view,
        answers: screen.answers,
        error: errors.find((e) => e.question === question)?.message ?? '',
      }),
    )
    .join('\n');
  // "Fortsätt"/"Skicka" comes first in the form: pressing Enter in a field presses the first submit button.
  const honeypot = last
    ? `<div class="honeypot" aria-hidden="true"><label>${esc(words.honeypot[ui])} <input type="text" name="website" tabindex="-1" autocomplete="off" /></label></div>`
    : '';
  return form(
    view,
    `<h2 id="heading" tabindex="-1"${summary ? '' : ' autofocus'}${heading.attrs}>${esc(heading.text)}</h2>
${pageProgress ? `<p class="progress">${esc(pageProgress)}</p>` : ''}
${screen.notice ? `<p class="notice">${esc(screen.notice)}</p>` : ''}
${summary}
${fields}
<div class="navigation">
<button type="submit" name="_go" value="next" class="primary">${esc((last ? words.send : words.next)[ui])}</button>
<button type="submit" name="_go" value="back" class="secondary">${esc(words.back[ui])}</button>
</div>
${honeypot}`,
    [['_at', step.key], ['_shown', step.questions.map((q) => q.id).join(' ')], ...carriedAnswers],
  );
}

// ─── Receipt ──────────────────────────────────────────────────────────────

/** The receipt after "Skicka" (a GET after the redirect): what happened, the thanks once, what happens next. */
export function renderReceipt(
  view: Omit<View, 'action' | 'carried'>,
  stored: boolean,
  startHref: string,
): string {
  const ui = uiLanguage(view.lang);
  const full = { ...view, action: '', carried: [] };
  if (!stored) {
    return `<section class="screen receipt">
<h2 id="heading" tabindex="-1">${esc(words.notSentHeading[ui])}</h2>
<p>${esc(words.notFoundReceipt[ui])}</p>
<p><a href="${esc(startHref)}">${esc(words.startAgain[ui])}</a></p>
</section>`;
  }
  const thanks = shown(full, view.survey, 'thanks');
  const next = view.survey.privacy ? shown(full, view.survey.privacy, 'purpose') : { text: '', attrs: '' };
  return `<section class="screen receipt">
<h2 id="heading" tabindex="-1" autofocus>${esc(words.sent[ui])}</h2>
${thanks.text ? `<p${thanks.attrs}>${esc(thanks.text)}</p>` : `<p>${esc(words.thanks[ui])}</p>`}
${next.text ? `<p class="next"${next.attrs}>${esc(next.text)}</p>` : ''}
</section>`;
}
