/**
 * A screen of questions in `<svara-survey>`: the survey's title, the heading ("Fråga 3 av 10", or the page's
 * title with "Sida 2 av 3"), the error summary, the questions (questions.ts), "Tillbaka" and "Fortsätt" or
 * "Skicka", and on the last screen a field only bots fill in. The form is keyed by the step, so no control's
 * state carries over to another screen.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { msg, str } from '@lit/localize';
import type { Answers, Survey } from '@svara/schema';
import { renderQuestion } from './questions.js';
import type { Presentation } from './questions.js';
import { dirOf } from './survey-texts.js';
import type { TextLookup } from './survey-texts.js';
import type * as Interview from './interview.js';
import type { Step } from './steps.js';

export interface QuestionScreenView {
  survey: Survey;
  steps: readonly Step[];
  /** The index of the step on screen. */
  index: number;
  /** One question per screen: the heading is "Fråga 3 av 10". */
  onePerScreen: boolean;
  /** How many of the step's questions to render (the rest follow, a few per task); the buttons wait for them. */
  shown: number;
  /** "Skicka" was pressed and the outbox has not answered yet. */
  sending: boolean;
  answers: Answers;
  presentation: Presentation;
  text: TextLookup;
  /** What an interview adds (interview.ts), loaded when `mode` is `interview`. */
  interview?: typeof Interview | undefined;
  /** Shown instead of "Tillbaka" and "Skicka": the interview's question before sending blanks. */
  blankWarning?: TemplateResult | undefined;
  /** What a bot typed into the honeypot field. */
  honeypot: string;
  honeypotChanged(value: string): void;
  back(): void;
  /** The form was submitted: every control on the screen is valid (the error summary stops it otherwise). */
  next(event: SubmitEvent): void;
}

export function renderQuestionScreen(view: QuestionScreenView): TemplateResult | ReturnType<typeof keyed> {
  const { survey, steps, index, sending, onePerScreen, text } = view;
  const step = steps[index];
  if (!step) return html``;
  const last = index === steps.length - 1;
  const position = index + 1;
  const total = steps.length;
  const title = text(survey, 'title');
  const pageTitle = step.page ? text(step.page, 'title') : { text: '' };
  const heading = onePerScreen
    ? msg(str`Fråga ${position} av ${total}`, {
        id: 'survey.progress.question',
        desc: 'Heading of a question screen: ${position} is this question, ${total} the number of questions',
      })
    : pageTitle.text || title.text;
  // The page's or the survey's title as the heading: its own language when it fell back ("Fråga 3 av 10" is ours).
  const headingLang = onePerScreen ? undefined : pageTitle.text ? pageTitle.lang : title.lang;
  const progress =
    !onePerScreen && total > 1
      ? msg(str`Sida ${position} av ${total}`, {
          id: 'survey.progress.page',
          desc: 'Progress on a page of questions: ${position} is this page, ${total} the number of pages',
        })
      : '';
  // The form has no name of its own: named by its heading (aria-labelledby), Orca said each screen's name twice.
  // While sending, both buttons are aria-disabled, not disabled: a disabled button loses focus, and then Orca
  // did not say the receipt's heading when it got focus.
  return keyed(
    step.key,
    html`<form class="screen" novalidate @submit=${view.next}>
      ${
        onePerScreen || step.page
          ? html`<p class="survey-title" lang=${ifDefined(title.lang)} dir=${ifDefined(dirOf(title.lang))}>
              ${title.text}
            </p>`
          : nothing
      }
      <h2
        id="heading"
        part="heading progress"
        tabindex="-1"
        data-screen-heading
        lang=${ifDefined(headingLang)}
        dir=${ifDefined(dirOf(headingLang))}
      >
        ${heading}
      </h2>
      ${progress ? html`<p part="progress" class="progress">${progress}</p>` : nothing}
      ${view.interview?.renderInterviewPrompt('question')}
      <svara-error-summary></svara-error-summary>
      ${step.questions
        .slice(0, view.shown)
        .map((question) => renderQuestion(survey, question, view.answers, view.presentation))}
      ${view.blankWarning}
      <div class="navigation" ?hidden=${!!view.blankWarning || view.shown < step.questions.length}>
        <button
          type="button"
          part="button"
          class="secondary"
          aria-disabled=${sending ? 'true' : 'false'}
          @click=${view.back}
        >
          ${msg('Tillbaka', { id: 'survey.back', desc: 'Button: go back to the previous screen' })}
        </button>
        <button
          type="submit"
          part="button primary-button"
          class="primary"
          aria-disabled=${sending ? 'true' : 'false'}
        >
          ${
            last
              ? msg('Skicka', { id: 'survey.send', desc: 'Button on the last screen: send the answers' })
              : msg('Fortsätt', { id: 'survey.next', desc: 'Button: go on to the next screen' })
          }
        </button>
      </div>
      ${last ? renderHoneypot(view) : nothing}
      <p class="sending" role="status">
        ${sending ? msg('Skickar …', { id: 'survey.sending', desc: 'Shown while the answers are being sent' }) : ''}
      </p>
    </form>`,
  );
}

/**
 * A field only bots fill in: off screen, hidden from assistive technology and out of the tab order, so people
 * never meet it. Sent as the collector's top-level `honeypot` when filled.
 */
function renderHoneypot(view: QuestionScreenView): TemplateResult {
  return html`<div class="honeypot" aria-hidden="true">
    <label>
      ${msg('Lämna det här fältet tomt', { id: 'survey.honeypot', desc: 'Label of a hidden anti-spam field that people never see; bots fill it in' })}
      <input
        type="text"
        name="website"
        tabindex="-1"
        autocomplete="off"
        .value=${view.honeypot}
        @input=${(event: Event) => view.honeypotChanged((event.target as HTMLInputElement).value)}
      />
    </label>
  </div>`;
}
