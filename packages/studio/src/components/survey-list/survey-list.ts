import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { resolveText } from '@svara/schema';
import type { Me, StudioApi, SurveySummary, Unit } from '../../api/client.js';
import { hasAnyRole } from '../../api/client.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { stockholmToday, unitPath } from '../rounds/rounds.js';
import { styles } from './survey-list.styles.js';
import { problemText } from '../../api/problems.js';
import { uiLang } from '../../internal/ui-lang.js';

/** A survey's status in words: "Utkast", "Publicerad v2", "Omgång öppen till 2027-03-31", "Stängd". */
export function surveyStatus(survey: SurveySummary, today = stockholmToday()): string {
  if (survey.status === 'closed')
    return msg('Stängd', { id: 'studio.list.closed', desc: 'Survey status: closed to answers' });
  const open = survey.rounds.find(
    (r) => r.status === 'open' || (r.status === 'planned' && r.opens <= today && today <= r.closes),
  );
  if (open)
    return msg(str`Omgång öppen till ${open.closes}`, {
      id: 'studio.list.roundOpen',
      desc: 'Survey status. ${0}: last day of the open round',
    });
  if (survey.latestVersion)
    return survey.draft && survey.draft.revision > 0
      ? msg(str`Publicerad v${survey.latestVersion}, med utkast`, {
          id: 'studio.list.publishedDraft',
          desc: 'Survey status: published, with a newer draft. ${0}: version',
        })
      : msg(str`Publicerad v${survey.latestVersion}`, {
          id: 'studio.list.published',
          desc: 'Survey status. ${0}: version',
        });
  return msg('Utkast', { id: 'studio.list.draft', desc: 'Survey status: never published' });
}

/**
 * The surveys of the units the signed-in person works with, grouped by unit: each with its status (draft,
 * published version, a round open until when, closed) and how many have answered — counts only — and a link
 * to open it. "Ny enkät" for editors.
 *
 * @summary The list of surveys per unit.
 * @tag svara-studio-survey-list
 */
@localized()
export class SvaraStudioSurveyList extends LitElement {
  static override styles = [sharedStyles, styles];

  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) me?: Me;
  @property({ attribute: false }) units: readonly Unit[] = [];
  /** The list itself (examples); otherwise fetched through `api`. */
  @property({ attribute: false }) surveys?: SurveySummary[];
  @property() base = '/studio';

  @state() private error = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api && !this.surveys) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.surveys = await this.api!.surveys();
    } catch (error) {
      this.error = problemText(error);
    }
  }

  protected override render(): TemplateResult {
    const surveys = this.surveys;
    const groups = new Map<string | null, SurveySummary[]>();
    for (const survey of surveys ?? [])
      groups.set(survey.ownerUnit, [...(groups.get(survey.ownerUnit) ?? []), survey]);
    const unitName = (id: string | null) => {
      if (id === null)
        return msg('Hela organisationen', {
          id: 'studio.list.organisation',
          desc: 'Surveys that belong to no unit',
        });
      const unit = this.units.find((u) => u.id === id);
      return unit ? unitPath(unit, this.units) : id;
    };
    return html`<div class="stack">
      <div class="row head">
        <h1 tabindex="-1" data-page-heading>
          ${msg('Enkäter', { id: 'studio.list.heading', desc: 'Heading: the surveys' })}
        </h1>
        ${
          !this.me || hasAnyRole(this.me, 'editor')
            ? html`<a class="button primary" href=${`${this.base}/surveys/new`}
                >${msg('Ny enkät', { id: 'studio.list.new', desc: 'Link: create a survey' })}</a
              >`
            : nothing
        }
      </div>
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      ${surveys === undefined && !this.error ? html`<p role="status">${msg('Hämtar enkäterna …', { id: 'studio.list.loading', desc: 'Loading the list' })}</p>` : nothing}
      ${
        surveys?.length === 0
          ? html`<p>
              ${msg('Det finns inga enkäter för dina enheter än.', { id: 'studio.list.empty', desc: 'No surveys yet' })}
            </p>`
          : nothing
      }
      ${[...groups.entries()].map(
        ([unit, list]) =>
          html`<section aria-labelledby=${`unit-${unit ?? 'org'}`}>
            <h2 id=${`unit-${unit ?? 'org'}`}>${unitName(unit)}</h2>
            <ul class="surveys">
              ${list.map((survey) => {
                const title =
                  resolveText(
                    survey.title,
                    uiLang(),
                    typeof survey.title === 'string' ? uiLang() : (Object.keys(survey.title)[0] ?? 'sv'),
                  )?.text ?? survey.id;
                return html`<li>
                  <h3>
                    <a href=${`${this.base}/surveys/${encodeURIComponent(survey.id)}/edit`}>${title}</a>
                  </h3>
                  <p class="meta">
                    <span class="badge">${surveyStatus(survey)}</span>
                    <span
                      >${msg(str`${survey.responses} svar`, { id: 'studio.list.responses', desc: 'Responses so far. ${0}: count' })}</span
                    >
                    ${
                      survey.latestVersion
                        ? html`<a
                            href=${`${this.base}/surveys/${encodeURIComponent(survey.id)}/rounds`}
                            aria-label=${`${msg('Omgångar och länkar', { id: 'studio.list.rounds', desc: 'Link: the survey’s rounds' })}: ${title}`}
                            >${msg('Omgångar och länkar', { id: 'studio.list.rounds', desc: 'Link: the survey’s rounds' })}</a
                          >`
                        : nothing
                    }
                  </p>
                </li>`;
              })}
            </ul>
          </section>`,
      )}
    </div>`;
  }
}
