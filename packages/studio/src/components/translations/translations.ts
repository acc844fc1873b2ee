import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StudioEditEvent } from '../../events.js';
import { autonym, languageLabel, pathLabel } from '../../labels.js';
import type { Draft } from '../../model/draft.js';
import { languagesOf, mainLanguage, setText } from '../../model/draft.js';
import { directionOf } from '../../model/preview.js';
import type { ImportResult, TranslationRow } from '../../model/translations.js';
import {
  exportCsv,
  exportXliff,
  importCsv,
  importXliff,
  missingCounts,
  translationRows,
} from '../../model/translations.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { tableStyles } from '../../styles/table.styles.js';
import { styles } from './translations.styles.js';

const missingWord = () =>
  msg('Saknas', { id: 'studio.translations.missingCell', desc: 'A cell without text' });

const OPTIONAL_ROLES = new Set(['intro', 'thanks', 'privacy', 'description', 'label']);

/** Starts a download of `text` as a file, in the page (no server round trip). */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Every text of the survey per language, with what is missing: one row per text (the title, each question,
 * option, statement and privacy text, their plain variants), one column per language. Translations are written
 * in the table, or by a translator: export CSV (a spreadsheet, every language) or XLIFF 1.2 (one file per
 * language, for translation tools), and import it back — rows that match nothing are named, nothing else is
 * touched.
 *
 * @summary The survey's texts per language, with export and import for translators.
 * @tag svara-studio-translations
 *
 * @csspart table - The table of texts.
 *
 * @fires studio-edit - A translation was written or imported (StudioEditEvent).
 */
@localized()
export class SvaraStudioTranslations extends LitElement {
  static override styles = [sharedStyles, tableStyles, styles];

  /** The draft. */
  @property({ attribute: false }) draft: Draft = {};

  @state() private onlyMissing = false;
  @state() private report?: { file: string; result: ImportResult };

  private get fileBase(): string {
    return typeof this.draft['id'] === 'string' && this.draft['id'] ? this.draft['id'] : 'enkat';
  }

  private write(row: TranslationRow, lang: string, value: string): void {
    const optional = row.plain || OPTIONAL_ROLES.has(row.role) || lang !== mainLanguage(this.draft);
    this.dispatchEvent(
      new StudioEditEvent(
        setText(this.draft, row.path, lang, value, { optional }),
        msg(str`Översätt ${pathLabel(row.key).toLocaleLowerCase()}`, {
          id: 'studio.translations.editLabel',
          desc: 'Undo step. ${0}: which text',
        }),
        `translate:${row.key}:${lang}`,
      ),
    );
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    const isXliff = /\.(xlf|xliff|xml)$/i.test(file.name) || text.trimStart().startsWith('<');
    const result = isXliff ? importXliff(this.draft, text) : importCsv(this.draft, text);
    this.report = { file: file.name, result };
    input.value = '';
    if (result.changed > 0)
      this.dispatchEvent(
        new StudioEditEvent(
          result.draft,
          msg(str`Importera ${file.name}`, {
            id: 'studio.translations.importLabel',
            desc: 'Undo step. ${0}: the file name',
          }),
        ),
      );
  }

  protected override render(): TemplateResult {
    const languages = languagesOf(this.draft);
    const main = mainLanguage(this.draft);
    const rows = translationRows(this.draft);
    const counts = missingCounts(rows, languages);
    const shown = this.onlyMissing ? rows.filter((row) => row.missing.length > 0) : rows;
    const others = languages.filter((lang) => lang !== main);
    return html`
      <section aria-labelledby="summary-heading" class="stack">
        <h2 id="summary-heading">
          ${msg('Översättningar', { id: 'studio.translations.heading', desc: 'Heading of the translations view' })}
        </h2>
        ${
          others.length === 0
            ? html`<p>
                ${msg('Enkäten har bara ett språk. Lägg till språk under Skriv, Om enkäten.', {
                  id: 'studio.translations.oneLanguage',
                  desc: 'The survey has only one language',
                })}
              </p>`
            : html`<ul class="summary">
                ${others.map(
                  (lang) =>
                    html`<li>
                      <strong>${languageLabel(lang)}:</strong>
                      ${
                        counts[lang] === 0
                          ? msg('allt är översatt.', {
                              id: 'studio.translations.complete',
                              desc: 'Every text has this language',
                            })
                          : msg(str`${counts[lang]} av ${rows.length} texter saknas.`, {
                              id: 'studio.translations.missing',
                              desc: 'How many texts lack this language. ${0}: missing; ${1}: all texts',
                            })
                      }
                    </li>`,
                )}
              </ul>`
        }
        <div class="row files">
          <button
            type="button"
            @click=${() => download(`${this.fileBase}.csv`, exportCsv(this.draft), 'text/csv;charset=utf-8')}
          >
            ${msg('Ladda ner CSV (alla språk)', { id: 'studio.translations.exportCsv', desc: 'Button: download the texts as CSV' })}
          </button>
          ${others.map(
            (lang) =>
              html`<button
                type="button"
                @click=${() => download(`${this.fileBase}.${lang}.xlf`, exportXliff(this.draft, lang), 'application/xliff+xml')}
              >
                ${msg(str`Ladda ner XLIFF: ${languageLabel(lang)}`, { id: 'studio.translations.exportXliff', desc: 'Button: download an XLIFF file for one language. ${0}: the language' })}
              </button>`,
          )}
          <label class="button">
            ${msg('Importera CSV eller XLIFF', { id: 'studio.translations.import', desc: 'Button: import a translated file' })}
            <input
              class="visually-hidden"
              type="file"
              accept=".csv,.xlf,.xliff,.xml,text/csv,application/xliff+xml"
              @change=${this.importFile}
            />
          </label>
        </div>
        ${this.report ? this.renderReport(this.report) : nothing}
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.onlyMissing}
            @change=${(e: Event) => (this.onlyMissing = (e.target as HTMLInputElement).checked)}
          />
          ${msg('Visa bara texter som saknar en översättning', { id: 'studio.translations.onlyMissing', desc: 'Checkbox: filter the table' })}
        </label>
      </section>
      <div class="scroll" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption">
            ${msg(str`Enkätens texter (${shown.length})`, { id: 'studio.translations.caption', desc: 'Caption of the table. ${0}: how many rows' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                ${msg('Text', { id: 'studio.translations.where', desc: 'Column: which text' })}
              </th>
              ${languages.map((lang) => html`<th scope="col" lang=${lang}>${languageLabel(lang)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${shown.map((row) => this.renderRow(row, languages, main))}
          </tbody>
        </table>
      </div>
    `;
  }

  private renderRow(row: TranslationRow, languages: string[], main: string): TemplateResult {
    const where = pathLabel(row.key);
    return html`<tr>
      <th scope="row">${where}</th>
      ${languages.map((lang) => {
        const text = row.texts[lang] ?? '';
        if (lang === main)
          return html`<td lang=${lang} dir=${directionOf(lang)}>
            ${text || html`<em class="missing">${missingWord()}</em>`}
          </td>`;
        return html`<td class=${text ? '' : 'missing-cell'}>
          <textarea
            lang=${lang}
            dir=${directionOf(lang)}
            rows="2"
            aria-label=${msg(str`${where}, ${autonym(lang)}`, { id: 'studio.translations.cellLabel', desc: 'Name of a translation field. ${0}: which text; ${1}: the language' })}
            .value=${text}
            @change=${(e: Event) => this.write(row, lang, (e.target as HTMLTextAreaElement).value.trim())}
          ></textarea>
          ${text ? nothing : html`<span class="missing">${missingWord()}</span>`}
        </td>`;
      })}
    </tr>`;
  }

  private renderReport({ file, result }: { file: string; result: ImportResult }): TemplateResult {
    return html`<div class=${result.problems.length ? 'warning' : 'ok'} role="status">
      <span aria-hidden="true">${result.problems.length ? '!' : '✓'}</span>
      <div>
        <p>
          ${msg(str`${file}: ${result.changed} texter ändrades.`, { id: 'studio.translations.imported', desc: 'After an import. ${0}: file; ${1}: texts changed' })}
        </p>
        ${
          result.problems.length
            ? html`<ul>
                ${result.problems.map((p) => html`<li>${this.problemText(p)}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    </div>`;
  }

  private problemText(problem: ImportResult['problems'][number]): string {
    switch (problem.code) {
      case 'unknown-text':
        return msg(
          str`Rad ${problem.where}: texten ”${problem.message}” finns inte i enkäten och hoppades över.`,
          {
            id: 'studio.translations.unknownText',
            desc: 'Import problem. ${0}: line; ${1}: the text’s key',
          },
        );
      case 'unknown-language':
        return msg(str`Språket ”${problem.message}” finns inte i enkäten. Lägg till det först.`, {
          id: 'studio.translations.unknownLanguage',
          desc: 'Import problem. ${0}: the language code',
        });
      case 'no-header':
        return msg('Första raden ska vara text,role,sv,… som i filen du laddade ner.', {
          id: 'studio.translations.noHeader',
          desc: 'Import problem: the CSV has no header',
        });
      default:
        return msg('Filen är inte XLIFF.', {
          id: 'studio.translations.notXliff',
          desc: 'Import problem: not an XLIFF file',
        });
    }
  }
}
