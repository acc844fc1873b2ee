/**
 * The list of warnings and errors shown next to a field: each starts with a word ("Varning:", "Fel:") so it is
 * not told by colour alone, and the list is part of the field's description where the field allows it.
 */
import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { findingText } from '../labels.js';
import type { Finding } from '../model/check.js';

/** "Fel:" or "Varning:", before each finding. */
export function findingPrefix(finding: Finding): string {
  return finding.severity === 'error'
    ? msg('Fel:', { id: 'studio.finding.error', desc: 'Before an error next to a field' })
    : msg('Varning:', { id: 'studio.finding.warning', desc: 'Before a lint warning next to a field' });
}

/** The findings as a list (nothing when there are none). */
export function renderFindings(
  findings: readonly Finding[],
  part = 'findings',
): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  return html`<ul part=${part} class="findings">
    ${findings.map((f) => html`<li class=${f.severity}><strong>${findingPrefix(f)}</strong> ${findingText(f)}</li>`)}
  </ul>`;
}

export const findingListStyles = css`
  .findings {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
  }

  .findings li {
    padding: 0.25rem 0.5rem;
    border-inline-start: 5px solid var(--_warning);
    background: var(--_warning-surface);
  }

  .findings li.error {
    border-inline-start-color: var(--_error);
    background: #fdecea;
  }

  @media (forced-colors: active) {
    .findings li {
      border-inline-start-color: CanvasText;
    }
  }
`;
