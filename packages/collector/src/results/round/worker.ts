/**
 * A round's snapshot computed off the server's event loop: `computeRoundSnapshot` starts a worker thread, streams
 * the submissions to it in batches, and resolves with the protected snapshot and its audit. The worker is this
 * same file (run with `isMainThread` false).
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { RoundSnapshot } from '@svara/schema';
import { auditRound } from './audit.js';
import type { AuditReport } from './audit.js';
import { createRoundTally } from './round.js';
import type { RoundInput, RoundSubmission } from './round.js';

export interface RoundResult {
  snapshot: RoundSnapshot;
  audit: AuditReport;
  /** Milliseconds spent counting, protecting and auditing. */
  timings: { count: number; protect: number; audit: number };
}

type ToWorker = { batch: RoundSubmission[] } | { done: true };
type FromWorker = { ok: true; result: RoundResult } | { ok: false; message: string };

const BATCH = 2000;

/** Computes and audits a round's snapshot in a worker thread. `input.now` is not passed (dates are fixed first). */
export async function computeRoundSnapshot(
  input: Omit<RoundInput, 'now'> & { generatedAt?: string },
  submissions: AsyncIterable<RoundSubmission> | Iterable<RoundSubmission>,
): Promise<RoundResult> {
  const self = import.meta.url;
  const data = { ...input, generatedAt: input.generatedAt ?? new Date().toISOString() };
  // The build runs this file as it is; from the TypeScript sources (development, tests) the worker first
  // registers tsx, which the parent's `--import tsx` does not do for worker threads.
  const worker = self.endsWith('.ts')
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`,
        { eval: true, workerData: data, execArgv: process.execArgv },
      )
    : new Worker(new URL(self), { workerData: data });
  const done = new Promise<RoundResult>((resolve, reject) => {
    worker.once('message', (message: FromWorker) => {
      if (message.ok) resolve(message.result);
      else reject(new Error(message.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The results worker stopped with code ${code}.`));
    });
  });
  try {
    let batch: RoundSubmission[] = [];
    for await (const submission of submissions) {
      batch.push({
        unit: submission.unit ?? null,
        answers: submission.answers,
        answeredBy: submission.answeredBy ?? null,
      });
      if (batch.length >= BATCH) {
        worker.postMessage({ batch } satisfies ToWorker);
        batch = [];
      }
    }
    if (batch.length) worker.postMessage({ batch } satisfies ToWorker);
    worker.postMessage({ done: true } satisfies ToWorker);
    return await done;
  } finally {
    await worker.terminate();
  }
}

if (!isMainThread && parentPort && (workerData as { survey?: unknown } | undefined)?.survey) {
  const port = parentPort;
  const input = workerData as RoundInput & { generatedAt: string };
  const started = performance.now();
  const tally = createRoundTally({ ...input, now: () => new Date(input.generatedAt) });
  port.on('message', (message: ToWorker) => {
    if ('batch' in message) {
      for (const submission of message.batch) tally.add(submission);
      return;
    }
    void (async () => {
      try {
        const counted = performance.now();
        const snapshot = tally.finish();
        const protectedAt = performance.now();
        const internals = tally.internals();
        const audit = await auditRound(internals.systems, internals.witnesses, {
          lines: internals.lines,
          minCount: internals.minCount,
        });
        if (audit.leaks.length || audit.badWitnesses)
          throw new Error(`The audit found ${audit.leaks.length} computable counts; nothing is published.`);
        if (audit.lines?.violations)
          throw new Error(
            `The audit found ${audit.lines.violations} published lines whose hidden counts add up to 1–4; nothing is published.`,
          );
        const result: RoundResult = {
          snapshot,
          audit,
          timings: {
            count: Math.round(counted - started),
            protect: Math.round(protectedAt - counted),
            audit: Math.round(performance.now() - protectedAt),
          },
        };
        port.postMessage({ ok: true, result } satisfies FromWorker);
      } catch (error) {
        port.postMessage({ ok: false, message: (error as Error).message } satisfies FromWorker);
      }
    })();
  });
}
