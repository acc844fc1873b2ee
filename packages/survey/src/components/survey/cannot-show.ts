/**
 * "Enkäten kan inte visas just nu": the one unavailable message that must work without the network. The full
 * unavailable screen (unavailable-screen.ts) is loaded on demand, and the commonest reason it is needed — no
 * network, so the definition could not be fetched — is also why its chunk may not arrive. Then
 * `<svara-survey>` shows {@link renderCannotShow}, from the first load, instead of an empty widget.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/** What the respondent reads when a survey cannot be shown: not their fault, try later. */
export function cannotShowMessage(): { heading: string; body: string } {
  return {
    heading: msg('Enkäten kan inte visas just nu', {
      id: 'survey.unavailable',
      desc: 'Heading for respondents when the survey cannot be loaded or its definition is broken',
    }),
    body: msg('Försök igen senare. Det är inte ditt fel.', {
      id: 'survey.unavailableHelp',
      desc: 'Under the heading: the survey cannot be shown',
    }),
  };
}

/** The screen when the unavailable screen's own code cannot be loaded either (no network). */
export function renderCannotShow(): TemplateResult {
  const { heading, body } = cannotShowMessage();
  return html`<section class="screen" aria-labelledby="heading">
    <h2 id="heading" part="heading" tabindex="-1" data-screen-heading>${heading}</h2>
    <p>${body}</p>
  </section>`;
}
