/**
 * `POST /api/surveys/{id}/responses`: a submission. The body is read here, by hand, after the rate limit and the
 * content type are checked: refused on Content-Length before anything is read, or as soon as a chunked body
 * passes the limit. Stored exactly once (the store's UNIQUE constraint), acknowledged only after the commit.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseSubmission } from '@svara/schema';
import type { Submission } from '@svara/schema';

import { MAX_DEPTH, canonicalJson, nestsDeeperThan, sha256 } from '../../canonical.js';
import { submissionLimit } from '../../submission-size.js';
import { clientIp, header, readBody } from '../body.js';
import type { AppContext } from '../context.js';
import { json, localeOf, unknownSurvey } from '../context.js';
import { HttpProblem, problem } from '../problem.js';
import { underSubmissionLimits } from '../rate-limit.js';
import type { AppResponse } from '../types.js';
import { admission } from '../../units/rounds.js';
import type { SurveyState } from '../../versions/registry.js';
import { surveyId } from './surveys.js';
import { define } from './table.js';

/**
 * A hidden form field only bots fill in. The widget sends it as this top-level property of the submission when
 * it is not empty; a submission that has it is answered like a stored one but never stored.
 */
export const HONEYPOT_FIELD = 'honeypot';

const messages = {
  sv: {
    notJson: 'Innehållet är inte giltig JSON.',
    notObject: 'En inskickning ska vara ett JSON-objekt { … }.',
    tooDeep: `Innehållet är nästlat i fler än ${MAX_DEPTH} nivåer.`,
    keyMismatch: 'Idempotency-Key ska vara samma som submissionId i innehållet.',
    notUtf8: 'Innehållet är inte giltig UTF-8-text.',
  },
  en: {
    notJson: 'The body is not valid JSON.',
    notObject: 'A submission must be a JSON object { … }.',
    tooDeep: `The body nests deeper than ${MAX_DEPTH} levels.`,
    keyMismatch: 'Idempotency-Key must equal the submissionId in the body.',
    notUtf8: 'The body is not valid UTF-8 text.',
  },
} as const;

export function mediaType(contentType: string | undefined): { type: string; charset?: string } | undefined {
  if (!contentType) return undefined;
  const [type = '', ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/^"|"$/g, '');
  return charset === undefined ? { type } : { type, charset };
}

const honeypotFilled = (value: unknown): boolean =>
  value !== undefined &&
  value !== null &&
  value !== false &&
  !(typeof value === 'string' && value.trim() === '');

/** At most this many issues are listed in a 400; `moreIssues` counts the rest. */
export const MAX_LISTED_ISSUES = 50;

/** `410 Gone`: staff closed the survey. The widget shows `detail` to the respondent. */
export function surveyClosed(locale: 'sv' | 'en'): HttpProblem {
  return new HttpProblem(
    410,
    'survey-closed',
    locale === 'en' ? 'Survey closed' : 'Enkäten är stängd',
    locale === 'en'
      ? 'The survey is closed. It no longer takes answers, and your answers were not saved.'
      : 'Enkäten är stängd. Den tar inte emot fler svar, och dina svar sparades inte.',
  );
}

/** `410 Gone`: the round is over (its grace for late answers too). */
export function roundClosed(locale: 'sv' | 'en'): HttpProblem {
  return new HttpProblem(
    410,
    'round-closed',
    locale === 'en' ? 'Round closed' : 'Omgången är avslutad',
    locale === 'en'
      ? 'The survey round is over. It no longer takes answers, and your answers were not saved.'
      : 'Enkäten är stängd för den här omgången. Den tar inte emot fler svar, och dina svar sparades inte.',
  );
}

const invalidProblem = (issues: { path: string; code?: string; message: string }[]): HttpProblem => {
  const response = invalid(issues);
  return new HttpProblem(
    400,
    'invalid-submission',
    'Invalid submission',
    'The submission has errors; see issues.',
    {
      issues: JSON.parse(String(response.body)).issues,
    },
  );
};

export function invalid(issues: { path: string; code?: string; message: string }[]): AppResponse {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const rest = issues.length - listed.length;
  return problem(400, 'invalid-submission', 'Invalid submission', 'The submission has errors; see issues.', {
    issues: listed.map(({ path, code, message }) => ({ path, message, ...(code ? { code } : {}) })),
    ...(rest > 0 ? { moreIssues: rest } : {}),
  });
}

/** Strict UTF-8: invalid bytes are refused, never replaced; a leading byte-order mark is dropped. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** What {@link submissionAcceptor}'s `accept` judges: an envelope already decoded from its body. */
export interface Acceptance {
  id: string;
  state: SurveyState;
  /** The submission as sent, without the honeypot field. */
  envelope: Record<string, unknown>;
  /** What the honeypot field held (a submission with it filled is answered as stored, never stored). */
  bait: unknown;
  locale: 'sv' | 'en';
  /** Charges the rate limit's valid bucket (see rate-limit.ts); called once the submission is known valid. */
  admitValid: () => void;
  extraIssues?: { path: string; code?: string; message: string }[];
}

export interface SubmissionAcceptor {
  /** 201 stored, 200 replay, 400 invalid, 422 conflicting; throws an HttpProblem for 409/410 and unknown places. */
  accept(acceptance: Acceptance): Promise<AppResponse>;
  /** The largest body a submission to `id` may have (JSON bytes; see ../../submission-size.ts). */
  bodyLimit(id: string, state: SurveyState): number | Promise<number>;
}

const acceptors = new WeakMap<AppContext, SubmissionAcceptor>();

/** The submission route's judge and store, for the hosted page's form posts (registered with the route). */
export function submissionAcceptor(ctx: AppContext): SubmissionAcceptor {
  const acceptor = acceptors.get(ctx);
  if (!acceptor) throw new Error('registerResponses() must run before the hosted pages are used');
  return acceptor;
}

export function registerResponses(app: FastifyInstance, ctx: AppContext): void {
  const tooLarge = (limit: number): AppResponse => ({
    ...problem(413, 'too-large', 'Submission too large', `A submission may be at most ${limit} bytes.`, {
      limit,
    }),
    close: true,
  });

  /**
   * The unit and round an answer is for: a unit that exists, a round of this survey that runs in it (derived
   * from the unit and the time when the answer names none), and whether the round still takes it.
   */
  const NOWHERE = { unitId: null, roundId: null, refusal: undefined };
  async function placeOf(
    id: string,
    submission: Submission,
    locale: 'sv' | 'en',
  ): Promise<{ unitId: string | null; roundId: string | null; refusal?: HttpProblem }> {
    const { unit, round: named } = submission;
    if (unit === undefined && named === undefined) return { unitId: null, roundId: null };
    const en = locale === 'en';
    if (unit !== undefined && !(await ctx.units.get(unit))) {
      throw invalidProblem([
        {
          path: 'unit',
          code: 'unknown-unit',
          message: en ? `There is no unit "${unit}".` : `Det finns ingen enhet "${unit}".`,
        },
      ]);
    }
    const now = ctx.now();
    const submittedAt = new Date(submission.submittedAt);
    let round;
    if (named !== undefined) {
      round = await ctx.rounds.get(named);
      if (!round || round.surveyId !== id) {
        throw invalidProblem([
          {
            path: 'round',
            code: 'unknown-round',
            message: en ? `The survey has no round "${named}".` : `Enkäten har ingen omgång "${named}".`,
          },
        ]);
      }
      if (unit !== undefined && !round.units.some((u) => u.unitId === unit)) {
        throw invalidProblem([
          {
            path: 'unit',
            code: 'unit-not-in-round',
            message: en
              ? `The unit "${unit}" is not part of the round "${round.name}".`
              : `Enheten "${unit}" är inte med i omgången "${round.name}".`,
          },
        ]);
      }
    } else if (unit !== undefined) {
      round = await ctx.rounds.forUnit(id, unit, now, submittedAt);
    }
    const place = { unitId: unit ?? null, roundId: round?.id ?? null };
    if (!round) return place;
    const admitted = admission(round, now, submittedAt);
    if (admitted === 'early') {
      throw new HttpProblem(
        409,
        'round-not-open',
        en ? 'The round has not opened' : 'Omgången har inte öppnat',
        en
          ? `The survey opens on ${round.opens}. Your answers are kept and sent then.`
          : `Enkäten öppnar ${round.opens}. Dina svar sparas och skickas då.`,
      );
    }
    if (admitted === 'late') return { ...place, refusal: roundClosed(locale) };
    return place;
  }

  // The body limit of each survey: the largest valid submission to any of its published versions (never
  // below --max-body), so that no valid answer is refused as too large (see ../../submission-size.ts).
  // Known once worked out: no await on the way of a submission (issue #14, CPU per submission).
  const limits = new Map<string, { latest: number; limit: number }>();
  function knownBodyLimit(id: string, state: SurveyState): number | undefined {
    const known = limits.get(id);
    return known?.latest === (state.versions.at(-1) ?? 0) ? known.limit : undefined;
  }
  async function bodyLimit(id: string, state: SurveyState): Promise<number> {
    const latest = state.versions.at(-1) ?? 0;
    const versions = await Promise.all(state.versions.map((v) => ctx.registry.version(id, v)));
    const limit = submissionLimit(
      versions.flatMap((v) => (v ? [v.survey] : [])),
      ctx.maxBody,
    );
    limits.set(id, { latest, limit });
    return limit;
  }

  async function submit(request: FastifyRequest): Promise<AppResponse> {
    const address = clientIp(request, ctx.options.trustProxy);
    return underSubmissionLimits(ctx.limiter, ctx.metrics, address, (admitValid) =>
      judge(request, admitValid),
    );
  }

  /** Reads and judges a submission; `admitValid()` before storing (the rate limit, see rate-limit.ts). */
  async function judge(request: FastifyRequest, admitValid: () => void): Promise<AppResponse> {
    const id = surveyId(request);
    // One look at the survey (cached by the registry) serves every question below.
    const state = await ctx.registry.state(id);
    const latest = state?.latest;
    if (!state || !latest) throw unknownSurvey(id);
    const locale = localeOf(header(request, 'accept-language'));
    const text = messages[locale];
    const media = mediaType(header(request, 'content-type'));
    const acceptedType = media && (media.type === 'application/json' || media.type === 'text/plain');
    if (!acceptedType || (media.charset !== undefined && media.charset !== 'utf-8')) {
      throw new HttpProblem(
        415,
        'unsupported-media-type',
        'Unsupported content type',
        'Send the submission as application/json or text/plain (UTF-8) carrying JSON.',
        {},
        { accept: 'application/json, text/plain' },
      );
    }
    const limit = knownBodyLimit(id, state) ?? (await bodyLimit(id, state));
    const declared = header(request, 'content-length');
    if (declared !== undefined && Number(declared) > limit) return tooLarge(limit);
    const body = await readBody(request, limit);
    if (body === undefined) return tooLarge(limit);

    let source: string;
    try {
      source = utf8.decode(body);
    } catch {
      return invalid([{ path: '', code: 'utf8', message: text.notUtf8 }]);
    }
    let input: unknown;
    try {
      input = JSON.parse(source);
    } catch {
      return invalid([{ path: '', code: 'json', message: text.notJson }]);
    }
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return invalid([{ path: '', code: 'not-object', message: text.notObject }]);
    }
    if (nestsDeeperThan(input, MAX_DEPTH)) {
      return invalid([{ path: '', code: 'too-deep', message: text.tooDeep }]);
    }
    const envelope = input as Record<string, unknown>; // parsed here, nobody else holds it: no copy
    const bait = Object.hasOwn(envelope, HONEYPOT_FIELD) ? envelope[HONEYPOT_FIELD] : undefined;
    delete envelope[HONEYPOT_FIELD];
    // A UUID in capitals is the same submission: ids are stored (and compared) in lower case.
    if (typeof envelope.submissionId === 'string')
      envelope.submissionId = envelope.submissionId.toLowerCase();

    const key = header(request, 'idempotency-key');
    const keyIssue =
      key !== undefined && key.toLowerCase() !== envelope.submissionId
        ? [{ path: 'Idempotency-Key', code: 'idempotency-key', message: text.keyMismatch }]
        : [];
    return accept({ id, state, envelope, bait, locale, admitValid, extraIssues: keyIssue });
  }

  /**
   * Judges a decoded envelope and stores it once: the JSON route above, and the hosted page's form posts
   * (hosted/, through {@link submissionAcceptor}), so both answer alike.
   */
  async function accept({
    id,
    state,
    envelope,
    bait,
    locale,
    admitValid,
    extraIssues = [],
  }: Acceptance): Promise<AppResponse> {
    const latest = state.latest!;
    // Validated against the version it answers: an answer queued on a device for an earlier version is as
    // valid as it was (every published version stays answerable). An unknown version is judged against the
    // latest, whose issue names the version expected.
    const named = envelope.surveyVersion;
    const answered =
      named === latest.version
        ? latest
        : typeof named === 'number' && Number.isInteger(named) && state.versions.includes(named)
          ? ((await ctx.registry.version(id, named)) ?? latest)
          : latest;
    const parsed = parseSubmission(answered.survey, envelope, { locale });
    if (!parsed.ok || extraIssues.length) {
      return invalid([...(parsed.ok ? [] : parsed.issues), ...extraIssues]);
    }
    const submission: Submission = parsed.submission;
    admitValid();
    const accepted = { submissionId: submission.submissionId };
    const payloadHash = sha256(canonicalJson(envelope));
    const place =
      submission.unit === undefined && submission.round === undefined
        ? NOWHERE
        : await placeOf(id, submission, locale);
    const refusal = state.closedAt ? surveyClosed(locale) : place.refusal;
    if (refusal) {
      // A closed survey (or round) takes no new answers, but an answer it already has is acknowledged again (a
      // device that never saw the first acknowledgement must not tell the respondent it was lost).
      const stored = await ctx.store.get(id, submission.submissionId);
      if (stored?.payloadHash === payloadHash) return json(200, { ...accepted, status: 'replay' });
      throw refusal;
    }
    if (place.roundId && !submission.round) submission.round = place.roundId;
    if (honeypotFilled(bait)) {
      ctx.discarded++;
      return json(201, { ...accepted, status: 'stored' });
    }
    const outcome = await ctx.store.insert({
      surveyId: id,
      submissionId: submission.submissionId,
      surveyVersion: submission.surveyVersion,
      payloadHash,
      submission: JSON.stringify(submission),
      receivedAt: ctx.now().toISOString(),
      unitId: place.unitId,
      roundId: place.roundId,
    });
    if (outcome === 'stored') return json(201, { ...accepted, status: 'stored' });
    if (outcome === 'replay') return json(200, { ...accepted, status: 'replay' });
    return problem(
      422,
      'conflicting-submission',
      'Conflicting submission',
      'A submission with this submissionId was already stored with different content. The stored one is kept; send new answers with a new submissionId.',
      { submissionId: submission.submissionId },
    );
  }

  acceptors.set(ctx, { accept, bodyLimit: (id, state) => knownBodyLimit(id, state) ?? bodyLimit(id, state) });

  define(
    app,
    '/api/surveys/:id/responses',
    { POST: submit },
    { exists: (request) => ctx.published(surveyId(request)) },
  );
}
