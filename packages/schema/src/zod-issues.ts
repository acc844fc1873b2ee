/**
 * Turns zod issues into plain messages with paths. Union failures are narrowed to the branch the author most
 * likely meant, and the received value is read from the input itself so messages can quote it.
 */
import type { core } from 'zod/mini';

import { formatPath, message, typeName } from './messages.js';
import type { Issue, Locale } from './messages.js';

type ZodIssue = core.$ZodIssue;

/** Field names of the format, for "did you mean" suggestions on unknown fields. */
const knownFields = [
  '$schema',
  'id',
  'version',
  'lang',
  'languages',
  'audience',
  'title',
  'intro',
  'thanks',
  'plain',
  'privacy',
  'anonymous',
  'purpose',
  'whoSees',
  'contact',
  'anonymity',
  'retention',
  'register',
  'registerField',
  'invited',
  'modes',
  'questions',
  'pages',
  'type',
  'text',
  'description',
  'pictogram',
  'audio',
  'required',
  'showIf',
  'scale',
  'display',
  'breakdown',
  'allowDontKnow',
  'allowSkip',
  'options',
  'value',
  'min',
  'max',
  'minLabel',
  'maxLabel',
  'multiline',
  'maxLength',
  'items',
  'question',
  'item',
  'equals',
  'in',
  'answered',
  'all',
  'any',
  'arasaac',
  'builtin',
  'src',
  'alt',
  'submissionId',
  'surveyId',
  'surveyVersion',
  'submittedAt',
  'answers',
  'meta',
  'answeredBy',
  'mode',
  'pictograms',
  'readAloud',
];

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

/** The closest known field name, if it is close enough to be a likely typo. */
export function suggestField(key: string): string | undefined {
  if (knownFields.includes(key)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = key.toLowerCase();
  for (const field of knownFields) {
    const d = field.toLowerCase() === lower ? 0 : distance(lower, field.toLowerCase());
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(key.length / 4)) ? best : undefined;
}

/** Reads the value at `path` in `root`, own properties only. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'int';
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    return String(value);
  }
}

const ROOT_MISMATCH = 100;

function branchScore(issues: readonly ZodIssue[], input: unknown): number {
  let score = 0;
  for (const issue of issues) {
    if (issue.path.length === 0) {
      if (issue.code === 'invalid_type' || issue.code === 'unrecognized_keys') score += ROOT_MISMATCH;
      else if (issue.code === 'invalid_value') score += typeof input === 'string' ? 1 : ROOT_MISMATCH;
      else if (issue.code === 'invalid_union')
        score += branchScore(bestBranch(issue, input) ?? [], input) || 1;
      else score += 1;
    } else score += 1;
  }
  return score;
}

function bestBranch(issue: core.$ZodIssueInvalidUnion, input: unknown): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestScore = Infinity;
  for (const branch of issue.errors) {
    const score = branchScore(branch, input);
    if (score < bestScore) {
      best = branch;
      bestScore = score;
    }
  }
  return bestScore >= ROOT_MISMATCH ? undefined : best;
}

/** Our own message keys are set as zod error params; anything else is zod's default text. */
function ownKey(issue: ZodIssue): string | undefined {
  return /^[a-z][a-z-]*$/.test(issue.message) ? issue.message : undefined;
}

export function zodIssuesToIssues(
  issues: readonly ZodIssue[],
  input: unknown,
  locale: Locale,
  prefix: readonly PropertyKey[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const received = valueAt(input, path);
    const push = (
      code: string,
      params: Record<string, string | number | undefined> = {},
      at = path,
    ): void => {
      out.push({ code, path: formatPath(at), message: message(code, locale, params) });
    };
    const key = ownKey(issue);
    switch (issue.code) {
      case 'invalid_union': {
        if (issue.discriminator !== undefined && issue.errors.length === 0) {
          const allowed = 'options' in issue ? (issue.options ?? []).join(', ') : '';
          if (received === undefined) push('required', { field: String(path.at(-1)) });
          else push(key ?? 'enum', { value: show(received), allowed });
          break;
        }
        const branch = bestBranch(issue, received);
        if (branch) out.push(...zodIssuesToIssues(branch, input, locale, path));
        else if (received === undefined) push('required', { field: String(path.at(-1)) });
        else push(key ?? 'invalid', { value: show(received) });
        break;
      }
      case 'invalid_type': {
        if (received === undefined && path.length > 0) {
          const parent = valueAt(input, path.slice(0, -1));
          if (parent !== null && typeof parent === 'object' && !Array.isArray(parent)) {
            push('required', { field: String(path.at(-1)) });
            break;
          }
        }
        if (key && key !== 'id' && key !== 'lang-code' && key !== 'uuid' && key !== 'datetime') {
          push(key, { value: show(received) });
          break;
        }
        push('type', {
          expected: typeName(issue.expected, locale),
          received: `${typeName(kindOf(received) === 'int' ? 'number' : kindOf(received), locale)}${
            received === undefined || received === null ? '' : ` (${show(received)})`
          }`,
        });
        break;
      }
      case 'invalid_value': {
        const allowed = issue.values.map((v) => String(v)).join(', ');
        push(key ?? 'enum', { value: show(received), allowed });
        break;
      }
      case 'unrecognized_keys': {
        const owner = valueAt(input, path);
        const type =
          owner !== null && typeof owner === 'object' && 'type' in owner
            ? (owner as { type: unknown }).type
            : undefined;
        for (const k of issue.keys) {
          const suggestion = suggestField(k);
          if (!suggestion && typeof type === 'string' && knownFields.includes(k))
            push('unknown-field-type', { key: k, type }, [...path, k]);
          else push('unknown-field', { key: k, suggestion }, [...path, k]);
        }
        break;
      }
      case 'invalid_key': {
        const bad = path.at(-1);
        // zod reports the record key with the record's path; the key itself is in issue.issues' input.
        const inner = issue.issues[0];
        const badKey = inner && 'input' in inner ? String(inner.input) : String(bad);
        push(inner ? (ownKey(inner) ?? 'invalid') : 'invalid', { value: badKey });
        break;
      }
      case 'too_small': {
        if (key) push(key, { value: show(received), min: Number(issue.minimum) });
        else if (issue.origin === 'array') push('too-small-array', { min: Number(issue.minimum) });
        else if (issue.origin === 'string') push('too-small-string', { min: Number(issue.minimum) });
        else push('too-small-number', { min: Number(issue.minimum) + (issue.inclusive ? 0 : 1) });
        break;
      }
      case 'too_big': {
        if (key) push(key, { value: show(received), max: Number(issue.maximum) });
        else if (issue.origin === 'array') push('too-big-array', { max: Number(issue.maximum) });
        else if (issue.origin === 'string') push('too-big-string', { max: Number(issue.maximum) });
        else push('too-big-number', { max: Number(issue.maximum) - (issue.inclusive ? 0 : 1) });
        break;
      }
      default:
        push(key ?? 'invalid', { value: show(received) });
    }
  }
  return out;
}
