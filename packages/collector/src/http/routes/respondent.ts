/**
 * The hosted respondent pages: `/s/{surveyId}/{unitId}` (a unit's link and QR code) and `/s/{surveyId}` (a survey
 * that runs without units). A plain page with the widget, stamped with the unit and its current round; outside
 * the round's period a plain "Enkäten har inte öppnat än" / "Enkäten är stängd" page instead. Strict CSP: only
 * this server's scripts, Trusted Types. The latest published definition is inlined in the widget (a
 * `<script type="application/json">` data block, which is not script to the CSP), so the first screen needs no
 * second request; `src` still names where answers go.
 *
 * Without JavaScript the same page works as plain HTML forms (`../../hosted/`): the start screen is the server's,
 * inside the widget (which takes it over when JavaScript runs: nothing is drawn twice), each screen posts to the page's own address (respondent-form.ts), and "Skicka" stores the answers
 * once and redirects to a receipt. The CSP allows forms to post only here (`form-action 'self'`).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { resolveText } from '@svara/schema';

import { PAGE_CSS } from '../../hosted/page-css.js';
import type { AppContext } from '../context.js';
import { securityHeaders } from '../headers.js';
import { escapeHtml, jsonForScript } from '../html-page.js';
import type { AppResponse } from '../types.js';
import { hostedForms } from './respondent-form.js';
import { PAGE_CSP, page, placeOf } from './respondent-place.js';
import { define } from './table.js';

export { PAGE_CSP };

/** A form post to a hosted page (`POST /s/…`): it judges where it comes from itself (hosted/token.ts). */
export const isHostedFormPost = (method: string, url: string): boolean =>
  method === 'POST' && url.startsWith('/s/');

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

export function registerRespondentPages(app: FastifyInstance, ctx: AppContext): void {
  define(app, '/s/svara-hosted.js', { GET: () => asset(STAMP_JS, 'text/javascript; charset=utf-8') });
  define(app, '/s/svara-page.css', { GET: () => asset(PAGE_CSS, 'text/css; charset=utf-8') });
  const forms = hostedForms(ctx);

  async function hosted(request: FastifyRequest): Promise<AppResponse> {
    const { surveyId, unitId } = request.params as { surveyId: string; unitId?: string };
    const place = await placeOf(ctx, surveyId, unitId);
    if (place.refusal) return place.refusal;
    const { survey, unit, round, state } = place;
    const lang = forms.languageOf(survey, (request.query as { lang?: unknown } | undefined)?.lang);
    const title = resolveText(survey.title, lang, survey.lang) ?? { text: place.title, lang };
    const data: string[] = [
      unit ? ` data-unit="${escapeHtml(unit.id)}"` : '',
      round ? ` data-round="${escapeHtml(round.id)}"` : '',
    ];
    // The start screen is the server's, inside the widget (data-svara-server-screen): without JavaScript a plain
    // form (respondent-form.ts answers its posts); with it, the widget shows this same markup until "Börja svara"
    // and takes over from there (survey/src/components/survey/server-rendered.ts) — nothing drawn twice.
    const plain = (request.query as { plain?: unknown } | undefined)?.plain === '1';
    // The widget goes on in plain texts too (its Lättläst pressed, as the server's toolbar shows it).
    if (plain) data.push(' plain');
    const start = await forms.startScreen(place, lang, plain);
    return page(
      200,
      lang,
      title.text,
      // The page's own heading; the widget's screens have level-two headings under it.
      `      <h1${title.lang === lang ? '' : ` lang="${escapeHtml(title.lang)}"`}>${escapeHtml(title.text)}</h1>
${place.unitLine}      <svara-survey src="/api/surveys/${encodeURIComponent(surveyId)}"${data.join('')}>
        <script type="application/json">${jsonForScript(state.latest!.json)}</script>
        <div data-svara-server-screen>
${start}
        </div>
      </svara-survey>
      <script type="module" src="/s/svara-hosted.js"></script>
      <script type="module" src="/svara-survey.js"></script>`,
    );
  }

  define(app, '/s/:surveyId', { GET: hosted, POST: forms.post });
  define(app, '/s/:surveyId/:unitId', { GET: hosted, POST: forms.post });
  define(app, '/s/:surveyId/receipt/:submissionId', { GET: forms.receipt });
}
