/**
 * What the hosted pages (`/s/…`) share: their CSP, the document around a page, and where a page is answered —
 * its survey, unit and round, or the page that says the survey is not open there (not found, closed, not yet
 * open). Used by the page itself (respondent.ts) and by its forms (respondent-form.ts).
 */
import type { Survey } from '@svara/schema';
import { resolveText } from '@svara/schema';

import type { Round } from '../../units/rounds.js';
import type { Unit } from '../../units/units.js';
import type { SurveyState } from '../../versions/registry.js';
import type { AppContext } from '../context.js';
import { escapeHtml, htmlPage } from '../html-page.js';
import type { AppResponse } from '../types.js';

/** Only this server's scripts and styles; the widget's Lit templates through Trusted Types. */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; media-src 'self'; " +
  "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * A hosted page. Never stored by the browser (`no-store`): each page carries a form's submission id and, after the
 * first screen, a respondent's answers, which the next person on a shared device must not get back from history.
 */
export function page(status: number, lang: string, title: string, main: string): AppResponse {
  const stylesheet = '/s/svara-page.css';
  return htmlPage({ status, lang, title, stylesheet, main, csp: PAGE_CSP, cacheControl: 'no-store' });
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

/** Where a hosted page is answered: its survey, unit and round; or the page that says it cannot be. */
export type Place =
  | { refusal: AppResponse; reason: 'not-found' | 'closed' | 'not-open' }
  | {
      refusal?: undefined;
      reason?: undefined;
      surveyId: string;
      state: SurveyState;
      survey: Survey;
      unit: Unit | undefined;
      round: Round | undefined;
      /** The page's own address (`/s/{survey}` or `/s/{survey}/{unit}`), where its forms post. */
      href: string;
      /** The unit's name above the screens. */
      unitLine: string;
      title: string;
    };

const notFound = (lang: string) =>
  page(
    404,
    lang,
    'Sidan finns inte',
    `      <h1>Enkäten finns inte</h1>
      <p>Adressen leder inte till någon enkät. Kontrollera länken, eller fråga den som gav dig den.</p>`,
  );

/** The survey, unit and round of `/s/{surveyId}[/{unitId}]`, or the page for a survey that is not open there. */
export async function placeOf(ctx: AppContext, surveyId: string, unitId: string | undefined): Promise<Place> {
  const state = await ctx.registry.state(surveyId);
  if (!state?.latest) return { refusal: notFound('sv'), reason: 'not-found' };
  const survey = state.latest.survey;
  const lang = survey.lang;
  const title = resolveText(survey.title, lang, lang)?.text ?? surveyId;
  const unit = unitId === undefined ? undefined : await ctx.units.get(unitId);
  if (unitId !== undefined && !unit) return { refusal: notFound(lang), reason: 'not-found' };
  const unitLine = unit ? `      <p class="unit">${escapeHtml(unit.name)}</p>\n` : '';
  const closed = page(
    200,
    lang,
    `${title} – stängd`,
    `${unitLine}      <h1>${escapeHtml(title)}</h1>
      <p><strong>Enkäten är stängd.</strong> Den tar inte emot fler svar. Tack till alla som svarade!</p>`,
  );
  if (state.closedAt) return { refusal: closed, reason: 'closed' };

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
        return {
          reason: 'not-open',
          refusal: page(
            200,
            lang,
            `${title} – har inte öppnat`,
            `${unitLine}      <h1>${escapeHtml(title)}</h1>
      <p><strong>Enkäten har inte öppnat än.</strong> Du kan svara från och med ${escapeHtml(formatDay(next.opens, lang))}.</p>`,
          ),
        };
      }
      return { refusal: closed, reason: 'closed' };
    }
  }
  const href = `/s/${encodeURIComponent(surveyId)}${unit ? `/${encodeURIComponent(unit.id)}` : ''}`;
  return { surveyId, state, survey, unit, round, href, unitLine, title };
}
