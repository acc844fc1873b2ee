/**
 * The hosted respondent pages: `/s/{surveyId}/{unitId}` (a unit's link and QR code) and `/s/{surveyId}` (a survey
 * that runs without units). A plain page with the widget, stamped with the unit and its current round; outside
 * the round's period a plain "Enkäten har inte öppnat än" / "Enkäten är stängd" page instead. Strict CSP: only
 * this server's scripts, Trusted Types. The latest published definition is inlined in the widget (a
 * `<script type="application/json">` data block, which is not script to the CSP), so the first screen needs no
 * second request; `src` still names where answers go.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveText } from '@svara/schema';

import type { Round } from '../../units/rounds.js';
import type { AppContext } from '../context.js';
import { securityHeaders } from '../headers.js';
import { escapeHtml, htmlDocument, jsonForScript } from '../html-page.js';
import type { AppResponse } from '../types.js';
import { define } from './table.js';

/** Only this server's scripts and styles; the widget's Lit templates through Trusted Types. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Stamps the page's unit and round into every submission (the widget's `svara-submit` lets hosts do that). */
const STAMP_JS = `// svara: the hosted page stamps its unit and round into each answer (not personal data).
document.addEventListener('svara-submit', (event) => {
  const widget = document.querySelector('svara-survey');
  const submission = event.submission;
  if (!widget || !submission) return;
  if (widget.dataset.unit) submission.unit = widget.dataset.unit;
  if (widget.dataset.round) submission.round = widget.dataset.round;
}, true);
`;

const PAGE_CSS = `:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
body { margin: 0; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem; }
p { font-size: 1.125rem; }
.unit { font-weight: 600; margin: 0 0 0.5rem; }
`;

const asset = (body: string, type: string): AppResponse => ({
  status: 200,
  headers: {
    'content-type': type,
    'cache-control': 'public, max-age=300, must-revalidate',
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`,
    ...securityHeaders('site'),
    'content-security-policy': PAGE_CSP,
  },
  body,
});

function page(status: number, lang: string, title: string, main: string): AppResponse {
  const body = htmlDocument({ lang, title, stylesheet: '/s/svara-page.css', main });
  return {
    status,
    headers: {
      ...securityHeaders('site'),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'content-security-policy': PAGE_CSP,
    },
    body,
  };
}

const formatDay = (day: string, lang: string): string => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'sv-SE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
};

export function registerRespondentPages(app: FastifyInstance, ctx: AppContext): void {
  define(app, '/s/svara-hosted.js', { GET: () => asset(STAMP_JS, 'text/javascript; charset=utf-8') });
  define(app, '/s/svara-page.css', { GET: () => asset(PAGE_CSS, 'text/css; charset=utf-8') });

  const notFound = (lang: string) =>
    page(
      404,
      lang,
      'Sidan finns inte',
      `      <h1>Enkäten finns inte</h1>
      <p>Adressen leder inte till någon enkät. Kontrollera länken, eller fråga den som gav dig den.</p>`,
    );

  async function hosted(request: FastifyRequest): Promise<AppResponse> {
    const { surveyId, unitId } = request.params as { surveyId: string; unitId?: string };
    const state = await ctx.registry.state(surveyId);
    if (!state?.latest) return notFound('sv');
    const survey = state.latest.survey;
    const lang = survey.lang;
    const title = resolveText(survey.title, lang, lang)?.text ?? surveyId;
    const unit = unitId === undefined ? undefined : await ctx.units.get(unitId);
    if (unitId !== undefined && !unit) return notFound(lang);
    const unitLine = unit ? `      <p class="unit">${escapeHtml(unit.name)}</p>\n` : '';
    const closed = page(
      200,
      lang,
      `${title} – stängd`,
      `${unitLine}      <h1>${escapeHtml(title)}</h1>
      <p><strong>Enkäten är stängd.</strong> Den tar inte emot fler svar. Tack till alla som svarade!</p>`,
    );
    if (state.closedAt) return closed;

    let round: Round | undefined;
    if (unit) {
      const rounds = (await ctx.rounds.ofSurvey(surveyId)).filter((r) =>
        r.units.some((u) => u.unitId === unit.id),
      );
      round = rounds.find((r) => r.status === 'open');
      if (!round && rounds.length) {
        const next = rounds
          .filter((r) => r.status === 'planned')
          .sort((a, b) => a.opens.localeCompare(b.opens))[0];
        if (next) {
          return page(
            200,
            lang,
            `${title} – har inte öppnat`,
            `${unitLine}      <h1>${escapeHtml(title)}</h1>
      <p><strong>Enkäten har inte öppnat än.</strong> Du kan svara från och med ${escapeHtml(formatDay(next.opens, lang))}.</p>`,
          );
        }
        return closed;
      }
    }
    const data = [
      unit ? ` data-unit="${escapeHtml(unit.id)}"` : '',
      round ? ` data-round="${escapeHtml(round.id)}"` : '',
    ].join('');
    return page(
      200,
      lang,
      title,
      // The page's own heading; the widget's screens have level-two headings under it.
      `      <h1>${escapeHtml(title)}</h1>
${unitLine}      <svara-survey src="/api/surveys/${encodeURIComponent(surveyId)}"${data}>
        <script type="application/json">${jsonForScript(state.latest.json)}</script>
      </svara-survey>
      <noscript><p>Enkäten behöver JavaScript. Slå på JavaScript i webbläsaren, eller be om enkäten på papper.</p></noscript>
      <script type="module" src="/s/svara-hosted.js"></script>
      <script type="module" src="/svara-survey.js"></script>`,
    );
  }

  define(app, '/s/:surveyId', { GET: hosted });
  define(app, '/s/:surveyId/:unitId', { GET: hosted });
}
