/**
 * Reading what Orca said, waiting until it has finished saying it, and the golden-file format.
 *
 * A golden transcript is plain text a person can read and judge:
 *
 *   # The title of the scenario
 *   # What a listener should notice.
 *
 *   Tab → svara-choice › radio "Synpunkt"
 *     form
 *     Vad vill du lämna? panel.
 *
 * one block per key: the key, the element that has focus afterwards (through shadow roots), and each string Orca
 * spoke, indented, in order. `(nothing)` when Orca said nothing.
 */
import { openSync, readSync, closeSync, statSync } from 'node:fs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class Transcript {
  /** @param {string} path the file orca-customizations.py appends to */
  constructor(path) {
    this.path = path;
  }

  /** The current end of the file: pass it to `since` after an action. */
  mark() {
    try {
      return statSync(this.path).size;
    } catch {
      return 0;
    }
  }

  /**
   * What Orca spoke after `offset`.
   * @param {number} offset
   * @returns {{ time: number, text: string }[]}
   */
  since(offset) {
    const size = this.mark();
    if (size <= offset) return [];
    const buffer = Buffer.alloc(size - offset);
    const fd = openSync(this.path, 'r');
    try {
      readSync(fd, buffer, 0, buffer.length, offset);
    } finally {
      closeSync(fd);
    }
    return buffer
      .toString('utf8')
      .split('\n')
      .map((line) => line.split('\t'))
      .filter(([, kind]) => kind === 'SPEAK' || kind === 'SAYALL')
      .map(([time, , ...text]) => ({ time: Number(time) * 1000, text: text.join('\t').trim() }))
      .filter(({ text }) => text !== '');
  }

  /**
   * Waits until Orca has gone quiet after an action, then returns what it said. Quiet means: nothing new for
   * `quietMs` once something was said, or nothing at all for `silentMs` (a key that makes Orca say nothing).
   * @param {number} offset the mark taken before the action
   * @param {{ quietMs?: number, silentMs?: number, maxMs?: number }} [options]
   * @returns {Promise<string[]>}
   */
  async settle(offset, { quietMs = 300, silentMs = 1000, maxMs = 8000 } = {}) {
    const start = Date.now();
    let last = this.mark();
    let lastChange = start;
    for (;;) {
      await sleep(25);
      const now = Date.now();
      const size = this.mark();
      if (size !== last) {
        last = size;
        lastChange = now;
      }
      const spoke = size > offset;
      if (spoke && now - lastChange >= quietMs) break;
      if (!spoke && now - start >= silentMs) break;
      if (now - start >= maxMs) break;
    }
    return this.since(offset).map(({ text }) => text);
  }
}

/**
 * @typedef {{ key: string, focus: string, spoken: string[] }} Step
 */

/**
 * The golden text of one scenario.
 * @param {{ title: string, notes?: string[], knownProblem?: string }} scenario
 * @param {Step[]} steps
 */
export function format(scenario, steps) {
  const head = [
    `# ${scenario.title}`,
    ...(scenario.notes ?? []).map((note) => `# ${note}`),
    ...(scenario.knownProblem
      ? [`# KNOWN PROBLEM, not how svara should sound: ${scenario.knownProblem}`]
      : []),
    '',
  ];
  const body = steps.flatMap(({ key, focus, spoken }) => [
    `${key} → ${focus}`,
    ...(spoken.length ? spoken : ['(nothing)']).map((text) => `  ${text}`),
  ]);
  return [...head, ...body].join('\n') + '\n';
}

/**
 * A line diff of expected (golden) and actual text: the changed lines with a few lines of context, `-` for the
 * golden, `+` for what Orca said this time. Empty when they are equal.
 * @param {string} expected
 * @param {string} actual
 * @param {number} [context]
 */
export function diff(expected, actual, context = 2) {
  if (expected === actual) return '';
  const a = expected.split('\n');
  const b = actual.split('\n');
  // Longest common subsequence (transcripts are a few hundred lines at most).
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  /** @type {{ op: ' ' | '-' | '+', line: string }[]} */
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ op: ' ', line: a[i] });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      ops.push({ op: '+', line: b[j++] });
    } else {
      ops.push({ op: '-', line: a[i++] });
    }
  }
  const show = ops.map((o, index) =>
    ops.slice(Math.max(0, index - context), index + context + 1).some((near) => near.op !== ' '),
  );
  const out = [];
  ops.forEach((o, index) => {
    if (!show[index]) {
      if (show[index - 1]) out.push('  …');
      return;
    }
    out.push(`${o.op} ${o.line}`);
  });
  return out.join('\n');
}
