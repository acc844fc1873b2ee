/**
 * What `<svara-survey>` shows when a definition cannot be loaded or shown: respondents read that it is not
 * their fault; the web editor who made the page finds the path-and-message list behind a disclosure.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Issue } from '@svara/schema';

/** `problem`: what went wrong before the definition could be checked (fetching it, a mode it does not allow). */
export function renderUnavailableScreen(problem: string, issues: readonly Issue[]): TemplateResult {
  return html`<section class="screen" aria-labelledby="heading">
    <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>
      ${msg('Enkäten kan inte visas just nu', {
        id: 'survey.unavailable',
        desc: 'Heading for respondents when the survey cannot be loaded or its definition is broken',
      })}
    </h2>
    <p>
      ${msg('Försök igen senare. Det är inte ditt fel.', {
        id: 'survey.unavailableHelp',
        desc: 'Under the heading: the survey cannot be shown',
      })}
    </p>
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
