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
