/**
 * One question of a definition as a svara control, and the control's value back as the schema's answer.
 * Texts come from the schema's `selectText` (plain variants, language fallback) and are always bound as text.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { dirFor } from '@svara/elements/localization';
import { choicePictures, dirOf } from './survey-texts.js';
import { questionDisplay, selectText } from '@svara/schema';
import type { Answer, Answers, Option, OptionValue, Question, Survey, Text } from '@svara/schema';
import type {
  ReadAloudEnvironment,
  ScanClock,
  ScanMode,
  SvaraChoice,
  SvaraConsent,
  SvaraScale,
} from '@svara/elements';

const DONT_KNOW = 'dont_know';
const SKIPPED = 'skipped';

/** How the respondent wants the survey shown. */
export interface Presentation {
  lang: string;
  plain: boolean;
  pictograms: boolean;
  /** 44 px targets (children, AAC, switch users). */
  large: boolean;
  /** "Lyssna": the question's "Lyssna" button, and each answer read as it gets focus or the scan highlight. */
  readAloud: boolean;
  scanning: ScanMode;
  scanInterval: number;
  /** Time for scanning (the widget's clock, injectable for tests). */
  scanClock: ScanClock;
  speech?: ReadAloudEnvironment | undefined;
}

interface Texts {
  defaultLang: string;
  lang: string;
  plain: boolean;
}

type WithText = { text?: Text; plain?: { text?: Text } };

function textOf(owner: WithText, key: 'text', p: Texts): { text: string; lang: string } {
  return (
    selectText(owner, key, { lang: p.lang, defaultLang: p.defaultLang, plain: p.plain }) ?? {
      text: '',
      lang: p.defaultLang,
    }
  );
}

function descriptionOf(question: Question, p: Texts): { text: string; lang: string } {
  return (
    selectText(question as { description?: Text; plain?: { description?: Text } }, 'description', {
      lang: p.lang,
      defaultLang: p.defaultLang,
      plain: p.plain,
    }) ?? { text: '', lang: p.lang }
  );
}

/**
 * A control's label or hint that fell back to another language: slotted with its own `lang` and `dir` (the
 * control's `label` and `hint` properties are plain text in the control's language). The consent's label is its
 * default slot (`slot` undefined).
 */
const otherLanguage = (slot: string | undefined, text: { text: string; lang: string }, p: Texts) =>
  text.text && text.lang !== p.lang
    ? html`<span slot=${ifDefined(slot)} lang=${text.lang} dir=${dirFor(text.lang)}>${text.text}</span>`
    : nothing;

function scaleDisplay(question: Question, pictograms: boolean): string | undefined {
  if (question.type !== 'scale' && question.type !== 'scale-group') return undefined;
  const display = questionDisplay(question);
  if (!pictograms && (display === 'smiley' || display === 'pictogram')) return 'text';
  return question.display;
}

const optionValue = (options: readonly { value: OptionValue }[], chosen: string): OptionValue | undefined =>
  chosen === DONT_KNOW || chosen === SKIPPED
    ? chosen
    : options.find((option) => String(option.value) === chosen)?.value;

/** The answer a control holds, as the schema stores it; undefined when unanswered. */
export function answerFromControl(
  question: Question,
  control: Element,
  previous: Answer | undefined,
): Answer | undefined {
  switch (question.type) {
    case 'scale':
      return (control as SvaraScale).answer ?? undefined;
    case 'scale-group': {
      const item = (control as HTMLElement).dataset['item'];
      if (!item) return previous;
      const next: Record<string, string | number> = {
        ...(previous && typeof previous === 'object' && !Array.isArray(previous) ? previous : {}),
      };
      const value = (control as SvaraScale).answer;
      if (value === null) delete next[item];
      else next[item] = value;
      return Object.keys(next).length > 0 ? next : undefined;
    }
    case 'choice':
      return optionValue(question.options, (control as SvaraChoice).value);
    case 'multi': {
      const values = (control as SvaraChoice).values;
      if (values.length === 1 && (values[0] === DONT_KNOW || values[0] === SKIPPED)) return values[0];
      const chosen = values.flatMap((v) => {
        const value = optionValue(question.options, v);
        return value === undefined || value === DONT_KNOW || value === SKIPPED ? [] : [value];
      });
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'consent':
      return (control as SvaraConsent).checked ? true : undefined;
    case 'text':
    case 'email':
    case 'date': {
      const value = (control as HTMLElement & { value: string }).value;
      return value.trim() === '' ? undefined : value;
    }
    default:
      return undefined;
  }
}

const asString = (answer: Answer | undefined): string =>
  answer === undefined || typeof answer === 'object' ? '' : String(answer);

function choiceOptions(options: readonly Option[], p: Texts) {
  return options.map((option) => {
    const label = textOf(option, 'text', p);
    return {
      value: String(option.value),
      label: label.text,
      ...(label.lang !== p.lang ? { lang: label.lang } : {}),
      ...(option.pictogram ? { pictogram: option.pictogram } : {}),
      ...(option.audio ? { audio: option.audio } : {}),
    };
  });
}

/** The control for one question, keyed by its id so that no state carries over to another question. */
export function renderQuestion(
  survey: Survey,
  question: Question,
  answers: Answers,
  presentation: Presentation,
): ReturnType<typeof keyed> {
  const p: Texts = { defaultLang: survey.lang, lang: presentation.lang, plain: presentation.plain };
  const label = textOf(question, 'text', p);
  const description = descriptionOf(question, p);
  const hint = description.text;
  const slotted = html`${otherLanguage('label', label, p)}${otherLanguage('hint', description, p)}`;
  const answer = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
  const size = presentation.large ? 'large' : 'medium';
  const required = question.required ?? false;
  const textLang = label.lang !== presentation.lang ? label.lang : undefined;
  let control: TemplateResult;
  switch (question.type) {
    case 'scale':
      control = html`<svara-scale
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        .scale=${question.scale}
        .display=${scaleDisplay(question, presentation.pictograms) as SvaraScale['display']}
        .audio=${question.audio}
        lang=${presentation.lang}
        default-lang=${survey.lang}
        size=${size}
        ?required=${required}
        ?allow-dont-know=${question.allowDontKnow ?? false}
        ?allow-skip=${question.allowSkip ?? false}
        read-aloud=${presentation.readAloud ? 'focus' : 'off'}
        scanning=${presentation.scanning}
        scan-interval=${presentation.scanInterval}
        .scanClock=${presentation.scanClock}
        .speech=${presentation.speech}
        .value=${asString(answer)}
        >${slotted}</svara-scale
      >`;
      break;
    case 'scale-group': {
      const values = answer && typeof answer === 'object' && !Array.isArray(answer) ? answer : {};
      control = html`<fieldset class="scale-group" data-question-group=${question.id}>
        <legend class="question-text" lang=${ifDefined(textLang)} dir=${ifDefined(dirOf(textLang))}>
          ${label.text}
        </legend>
        ${
          hint
            ? html`<p
                class="hint"
                lang=${ifDefined(description.lang !== p.lang ? description.lang : undefined)}
                dir=${ifDefined(description.lang !== p.lang ? dirOf(description.lang) : undefined)}
              >
                ${hint}
              </p>`
            : nothing
        }
        ${question.items.map((item) => {
          const itemLabel = textOf(item, 'text', p);
          return html`<svara-scale
            data-question=${question.id}
            data-item=${item.id}
            name=${`${question.id}.${item.id}`}
            .label=${itemLabel.text}
            .scale=${question.scale}
            .display=${scaleDisplay(question, presentation.pictograms) as SvaraScale['display']}
            lang=${presentation.lang}
            default-lang=${survey.lang}
            size=${size}
            ?required=${required}
            ?allow-dont-know=${question.allowDontKnow ?? false}
            ?allow-skip=${question.allowSkip ?? false}
            read-aloud=${presentation.readAloud ? 'focus' : 'off'}
            scanning=${presentation.scanning}
            scan-interval=${presentation.scanInterval}
            .scanClock=${presentation.scanClock}
            .speech=${presentation.speech}
            .value=${Object.hasOwn(values, item.id) ? String(values[item.id]) : ''}
            >${otherLanguage('label', itemLabel, p)}</svara-scale
          >`;
        })}
      </fieldset>`;
      break;
    }
    case 'choice':
    case 'multi': {
      const multi = question.type === 'multi';
      const values =
        answer === undefined ? [] : Array.isArray(answer) ? answer.map(String) : [String(answer)];
      control = html`<svara-choice
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        .options=${choiceOptions(question.options, p)}
        display=${choicePictures(question) && presentation.pictograms ? 'pictogram' : 'text'}
        .audio=${question.audio}
        ?multiple=${multi}
        size=${size}
        ?required=${required}
        ?allow-dont-know=${question.allowDontKnow ?? false}
        ?allow-skip=${question.allowSkip ?? false}
        .minSelections=${multi ? question.min : undefined}
        .maxSelections=${multi ? question.max : undefined}
        read-aloud=${presentation.readAloud ? 'focus' : 'off'}
        scanning=${presentation.scanning}
        scan-interval=${presentation.scanInterval}
        .scanClock=${presentation.scanClock}
        .speech=${presentation.speech}
        .values=${values}
        >${slotted}</svara-choice
      >`;
      break;
    }
    case 'text':
      control = html`<svara-text
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        ?multiline=${question.multiline ?? false}
        .maxLength=${question.maxLength ?? 2000}
        size=${size}
        ?required=${required}
        .value=${asString(answer)}
        >${slotted}</svara-text
      >`;
      break;
    case 'email':
      control = html`<svara-email
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        size=${size}
        ?required=${required}
        .value=${asString(answer)}
        >${slotted}</svara-email
      >`;
      break;
    case 'date':
      control = html`<svara-date
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        .min=${question.min ?? ''}
        .max=${question.max ?? ''}
        size=${size}
        ?required=${required}
        .value=${asString(answer)}
        >${slotted}</svara-date
      >`;
      break;
    case 'consent':
      control = html`<svara-consent
        data-question=${question.id}
        name=${question.id}
        .label=${label.text}
        .hint=${hint}
        size=${size}
        ?required=${required}
        .checked=${answer === true}
        >${otherLanguage(undefined, label, p)}${otherLanguage('hint', description, p)}</svara-consent
      >`;
      break;
    default:
      control = html``;
  }
  return keyed(question.id, html`<div class="question" data-id=${question.id}>${control}</div>`);
}
