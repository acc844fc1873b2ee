import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import '@svara/elements/components/text/text.define';
import '@svara/elements/components/date/date.define';
import '@svara/elements/components/choice/choice.define';
import '@svara/elements/components/error-summary/error-summary.define';
import type { SvaraChoice, SvaraDate, SvaraText } from '@svara/elements';
import type { Me, Round, RoundCounts, RoundLink, StudioApi, Unit } from '../../api/client.js';
import { hasRole } from '../../api/client.js';
import { renderRoundList, roundListStyles } from '../../internal/round-list.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { renderTable } from '../../internal/table.js';
import { styles } from './rounds.styles.js';
import { problemText } from '../../api/problems.js';
import { uiLang } from '../../internal/ui-lang.js';
import { StudioCountsEvent } from '../../events.js';

/** How often the counts of an open round are fetched again while shown (ms). */
export const COUNTS_REFRESH_MS = 30_000;

/** A unit's name with its place in the tree: "Kungsholmen › Familjeenheten". */
export function unitPath(unit: Unit, units: readonly Unit[]): string {
  const byId = new Map(units.map((u) => [u.id, u]));
  const names: string[] = [];
  const seen = new Set<string>();
  for (
    let current: Unit | undefined = unit;
    current && !seen.has(current.id);
    current = current.parent ? byId.get(current.parent) : undefined
  ) {
    seen.add(current.id);
    names.unshift(current.name);
  }
  return names.join(' › ');
}

/** Today in Stockholm, as YYYY-MM-DD (rounds are Stockholm calendar days). */
export function stockholmToday(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * A survey's rounds (omgångar): open a round in chosen units with dates, then per unit its link, the embed
 * snippet for a city page and the QR poster (SVG, PDF), and — while the round runs — how many have answered and
 * the response rate per unit. Counts only: answers are never shown while a round is open (the staff are the
 * people who know who answered).
 *
 * @summary Rounds of a survey: open one, share its links, follow the counts.
 * @tag svara-studio-rounds
 *
 * @fires studio-counts - The counts were fetched (again) (StudioCountsEvent).
 */
@localized()
export class SvaraStudioRounds extends LitElement {
  static override styles = [sharedStyles, roundListStyles, tableStyles, styles];

  @property({ attribute: 'survey-id' }) surveyId = '';
  @property({ attribute: false }) api?: StudioApi;
  @property({ attribute: false }) me?: Me;
  @property({ attribute: false }) units: readonly Unit[] = [];
  /** The survey has a published version (a round needs one). */
  @property({ type: Boolean }) published = false;
  /** The clock the counts' "fetched at" time is read from (examples and tests pin it). */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private rounds: Round[] = [];
  @state() private selected?: string;
  @state() private links: RoundLink[] = [];
  @state() private counts?: RoundCounts;
  @state() private countsAt?: Date;
  @state() private error = '';
  @state() private status = '';
  @state() private chosenUnits: string[] = [];
  @state() private creating = false;

  private timer?: ReturnType<typeof setInterval>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('surveyId') || changed.has('api')) void this.loadRounds();
  }

  private async loadRounds(): Promise<void> {
    if (!this.api || !this.surveyId) return;
    try {
      this.rounds = await this.api.rounds(this.surveyId);
      const open = this.rounds.find((r) => r.status === 'open') ?? this.rounds.at(-1);
      if (open && !this.selected) await this.select(open.id);
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async select(id: string): Promise<void> {
    if (!this.api) return;
    this.selected = id;
    clearInterval(this.timer);
    try {
      [this.links, this.counts] = await Promise.all([this.api.links(id), this.api.counts(id)]);
      this.countsAt = this.now();
      this.dispatchEvent(new StudioCountsEvent());
      if (this.rounds.find((r) => r.id === id)?.status === 'open')
        this.timer = setInterval(() => void this.refreshCounts(), COUNTS_REFRESH_MS);
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async refreshCounts(): Promise<void> {
    if (!this.api || !this.selected) return;
    try {
      this.counts = await this.api.counts(this.selected);
      this.countsAt = this.now();
      this.dispatchEvent(new StudioCountsEvent());
    } catch {
      // The next refresh tries again; the counts shown say when they were fetched.
    }
  }

  private get publisherUnits(): Unit[] {
    return this.units.filter((unit) => !this.me || hasRole(this.me, 'publisher', unit.id, this.units));
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api) return;
    const form = event.target as HTMLFormElement;
    const name = (form.querySelector('[name="name"]') as SvaraText).value.trim();
    const opens = (form.querySelector('[name="opens"]') as SvaraDate).value;
    const closes = (form.querySelector('[name="closes"]') as SvaraDate).value;
    const units = this.chosenUnits.map((unitId) => {
      const raw = (form.querySelector(`[name="invited-${unitId}"]`) as SvaraText | null)?.value.trim() ?? '';
      return { unitId, invited: /^\d+$/.test(raw) ? Number(raw) : null };
    });
    this.creating = true;
    this.error = '';
    try {
      const round = await this.api.createRound(this.surveyId, { name, opens, closes, units });
      this.rounds = [...this.rounds, round];
      this.status = msg(str`Omgången ${round.name} är skapad.`, {
        id: 'studio.rounds.created',
        desc: 'After creating a round. ${0}: its name',
      });
      form.reset();
      this.chosenUnits = [];
      await this.select(round.id);
    } catch (error) {
      this.error = problemText(error);
    } finally {
      this.creating = false;
    }
  }

  private async closeRound(round: Round): Promise<void> {
    if (!this.api) return;
    if (
      !confirm(
        msg(str`Stänga omgången ${round.name} nu? Sena svar tas emot i 30 dagar.`, {
          id: 'studio.rounds.confirmClose',
          desc: 'Confirmation before closing a round. ${0}: its name',
        }),
      )
    )
      return;
    try {
      const closed = await this.api.closeRound(round.id);
      this.rounds = this.rounds.map((r) => (r.id === closed.id ? closed : r));
      this.status = msg(str`Omgången ${round.name} är stängd.`, {
        id: 'studio.rounds.closed',
        desc: 'After closing a round. ${0}: its name',
      });
    } catch (error) {
      this.error = problemText(error);
    }
  }

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = msg(str`${what} är kopierad.`, {
        id: 'studio.rounds.copied',
        desc: 'After copying. ${0}: what was copied',
      });
    } catch {
      this.status = msg('Kopieringen gick inte. Markera texten och kopiera den själv.', {
        id: 'studio.rounds.copyFailed',
        desc: 'Copying to the clipboard failed',
      });
    }
  }

  protected override render(): TemplateResult {
    if (!this.published)
      return html`<p>
        ${msg('Publicera enkäten först. Sedan kan du öppna en omgång i en eller flera enheter.', {
          id: 'studio.rounds.unpublished',
          desc: 'A round needs a published survey',
        })}
      </p>`;
    const round = this.rounds.find((r) => r.id === this.selected);
    return html`
      <div class="visually-hidden" role="status">${this.status}</div>
      ${
        this.error
          ? html`<div class="error" role="alert">
              <span aria-hidden="true">!</span>
              <p>${this.error}</p>
            </div>`
          : nothing
      }
      <section aria-labelledby="rounds-heading" class="stack">
        <h2 id="rounds-heading">
          ${msg('Omgångar', { id: 'studio.rounds.heading', desc: 'Heading: the survey’s rounds' })}
        </h2>
        ${
          this.rounds.length === 0
            ? html`<p>${msg('Inga omgångar än.', { id: 'studio.rounds.none', desc: 'No rounds yet' })}</p>`
            : renderRoundList(
                this.rounds,
                this.selected,
                (id) => void this.select(id),
                (status) => this.statusName(status),
              )
        }
      </section>
      ${round ? this.renderRound(round) : nothing} ${this.renderCreate()}
    `;
  }

  private statusName(status: Round['status']): string {
    switch (status) {
      case 'planned':
        return msg('Planerad', { id: 'studio.rounds.planned', desc: 'Round status: not open yet' });
      case 'open':
        return msg('Öppen', { id: 'studio.rounds.open', desc: 'Round status: open' });
      case 'closed':
        return msg('Stängd', { id: 'studio.rounds.closedStatus', desc: 'Round status: closed' });
      case 'published':
        return msg('Resultat publicerade', {
          id: 'studio.rounds.publishedStatus',
          desc: 'Round status: results published',
        });
    }
  }

  private renderRound(round: Round): TemplateResult {
    const counts = this.counts;
    const unitName = (id: string) => {
      const unit = this.units.find((u) => u.id === id);
      return unit ? unitPath(unit, this.units) : (counts?.units.find((u) => u.unitId === id)?.name ?? id);
    };
    const percent = new Intl.NumberFormat(uiLang(), {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return html`<section aria-labelledby="round-heading" class="stack">
      <h2 id="round-heading">${round.name}</h2>
      <p>
        ${msg(str`${round.opens} till och med ${round.closes}.`, { id: 'studio.rounds.period', desc: 'A round’s dates. ${0}: opens; ${1}: closes' })}
        ${this.statusName(round.status)}.
      </p>
      ${
        counts
          ? html`${renderTable({
                id: 'counts-caption',
                caption: html`${msg('Svar per enhet', { id: 'studio.rounds.countsCaption', desc: 'Caption: responses per unit' })}
                  <span class="muted"
                    >${this.countsAt ? msg(str`(hämtat ${this.countsAt.toLocaleTimeString(uiLang(), { hour: '2-digit', minute: '2-digit' })})`, { id: 'studio.rounds.fetchedAt', desc: 'When the counts were fetched. ${0}: time' }) : nothing}</span
                  >`,
                columns: [
                  msg('Enhet', { id: 'studio.rounds.unit', desc: 'Column: unit' }),
                  msg('Svar', { id: 'studio.rounds.responses', desc: 'Column: responses' }),
                  msg('Tillfrågade', { id: 'studio.rounds.invited', desc: 'Column: how many were asked' }),
                  msg('Svarsfrekvens', { id: 'studio.rounds.rate', desc: 'Column: response rate' }),
                ],
                rows: counts.units.map(
                  (u) =>
                    html`<tr>
                      <th scope="row">${unitName(u.unitId)}</th>
                      <td>${u.responses}</td>
                      <td>${u.invited ?? '–'}</td>
                      <td>
                        ${u.responseRate === null || u.responseRate === undefined ? '–' : percent.format(u.responseRate)}
                      </td>
                    </tr>`,
                ),
                foot: html`<tr>
                  <th scope="row">${msg('Totalt', { id: 'studio.rounds.total', desc: 'Row: all units' })}</th>
                  <td>${counts.total.responses}</td>
                  <td>${counts.total.invited ?? '–'}</td>
                  <td>
                    ${counts.total.responseRate === null ? '–' : percent.format(counts.total.responseRate)}
                  </td>
                </tr>`,
              })}
              <button type="button" @click=${this.refreshCounts}>
                ${msg('Hämta antalen igen', { id: 'studio.rounds.refresh', desc: 'Button: fetch the counts again' })}
              </button>
              <p class="muted">
                ${msg(
                  'Bara antal visas medan omgången pågår. Svaren visas först när resultaten publiceras, och aldrig för färre än 5 svar.',
                  {
                    id: 'studio.rounds.countsOnly',
                    desc: 'Why only counts are shown',
                  },
                )}
              </p>`
          : nothing
      }
      <h3>
        ${msg('Länkar, kod för webbsidan och affisch', { id: 'studio.rounds.linksHeading', desc: 'Heading: links, embed code and posters per unit' })}
      </h3>
      <ul class="links">
        ${this.links.map((link) => {
          const name = unitName(link.unitId);
          return html`<li>
            <h4>${name}</h4>
            <p><a class="target" href=${link.url}>${link.url}</a></p>
            <div class="row">
              <button
                type="button"
                @click=${() => this.copy(link.url, msg(str`Länken till ${name}`, { id: 'studio.rounds.theLink', desc: 'What was copied: the link. ${0}: unit' }))}
                aria-label=${`${msg('Kopiera länken', { id: 'studio.rounds.copyLink', desc: 'Button: copy the unit’s link' })}: ${name}`}
              >
                ${msg('Kopiera länken', { id: 'studio.rounds.copyLink', desc: 'Button: copy the unit’s link' })}
              </button>
              <button
                type="button"
                @click=${() => this.copy(link.embed, msg(str`Koden för ${name}`, { id: 'studio.rounds.theEmbed', desc: 'What was copied: the embed code. ${0}: unit' }))}
                aria-label=${`${msg('Kopiera kod för webbsidan', { id: 'studio.rounds.copyEmbed', desc: 'Button: copy the embed snippet' })}: ${name}`}
              >
                ${msg('Kopiera kod för webbsidan', { id: 'studio.rounds.copyEmbed', desc: 'Button: copy the embed snippet' })}
              </button>
              <a
                class="button"
                href=${link.poster?.pdf ?? this.api!.posterUrl(round.id, link.unitId, 'pdf')}
                download
                aria-label=${`${msg('Affisch med QR-kod (PDF)', { id: 'studio.rounds.posterPdf', desc: 'Link: the QR poster as PDF' })}: ${name}`}
              >
                ${msg('Affisch med QR-kod (PDF)', { id: 'studio.rounds.posterPdf', desc: 'Link: the QR poster as PDF' })}
              </a>
              <a
                class="button"
                href=${link.poster?.svg ?? this.api!.posterUrl(round.id, link.unitId, 'svg')}
                download
                aria-label=${`${msg('Affisch (SVG)', { id: 'studio.rounds.posterSvg', desc: 'Link: the QR poster as SVG' })}: ${name}`}
              >
                ${msg('Affisch (SVG)', { id: 'studio.rounds.posterSvg', desc: 'Link: the QR poster as SVG' })}
              </a>
            </div>
            <label class="embed">
              <span
                >${msg('Kod för webbsidan', { id: 'studio.rounds.embedLabel', desc: 'Label: the embed snippet' })}<span
                  class="visually-hidden"
                  >: ${name}</span
                ></span
              >
              <textarea readonly rows="3" spellcheck="false">${link.embed}</textarea>
            </label>
          </li>`;
        })}
      </ul>
      ${
        round.status === 'open' && this.canPublishAll(round)
          ? html`<button type="button" class="danger" @click=${() => this.closeRound(round)}>
              ${msg('Stäng omgången nu', { id: 'studio.rounds.close', desc: 'Button: close the round now' })}
            </button>`
          : nothing
      }
    </section>`;
  }

  private canPublishAll(round: Round): boolean {
    return !this.me || round.units.every((u) => hasRole(this.me, 'publisher', u.unitId, this.units));
  }

  private renderCreate(): TemplateResult {
    const units = this.publisherUnits;
    const today = stockholmToday();
    return html`<section aria-labelledby="new-round" class="stack">
      <h2 id="new-round">
        ${msg('Öppna en ny omgång', { id: 'studio.rounds.new', desc: 'Heading: open a new round' })}
      </h2>
      <form class="stack" novalidate @submit=${this.create}>
        <svara-error-summary></svara-error-summary>
        <svara-text
          name="name"
          required
          label=${msg('Namn på omgången', { id: 'studio.rounds.name', desc: 'Label: the round’s name' })}
          hint=${msg('Till exempel Våren 2027.', { id: 'studio.rounds.nameHint', desc: 'Hint: the round’s name' })}
        ></svara-text>
        <div class="pair">
          <svara-date
            name="opens"
            required
            min=${today}
            label=${msg('Öppnar', { id: 'studio.rounds.opens', desc: 'Label: first day of the round' })}
          ></svara-date>
          <svara-date
            name="closes"
            required
            min=${today}
            label=${msg('Stänger (sista dagen)', { id: 'studio.rounds.closes', desc: 'Label: last day of the round' })}
          ></svara-date>
        </div>
        <svara-choice
          name="units"
          multiple
          required
          label=${msg('Enheter', { id: 'studio.rounds.units', desc: 'Legend: the units the round runs in' })}
          hint=${msg('Varje enhet får en egen länk och QR-kod.', { id: 'studio.rounds.unitsHint', desc: 'Hint: each unit gets its own link' })}
          .options=${units.map((u) => ({ value: u.id, label: unitPath(u, this.units) }))}
          @change=${(e: Event) => (this.chosenUnits = (e.target as SvaraChoice).values)}
        ></svara-choice>
        ${this.chosenUnits.map((id) => {
          const unit = this.units.find((u) => u.id === id);
          return html`<svara-text
            name=${`invited-${id}`}
            inputmode="numeric"
            label=${msg(str`Antal tillfrågade i ${unit ? unit.name : id} (frivilligt)`, { id: 'studio.rounds.invitedLabel', desc: 'Label: how many were asked in a unit. ${0}: unit' })}
            hint=${msg('För svarsfrekvensen.', { id: 'studio.rounds.invitedHint', desc: 'Hint: what the number is for' })}
          ></svara-text>`;
        })}
        <div>
          <button type="submit" class="primary" ?disabled=${this.creating}>
            ${msg('Öppna omgången', { id: 'studio.rounds.create', desc: 'Button: create the round' })}
          </button>
        </div>
      </form>
    </section>`;
  }
}
