/** RFC 9457 problem details: every error response is `application/problem+json`. */
import type { AppResponse } from './types.js';

export interface ProblemIssue {
  /** Where: a path in the submitted JSON (`answers.kon`), or a header name. Empty for the whole body. */
  path: string;
  message: string;
  code?: string;
}

export interface Problem {
  status: number;
  /** Stable identifier of the kind of problem, e.g. `urn:svara:problem:invalid-submission`. */
  type: string;
  title: string;
  detail?: string;
  issues?: ProblemIssue[];
  [extra: string]: unknown;
}

export function problem(
  status: number,
  slug: string,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): AppResponse {
  const body: Problem = { type: `urn:svara:problem:${slug}`, title, status, ...extra };
  if (detail !== undefined) body.detail = detail;
  return {
    status,
    headers: {
      'content-type': 'application/problem+json; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
    body: JSON.stringify(body),
  };
}

/**
 * A problem thrown from a route or a guard; the app's error handler answers it as problem+json. Throwing keeps
 * handlers and guards short: `throw new HttpProblem(404, 'unknown-survey', 'Unknown survey', '…')`.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }

  get response(): AppResponse {
    return problem(this.status, this.slug, this.title, this.detail, this.extra, this.headers);
  }
}
