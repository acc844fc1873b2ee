/**
 * The hosted page without JavaScript: `POST /s/{surveyId}[/{unitId}]` takes a screen's form
 * (`application/x-www-form-urlencoded`) and answers with the next screen, the same screen with its errors, or —
 * after "Skicka" — a `303` to the receipt `GET /s/{surveyId}/receipt/{submissionId}` (Post/Redirect/Get).
 *
 * No server state: every form carries the earlier answers as hidden fields, its `submissionId` (minted with the
 * first screen), the text language, the definition's version and a token (../../hosted/token.ts). Each screen is
 * judged by the schema's `parseSubmission`, the JSON route's validator, on the answers so far (only the issues of
 * that screen's questions are shown); "Skicka" goes through the JSON route's own judge and store
 * (`submissionAcceptor`), so the answers are validated again as a whole, stamped with unit and round, rate
 * limited and stored exactly once: a resent or double-clicked "Skicka" finds its `submissionId` stored and gets
 * the receipt again, never a second row.
 *
 * A screen with errors is answered `422` (the page renders as any other; the status tells tools and the widget's
 * take-over that nothing moved on). Every refusal is a page in plain words, never problem+json.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { parseSubmission, resolveText, surveyLanguages, uiLanguages } from '@svara/schema';
import type { Issue, Survey } from '@svara/schema';

import { answersFromFields, answersToSend, fieldsOf, screenIndex, screensOf } from '../../hosted/answers.js';
import type { Fields } from '../../hosted/answers.js';
import { issuesOf, noScriptNote, renderQuestions, renderReceipt, renderStart } from '../../hosted/render.js';
import type { View } from '../../hosted/render.js';
import { uiLanguage, words } from '../../hosted/strings.js';
import { checkToken, crossSite, formKey, formToken } from '../../hosted/token.js';
import { clientIp, header, readBody } from '../body.js';
import type { AppContext } from '../context.js';
import { localeOf } from '../context.js';
import { escapeHtml } from '../html-page.js';
import { HttpProblem } from '../problem.js';
import { underSubmissionLimits } from '../rate-limit.js';
import type { AppResponse } from '../types.js';
import { page, placeOf } from './respondent-place.js';
import type { Place } from './respondent-place.js';
import { mediaType, submissionAcceptor } from './responses.js';

type Placed = Exclude<Place, { refusal: AppResponse }>;

/** A version 4 UUID, as the schema's envelope wants a submissionId. */
const UUID_V4_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Said when a survey closed while it was being answered (the JSON route's survey-closed says the same). */
const notKept = {
  sv: 'Dina svar sparades inte.',
  en: 'Your answers were not saved.',
  fi: 'Vastauksiasi ei tallennettu.',
  ar: 'لم تُحفظ إجاباتك.',
} as const;

/** Strict UTF-8, as the JSON route reads its bodies. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A form's body may be this many times the JSON route's limit for the survey (plus room for the form's own
 * fields): percent-encoding writes a character of three UTF-8 bytes in nine, so no answer the JSON route would
 * take is refused here for its size.
 */
const FORM_EXPANSION = 3;
const FORM_OVERHEAD = 16 * 1024;

/** The mode the hosted page's answers are recorded in: `web`, unless the survey is not offered there. */
const answeringMode = (survey: Survey): string =>
  survey.modes && !survey.modes.includes('web') ? survey.modes[0]! : 'web';

export function hostedForms(ctx: AppContext) {
  let key: Promise<Buffer> | undefined;
  const formKeyOnce = (): Promise<Buffer> => {
    key ??= formKey(ctx.store.db, ctx.now()).catch((error: unknown) => {
      key = undefined;
      throw error;
    });
    return key;
  };

  /** The text language: one the survey has, or a UI language it falls back from (its texts then in its own). */
  function languageOf(survey: Survey, asked: unknown): string {
    if (typeof asked !== 'string') return survey.lang;
    if (surveyLanguages(survey).includes(asked)) return asked;
    return (uiLanguages as readonly string[]).includes(asked) ? asked : survey.lang;
  }

  /** The page around a screen: the survey's title, the unit, the no-JavaScript note, the screen. */
  function screenPage(place: Placed, lang: string, status: number, body: string): AppResponse {
    const title = resolveText(place.survey.title, lang, place.survey.lang) ?? { text: place.title, lang };
    const attrs = title.lang === lang ? '' : ` lang="${escapeHtml(title.lang)}"`;
    return page(
      status,
      lang,
      title.text,
      `      <h1${attrs}>${escapeHtml(title.text)}</h1>
${place.unitLine}${noScriptNote(lang)}
${body}`,
    );
  }

  /** A refusal the respondent can read: what happened and what to do (the status stays the HTTP one). */
  function refusal(place: Placed | undefined, lang: string, status: number, heading: string, text: string) {
    const title = place?.title ?? heading;
    return page(
      status,
      lang,
      `${title} – ${heading}`,
      `      <h1>${escapeHtml(title)}</h1>
${place?.unitLine ?? ''}      <h2>${escapeHtml(heading)}</h2>
      <p>${escapeHtml(text)}</p>${place ? `\n      <p><a href="${escapeHtml(place.href)}">${escapeHtml(words.startAgain[uiLanguage(lang)])}</a></p>` : ''}`,
    );
  }

  async function view(
    place: Placed,
    survey: Survey,
    lang: string,
    submissionId: string,
    plain: boolean,
  ): Promise<View> {
    const token = formToken(await formKeyOnce(), place.surveyId, submissionId, ctx.now());
    return {
      survey,
      lang,
      action: place.href,
      carried: [
        ['_sid', submissionId],
        ['_csrf', token],
        ['_lang', lang],
        ['_v', String(survey.version)],
        ...(plain ? [['_plain', '1'] as const] : []),
      ],
      plain,
    };
  }

  /**
   * The start screen of a new response, with a new submission id (the GET page's, inside the widget): its toolbar
   * box says where JavaScript is off that read-aloud needs it.
   */
  async function startScreen(place: Placed, lang: string, plain: boolean): Promise<string> {
    const v = await view(place, place.survey, lang, randomUUID(), plain);
    return renderStart(v, place.href, answeringMode(place.survey));
  }

  const first = (fields: Fields, name: string): string | undefined => fields.get(name)?.[0];

  async function post(request: FastifyRequest): Promise<AppResponse> {
    const { surveyId, unitId } = request.params as { surveyId: string; unitId?: string };
    const place = await placeOf(ctx, surveyId, unitId);
    if (place.refusal) {
      // Closed (or not open) while the respondent was answering: the page says so, and that nothing was kept.
      if (place.reason === 'not-found') return place.refusal;
      const status = place.reason === 'closed' ? 410 : 409;
      const body = String(place.refusal.body).replace(
        /<\/p>\s*<\/main>/,
        ` ${escapeHtml(notKept[uiLanguage(localeOf(header(request, 'accept-language')))])}</p>\n    </main>`,
      );
      return { ...place.refusal, status, body };
    }
    const sv = place.survey.lang;
    const ui = uiLanguage(sv);
    if (crossSite(request)) return refusal(place, sv, 403, words.refusedHeading[ui], words.refused[ui]);
    const media = mediaType(header(request, 'content-type'));
    if (media?.type !== 'application/x-www-form-urlencoded' || (media.charset && media.charset !== 'utf-8'))
      return refusal(place, sv, 415, words.refusedHeading[ui], words.refused[ui]);
    const acceptor = submissionAcceptor(ctx);
    const limit = FORM_EXPANSION * (await acceptor.bodyLimit(surveyId, place.state)) + FORM_OVERHEAD;
    const declared = header(request, 'content-length');
    const tooLarge = () => ({
      ...refusal(place, sv, 413, words.notSentHeading[ui], words.tooLarge[ui]),
      close: true,
    });
    if (declared !== undefined && Number(declared) > limit) return tooLarge();
    const body = await readBody(request, limit);
    if (body === undefined) return tooLarge();
    let fields: Map<string, string[]>;
    try {
      fields = fieldsOf(utf8.decode(body));
    } catch {
      return refusal(place, sv, 400, words.refusedHeading[ui], words.refused[ui]);
    }
    const submissionId = (first(fields, '_sid') ?? '').toLowerCase();
    if (!UUID_V4_PATTERN.test(submissionId))
      return refusal(place, sv, 400, words.refusedHeading[ui], words.refused[ui]);
    const lang = languageOf(place.survey, first(fields, '_lang'));
    const token = checkToken(await formKeyOnce(), surveyId, submissionId, first(fields, '_csrf'), ctx.now());
    if (token === 'invalid')
      return refusal(
        place,
        lang,
        403,
        words.refusedHeading[uiLanguage(lang)],
        words.refused[uiLanguage(lang)],
      );

    // The version the form was answered on (every published version stays answerable), else the latest.
    const named = Number(first(fields, '_v'));
    const survey =
      named !== place.survey.version && place.state.versions.includes(named)
        ? ((await ctx.registry.version(surveyId, named))?.survey ?? place.survey)
        : place.survey;
    const answers = answersFromFields(survey, fields);
    const screens = screensOf(survey, answers);
    const at = first(fields, '_at') ?? '';
    const go = first(fields, '_go') === 'back' ? 'back' : 'next';
    const plain = first(fields, '_plain') === '1';
    const v = await view(place, survey, lang, submissionId, plain);
    const show = (index: number, issues: Issue[] = [], status = 200, notice?: string) =>
      index < 0 || screens.length === 0
        ? screenPage(place, lang, status, renderStart(v, place.href))
        : screenPage(place, lang, status, renderQuestions(v, { screens, index, answers, issues, notice }));

    // A genuine token that has grown old: the same screen again with a fresh one, nothing lost.
    if (token === 'expired') {
      const index = at === '' ? -1 : screenIndex(screens, at);
      return show(index, [], 200, words.expired[uiLanguage(lang)]);
    }
    if (at === '') return show(go === 'back' ? -1 : 0);
    const index = screenIndex(screens, at);
    if (go === 'back') return show(index - 1);

    const envelope = (): Record<string, unknown> => {
      const mode = answeringMode(survey);
      return {
        submissionId,
        surveyId,
        surveyVersion: survey.version,
        lang: surveyLanguages(survey).includes(lang) ? lang : survey.lang,
        submittedAt: ctx.now().toISOString(),
        answers: answersToSend(survey, answers),
        meta: { answeredBy: mode === 'interview' ? 'interviewer' : 'self', mode, plain },
        ...(place.unit ? { unit: place.unit.id } : {}),
        ...(place.round ? { round: place.round.id } : {}),
      };
    };
    const locale = lang === 'en' ? 'en' : 'sv';
    const step = screens[index]!;
    const last = index === screens.length - 1;
    // This screen's questions only (later screens are not answered yet), and only those it showed: a question
    // an answer on this screen has just brought in (showIf) is shown first, not refused unseen.
    const shownBefore = new Set((first(fields, '_shown') ?? '').split(' '));
    const added = step.questions.some((q) => !shownBefore.has(q.id));
    if (!last || added) {
      const parsed = parseSubmission(survey, envelope(), { locale });
      const issues = parsed.ok
        ? []
        : step.questions.filter((q) => shownBefore.has(q.id)).flatMap((q) => issuesOf(q, parsed.issues));
      if (issues.length) return show(index, issues, 422);
      return added ? show(index) : show(index + 1);
    }

    // "Skicka": the JSON route's judge and store, under the same rate limit.
    let response: AppResponse;
    try {
      response = await underSubmissionLimits(
        ctx.limiter,
        ctx.metrics,
        clientIp(request, ctx.options.trustProxy),
        (admitValid) =>
          acceptor.accept({
            id: surveyId,
            state: place.state,
            envelope: envelope(),
            bait: first(fields, 'website'),
            locale,
            admitValid,
          }),
      );
    } catch (error) {
      if (!(error instanceof HttpProblem)) throw error;
      const problem = error.response;
      const detail = JSON.parse(String(problem.body)) as { title?: string; detail?: string };
      const heading = problem.status === 410 ? (detail.title ?? '') : words.notSentHeading[uiLanguage(lang)];
      return refusal(place, lang, problem.status, heading, detail.detail ?? detail.title ?? '');
    }
    // Stored (201), already stored (200 replay), or stored before with other content (422: a form resent after
    // its answers changed): the answers of this form are in, once.
    if (response.status === 201 || response.status === 200 || response.status === 422) {
      const receipt = `/s/${encodeURIComponent(surveyId)}/receipt/${submissionId}?lang=${encodeURIComponent(lang)}${plain ? '&plain=1' : ''}`;
      return { status: 303, headers: { location: receipt, 'cache-control': 'no-store' }, body: '' };
    }
    // Refused as a whole (400): the first screen with a refused question, with its errors.
    const issues = (JSON.parse(String(response.body)) as { issues?: Issue[] }).issues ?? [];
    const refused = screens.findIndex((s) => s.questions.some((q) => issuesOf(q, issues).length > 0));
    if (refused >= 0) return show(refused, issues, 422);
    return refusal(
      place,
      lang,
      response.status,
      words.notSentHeading[uiLanguage(lang)],
      issues.map((issue) => issue.message).join(' ') || words.tryAgainLater[uiLanguage(lang)],
    );
  }

  /** The receipt (GET, after the redirect): said once, from the survey's own texts. */
  async function receipt(request: FastifyRequest): Promise<AppResponse> {
    const { surveyId, submissionId } = request.params as { surveyId: string; submissionId: string };
    const state = await ctx.registry.state(surveyId);
    const survey = state?.latest?.survey;
    if (!state || !survey) return placeOf(ctx, surveyId, undefined).then((p) => p.refusal!);
    const lang = languageOf(survey, (request.query as { lang?: unknown } | undefined)?.lang);
    const id = submissionId.toLowerCase();
    const stored = UUID_V4_PATTERN.test(id) && (await ctx.store.get(surveyId, id)) !== undefined;
    const title = resolveText(survey.title, lang, survey.lang) ?? { text: surveyId, lang };
    const attrs = title.lang === lang ? '' : ` lang="${escapeHtml(title.lang)}"`;
    return page(
      stored ? 200 : 404,
      lang,
      title.text,
      `      <h1${attrs}>${escapeHtml(title.text)}</h1>
${renderReceipt({ survey, lang, plain: (request.query as { plain?: unknown }).plain === '1' }, stored, `/s/${encodeURIComponent(surveyId)}`)}`,
    );
  }

  return { languageOf, startScreen, post, receipt };
}
