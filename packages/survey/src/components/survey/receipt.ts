/**
 * The receipt of `<svara-survey>` after "Skicka": what happened to the answers in plain words, the thanks
 * (once), what happens with the answers (the survey's `privacy.purpose`), what to do next, the server's own
 * explanation of a refusal, and the buttons to correct the answers or start over. {@link receiptSpeech} is the
 * same receipt as one text, for the widget's status line. Not needed on the first screen: the widget loads this
 * module once a survey is shown, long before "Skicka" (and while the network that brought the survey is there).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { Mode } from '@svara/schema';
import type { ProblemDetails } from '../../transport/events.js';
import type { Receipt } from './sending-controller.js';
import { dirOf } from './survey-texts.js';

export interface ReceiptView {
  receipt: Receipt;
  mode: Mode;
  /** The survey's `thanks` in the respondent's language ('' when it has none). */
  thanks: { text: string; lang?: string };
  /** What happens next: the survey's `privacy.purpose` (why we ask, how the answers are used) ('' when none). */
  next: { text: string; lang?: string };
  /** "Gå tillbaka till frågorna" after a refusal. */
  correct(): void;
  /** "Starta en ny intervju" / "Börja om". */
  startOver(): void;
}

/** The messages of a problem response's `issues` (the reference collector's format), at most five. */
export function problemMessages(problem: ProblemDetails | undefined): string[] {
  const issues = problem?.['issues'];
  if (!Array.isArray(issues)) return [];
  return issues
    .map((issue: unknown) => (issue as { message?: unknown } | null)?.message)
    .filter((message): message is string => typeof message === 'string' && message.trim() !== '')
    .slice(0, 5);
}

/** True when the answers are sent or safely queued: the survey's thanks belong on the receipt. */
const thanked = (receipt: Receipt): boolean => receipt.kind === 'delivered' || receipt.kind === 'queued';

/** The survey's own thanks, or ours: said once, after the heading (which says what happened, not "Tack"). */
const thanksText = (thanks: string): string =>
  thanks ||
  msg('Tack för att du svarade!', {
    id: 'survey.receipt.thanks',
    desc: 'Receipt: thanks, when the survey has no thanks text of its own',
  });

/** The receipt as the status line says it: heading, explanation and the thanks, in that order. */
export function receiptSpeech(receipt: Receipt, thanks: string): string {
  const { heading, body } = receiptMessage(receipt);
  return [heading, body, thanked(receipt) ? thanksText(thanks) : ''].filter(Boolean).join(' ');
}

export function receiptMessage(receipt: Receipt): { heading: string; body: string } {
  switch (receipt.kind) {
    case 'delivered':
      return {
        heading: msg('Dina svar är skickade.', {
          id: 'survey.receipt.sent',
          desc: 'Receipt: the answers reached the server (the thanks follow on their own line)',
        }),
        body: '',
      };
    case 'queued':
      return {
        heading: msg('Dina svar är sparade på den här enheten och skickas när du har internet.', {
          id: 'survey.receipt.queued',
          desc: 'Receipt: no connection; the answers are stored on this device and sent later',
        }),
        body: msg('Du kan stänga sidan. Svaren skickas nästa gång du öppnar en sida med enkäten.', {
          id: 'survey.receipt.queuedHelp',
          desc: 'Under the queued receipt: closing the page is safe',
        }),
      };
    case 'memory':
      return {
        heading: msg('Dina svar är inte skickade än.', {
          id: 'survey.receipt.memory',
          desc: 'Receipt: the answers could not be stored on the device and are not sent yet',
        }),
        body: msg('Stäng inte sidan förrän det står att svaren är skickade.', {
          id: 'survey.receipt.memoryHelp',
          desc: 'Under the memory receipt: keep the page open until the answers are sent',
        }),
      };
    case 'rejected':
      // 410: staff closed the survey (or its round is over); the outbox has already let go of the answers. The
      // collector's own detail says that they were not saved ("… och dina svar sparades inte.").
      if (receipt.status === 410)
        return {
          heading: msg('Enkäten är stängd', {
            id: 'survey.receipt.closed',
            desc: 'Receipt: the survey no longer takes answers (staff closed it, or its period is over)',
          }),
          body: receipt.problem?.detail ?? '',
        };
      return {
        heading: msg('Dina svar kunde inte tas emot.', {
          id: 'survey.receipt.rejected',
          desc: 'Receipt: the server refused the answers',
        }),
        body:
          receipt.status === 413
            ? msg('Svaren är för långa. Skriv kortare och skicka igen.', {
                id: 'survey.receipt.tooLarge',
                desc: 'Why the server refused: the answers are too long',
              })
            : msg(
                'Något i svaren stämmer inte med enkäten. Det är inte ditt fel. Gå tillbaka och försök igen, eller kontakta den som gav dig enkäten.',
                {
                  id: 'survey.receipt.rejectedHelp',
                  desc: 'Why the server refused (400/415/422): the answers do not match the survey; what to do',
                },
              ),
      };
    case 'invalid':
      return {
        heading: msg('Dina svar kunde inte skickas.', {
          id: 'survey.receipt.invalid',
          desc: 'Receipt: a program error stopped the sending',
        }),
        body: msg('Det är ett fel i sidan, inte i dina svar. Kontakta den som gav dig enkäten.', {
          id: 'survey.receipt.invalidHelp',
          desc: 'Under the invalid receipt',
        }),
      };
  }
}

export function renderReceipt(view: ReceiptView): TemplateResult {
  const { receipt, mode } = view;
  const { heading, body } = receiptMessage(receipt);
  // Thanks once (the survey's own, or ours), then what happens with the answers, in the survey's words.
  const thanks = thanked(receipt) ? { ...view.thanks, text: thanksText(view.thanks.text) } : { text: '' };
  const next = thanked(receipt) ? view.next : { text: '' };
  // The collector's own messages per problem (in the browser's language) say more than its general `detail`.
  const issues = receipt.kind === 'rejected' ? problemMessages(receipt.problem) : [];
  // A closed survey: its heading is ours and its body the server's detail, which is not said twice.
  const closed = receipt.kind === 'rejected' && receipt.status === 410;
  const detail =
    receipt.kind !== 'rejected' || closed || issues.length > 0
      ? ''
      : (receipt.problem?.detail ?? receipt.problem?.title ?? '');
  // Not a live region itself: a whole section inserted live reached Orca in pieces, in no fixed order, and
  // Orca says nothing when its heading gets focus. The widget's status line says it as one text (receiptSpeech).
  return html`<section part="receipt" class="screen receipt ${receipt.kind}">
    <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>${heading}</h2>
    ${body ? html`<p>${body}</p>` : nothing}
    ${thanks.text ? html`<p lang=${ifDefined(thanks.lang)} dir=${ifDefined(dirOf(thanks.lang))}>${thanks.text}</p>` : nothing}
    ${next.text ? html`<p class="next" lang=${ifDefined(next.lang)} dir=${ifDefined(dirOf(next.lang))}>${next.text}</p>` : nothing}
    ${
      detail
        ? html`<p class="detail">
            ${msg('Servern svarade:', { id: 'survey.receipt.serverSaid', desc: 'Before the server’s own explanation of a refusal' })}
            ${detail}
          </p>`
        : nothing
    }
    ${
      issues.length > 0
        ? html`<div class="detail">
            <p>
              ${msg('Servern svarade:', { id: 'survey.receipt.serverSaid', desc: 'Before the server’s own explanation of a refusal' })}
            </p>
            <ul>
              ${issues.map((message) => html`<li>${message}</li>`)}
            </ul>
          </div>`
        : nothing
    }
    ${
      // A kiosk keeps nothing: the next person must not meet this person's answers.
      // Nothing to correct when the survey is closed: going back would only be refused again.
      receipt.kind === 'rejected' && !closed && mode !== 'kiosk'
        ? html`<button type="button" part="button" class="secondary" @click=${view.correct}>
            ${msg('Gå tillbaka till frågorna', { id: 'survey.receipt.correct', desc: 'Button after a refusal: back to the questions to try again' })}
          </button>`
        : nothing
    }
    ${
      mode === 'interview'
        ? html`<button type="button" part="button primary-button" class="primary" @click=${view.startOver}>
            ${msg('Starta en ny intervju', { id: 'survey.interview.new', desc: 'Button after sending an interview: start a fresh response' })}
          </button>`
        : nothing
    }
    ${
      mode === 'kiosk'
        ? html`<p>
              ${msg('Enkäten börjar snart om för nästa person.', { id: 'survey.kiosk.resetSoon', desc: 'Kiosk receipt: the survey starts over for the next person' })}
            </p>
            <button type="button" part="button primary-button" class="primary" @click=${view.startOver}>
              ${msg('Börja om', { id: 'survey.kiosk.startOver', desc: 'Kiosk button: start over for the next person' })}
            </button>`
        : nothing
    }
  </section>`;
}
