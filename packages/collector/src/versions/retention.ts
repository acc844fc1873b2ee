/**
 * Retention: a survey whose latest published version says `privacy.retentionMonths: N` (the respondent reads it
 * on the start screen) keeps its answers N months. On start and then every hour the collector deletes older
 * answers, a batch at a time, and writes each survey's deletion to the audit log. Deleting is idempotent, so a
 * collector stopped mid-run (or several collectors running it) simply finishes the job on the next run.
 */
import type { Store } from '../store/types.js';
import type { SurveyRegistry } from './registry.js';

/** `at` minus `months` calendar months (UTC; the 31st becomes the last day of a shorter month). */
export function monthsBefore(at: Date, months: number): Date {
  const day = at.getUTCDate();
  const back = new Date(at);
  back.setUTCDate(1);
  back.setUTCMonth(back.getUTCMonth() - months);
  const last = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  back.setUTCDate(Math.min(day, last));
  return back;
}

export interface RetentionRecord {
  surveyId: string;
  months: number;
  /** Answers received before this were deleted. */
  before: string;
  deleted: number;
}

export interface SweepOptions {
  /** Rows per delete (default 1000). */
  batch?: number;
  /** Stop after this many batches (tests: a run cut short). */
  maxBatches?: number;
}

export async function sweepRetention(
  store: Store,
  registry: SurveyRegistry,
  now: Date,
  record: (entry: RetentionRecord) => Promise<void>,
  options: SweepOptions = {},
): Promise<RetentionRecord[]> {
  const batch = options.batch ?? 1000;
  let batches = 0;
  const done: RetentionRecord[] = [];
  for (const state of await registry.list()) {
    const months = state.latest?.survey.privacy?.retentionMonths;
    if (!months) continue;
    const before = monthsBefore(now, months).toISOString();
    let deleted = 0;
    for (;;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) break;
      const old = await store.db
        .selectFrom('responses')
        .select('seq')
        .where('survey_id', '=', state.id)
        .where('received_at', '<', before)
        .orderBy('seq')
        .limit(batch)
        .execute();
      if (!old.length) break;
      batches++;
      const result = await store.db
        .deleteFrom('responses')
        .where(
          'seq',
          'in',
          old.map((row) => row.seq),
        )
        .executeTakeFirst();
      deleted += Number(result.numDeletedRows);
      if (old.length < batch) break;
    }
    if (deleted > 0) {
      const entry = { surveyId: state.id, months, before, deleted };
      done.push(entry);
      await record(entry);
    }
  }
  return done;
}
