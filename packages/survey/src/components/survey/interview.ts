/**
 * What `<svara-survey mode="interview">` adds for staff who interview a respondent (by phone, or in a meeting):
 * the instructions on the start screen and on every question screen, the privacy wording for an interview — the
 * web survey's "Vi vet inte vem som har svarat" is not true of a call the staff placed — and the question before
 * sending blanks ("Skicka utan svar på 7 frågor?"). Only staff meet this, so it is not in the embed's first load:
 * the widget loads it with the definition when its `mode` is `interview`.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Answer, Answers } from '@svara/schema';
import type { Step } from './steps.js';

/** The instruction for staff who interview, on the start screen and on every question screen. */
export function renderInterviewPrompt(where: 'start' | 'question'): TemplateResult {
  return html`<p class="interviewer">
    <strong
      >${msg('Till dig som intervjuar:', { id: 'survey.interview.label', desc: 'Label before instructions for staff who interview' })}</strong
    >
    ${
      where === 'start'
        ? msg(
            'Läs upp varför vi frågar, vem som ser svaren och om det är anonymt. Fråga om personen vill svara.',
            {
              id: 'survey.interview.start',
              desc: 'Instruction for the interviewer on the start screen',
            },
          )
        : msg('Läs upp frågan och svarsalternativen. Fyll i det svar personen ger.', {
            id: 'survey.interview.question',
            desc: 'Instruction for the interviewer on each question screen',
          })
    }
  </p>`;
}

/**
 * "Är det anonymt?" in an interview, read aloud by the interviewer: the person is known to the one who asks,
 * but their name is not kept with the answers.
 */
export function interviewAnonymity(): string {
  return msg(
    'Ditt namn sparas inte med svaren. Jag som frågar vet vem du är, men ingen som läser svaren kan se vem som har svarat.',
    {
      id: 'survey.interview.anonymous',
      desc: 'Start screen in an interview, read aloud by the interviewer to the respondent ("I" is the interviewer): the answers are kept without the name; the interviewer knows who answers, nobody who reads the answers can tell',
    },
  );
}

const blank = (answer: Answer | undefined): boolean =>
  answer === undefined ||
  answer === '' ||
  (Array.isArray(answer)
    ? answer.length === 0
    : typeof answer === 'object' && Object.keys(answer).length === 0);

/** The questions on the way through that have no answer, in order, each with its step. */
export function unansweredQuestions(
  steps: readonly Step[],
  answers: Answers,
): { step: string; id: string }[] {
  return steps.flatMap((step) =>
    step.questions.filter((q) => blank(answers[q.id])).map((q) => ({ step: step.key, id: q.id })),
  );
}

export interface BlankWarningView {
  /** How many questions have no answer. */
  count: number;
  /** "Skicka ändå". */
  send(): void;
  /** "Visa frågorna utan svar": the first question without an answer. */
  show(): void;
}

/** Before "Skicka" sends blanks in an interview: how many, and the way to them. */
export function renderBlankWarning(view: BlankWarningView): TemplateResult {
  const { count } = view;
  return html`<div class="confirm" role="group" aria-labelledby="confirm">
    <p id="confirm" tabindex="-1">
      ${
        count === 1
          ? msg('Skicka utan svar på 1 fråga?', {
              id: 'survey.interview.blank_one',
              desc: 'Interview: asked before sending when one question has no answer',
            })
          : msg(str`Skicka utan svar på ${count} frågor?`, {
              id: 'survey.interview.blank_other',
              desc: 'Interview: asked before sending when ${count} questions (more than one) have no answer',
            })
      }
    </p>
    <div class="navigation">
      <button type="button" part="button" class="secondary" @click=${view.show}>
        ${msg('Visa frågorna utan svar', { id: 'survey.interview.showBlank', desc: 'Interview: button that goes back to the first question without an answer' })}
      </button>
      <button type="button" part="button primary-button" class="primary" @click=${view.send}>
        ${msg('Skicka ändå', { id: 'survey.interview.sendBlank', desc: 'Interview: button that sends although some questions have no answer' })}
      </button>
    </div>
  </div>`;
}
