/**
 * What `<svara-survey>` shows when a definition cannot be loaded or shown: respondents read that it is not
 * their fault; the web editor who made the page finds the path-and-message list behind a disclosure.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Issue, Mode } from '@svara/schema';

/** What the respondent reads: the survey is answered in another way here (its `modes`), or it cannot be shown. */
function respondentMessage(
  allowedModes: readonly Mode[] | undefined,
  cannotShow: { heading: string; body: string },
): { heading: string; body: string } {
  if (allowedModes?.length === 1 && allowedModes[0] === 'interview')
    return {
      heading: msg('Den här enkäten görs som en intervju', {
        id: 'survey.interviewOnly',
        desc: 'Heading when a survey that is only answered in interviews (staff ask, e.g. by phone) is opened as a web survey',
      }),
      body: msg(
        'Någon från verksamheten ställer frågorna och skriver in dina svar, till exempel i ett telefonsamtal. Du kan inte svara på den här sidan.',
        {
          id: 'survey.interviewOnlyHelp',
          desc: 'Under the heading: an interview-only survey; who fills it in and that it cannot be answered here',
        },
      ),
    };
  if (allowedModes)
    return {
      heading: msg('Enkäten besvaras inte här', {
        id: 'survey.wrongMode',
        desc: 'Heading when a survey is opened in a way it is not answered (e.g. a kiosk-only survey on a web page)',
      }),
      body: msg('Den här enkäten besvaras på ett annat sätt. Fråga den som gav dig länken.', {
        id: 'survey.wrongModeHelp',
        desc: 'Under the heading: the survey is answered another way; ask whoever gave the link',
      }),
    };
  return cannotShow;
}

export interface UnavailableView {
  /** The definition could not be fetched: its address and the error ('' otherwise). */
  fetchFailed: string;
  /** What is wrong with the definition. */
  issues: readonly Issue[];
  /** The widget's mode. */
  mode: Mode;
  /**
   * The definition's `modes` when they do not include `mode`: then no "try again later" — trying again would not
   * help, and it is nobody's network.
   */
  allowedModes?: readonly Mode[] | undefined;
  /**
   * "Enkäten kan inte visas just nu" (cannot-show.ts, in the first load), given by the widget rather than imported:
   * a module shared with the first load would be split out of the first load's file.
   */
  cannotShow: { heading: string; body: string };
}

export function renderUnavailableScreen(view: UnavailableView): TemplateResult {
  const { issues, allowedModes } = view;
  const { heading, body } = respondentMessage(allowedModes, view.cannotShow);
  const problem = view.fetchFailed
    ? `${msg('Kunde inte hämta enkäten från', { id: 'survey.editor.fetchFailed', desc: 'For the web editor: loading the definition failed; followed by the address and the error' })} ${view.fetchFailed}`
    : allowedModes
      ? msg(str`Enkäten får inte användas i läget "${view.mode}".`, {
          id: 'survey.editor.modeNotAllowed',
          desc: 'For the web editor: the survey definition does not allow this mode (web, kiosk or interview)',
        })
      : '';
  return html`<section class="screen" aria-labelledby="heading">
    <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>${heading}</h2>
    <p>${body}</p>
    ${
      issues.length > 0 || problem
        ? html`<details class="editor">
            <summary>
              ${msg('För den som gör enkäten: vad som är fel', {
                id: 'survey.editor.summary',
                desc: 'Disclosure for the web editor with the technical problems of the definition',
              })}
            </summary>
            ${problem ? html`<p>${problem}</p>` : nothing}
            ${
              issues.length > 0
                ? html`<ul>
                    ${issues.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
                  </ul>`
                : nothing
            }
          </details>`
        : nothing
    }
  </section>`;
}
