import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { scalePresetNames, scalePresets } from '@svara/schema';
import type { Audience, Scale, ScalePresetName } from '@svara/schema';
import '@svara/pictograms/define';
import { getLocale } from '@svara/elements/localization';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './scale-picker.styles.js';

/** What the picker chooses: a preset by name, your own options, or numbers. */
export type ScaleKind = ScalePresetName | 'custom' | 'numeric';

/** The kind of a scale as written in a definition. */
export function scaleKind(scale: Scale | undefined): ScaleKind | undefined {
  if (scale === undefined) return undefined;
  if (typeof scale === 'string') return scale;
  return 'options' in scale ? 'custom' : 'numeric';
}

const FACES: ReadonlySet<string> = new Set(['smiley-5', 'smiley-3']);

/**
 * Chooses a question's scale: each preset shown as the respondent gets it — its faces or pictures and its
 * words ("Mycket ledsen, Ledsen, Mittemellan, Glad, Mycket glad") — or your own answer options, or numbers.
 * A radio group of native radios (arrow keys move and choose); each radio is named by the scale's words, the
 * pictures are decorative. For children and AAC users the face scales come first.
 *
 * @summary Chooses a rating scale, showing its faces and words.
 * @tag svara-studio-scale-picker
 *
 * @csspart fieldset - The radio group.
 * @csspart option - Each scale.
 *
 * @fires change - Another kind was chosen; read `value` (bubbles, composed).
 */
@localized()
export class SvaraStudioScalePicker extends LitElement {
  static override styles = [sharedStyles, styles];
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };

  /** The chosen kind: a preset's name, `custom` or `numeric`. */
  @property() value?: ScaleKind;

  /** The survey's audience: face scales first for children and AAC users. */
  @property() audience: Audience = 'general';

  /** The legend (default "Skala"). */
  @property() label = '';

  /** The radios' group name (unique per question). */
  @property() name = 'scale';

  private get order(): ScaleKind[] {
    const presets = [...scalePresetNames];
    const easy = this.audience !== 'general';
    const sorted = easy
      ? [...presets.filter((p) => FACES.has(p)), ...presets.filter((p) => !FACES.has(p))]
      : presets;
    return [...sorted, 'custom', 'numeric'];
  }

  private choose(kind: ScaleKind): void {
    this.value = kind;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  protected override render(): TemplateResult {
    const lang = getLocale() === 'en' ? 'en' : 'sv';
    return html`<fieldset part="fieldset">
      <legend>
        ${this.label || msg('Skala', { id: 'studio.scale.legend', desc: 'Legend of the scale picker' })}
      </legend>
      <div class="options">
        ${this.order.map((kind) => {
          const checked = kind === this.value;
          return html`<label part="option" class="option ${checked ? 'checked' : ''}">
            <input
              type="radio"
              name=${this.name}
              .value=${kind}
              .checked=${checked}
              @change=${() => this.choose(kind)}
            />
            <span class="body">${this.renderKind(kind, lang)}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderKind(kind: ScaleKind, lang: 'sv' | 'en'): TemplateResult {
    if (kind === 'custom')
      return html`<span class="words"
          >${msg('Egna svarsalternativ', { id: 'studio.scale.custom', desc: 'A scale with options the author writes' })}</span
        >
        <span class="note"
          >${msg('Du skriver orden, och väljer bilder om du vill.', {
            id: 'studio.scale.customHint',
            desc: 'What choosing your own options means',
          })}</span
        >`;
    if (kind === 'numeric')
      return html`<span class="words"
          >${msg('Siffror, till exempel 1 till 5', { id: 'studio.scale.numeric', desc: 'A numeric scale' })}</span
        >
        <span class="note"
          >${msg('Passar inte barn.', { id: 'studio.scale.numericHint', desc: 'Numbers are not for children' })}</span
        >`;
    const preset = scalePresets[kind];
    const pictures = preset.options.filter((o) => o.pictogram);
    return html`${
        pictures.length === preset.options.length
          ? html`<span class="pictures" aria-hidden="true">
              ${preset.options.map((o) => html`<svara-pictogram builtin=${o.pictogram!} decorative></svara-pictogram>`)}
            </span>`
          : nothing
      }
      <span class="words">${preset.options.map((o) => o.label[lang]).join(', ')}</span>
      ${FACES.has(kind) ? html`<span class="note">${msg('Ansikten', { id: 'studio.scale.faces', desc: 'Marks a face scale' })}</span>` : nothing}`;
  }
}
