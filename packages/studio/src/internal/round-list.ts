/**
 * The list of a survey's rounds that the rounds screen and the results screen both begin with: each round's name
 * (a button that shows it; the one shown is `aria-current`), its dates and its status in words.
 */
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Round } from '../api/client.js';

export function renderRoundList(
  rounds: readonly Round[],
  selected: string | undefined,
  select: (id: string) => void,
  statusName: (status: Round['status']) => string,
): TemplateResult {
  return html`<ul class="rounds">
    ${rounds.map(
      (r) =>
        html`<li>
          <button
            type="button"
            class="link"
            aria-current=${r.id === selected ? 'true' : 'false'}
            @click=${() => select(r.id)}
          >
            ${r.name}
          </button>
          <span>${r.opens} – ${r.closes}</span>
          <span class="badge">${statusName(r.status)}</span>
        </li>`,
    )}
  </ul>`;
}

export const roundListStyles = css`
  .rounds {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rounds li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: baseline;
  }

  .rounds button[aria-current='true'] {
    font-weight: 700;
  }
`;
