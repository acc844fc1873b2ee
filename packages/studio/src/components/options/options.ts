import { LitElement, html } from 'lit';
import type { TemplateResult, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { formatPath } from '@svara/schema';
import type { Audience, Pictogram } from '@svara/schema';
import { StudioEditEvent } from '../../events.js';
import { findingListStyles, renderFindings } from '../../internal/finding-list.js';
import { words } from '../../labels.js';
import type { Finding } from '../../model/check.js';
import { findingsAt } from '../../model/check.js';
import type { Draft, Path } from '../../model/draft.js';
import {
  addOption,
  followText,
  getIn,
  mainLanguage,
  moveOption,
  removeOption,
  setIn,
  setText,
  textIn,
} from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import '../text-field/text-field.define.js';
import '../pictogram-picker/pictogram-picker.define.js';
import type { SvaraStudioPictogramPicker } from '../pictogram-picker/pictogram-picker.js';
import { styles } from './options.styles.js';

type Entry = Record<string, unknown>;

/**
 * The answer options of a question (or the statements of a scale group), as a numbered list: each with its
 * words, a plain-language variant, its stored value and a picture. Add, move up, move down and remove with
 * buttons — no drag and drop; every change is one step in the survey's undo history, and focus stays with the
 * option (or goes to the next one after a removal).
 *
 * The stored value is made from the words while the option is new; a value published before is kept as it is,
 * because changing it would make the answers incomparable.
 *
 * @summary Edits a list of answer options or statements.
 * @tag svara-studio-options
 *
 * @csspart option - Each option's box.
 *
 * @fires studio-edit - An option was added, changed, moved or removed (StudioEditEvent).
 */
@localized()
export class SvaraStudioOptions extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  /** Where the list is: `['questions', 2, 'options']`, `[…, 'scale', 'options']` or `[…, 'items']`. */
  @property({ attribute: false }) path: Path = [];

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** The survey's audience (LIX limit, pictures for AAC). */
  @property() audience: Audience = 'general';

  /** Values (or statement ids) published before: never changed by editing the words. */
  @property({ attribute: false }) frozen: ReadonlySet<string> = new Set();

  /** The question's number, for names such as "Fråga 3, svarsalternativ 2". */
  @property({ type: Number }) question = 1;

  private get isItems(): boolean {
    return this.path.at(-1) === 'items';
  }

  private get key(): 'id' | 'value' {
    return this.isItems ? 'id' : 'value';
  }

  private get list(): Entry[] {
    const list = getIn(this.draft, this.path);
    return Array.isArray(list) ? (list as Entry[]) : [];
  }

  private noun(n: number): string {
    return this.isItems
      ? msg(str`Påstående ${n}`, {
          id: 'studio.options.item',
          desc: 'A statement of a scale group. ${0}: its number',
        })
      : msg(str`Svarsalternativ ${n}`, {
          id: 'studio.options.option',
          desc: 'An answer option. ${0}: its number',
        });
  }

  private edit(draft: Draft, label: string, announcement?: string, focus?: string): void {
    this.dispatchEvent(
      new StudioEditEvent(draft, label, undefined, announcement, focus ? { target: focus } : undefined),
    );
  }

  private add(): void {
    const next = addOption(this.draft, this.path);
    const n = this.list.length + 1;
    this.edit(
      next,
      msg(str`Lägg till ${this.noun(n).toLocaleLowerCase()}`, {
        id: 'studio.options.addLabel',
        desc: 'Undo step. ${0}: "svarsalternativ 3"',
      }),
      msg(str`${this.noun(n)} har lagts till.`, {
        id: 'studio.options.added',
        desc: 'Said after adding. ${0}: "Svarsalternativ 3"',
      }),
      formatPath([...this.path, n - 1, 'text']),
    );
  }

  private move(position: number, step: -1 | 1): void {
    const next = moveOption(this.draft, this.path, position, step);
    if (!next) return;
    const from = position + 1;
    const to = position + 1 + step;
    this.edit(
      next,
      msg(str`Flytta ${this.noun(from).toLocaleLowerCase()}`, {
        id: 'studio.options.moveLabel',
        desc: 'Undo step. ${0}: "svarsalternativ 2"',
      }),
      msg(str`${this.noun(from)} är nu nummer ${to}.`, {
        id: 'studio.options.moved',
        desc: 'Said after moving. ${0}: "Svarsalternativ 2"; ${1}: its new number',
      }),
      `${formatPath([...this.path, position + step])}:${step < 0 ? 'up' : 'down'}`,
    );
  }

  private removeEntry(position: number): void {
    const next = removeOption(this.draft, this.path, position);
    const remaining = this.list.length - 1;
    const focus =
      remaining === 0
        ? `${formatPath(this.path)}:add`
        : formatPath([...this.path, Math.min(position, remaining - 1), 'text']);
    this.edit(
      next,
      msg(str`Ta bort ${this.noun(position + 1).toLocaleLowerCase()}`, {
        id: 'studio.options.removeLabel',
        desc: 'Undo step. ${0}: "svarsalternativ 2"',
      }),
      msg(str`${this.noun(position + 1)} har tagits bort. Ångra med knappen Ångra.`, {
        id: 'studio.options.removed',
        desc: 'Said after removing. ${0}: "Svarsalternativ 2"',
      }),
      focus,
    );
  }

  /** Typing the words: the value follows while it is generated and not published. */
  private applyText(position: number): (draft: Draft, value: string) => Draft {
    return (draft, value) => {
      const path = [...this.path, position];
      const lang = mainLanguage(draft);
      const old = textIn(draft, [...path, 'text'], lang);
      let next = setText(draft, [...path, 'text'], lang, value);
      const current = String(getIn(draft, [...path, this.key]) ?? '');
      const taken = new Set(this.list.map((entry) => String(entry[this.key])));
      const followed =
        typeof getIn(draft, [...path, this.key]) === 'number'
          ? current
          : followText(current, old, value, taken, this.frozen);
      if (followed !== current) next = setIn(next, [...path, this.key], followed);
      return next;
    };
  }

  private setValue(position: number, raw: string): void {
    const path = [...this.path, position, this.key];
    const value = /^-?\d+$/.test(raw.trim()) && !this.isItems ? Number(raw.trim()) : raw.trim();
    this.dispatchEvent(
      new StudioEditEvent(
        setIn(this.draft, path, value),
        msg('Ändra värde', { id: 'studio.options.valueLabel', desc: 'Undo step: the stored value changed' }),
        `value:${formatPath(path)}`,
      ),
    );
  }

  private setPictogram(position: number, event: Event): void {
    const picker = event.target as SvaraStudioPictogramPicker;
    const path = [...this.path, position, 'pictogram'];
    this.edit(setIn(this.draft, path, picker.value as Pictogram | undefined), words.changePicture());
  }

  protected override render(): TemplateResult {
    const list = this.list;
    const own = findingsAt(this.findings, formatPath(this.path));
    return html`
      ${renderFindings(own)}
      <ol class="list">
        ${repeat(
          list,
          (_entry, i) => i,
          (entry, i) => this.renderEntry(entry, i, list.length),
        )}
      </ol>
      <button type="button" data-focus=${`${formatPath(this.path)}:add`} @click=${this.add}>
        ${
          this.isItems
            ? msg('Lägg till påstående', { id: 'studio.options.addItem', desc: 'Button: add a statement' })
            : msg('Lägg till svarsalternativ', {
                id: 'studio.options.add',
                desc: 'Button: add an answer option',
              })
        }
      </button>
    `;
  }

  private renderEntry(entry: Entry, i: number, count: number): TemplateResult {
    const path = [...this.path, i];
    const name = this.noun(i + 1);
    const value = String(entry[this.key] ?? '');
    const published = this.frozen.has(value);
    return html`<li part="option" class="option">
      <fieldset>
        <legend>${name}</legend>
        <div class="texts">
          <svara-studio-text-field
            label=${this.isItems ? msg('Påståendet', { id: 'studio.options.itemText', desc: 'Label: the statement’s words' }) : msg('Ord', { id: 'studio.options.text', desc: 'Label: the option’s words' })}
            edit-label=${msg(str`Ändra ${name.toLocaleLowerCase()}`, { id: 'studio.options.textLabel', desc: 'Undo step. ${0}: "svarsalternativ 2"' })}
            data-focus=${formatPath([...path, 'text'])}
            .draft=${this.draft}
            .path=${[...path, 'text']}
            .findings=${this.findings}
            .apply=${this.applyText(i)}
            ?measure=${this.isItems}
            audience=${this.audience}
          ></svara-studio-text-field>
          <svara-studio-text-field
            label=${words.plainVariant()}
            optional
            .draft=${this.draft}
            .path=${[...path, 'plain', 'text']}
            .findings=${this.findings}
            audience=${this.audience}
          ></svara-studio-text-field>
        </div>
        <label class="value">
          <span
            >${this.isItems ? msg('Id', { id: 'studio.options.id', desc: 'Label: a statement’s id' }) : msg('Värde i svaren', { id: 'studio.options.value', desc: 'Label: the value stored in the answers' })}</span
          >
          <span class="muted"
            >${
              published
                ? msg('Publicerat – ändras inte, så att svaren går att jämföra.', {
                    id: 'studio.options.valuePublished',
                    desc: 'Hint: the value was published and is locked',
                  })
                : msg('Sparas i svaren och i exporten. Görs av orden tills du ändrar det.', {
                    id: 'studio.options.valueHint',
                    desc: 'Hint under the stored value',
                  })
            }</span
          >
          <input
            type="text"
            spellcheck="false"
            .value=${value}
            ?readonly=${published}
            @change=${(event: Event) => this.setValue(i, (event.target as HTMLInputElement).value)}
          />
        </label>
        <svara-studio-pictogram-picker
          label=${msg(str`Bild till ${name.toLocaleLowerCase()}`, { id: 'studio.options.picture', desc: 'Label of a picture. ${0}: "svarsalternativ 2"' })}
          focus-key=${formatPath([...path, 'pictogram'])}
          .value=${entry['pictogram'] as Pictogram | undefined}
          @change=${(event: Event) => this.setPictogram(i, event)}
        ></svara-studio-pictogram-picker>
        ${this.renderPictureFindings(path)}
        <div class="row actions">
          <button
            type="button"
            data-focus=${`${formatPath(path)}:up`}
            ?disabled=${i === 0}
            @click=${() => this.move(i, -1)}
            aria-label=${`${words.moveUp()}: ${name}`}
          >
            ${words.moveUp()}
          </button>
          <button
            type="button"
            data-focus=${`${formatPath(path)}:down`}
            ?disabled=${i === count - 1}
            @click=${() => this.move(i, 1)}
            aria-label=${`${words.moveDown()}: ${name}`}
          >
            ${words.moveDown()}
          </button>
          <button
            type="button"
            class="danger"
            @click=${() => this.removeEntry(i)}
            aria-label=${`${words.remove()}: ${name}`}
          >
            ${words.remove()}
          </button>
        </div>
      </fieldset>
    </li>`;
  }

  private renderPictureFindings(path: (string | number)[]): TemplateResult | typeof nothing {
    const at = formatPath([...path, 'pictogram']);
    return renderFindings(this.findings.filter((f) => f.path === at || f.path.startsWith(`${at}.`)));
  }
}
