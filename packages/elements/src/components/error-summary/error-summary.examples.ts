/**
 * Examples of `<svara-error-summary>`: the single source for its stories, its tests and the axe checks. Each
 * is a whole form as a developer would write it, because the summary belongs to a form.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Example } from '@svara/testing/examples';
import { content } from '@svara/testing/example-language';
import type { SvaraLocale } from '../../localization.js';
import type { SvaraErrorSummary } from './error-summary.js';
import '../choice/choice.define.js';
import '../text/text.define.js';
import './error-summary.define.js';

export interface ErrorSummaryExample extends Example<SvaraErrorSummary> {
  /** UI language to activate before rendering (defaults to `sv`). */
  locale?: SvaraLocale;
}

/** The examples post nowhere: a valid submit stays on the page (a real form posts to its `action`). */
function stayOnPage(event: Event): void {
  event.preventDefault();
}

/** Your page styles its buttons; this one is at least 44 px high, as WCAG 2.5.5 asks. */
const submitButton = (text: string) =>
  html`<button type="submit" style="min-block-size: 2.75rem; padding-inline: 1rem; margin-block-start: 1rem">
    ${text}
  </button>`;

/** Your page styles its own fields too: these radios and their labels are at least 24 px (WCAG 2.5.8). */
const nativeRadio = 'inline-size: 1.5rem; block-size: 1.5rem; margin: 0';
const nativeChoice =
  'display: inline-flex; align-items: center; gap: 0.5rem; min-block-size: 2.75rem; margin-inline-end: 1.5rem';

async function submitAttempt(summary: SvaraErrorSummary): Promise<void> {
  summary.form!.requestSubmit();
  await summary.updateComplete;
  await new Promise((resolve) => setTimeout(resolve)); // focus moves once the list has rendered
}

const contactForm = (summary: TemplateResult) => html`
  <form id="kontakt" action="/synpunkter" method="post" @submit=${stayOnPage}>
    ${summary}
    <svara-choice
      name="kategori"
      label=${content({ sv: 'Vad vill du lämna?', ar: 'ماذا تريد أن تقدّم؟' })}
      required
    >
      <svara-option value="synpunkt">${content({ sv: 'Synpunkt', ar: 'ملاحظة' })}</svara-option>
      <svara-option value="klagomal">${content({ sv: 'Klagomål', ar: 'شكوى' })}</svara-option>
      <svara-option value="berom">${content({ sv: 'Beröm', ar: 'ثناء' })}</svara-option>
    </svara-choice>
    <svara-text
      name="beskrivning"
      label=${content({ sv: 'Beskriv vad det gäller', ar: 'صف ما يتعلق به الأمر' })}
      multiline
      maxlength="2000"
      required
    ></svara-text>
    <svara-text
      name="namn"
      label=${content({ sv: 'Ditt namn', ar: 'اسمك' })}
      hint=${content({ sv: 'Du behöver inte skriva ditt namn.', ar: 'لا يلزمك كتابة اسمك.' })}
    ></svara-text>
    ${submitButton(content({ sv: 'Skicka', ar: 'إرسال' }))}
  </form>
`;

export const errorSummaryExamples = {
  afterSubmit: {
    title: 'Efter ett misslyckat försök att skicka',
    description:
      'A submit with missing answers: the summary lists each error as "question + message", is announced and takes focus. Each error leads to its field.',
    render: () => contactForm(html`<svara-error-summary></svara-error-summary>`),
    prepare: submitAttempt,
  },
  beforeSubmit: {
    title: 'Innan någon har skickat',
    description: 'Nothing shows, and nothing takes focus, before a submit attempt.',
    render: () => contactForm(html`<svara-error-summary></svara-error-summary>`),
  },
  withDescription: {
    title: 'Med egen rubrik och text',
    description: 'A `heading` of your own and a short text (the default slot) above the list.',
    render: () =>
      contactForm(html`
        <svara-error-summary heading=${content({ sv: 'Några svar saknas', ar: 'بعض الإجابات ناقصة' })}>
          <p>
            ${content({ sv: 'Svara på frågorna och skicka igen.', ar: 'أجب عن الأسئلة وأرسل مرة أخرى.' })}
          </p>
        </svara-error-summary>
      `),
    prepare: submitAttempt,
  },
  outsideTheForm: {
    title: 'Utanför formuläret (for)',
    description:
      'The `for` attribute names the form by id, like `<label for>`, when the summary sits outside it.',
    render: () => html`
      <svara-error-summary for="anmalan"></svara-error-summary>
      <form id="anmalan" @submit=${stayOnPage}>
        <svara-text
          name="namn"
          label=${content({ sv: 'Vad heter du?', ar: 'ما اسمك؟' })}
          autocomplete="name"
          required
        ></svara-text>
        ${submitButton(content({ sv: 'Anmäl mig', ar: 'سجّلني' }))}
      </form>
    `,
    prepare: submitAttempt,
  },
  nativeControls: {
    title: 'Vanliga formulärfält',
    description:
      'Native inputs are listed too, with our plain-language messages instead of the browser’s; a radio group once.',
    render: () => html`
      <form @submit=${stayOnPage}>
        <svara-error-summary></svara-error-summary>
        <p>
          <label for="telefon">${content({ sv: 'Telefonnummer', ar: 'رقم الهاتف' })}</label><br />
          <input
            id="telefon"
            name="telefon"
            type="tel"
            autocomplete="tel"
            required
            style="box-sizing: border-box; min-block-size: 2.75rem; inline-size: min(100%, 16rem)"
          />
        </p>
        <fieldset>
          <legend>${content({ sv: 'Får vi ringa dig?', ar: 'هل يمكننا الاتصال بك؟' })}</legend>
          <label style=${nativeChoice}
            ><input type="radio" name="ringa" value="ja" required style=${nativeRadio} />
            ${content({ sv: 'Ja', ar: 'نعم' })}</label
          >
          <label style=${nativeChoice}
            ><input type="radio" name="ringa" value="nej" style=${nativeRadio} />
            ${content({ sv: 'Nej', ar: 'لا' })}</label
          >
        </fieldset>
        ${submitButton(content({ sv: 'Skicka', ar: 'إرسال' }))}
      </form>
    `,
    prepare: submitAttempt,
  },
  arabic: {
    title: 'Arabiska (höger till vänster)',
    description: 'Arabic heading and messages, right to left.',
    locale: 'ar',
    render: () => html`
      <div lang="ar" dir="rtl">
        <form @submit=${stayOnPage}>
          <svara-error-summary></svara-error-summary>
          <svara-text name="namn" label="ما اسمك؟" required></svara-text>
          ${submitButton('إرسال')}
        </form>
      </div>
    `,
    prepare: submitAttempt,
  },
} satisfies Record<string, ErrorSummaryExample>;

export type ErrorSummaryExampleName = keyof typeof errorSummaryExamples;
