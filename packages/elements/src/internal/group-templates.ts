/**
 * Template pieces every group control (`<svara-choice>`, `<svara-scale>`) renders the same way, so that the
 * error message, the "eller" divider and the special answers look, read and translate alike everywhere.
 * Their styles are in `styles/group.styles.ts`.
 *
 * Each piece renders inside the control's one shadow root, next to the `<fieldset>` whose
 * `aria-describedby` points at it by id (IDREFs never cross shadow roots).
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { DONT_KNOW, SKIPPED } from '@svara/schema';
import type { SpecialCode } from '@svara/schema';

export { DONT_KNOW, SKIPPED };
export type { SpecialCode };

/** The codes of the answers that are not options, in the order they are shown. From `@svara/schema`. */
export const SPECIAL_ANSWERS: readonly SpecialCode[] = [DONT_KNOW, SKIPPED];

/** True for `dont_know` and `skipped`. */
export function isSpecialAnswer(value: string): value is SpecialCode {
  return (SPECIAL_ANSWERS as readonly string[]).includes(value);
}

const errorPrefix = (): string =>
  msg('Fel:', {
    id: 'elements.error.prefix',
    desc: 'Read by screen readers before every error message; hidden on screen',
  });

/**
 * The error message under the question (`id="error"`, part `error-message`), starting with a visually hidden
 * "Fel:" so a screen reader says it is an error even when the description is read without its styling.
 *
 * `inLegend`: a group control says its error in its legend instead ({@link renderLegendError}), so this visible
 * copy is hidden from screen readers (they would read it twice).
 */
export function renderErrorMessage(message: string | undefined, inLegend = false): TemplateResult {
  return html`<p
    id="error"
    part="error-message"
    class="error"
    aria-hidden=${ifDefined(inLegend ? 'true' : undefined)}
  >
    <span class="visually-hidden">${errorPrefix()}</span>
    ${message}
  </p>`;
}

/**
 * The error of a group, for its `<legend>` (visually hidden; the visible message is below the legend): screen
 * readers say a group's name when focus enters it, but not all of them its description (Orca 43 reads no
 * `aria-describedby` of a fieldset), so the error belongs in the name to be heard everywhere.
 */
export function renderLegendError(message: string | undefined): TemplateResult {
  // A no-break space first: Chrome drops an ordinary space at the edge of an absolutely positioned span (inside
  // or out), and Orca said "lämna?Fel:". One text node keeps "Fel: Välj…" apart too.
  return html`<span class="visually-hidden">${`\u00a0${errorPrefix()} ${message ?? ''}`}</span>`;
}

/** The "eller" between the ordinary options and the special answers (part `divider`). */
export function renderDivider(): TemplateResult {
  return html`<p part="divider" class="divider">
    ${msg('eller', {
      id: 'elements.choice.divider',
      desc: 'Between the answer options and the "Vet inte" / "Hoppa över" answers',
    })}
  </p>`;
}

/** Joins the ids that describe a control (`aria-describedby`), or `nothing` when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | typeof nothing {
  const joined = ids.filter(Boolean).join(' ');
  return joined === '' ? nothing : joined;
}

/** For a `slotchange` handler: whether the slot now shows any text (e.g. a slotted hint). */
export function slotHasText(event: Event): boolean {
  const slot = event.target as HTMLSlotElement;
  return slot.assignedNodes({ flatten: true }).some((node) => node.textContent?.trim());
}
