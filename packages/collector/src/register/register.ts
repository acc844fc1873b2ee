/**
 * The register service: cases from submissions (on arrival, and a catch-up sweep that finds any stored
 * submission of a register survey without its case), settings per unit (days to answer, retention), the lists
 * with their filters, and the automatic erasure of personal data once a case has been closed for the unit's
 * retention period. Everything is in the database, so a restart loses nothing and a sweep after it finishes
 * what was due.
 */
import type { Submission, Survey } from '@svara/schema';

import type { Actor } from '../auth/audit.js';
import type { Db } from '../store/database.js';
import {
  caseFromSubmission,
  erasePersonalData,
  getCase,
  insertSubmissionCase,
  isPersonalQuestion,
} from './cases.js';
import type { CaseRow, ErasureReason } from './cases.js';
import { addMonths, daysBetween, stockholmDay } from './dates.js';
import type { Category, Status } from './vocabulary.js';
import { allQuestions } from '@svara/schema';

export const DEFAULT_ANSWER_DAYS = 14;
export const DEFAULT_RETENTION_MONTHS = 12;
/** How often the sweep runs (catch-up of cases, retention). */
export const SWEEP_INTERVAL_MS = 10 * 60 * 1000;

export interface RegisterSettings {
  /** The unit the settings were set on ('' = the organisation's; null = the defaults). */
  from: string | null;
  answerDays: number;
  retentionMonths: number;
}

/** What the register needs from the rest of the collector. */
export interface RegisterHost {
  db: Db;
  now: () => Date;
  /** The definition a submission was answered on (undefined when unknown). */
  definition(surveyId: string, version: number): Promise<Survey | undefined> | Survey | undefined;
  /** Ids of surveys that have (or had) a register version. */
  registerSurveys(): Promise<readonly string[]> | readonly string[];
  /** The unit a submission's case belongs to: the unit it was answered for, else the survey's owner unit. */
  unitOf(surveyId: string, submission: Submission): Promise<string | null> | string | null;
  /** The unit's ancestors, nearest first. */
  unitAncestors(unit: string): Promise<readonly string[]> | readonly string[];
  audit(entry: {
    actor: Actor;
    action: string;
    target: string;
    detail?: Record<string, unknown>;
  }): Promise<void>;
  warn(message: string): void;
}

export interface CaseFilter {
  /** Cases of this unit and the units below it. */
  unit?: string | null;
  status?: readonly Status[];
  category?: readonly Category[];
  concerns?: readonly string[];
  /** Received on or after (YYYY-MM-DD). */
  from?: string;
  /** Received on or before (YYYY-MM-DD). */
  to?: string;
  overdue?: boolean;
}

export const SORT_KEYS = ['received', 'status', 'category', 'concerns', 'days', 'id'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Days waited and whether a case is overdue, for the unit's limit. */
export interface Waiting {
  /** Days since it was received, for a case that asks for an answer: until feedback was given, or until today. */
  daysWaited: number | null;
  answerLimitDays: number;
  overdue: boolean;
}

export function waitingOf(row: CaseRow, limit: number, today: string): Waiting {
  if (row.wants_answer !== 1) return { daysWaited: null, answerLimitDays: limit, overdue: false };
  const until = row.feedback_given === 1 && row.feedback_on ? row.feedback_on : today;
  const days = Math.max(0, daysBetween(row.received_on, until));
  const overdue = row.feedback_given !== 1 && row.status !== 'avslutad' && days > limit;
  return { daysWaited: days, answerLimitDays: limit, overdue };
}

export class Register {
  private readonly ancestorsCache = new Map<string, readonly (string | null)[]>();
  private sweeping: Promise<void> | undefined;

  constructor(readonly host: RegisterHost) {}

  get db(): Db {
    return this.host.db;
  }

  /** The unit, its ancestors, then the organisation (null), nearest first. Cached for one call chain. */
  async chain(unit: string | null): Promise<readonly (string | null)[]> {
    if (unit === null) return [null];
    const cached = this.ancestorsCache.get(unit);
    if (cached) return cached;
    const chain = [unit, ...(await this.host.unitAncestors(unit)), null];
    this.ancestorsCache.set(unit, chain);
    // The unit tree can change: remember it only briefly.
    setTimeout(() => this.ancestorsCache.delete(unit), 5000).unref();
    return chain;
  }

  /** Is `unit` the unit `top` or below it (`top` null: everything)? */
  async within(unit: string | null, top: string | null): Promise<boolean> {
    if (top === null) return true;
    return (await this.chain(unit)).includes(top);
  }

  // ─── Settings ────────────────────────────────────────────────────────

  /** The settings that apply to a unit: its own, else its nearest ancestor's, else the organisation's. */
  async settings(unit: string | null): Promise<RegisterSettings> {
    const chain = (await this.chain(unit)).map((u) => u ?? '');
    const rows = await this.db
      .selectFrom('register_settings')
      .selectAll()
      .where('unit', 'in', chain)
      .execute();
    for (const key of chain) {
      const row = rows.find((r) => r.unit === key);
      if (row)
        return {
          from: row.unit,
          answerDays: Number(row.answer_days),
          retentionMonths: Number(row.retention_months),
        };
    }
    return { from: null, answerDays: DEFAULT_ANSWER_DAYS, retentionMonths: DEFAULT_RETENTION_MONTHS };
  }

  async saveSettings(
    unit: string | null,
    answerDays: number,
    retentionMonths: number,
    by: string,
  ): Promise<void> {
    const now = this.host.now().toISOString();
    const values = {
      unit: unit ?? '',
      answer_days: answerDays,
      retention_months: retentionMonths,
      updated_at: now,
      updated_by: by,
    };
    await this.db
      .insertInto('register_settings')
      .values(values)
      .onConflict((oc) =>
        oc.column('unit').doUpdateSet({
          answer_days: answerDays,
          retention_months: retentionMonths,
          updated_at: now,
          updated_by: by,
        }),
      )
      .execute();
  }

  // ─── Cases from submissions ─────────────────────────────────────────

  /**
   * Makes the case of one stored submission, if its survey version is a register survey. Idempotent: a second
   * call (a replay, the sweep) finds the case there and adds nothing. Returns true when a case was made.
   */
  async ingest(surveyId: string, submission: Submission, receivedAt: string): Promise<boolean> {
    const survey = await this.host.definition(surveyId, submission.surveyVersion);
    if (!survey?.register) return false;
    const unit = await this.host.unitOf(surveyId, submission);
    const made = caseFromSubmission(survey, submission, receivedAt, unit);
    if (!made) return false;
    return insertSubmissionCase(this.db, made, this.host.now().toISOString());
  }

  /** Ingest of one stored submission by id (after the submission route stored or replayed it). */
  async ingestStored(surveyId: string, submissionId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('responses')
      .select(['submission', 'received_at'])
      .where('survey_id', '=', surveyId)
      .where('submission_id', '=', submissionId)
      .executeTakeFirst();
    if (!row) return false;
    return this.ingest(surveyId, JSON.parse(row.submission) as Submission, row.received_at);
  }

  /** Every stored submission of a register survey that has no case yet gets one. Returns how many were made. */
  async catchUp(batch = 500): Promise<number> {
    let made = 0;
    for (const surveyId of await this.host.registerSurveys()) {
      for (;;) {
        const rows = await this.db
          .selectFrom('responses as r')
          .leftJoin('register_cases as c', (join) =>
            join.onRef('c.survey_id', '=', 'r.survey_id').onRef('c.submission_id', '=', 'r.submission_id'),
          )
          .select(['r.submission', 'r.received_at', 'r.submission_id'])
          .where('r.survey_id', '=', surveyId)
          .where('c.id', 'is', null)
          .orderBy('r.seq')
          .limit(batch)
          .execute();
        let progress = 0;
        for (const row of rows) {
          const submission = JSON.parse(row.submission) as Submission;
          if (await this.ingest(surveyId, submission, row.received_at)) {
            made++;
            progress++;
          }
        }
        // Rows of versions that are not register surveys stay without a case: stop when nothing moved.
        if (rows.length < batch || progress === 0) break;
      }
    }
    return made;
  }

  // ─── Personal data ──────────────────────────────────────────────────

  /** Ids of the questions whose answers are personal data, in the version a submission was answered on. */
  readonly personalQuestions = async (surveyId: string, version: number) => {
    const survey = await this.host.definition(surveyId, version);
    return survey
      ? allQuestions(survey)
          .filter(isPersonalQuestion)
          .map((q) => q.id)
      : undefined;
  };

  async erase(id: number, reason: ErasureReason, actor: Actor): Promise<boolean> {
    const erased = await erasePersonalData(
      this.db,
      id,
      reason,
      actor.label,
      this.host.now().toISOString(),
      this.personalQuestions,
    );
    if (erased)
      await this.host.audit({
        actor,
        action: 'register.case.erase',
        target: `case:${id}`,
        detail: { reason },
      });
    return erased;
  }

  /**
   * Erases the personal data of every case closed longer ago than its unit's retention, and of every digital
   * case whose submission was erased. Returns the ids erased.
   */
  async applyRetention(): Promise<number[]> {
    const now = this.host.now();
    const erased: number[] = [];
    const closed = await this.db
      .selectFrom('register_cases')
      .select(['id', 'unit', 'closed_at'])
      .where('closed_at', 'is not', null)
      .where('personal_erased_at', 'is', null)
      .execute();
    for (const row of closed) {
      const { retentionMonths } = await this.settings(row.unit);
      if (addMonths(row.closed_at!, retentionMonths) <= now) {
        if (await this.erase(Number(row.id), 'retention', { id: null, label: 'system' }))
          erased.push(Number(row.id));
      }
    }
    const orphans = await this.db
      .selectFrom('register_cases as c')
      .leftJoin('responses as r', (join) =>
        join.onRef('r.survey_id', '=', 'c.survey_id').onRef('r.submission_id', '=', 'c.submission_id'),
      )
      .select('c.id')
      .where('c.source', '=', 'survey')
      .where('c.personal_erased_at', 'is', null)
      .where('r.seq', 'is', null)
      .execute();
    for (const row of orphans) {
      if (await this.erase(Number(row.id), 'response-erased', { id: null, label: 'system' }))
        erased.push(Number(row.id));
    }
    return erased;
  }

  /** Catch-up and retention, one at a time (a second call while one runs waits for it). */
  sweep(): Promise<void> {
    this.sweeping ??= (async () => {
      try {
        await this.catchUp();
        await this.applyRetention();
      } catch (error) {
        this.host.warn(`register sweep: ${(error as Error).message}`);
      } finally {
        this.sweeping = undefined;
      }
    })();
    return this.sweeping;
  }

  // ─── Lists ──────────────────────────────────────────────────────────

  today(): string {
    return stockholmDay(this.host.now());
  }

  /**
   * Cases matching the filter that `visible(unit)` allows, with their waiting times, sorted. Filtering by unit
   * and access happens here (a unit's subtree is known through its ancestors).
   */
  async list(
    filter: CaseFilter,
    visible: (unit: string | null) => Promise<boolean>,
    sort: SortKey = 'received',
    order: 'asc' | 'desc' = 'desc',
  ): Promise<{ row: CaseRow; waiting: Waiting }[]> {
    let query = this.db.selectFrom('register_cases').selectAll();
    if (filter.status?.length) query = query.where('status', 'in', [...filter.status]);
    if (filter.category?.length) query = query.where('category', 'in', [...filter.category]);
    if (filter.concerns?.length) query = query.where('concerns', 'in', [...filter.concerns]);
    if (filter.from) query = query.where('received_on', '>=', filter.from);
    if (filter.to) query = query.where('received_on', '<=', filter.to);
    const rows = await query.orderBy('id').execute();
    const today = this.today();
    const access = new Map<string, Promise<boolean>>();
    const limits = new Map<string, Promise<RegisterSettings>>();
    const out: { row: CaseRow; waiting: Waiting }[] = [];
    for (const row of rows) {
      const key = row.unit ?? '';
      if (!access.has(key))
        access.set(
          key,
          (async () =>
            (filter.unit === undefined || (await this.within(row.unit, filter.unit))) &&
            (await visible(row.unit)))(),
        );
      if (!(await access.get(key))) continue;
      if (!limits.has(key)) limits.set(key, this.settings(row.unit));
      const waiting = waitingOf(row, (await limits.get(key)!).answerDays, today);
      if (filter.overdue && !waiting.overdue) continue;
      out.push({ row, waiting });
    }
    const value = (item: { row: CaseRow; waiting: Waiting }): string | number => {
      switch (sort) {
        case 'status':
          return ['ny', 'under-utredning', 'atgardad', 'avslutad'].indexOf(item.row.status);
        case 'category':
          return item.row.category;
        case 'concerns':
          return item.row.concerns ?? '';
        case 'days':
          return item.waiting.daysWaited ?? -1;
        case 'id':
          return Number(item.row.id);
        default:
          return `${item.row.received_on} ${item.row.received_at}`;
      }
    };
    const sign = order === 'asc' ? 1 : -1;
    out.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      const c =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'sv');
      return c !== 0 ? sign * c : sign * (Number(a.row.id) - Number(b.row.id));
    });
    return out;
  }

  get(id: number): Promise<CaseRow | undefined> {
    return getCase(this.db, id);
  }
}
