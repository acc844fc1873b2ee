/**
 * The audit log: one append-only row per staff action (who, when, what). The database refuses UPDATE and
 * DELETE on `audit_log` (triggers, see migrations.ts), so entries can be added and read, never changed.
 *
 * Other modules call `audit.record({ actor, action, target, detail })`; routes use `request.audit(…)`, which
 * fills in the signed-in actor.
 */
import { csvRow } from '../csv.js';
import type { AuthDb } from './schema.js';

/** The actions svara records. Other streams add theirs here (a free string is accepted too). */
export type AuditAction =
  | 'auth.sign-in'
  | 'auth.sign-in-failed'
  | 'auth.locked'
  | 'auth.sign-out'
  | 'auth.sign-out-everywhere'
  | 'user.create'
  | 'user.roles'
  | 'user.disable'
  | 'user.enable'
  | 'user.password'
  | 'token.create'
  | 'token.revoke'
  | 'survey.publish'
  | 'survey.close'
  | 'survey.reopen'
  | 'draft.approve'
  | 'round.close'
  | 'responses.export'
  | 'response.erase'
  | 'retention.delete'
  | 'unit.change'
  | (string & Record<never, never>);

/** Who did it. `id` is the user's id (null for the system or an unknown person). */
export interface Actor {
  id: string | null;
  /** Readable: an e-mail, `token:<prefix>` for an API token, `cli`, `system`, or what was typed at a failed sign-in. */
  label: string;
}

export const SYSTEM: Actor = { id: null, label: 'system' };

export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  /** What it was done to: `survey:<id>`, `user:<id>`, `response:<survey>/<submission>`, … */
  target?: string | null;
  detail?: Record<string, unknown>;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  actorId: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
}

export interface AuditQuery {
  /** Inclusive lower bound: a date (`2027-01-01`, from its start) or an ISO time. */
  from?: string;
  /** Exclusive upper bound … or a date, whose whole day is included. */
  to?: string;
  action?: string;
  /** Rows after this seq (keyset pagination). */
  afterSeq?: number;
  limit?: number;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A query bound as an ISO time, or undefined when it is neither a date nor a time. */
export function auditBound(value: string | undefined, end: boolean): string | undefined {
  if (!value) return undefined;
  if (DATE.test(value)) {
    const day = new Date(`${value}T00:00:00.000Z`);
    if (Number.isNaN(day.getTime())) return undefined;
    if (end) day.setUTCDate(day.getUTCDate() + 1);
    return day.toISOString();
  }
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

export class AuditLog {
  constructor(
    private readonly db: AuthDb,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Appends one entry; resolves when it is stored. */
  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        at: this.now().toISOString(),
        actor_id: entry.actor.id,
        actor: entry.actor.label,
        action: entry.action,
        target: entry.target ?? null,
        detail: JSON.stringify(entry.detail ?? {}),
      })
      .execute();
  }

  /** Entries in order, oldest first. */
  async list(query: AuditQuery = {}): Promise<AuditRecord[]> {
    let q = this.db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc');
    const from = auditBound(query.from, false);
    const to = auditBound(query.to, true);
    if (from) q = q.where('at', '>=', from);
    if (to) q = q.where('at', '<', to);
    if (query.action) q = q.where('action', '=', query.action);
    if (query.afterSeq !== undefined) q = q.where('seq', '>', query.afterSeq);
    if (query.limit !== undefined) q = q.limit(query.limit);
    const rows = await q.execute();
    return rows.map((row) => ({
      seq: Number(row.seq),
      at: row.at,
      actor: row.actor,
      actorId: row.actor_id,
      action: row.action,
      target: row.target,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  /** Every matching entry, a page at a time (never all in memory). */
  async *scan(query: Omit<AuditQuery, 'afterSeq' | 'limit'> = {}, batch = 1000): AsyncGenerator<AuditRecord> {
    let afterSeq = 0;
    for (;;) {
      const rows = await this.list({ ...query, afterSeq, limit: batch });
      yield* rows;
      if (rows.length < batch) return;
      afterSeq = rows[rows.length - 1]!.seq;
    }
  }
}

export const AUDIT_CSV_HEADER = csvRow(['seq', 'at', 'actor', 'actor_id', 'action', 'target', 'detail']);

/** One CSV line of an entry (the collector's CSV: RFC 4180, cells neutralised against formula injection). */
export function auditCsvLine(record: AuditRecord): string {
  return csvRow([
    record.seq,
    record.at,
    record.actor,
    record.actorId ?? '',
    record.action,
    record.target ?? '',
    JSON.stringify(record.detail),
  ]);
}
