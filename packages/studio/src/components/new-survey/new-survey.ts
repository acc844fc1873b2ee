import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { audiences } from '@svara/schema';
import type { Audience } from '@svara/schema';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/choice/choice.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraChoice, SvaraText } from '@svara/elements';
import type { Me, StudioApi, Unit } from '../../api/client.js';
import { ApiError, hasRole } from '../../api/client.js';
import { StudioNavigateEvent } from '../../events.js';
import { audienceHint, audienceLabel } from '../../labels.js';
import type { Draft } from '../../model/draft.js';
import { slugify } from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { unitPath } from '../rounds/rounds.js';
import { styles } from './new-survey.styles.js';
import { problemText } from '../../api/problems.js';

/** The first draft of a new survey: its id, title and audience, and one question of the kind the audience needs. */
export function firstDraft(id: string, title: string, audience: Audience): Draft {
  const easy = audience !== 'general';
  return {
    id,
    version: 1,
    lang: 'sv',
    ...(audience === 'general' ? {} : { audience }),
    title,
    privacy: { anonymous: true },
    questions: [{ id: 'fraga-1', type: 'scale', text: '', scale: easy ? 'smiley-5' : 'yes-partly-no' }],
  };
}

/**
 * Starts a survey: its title, the unit it belongs to (which decides who may edit and publish it), its audience,
 * and the id it keeps in addresses and exports (made from the title, changeable until it is created).
 *
 * @summary Creates a new survey draft.
 * @tag svara-studio-new-survey
 *
 * @fires studio-navigate - Created: go to its editor (StudioNavigateEvent).
 */
@localized()
export class SvaraStudioNewSurvey extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) me?: Me;
  @property({ attribute: false }) units: readonly Unit[] = [];
  @property() base = '/studio';

  @state() private surveyId = '';
  @state() private idTouched = false;
  @state() private error = '';

  private get editorUnits(): Unit[] {
    return this.units.filter((unit) => !this.me || hasRole(this.me, 'editor', unit.id, this.units));
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const title = (form.querySelector('[name="title"]') as SvaraText).value.trim();
    const audience = ((form.querySelector('[name="audience"]') as SvaraChoice).value ||
      'general') as Audience;
    const unit = (form.querySelector('[name="unit"]') as HTMLSelectElement).value || null;
    const id = this.surveyId || slugify(title);
    try {
      await this.api.createSurvey(id, unit, firstDraft(id, title, audience));
      this.dispatchEvent(new StudioNavigateEvent(`${this.base}/surveys/${encodeURIComponent(id)}/edit`));
    } catch (error) {
      this.error =
        error instanceof ApiError && error.status === 409
          ? msg('Det finns redan en enkät med det id:t. Välj ett annat.', {
              id: 'studio.new.taken',
              desc: 'Error: the id is taken',
            })
          : problemText(error);
    }
  }

  protected override render(): TemplateResult {
    const units = this.editorUnits;
    return html`<div class="stack">
      <h1 tabindex="-1" data-page-heading>
        ${msg('Ny enkät', { id: 'studio.new.heading', desc: 'Heading: create a survey' })}
      </h1>
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <form class="stack" @submit=${this.create}>
        <svara-error-summary></svara-error-summary>
        <svara-text
          name="title"
          required
          label=${msg('Rubrik', { id: 'studio.new.title', desc: 'Label: the survey title' })}
          hint=${msg('Som den som svarar ser den. Du kan ändra den sedan.', { id: 'studio.new.titleHint', desc: 'Hint: the title' })}
          @input=${(e: Event) => {
            if (!this.idTouched) this.surveyId = slugify((e.target as SvaraText).value);
          }}
        ></svara-text>
        <div class="field">
          <label for="unit"
            >${msg('Enhet', { id: 'studio.new.unit', desc: 'Label: the unit the survey belongs to' })}</label
          >
          <span id="unit-hint" class="muted"
            >${msg('Bestämmer vem som får skriva och publicera enkäten.', { id: 'studio.new.unitHint', desc: 'Hint: the unit' })}</span
          >
          <select id="unit" name="unit" aria-describedby="unit-hint">
            ${units.map((u) => html`<option value=${u.id}>${unitPath(u, this.units)}</option>`)}
          </select>
        </div>
        <svara-choice
          name="audience"
          required
          value="general"
          label=${msg('Målgrupp', { id: 'studio.new.audience', desc: 'Legend: the audience' })}
          .options=${audiences.map((a) => ({ value: a, label: audienceLabel(a), hint: audienceHint(a) }))}
        ></svara-choice>
        <div class="field">
          <label for="id">${msg('Id', { id: 'studio.new.id', desc: 'Label: the survey id' })}</label>
          <span id="id-hint" class="muted"
            >${msg(
              'Syns i länkar och exporter. Små bokstäver a–z, siffror och bindestreck. Görs av rubriken.',
              {
                id: 'studio.new.idHint',
                desc: 'Hint: the id',
              },
            )}</span
          >
          <input
            id="id"
            name="id"
            type="text"
            spellcheck="false"
            autocomplete="off"
            pattern="[a-z0-9][a-z0-9_-]{0,63}"
            aria-describedby="id-hint"
            .value=${this.surveyId}
            @input=${(e: Event) => {
              this.idTouched = true;
              this.surveyId = (e.target as HTMLInputElement).value.trim();
            }}
          />
        </div>
        <div>
          <button type="submit" class="primary">
            ${msg('Skapa enkäten', { id: 'studio.new.create', desc: 'Button: create the survey' })}
          </button>
        </div>
      </form>
    </div>`;
  }
}
