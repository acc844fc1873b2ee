import { LitElement, html } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { ARASAAC_ATTRIBUTION } from '../../arasaac.js';
import { styles } from './pictogram-attribution.styles.js';

/**
 * The attribution the ARASAAC licence (CC BY-NC-SA 4.0) requires wherever its pictograms are shown: author
 * Sergio Palao, origin ARASAAC, the licence, owner the Government of Aragón. A native disclosure
 * (`<details>`): one Tab stop, opened with Enter or Space, in the survey's language (svara's active locale).
 *
 * `<svara-scale>` and `<svara-choice>` render one under the question whenever an ARASAAC pictogram is on
 * screen; a page that shows ARASAAC pictograms another way renders it itself, once.
 *
 * Its links are ordinary links: nothing is fetched from arasaac.org unless the user follows one.
 *
 * @summary The required ARASAAC attribution, as a keyboard-reachable disclosure in the survey's language.
 * @tag svara-pictogram-attribution
 *
 * @csspart details - The `<details>` disclosure.
 * @csspart summary - Its `<summary>` ("Om bilderna").
 * @csspart text - The attribution itself.
 *
 * @cssprop --svara-color-text - Text colour.
 * @cssprop --svara-color-link - Link colour.
 * @cssprop --svara-focus-color - Focus outline colour (keep ≥ 3:1 against the background).
 * @cssprop --svara-focus-width - Focus outline width (at least 2px; default 3px).
 */
@localized()
export class SvaraPictogramAttribution extends LitElement {
  static override styles = styles;

  /** Open the disclosure at first. */
  @property({ type: Boolean, reflect: true }) open = false;

  private handleToggle(event: Event): void {
    this.open = (event.target as HTMLDetailsElement).open;
  }

  protected override render(): TemplateResult {
    const a = ARASAAC_ATTRIBUTION;
    return html`<details part="details" ?open=${this.open} @toggle=${this.handleToggle}>
      <summary part="summary">
        ${msg('Om bilderna', {
          id: 'pictograms.attribution.summary',
          desc: 'Opens who made the pictograms (ARASAAC) and under which licence; a short button-like label',
        })}
      </summary>
      <dl part="text" class="text">
        <dt>
          ${msg('Bilderna är gjorda av', { id: 'pictograms.attribution.author', desc: 'Label before the name of the artist of the ARASAAC pictograms (Sergio Palao)' })}
        </dt>
        <dd><span lang="es" dir="ltr">${a.author}</span></dd>
        <dt>
          ${msg('Bilderna kommer från', { id: 'pictograms.attribution.origin', desc: 'Label before the name of the pictogram collection (ARASAAC) and its web address' })}
        </dt>
        <dd><a href=${a.originUrl} lang="es" dir="ltr">${a.origin}</a></dd>
        <dt>
          ${msg('Licens', { id: 'pictograms.attribution.licence', desc: 'Label before the name of the licence of the pictograms (CC BY-NC-SA 4.0)' })}
        </dt>
        <!-- Names in other languages keep their own direction in an Arabic page ("CC BY-NC-SA 4.0"). -->
        <dd><a href=${a.licenceUrl} lang="en" dir="ltr">${a.licence}</a></dd>
        <dt>
          ${msg('Ägare', { id: 'pictograms.attribution.owner', desc: 'Label before who owns the ARASAAC pictograms' })}
        </dt>
        <dd>
          ${msg('Aragoniens regering (Spanien)', { id: 'pictograms.attribution.ownerName', desc: 'The owner of the ARASAAC pictograms: Gobierno de Aragón, the government of the Spanish region Aragon' })}
        </dd>
      </dl>
    </details>`;
  }
}
