import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StudioEditEvent, StudioRevealEvent } from '../../events.js';
import { findingListStyles, findingPrefix } from '../../internal/finding-list.js';
import { findingText, pathLabel, words } from '../../labels.js';
import type { Finding } from '../../model/check.js';
import type { Draft } from '../../model/draft.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { styles } from './json-view.styles.js';

/** How long after the last key the JSON is read (ms). */
export const JSON_DELAY_MS = 500;

/** Where a JSON syntax error is, from the parser's message: line and column from 1. */
export function syntaxErrorAt(text: string, error: unknown): { line: number; column: number } | undefined {
  const message = String((error as Error)?.message ?? '');
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: lines.at(-1)!.length + 1 };
}

/**
 * The same survey as JSON, for those who prefer it: the definition as it is stored, editable, in step with the
 * form both ways. Text that is not JSON yet changes nothing and says where the problem is (line and column);
 * JSON that is not a valid survey is taken, and its problems are listed with where they are in the form. The
 * survey's JSON Schema can be downloaded for an editor's completion.
 *
 * @summary The survey definition as editable JSON.
 * @tag svara-studio-json-view
 *
 * @csspart editor - The text area.
 *
 * @fires studio-edit - The JSON was changed into another definition (StudioEditEvent).
 * @fires studio-reveal - The author asked to see a problem in the form (StudioRevealEvent).
 */
@localized()
export class SvaraStudioJsonView extends LitElement {
  static override styles = [sharedStyles, findingListStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  /** Every finding of the draft. */
  @property({ attribute: false }) findings: readonly Finding[] = [];

  /** Where the JSON Schema is. */
  @property({ attribute: 'schema-url' }) schemaUrl = '/studio/survey.schema.json';

  @state() private text = '';
  @state() private syntax = '';

  /** The draft the text was last made from or read into: an outside change replaces the text. */
  private shownDraft?: Draft;
  private timer?: ReturnType<typeof setTimeout>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('draft') && this.draft !== this.shownDraft) {
      this.text = `${JSON.stringify(this.draft, null, 2)}\n`;
      this.shownDraft = this.draft;
      this.syntax = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private handleInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.read(), JSON_DELAY_MS);
  }

  /** Reads the text now (also on leaving the field). */
  read(): void {
    clearTimeout(this.timer);
    let value: unknown;
    try {
      value = JSON.parse(this.text);
    } catch (error) {
      const at = syntaxErrorAt(this.text, error);
      this.syntax = at
        ? msg(
            str`Det här är inte JSON än: något saknas eller är fel på rad ${at.line}, tecken ${at.column}. Formuläret ändras när texten är JSON igen.`,
            {
              id: 'studio.json.syntaxAt',
              desc: 'JSON syntax error. ${0}: line; ${1}: column',
            },
          )
        : msg('Det här är inte JSON än. Formuläret ändras när texten är JSON igen.', {
            id: 'studio.json.syntax',
            desc: 'JSON syntax error without a position',
          });
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.syntax = msg('Enkäten ska vara ett objekt: { … }.', {
        id: 'studio.json.notObject',
        desc: 'The JSON is not an object',
      });
      return;
    }
    this.syntax = '';
    if (JSON.stringify(value) === JSON.stringify(this.draft)) return;
    this.shownDraft = value as Draft;
    this.dispatchEvent(
      new StudioEditEvent(
        value as Draft,
        msg('Ändra i JSON', { id: 'studio.json.editLabel', desc: 'Undo step: the JSON was edited' }),
        'json',
      ),
    );
  }

  protected override render(): TemplateResult {
    const errors = this.findings.filter((f) => f.severity === 'error');
    return html`
      <div class="head row">
        <label for="json" class="label"
          >${msg('Enkäten som JSON', { id: 'studio.json.label', desc: 'Label of the JSON text area' })}</label
        >
        <a href=${this.schemaUrl} download="survey.schema.json"
          >${msg('Ladda ner JSON Schema', { id: 'studio.json.schema', desc: 'Link: download the JSON Schema' })}</a
        >
      </div>
      <p id="hint" class="muted">
        ${msg('Samma enkät som i formuläret. Ändringar här syns där, och tvärtom. Tab lämnar fältet.', {
          id: 'studio.json.hint',
          desc: 'Hint under the JSON text area',
        })}
      </p>
      ${this.syntax ? html`<p id="syntax" class="error" role="alert"><strong>${msg('Fel:', { id: 'studio.json.errorPrefix', desc: 'Before a JSON syntax error' })}</strong> ${this.syntax}</p>` : nothing}
      <textarea
        id="json"
        part="editor"
        spellcheck="false"
        autocapitalize="off"
        autocomplete="off"
        rows="30"
        aria-describedby=${this.syntax ? 'hint syntax' : 'hint'}
        aria-invalid=${this.syntax ? 'true' : 'false'}
        .value=${this.text}
        @input=${this.handleInput}
        @change=${() => this.read()}
      ></textarea>
      ${
        errors.length > 0
          ? html`<section aria-labelledby="problems">
              <h3 id="problems">
                ${msg(str`${errors.length} problem i definitionen`, { id: 'studio.json.problems', desc: 'Heading: problems in the definition. ${0}: how many' })}
              </h3>
              <ul class="findings">
                ${errors.map(
                  (f) =>
                    html`<li class="error">
                      <strong>${findingPrefix(f)}</strong>
                      <code>${f.path || '(root)'}</code> ${findingText(f)}
                      <button
                        type="button"
                        class="link"
                        @click=${() => this.dispatchEvent(new StudioRevealEvent(f.path))}
                        aria-label=${`${words.goToField()}: ${pathLabel(f.path)}`}
                      >
                        ${words.goToField()}
                      </button>
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
    `;
  }
}
