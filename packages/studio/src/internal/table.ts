/**
 * A studio table: in a region of its own that keyboard users can scroll sideways when the table is wider than the
 * screen (`tabindex="0"`, named by the caption), with a caption and a row of column headings. The look is
 * `styles/table.styles.ts`.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

export interface TableParts {
  /** The caption's id (unique in the shadow root): it names the region too. */
  id: string;
  caption: unknown;
  /** The column headings, in order. */
  columns: readonly unknown[];
  /** The body's rows. */
  rows: unknown;
  /** The foot's rows (totals), if any. */
  foot?: unknown;
}

export function renderTable({ id, caption, columns, rows, foot }: TableParts): TemplateResult {
  return html`<div class="scroll" role="region" aria-labelledby=${id} tabindex="0">
    <table>
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
      ${
        foot
          ? html`<tfoot>
              ${foot}
            </tfoot>`
          : nothing
      }
    </table>
  </div>`;
}
