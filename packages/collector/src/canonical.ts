/** Canonical JSON (sorted keys, no whitespace) and a nesting-depth guard, for comparing replayed payloads. */
import { createHash } from 'node:crypto';

/** Deepest nesting a submission may have; real ones need 3 (answers → scale-group → item). */
export const MAX_DEPTH = 16;

/**
 * True when `value` nests objects or arrays deeper than `max` levels. Recursive, but never deeper than `max`
 * calls whatever the input; allocates nothing (it runs on every submission).
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (max <= 0) return true;
  if (Array.isArray(value)) {
    for (const child of value as unknown[]) if (nestsDeeperThan(child, max - 1)) return true;
    return false;
  }
  for (const key in value) {
    if (Object.hasOwn(value, key) && nestsDeeperThan((value as Record<string, unknown>)[key], max - 1))
      return true;
  }
  return false;
}

/**
 * The same JSON value always gives the same text: object keys sorted (by UTF-16 code units), no whitespace.
 * Call only on values that passed `nestsDeeperThan`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // Built by appending (no array of parts per level): this runs on every submission.
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) text += (i ? ',' : '') + canonicalJson(value[i]);
    return `${text}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedInPlace(Object.keys(record));
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    text += `${i ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
  }
  return `${text}}`;
}

/**
 * `keys.sort()` (UTF-16 code-unit order) without its scratch space for the few keys an object of a submission
 * has: insertion sort in place, and nothing to do for keys already in order.
 */
function sortedInPlace(keys: string[]): string[] {
  if (keys.length > 32) return keys.sort();
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i]!;
    let j = i - 1;
    if (keys[j]! <= key) continue;
    while (j >= 0 && keys[j]! > key) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = key;
  }
  return keys;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
