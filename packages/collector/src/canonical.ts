/** Canonical JSON (sorted keys, no whitespace) and a nesting-depth guard, for comparing replayed payloads. */
import { createHash } from 'node:crypto';

/** Deepest nesting a submission may have; real ones need 3 (answers → scale-group → item). */
export const MAX_DEPTH = 16;

/** True when `value` nests objects or arrays deeper than `max` levels. Iterative: safe for any input. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    const children = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * The same JSON value always gives the same text: object keys sorted (by UTF-16 code units), no whitespace.
 * Call only on values that passed `nestsDeeperThan`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
