/**
 * The start screen of `<svara-survey>`: the title (the screen's heading), the intro, "Det tar ungefär N
 * minuter", what the definition's `privacy` says (why we ask, who sees the answers, whether it is anonymous —
 * in the definition's own words when it has `anonymity`, such as "Ja, om du inte skriver din e-post" — how long
 * answers are kept, whom to ask) and "Börja svara". While Lyssna is on, a "▶ Lyssna" button under the title
 * reads it all aloud: with `read-aloud` on from the start nothing has been pressed yet, and browsers speak only
 * after a press, so without it a non-reader would never hear the screen they need most. In an interview, also the interviewer's instruction and the
 * interview's own wording of "Är det anonymt?" (interview.ts).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { Survey } from '@svara/schema';
import { dirOf } from './survey-texts.js';
import type { TextLookup } from './survey-texts.js';
import { estimatedMinutes } from './steps.js';
import type * as Interview from './interview.js';

export interface StartScreenView {
  survey: Survey;
  /** The widget's UI language, for the plural of "minut". */
  lang: string;
  text: TextLookup;
  /** What an interview adds (interview.ts), loaded when `mode` is `interview`. */
  interview?: typeof Interview | undefined;
  /** While Lyssna is on: reads this screen aloud (a press is what browsers need before they speak). */
  readScreen?: (() => void) | undefined;
  start(): void;
}

/** "Det tar ungefär 1 minut." / "… 3 minuter." (`Intl.PluralRules`: @lit/localize has no plurals). */
function duration(minutes: number, lang: string): string {
  return new Intl.PluralRules(lang).select(minutes) === 'one'
    ? msg(str`Det tar ungefär ${minutes} minut.`, {
        id: 'survey.duration_one',
        desc: 'Start screen: how long answering takes, singular (${minutes} is 1)',
      })
    : msg(str`Det tar ungefär ${minutes} minuter.`, {
        id: 'survey.duration_other',
        desc: 'Start screen: how long answering takes, plural (${minutes} is a number of minutes, not 1). Arabic: phrase it so the number needs no noun agreement (2 has its own form)',
      });
}

export function renderStartScreen(view: StartScreenView): TemplateResult {
  const { survey, text } = view;
  const title = text(survey, 'title');
  const intro = text(survey, 'intro');
  const privacy = survey.privacy;
  const purpose = privacy ? text(privacy, 'purpose') : { text: '' };
  const whoSees = privacy ? text(privacy, 'whoSees') : { text: '' };
  const contact = privacy ? text(privacy, 'contact') : { text: '' };
  const anonymity = privacy ? text(privacy, 'anonymity') : { text: '' };
  const retention = privacy ? text(privacy, 'retention') : { text: '' };
  return html`<section class="screen" aria-labelledby="heading">
    <h2
      id="heading"
      part="heading"
      tabindex="-1"
      data-screen-heading
      lang=${ifDefined(title.lang)}
      dir=${ifDefined(dirOf(title.lang))}
    >
      ${title.text}
    </h2>
    ${
      view.readScreen
        ? html`<button type="button" part="button" class="read-screen" @click=${view.readScreen}>
            <span aria-hidden="true">▶</span>
            ${msg('Lyssna', { id: 'survey.readScreen', desc: 'Button on the start screen while Lyssna is on: reads the screen aloud (why we ask, who sees the answers, …)' })}
          </button>`
        : nothing
    }
    ${view.interview?.renderInterviewPrompt('start')}
    ${intro.text ? html`<p lang=${ifDefined(intro.lang)} dir=${ifDefined(dirOf(intro.lang))}>${intro.text}</p>` : nothing}
    <p class="duration">${duration(estimatedMinutes(survey), view.lang || 'sv')}</p>
    ${
      privacy
        ? html`<dl class="privacy">
            ${
              purpose.text
                ? html`<dt>
                      ${msg('Varför vi frågar', { id: 'survey.privacy.why', desc: 'Start screen: heading of why the survey is done' })}
                    </dt>
                    <dd lang=${ifDefined(purpose.lang)} dir=${ifDefined(dirOf(purpose.lang))}>
                      ${purpose.text}
                    </dd>`
                : nothing
            }
            ${
              whoSees.text
                ? html`<dt>
                      ${msg('Vem som ser svaren', { id: 'survey.privacy.whoSees', desc: 'Start screen: heading of who sees the answers' })}
                    </dt>
                    <dd lang=${ifDefined(whoSees.lang)} dir=${ifDefined(dirOf(whoSees.lang))}>
                      ${whoSees.text}
                    </dd>`
                : nothing
            }
            <dt>
              ${msg('Är det anonymt?', { id: 'survey.privacy.anonymousHeading', desc: 'Start screen: heading of whether answers are anonymous' })}
            </dt>
            <dd lang=${ifDefined(anonymity.lang)} dir=${ifDefined(dirOf(anonymity.lang))}>
              ${
                anonymity.text
                  ? anonymity.text
                  : privacy.anonymous
                    ? (view.interview?.interviewAnonymity() ??
                      msg('Ja. Vi vet inte vem som har svarat.', {
                        id: 'survey.privacy.anonymous',
                        desc: 'Start screen: the answers are anonymous',
                      }))
                    : msg('Nej. Vi kan se vem som har svarat.', {
                        id: 'survey.privacy.notAnonymous',
                        desc: 'Start screen: the answers are not anonymous',
                      })
              }
            </dd>
            ${
              retention.text
                ? html`<dt>
                      ${msg('Hur länge vi sparar det', { id: 'survey.privacy.retention', desc: 'Start screen: heading of how long answers are kept' })}
                    </dt>
                    <dd lang=${ifDefined(retention.lang)} dir=${ifDefined(dirOf(retention.lang))}>
                      ${retention.text}
                    </dd>`
                : nothing
            }
            ${
              contact.text
                ? html`<dt>
                      ${msg('Frågor om enkäten', { id: 'survey.privacy.contact', desc: 'Start screen: heading of whom to contact' })}
                    </dt>
                    <dd lang=${ifDefined(contact.lang)} dir=${ifDefined(dirOf(contact.lang))}>
                      ${contact.text}
                    </dd>`
                : nothing
            }
          </dl>`
        : nothing
    }
    <button type="button" part="button primary-button" class="primary" @click=${view.start}>
      ${msg('Börja svara', { id: 'survey.start', desc: 'Button on the start screen that shows the first question' })}
    </button>
  </section>`;
}
