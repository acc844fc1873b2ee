/**
 * Published results: one immutable snapshot per closed round (computed once, protected together, audited; see
 * ../round/), and the round's "Ni sa – vi gör" actions beside it. Nothing here computes results from live answers:
 * what is served is what was stored when the round was published.
 */
import { randomBytes } from 'node:crypto';
import { allQuestions } from '@svara/schema';
import type {
  ActionStatus,
  ResultAction,
  ResultRound,
  RoundSnapshot,
  Survey,
  Text,
  Trend,
} from '@svara/schema';

import type { Db } from '../../store/database.js';
import type { Round, Rounds } from '../../units/rounds.js';
import { stockholmDay } from '../../units/dates.js';
import type { Units } from '../../units/units.js';
import { withActions } from '../round/actions.js';
import type { ActionsByUnit } from '../round/actions.js';
import type { RoundSubmission, RoundUnit } from '../round/round.js';
import { trendOf } from '../round/trend.js';
import { computeRoundSnapshot } from '../round/worker.js';

export const ACTION_STATUSES: readonly ActionStatus[] = ['planerad', 'pågår', 'klar'];

export interface SnapshotAudit {
  checked: number;
  byWitness: number;
  bySolver: number;
  /** Counts shown as hidden (null) in the published JSON. */
  hidden: number;
  /** Counts published. */
  published: number;
}

export interface PublishedSnapshot {
  roundId: string;
  surveyId: string;
  surveyVersion: number;
  snapshot: RoundSnapshot;
  respondents: number;
  units: number;
  audit: SnapshotAudit;
  publishedAt: string;
  publishedBy: string;
}

/** A snapshot's row without the snapshot itself (lists, the index). */
export type SnapshotSummary = Omit<PublishedSnapshot, 'snapshot'> & {
  round: ResultRound;
  title: Text;
  /** The units with results, the whole survey first: id (null: the whole survey), name, parent. */
  unitList: { id: string | null; name: string; parent: string | null }[];
};

/** An action as staff see it. */
export interface Action extends ResultAction {
  roundId: string;
  unit: string | null;
  history: NonNullable<ResultAction['history']>;
  published: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ActionInput {
  unit?: string | null;
  heard?: Text;
  questions?: string[];
  action?: Text;
  plain?: Text | null;
  responsible?: Text;
  status?: ActionStatus;
  when?: string | null;
  /** With a status change after publishing: a dated note in the history. */
  note?: Text;
}

export interface Issue {
  path: string;
  message: string;
  code: string;
}

export class PublishError extends Error {
  constructor(
    readonly code: 'round-not-closed' | 'already-published' | 'unprotectable' | 'action-published',
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
  }
}

interface Deps {
  rounds: Rounds;
  units: Units;
  /** Every question of every published version of a survey. */
  union(surveyId: string): Promise<Survey>;
  now(): Date;
}

const isText = (value: unknown): value is Text =>
  (typeof value === 'string' && value.trim() !== '' && value.length <= 4000) ||
  (value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(
      ([lang, text]) =>
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) &&
        typeof text === 'string' &&
        text.trim() !== '' &&
        text.length <= 4000,
    ));

function countCells(snapshot: RoundSnapshot): { hidden: number; published: number } {
  let hidden = 0;
  let published = 0;
  const add = (count: number | null | undefined) => {
    if (count === undefined) return;
    if (count === null) hidden++;
    else published++;
  };
  for (const result of snapshot.results)
    for (const question of result.questions) {
      if (!question.published) continue;
      const tables = question.type === 'scale-group' ? question.items : [question];
      for (const table of tables)
        for (const column of [table.total, ...(table.groups ?? [])]) {
          if (column.tooFew) continue;
          for (const c of column.counts) add(c.count);
          add(column.dontKnow);
          add(column.skipped);
          for (const m of column.merged ?? []) add(m);
        }
    }
  return { hidden, published };
}

export class Publications {
  /** Snapshots are immutable: parsed once. */
  private readonly cache = new Map<string, Promise<PublishedSnapshot | undefined>>();
  private readonly publishing = new Map<string, Promise<PublishedSnapshot>>();

  constructor(
    private readonly db: Db,
    private readonly deps: Deps,
  ) {}

  /** A round's published snapshot, or undefined. */
  get(roundId: string): Promise<PublishedSnapshot | undefined> {
    let found = this.cache.get(roundId);
    if (!found) {
      found = (async () => {
        const row = await this.db
          .selectFrom('result_snapshots')
          .selectAll()
          .where('round_id', '=', roundId)
          .executeTakeFirst();
        if (!row) {
          this.cache.delete(roundId);
          return undefined;
        }
        return {
          roundId: row.round_id,
          surveyId: row.survey_id,
          surveyVersion: Number(row.survey_version),
          snapshot: JSON.parse(row.snapshot) as RoundSnapshot,
          respondents: Number(row.respondents),
          units: Number(row.units),
          audit: JSON.parse(row.audit) as SnapshotAudit,
          publishedAt: row.published_at,
          publishedBy: row.published_by,
        };
      })();
      this.cache.set(roundId, found);
    }
    return found;
  }

  /** The published snapshots of a survey, oldest round first (or of every survey). */
  async list(surveyId?: string): Promise<PublishedSnapshot[]> {
    let query = this.db.selectFrom('result_snapshots').select('round_id');
    if (surveyId !== undefined) query = query.where('survey_id', '=', surveyId);
    const ids = (await query.execute()).map((r) => r.round_id);
    const all = (await Promise.all(ids.map((id) => this.get(id)))).filter(
      (s): s is PublishedSnapshot => s !== undefined,
    );
    const key = (s: PublishedSnapshot) => `${s.snapshot.round.opens ?? ''}\u0000${s.publishedAt}`;
    return all.sort((a, b) => key(a).localeCompare(key(b)));
  }

  /** The latest published round of a survey (by its first day), or undefined. */
  async latest(surveyId: string): Promise<PublishedSnapshot | undefined> {
    const all = await this.list(surveyId);
    return all[all.length - 1];
  }

  /**
   * Computes, audits and stores a closed round's snapshot (once; a second call for the same round is refused).
   * The answers are read in batches and protected in a worker thread.
   */
  publish(round: Round, by: string): Promise<PublishedSnapshot> {
    const running = this.publishing.get(round.id);
    if (running) return running;
    const work = this.compute(round, by).finally(() => this.publishing.delete(round.id));
    this.publishing.set(round.id, work);
    return work;
  }

  private async compute(round: Round, by: string): Promise<PublishedSnapshot> {
    if (round.status === 'published' || (await this.get(round.id)))
      throw new PublishError('already-published', 'Omgångens resultat är redan publicerade.');
    if (round.status !== 'closed')
      throw new PublishError(
        'round-not-closed',
        'Omgången är inte stängd än. Resultat publiceras först när den har stängt.',
      );
    const survey = await this.deps.union(round.surveyId);
    const all = await this.deps.units.all();
    const inRound = new Map<string, RoundUnit>();
    for (const { unitId, invited } of round.units) {
      for (let id: string | null = unitId; id !== null && !inRound.has(id);) {
        const unit = all.get(id);
        if (!unit) break;
        inRound.set(id, {
          id,
          name: unit.name,
          parent: unit.parent,
          ...(id === unitId ? { invited } : {}),
        });
        id = unit.parent;
      }
    }
    // A unit above the round's units gets `invited` only from them (round.ts adds it up).
    const units = [...inRound.values()].map((u) => ({
      ...u,
      parent: u.parent !== null && inRound.has(u.parent) ? u.parent : null,
    }));
    const roundInfo: ResultRound = {
      id: round.id,
      name: round.name,
      opens: round.opens,
      closes: round.closes,
    };
    let result;
    try {
      result = await computeRoundSnapshot(
        {
          survey,
          round: roundInfo,
          units,
          generatedAt: this.deps.now().toISOString(),
        },
        this.submissions(round.id),
      );
    } catch (error) {
      throw new PublishError(
        'unprotectable',
        `Resultaten kunde inte skyddas, inget publicerades: ${(error as Error).message}`,
      );
    }
    const { snapshot } = result;
    const respondents = (await this.deps.rounds.counts(round.id)).values();
    const total = [...respondents].reduce((a, b) => a + b, 0);
    const published: PublishedSnapshot = {
      roundId: round.id,
      surveyId: round.surveyId,
      surveyVersion: snapshot.surveyVersion,
      snapshot,
      respondents: total,
      units: snapshot.results.length,
      audit: {
        checked: result.audit.checked,
        byWitness: result.audit.byWitness,
        bySolver: result.audit.bySolver,
        ...countCells(snapshot),
      },
      publishedAt: this.deps.now().toISOString(),
      publishedBy: by,
    };
    try {
      await this.db
        .insertInto('result_snapshots')
        .values({
          round_id: published.roundId,
          survey_id: published.surveyId,
          survey_version: published.surveyVersion,
          snapshot: JSON.stringify(snapshot),
          respondents: published.respondents,
          units: published.units,
          audit: JSON.stringify(published.audit),
          published_at: published.publishedAt,
          published_by: published.publishedBy,
        })
        .execute();
    } catch (error) {
      // Another collector published the same round meanwhile: theirs stands.
      if (await this.get(round.id))
        throw new PublishError('already-published', 'Omgången publicerades nyss.');
      throw error;
    }
    this.cache.set(round.id, Promise.resolve(published));
    return published;
  }

  /** A round's answers, in batches (never all in memory at once). */
  private async *submissions(roundId: string): AsyncGenerator<RoundSubmission> {
    let after: number | string = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('responses')
        .select(['seq', 'unit_id', 'submission'])
        .where('round_id', '=', roundId)
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(2000)
        .execute();
      for (const row of rows) {
        const parsed = JSON.parse(row.submission) as { answers?: unknown; meta?: { answeredBy?: unknown } };
        const answeredBy = typeof parsed.meta?.answeredBy === 'string' ? parsed.meta.answeredBy : null;
        yield { unit: row.unit_id, answers: parsed.answers, answeredBy };
      }
      if (rows.length < 2000) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  /**
   * Closed rounds whose late deliveries are over (`acceptLateUntil` passed) and that are not published yet: the
   * server publishes them by itself. Returns what it published (and what it could not).
   */
  async publishDue(): Promise<{
    published: PublishedSnapshot[];
    failed: { roundId: string; message: string }[];
  }> {
    const today = stockholmDay(this.deps.now());
    const rows = await this.db
      .selectFrom('rounds')
      .leftJoin('result_snapshots', 'result_snapshots.round_id', 'rounds.id')
      .select('rounds.id')
      .where('result_snapshots.round_id', 'is', null)
      .where('rounds.accept_late_until', '<', today)
      .orderBy('rounds.opens')
      .execute();
    const out = {
      published: [] as PublishedSnapshot[],
      failed: [] as { roundId: string; message: string }[],
    };
    for (const { id } of rows) {
      const round = await this.deps.rounds.get(id);
      if (!round || round.status !== 'closed') continue;
      try {
        out.published.push(await this.publish(round, 'system'));
      } catch (error) {
        if (error instanceof PublishError && error.code === 'already-published') continue;
        out.failed.push({ roundId: id, message: (error as Error).message });
      }
    }
    return out;
  }

  // ─── Serving ─────────────────────────────────────────────────────────

  /** The snapshot as published: with each unit's actions, and the round before's actions carried over. */
  async served(published: PublishedSnapshot): Promise<RoundSnapshot> {
    // The whole survey's actions (unit null) go to the top result: the whole survey, or the round's one top unit.
    const top = published.snapshot.results[0]?.unit?.id ?? null;
    const byUnit = (actions: Action[]): ActionsByUnit => {
      const map = new Map<string | null, ResultAction[]>();
      for (const action of actions) {
        const unit = action.unit ?? top;
        const list = map.get(unit) ?? [];
        list.push(publicAction(action));
        map.set(unit, list);
      }
      return map;
    };
    const rounds = await this.list(published.surveyId);
    const index = rounds.findIndex((s) => s.roundId === published.roundId);
    const previous = index > 0 ? rounds[index - 1] : undefined;
    return withActions(
      published.snapshot,
      byUnit(await this.actions(published.roundId)),
      previous
        ? { round: previous.snapshot.round, actions: byUnit(await this.actions(previous.roundId)) }
        : undefined,
    );
  }

  /** A unit's questions over every published round of the survey. */
  async trend(surveyId: string, unit: string | null): Promise<Trend> {
    return trendOf(
      (await this.list(surveyId)).map((s) => s.snapshot),
      unit,
    );
  }

  // ─── Actions ─────────────────────────────────────────────────────────

  async actions(roundId: string): Promise<Action[]> {
    const rows = await this.db
      .selectFrom('result_actions')
      .selectAll()
      .where('round_id', '=', roundId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const published = (await this.get(roundId)) !== undefined;
    return rows.map((row) => ({
      id: row.id,
      roundId: row.round_id,
      unit: row.unit_id,
      heard: JSON.parse(row.heard) as Text,
      questions: JSON.parse(row.questions) as string[],
      action: JSON.parse(row.action) as Text,
      ...(row.plain !== null ? { plain: JSON.parse(row.plain) as Text } : {}),
      responsible: JSON.parse(row.responsible) as Text,
      status: row.status as ActionStatus,
      ...(row.due !== null ? { when: row.due } : {}),
      history: JSON.parse(row.history) as Action['history'],
      published,
      createdAt: row.created_at,
      createdBy: row.created_by,
      updatedAt: row.updated_at,
      updatedBy: row.updated_by,
    }));
  }

  async action(roundId: string, id: string): Promise<Action | undefined> {
    return (await this.actions(roundId)).find((a) => a.id === id);
  }

  /** Problems with an action's fields (`partial`: only the fields given are checked). */
  async check(round: Round, input: ActionInput, partial: boolean): Promise<Issue[]> {
    const issues: Issue[] = [];
    const has = (key: keyof ActionInput) => !partial || input[key] !== undefined;
    if (has('unit') && input.unit !== null && input.unit !== undefined) {
      const units = await this.deps.units.all();
      const inTree = new Set<string>();
      for (const { unitId } of round.units)
        for (
          let id: string | null = unitId;
          id !== null && !inTree.has(id);
          id = units.get(id)?.parent ?? null
        )
          inTree.add(id);
      if (typeof input.unit !== 'string' || !inTree.has(input.unit))
        issues.push({
          path: 'unit',
          code: 'unknown-unit',
          message: `Enheten "${String(input.unit)}" är inte med i omgången.`,
        });
    }
    for (const key of ['heard', 'action', 'responsible'] as const) {
      if (has(key) && !isText(input[key]))
        issues.push({
          path: key,
          code: 'text',
          message:
            key === 'responsible'
              ? 'Skriv vem som ansvarar, som en roll (till exempel "Enhetschefen"), inte ett namn.'
              : `Skriv ${key === 'heard' ? 'vad ni hörde' : 'vad ni ska göra'} (högst 4 000 tecken).`,
        });
    }
    if (input.plain !== undefined && input.plain !== null && !isText(input.plain))
      issues.push({ path: 'plain', code: 'text', message: 'Den lättlästa texten är tom eller för lång.' });
    if (has('questions')) {
      const known = new Set(allQuestions(await this.deps.union(round.surveyId)).map((q) => q.id));
      if (!Array.isArray(input.questions) || input.questions.length > 100)
        issues.push({
          path: 'questions',
          code: 'questions',
          message: 'questions är en lista med frågornas id.',
        });
      else
        input.questions.forEach((id, i) => {
          if (typeof id !== 'string' || !known.has(id))
            issues.push({
              path: `questions[${i}]`,
              code: 'unknown-question',
              message: `Enkäten har ingen fråga "${String(id)}".`,
            });
        });
    }
    if (has('status') && !ACTION_STATUSES.includes(input.status as ActionStatus))
      issues.push({ path: 'status', code: 'status', message: 'status är planerad, pågår eller klar.' });
    if (
      input.when !== undefined &&
      input.when !== null &&
      !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(String(input.when))
    )
      issues.push({ path: 'when', code: 'date', message: 'when är ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD.' });
    if (input.note !== undefined && !isText(input.note))
      issues.push({ path: 'note', code: 'text', message: 'Anteckningen är tom eller för lång.' });
    return issues;
  }

  async addAction(round: Round, input: ActionInput, by: string): Promise<Action> {
    if (await this.get(round.id))
      throw new PublishError(
        'action-published',
        'Omgången är publicerad: nya åtgärder hör till nästa omgång. Ändra status på de publicerade.',
      );
    const id = randomBytes(6).toString('hex');
    const at = this.deps.now().toISOString();
    await this.db
      .insertInto('result_actions')
      .values({
        id,
        round_id: round.id,
        survey_id: round.surveyId,
        unit_id: input.unit ?? null,
        heard: JSON.stringify(input.heard),
        questions: JSON.stringify(input.questions ?? []),
        action: JSON.stringify(input.action),
        plain: input.plain ? JSON.stringify(input.plain) : null,
        responsible: JSON.stringify(input.responsible),
        status: input.status!,
        due: input.when ?? null,
        history: '[]',
        created_at: at,
        created_by: by,
        updated_at: at,
        updated_by: by,
      })
      .execute();
    return (await this.action(round.id, id))!;
  }

  /**
   * Changes an action. Before the round is published any field; after, only its status (with an optional note),
   * each change kept in the history with its day.
   */
  async changeAction(round: Round, current: Action, input: ActionInput, by: string): Promise<Action> {
    const at = this.deps.now();
    if (current.published) {
      const others = (Object.keys(input) as (keyof ActionInput)[]).filter(
        (key) =>
          input[key] !== undefined &&
          key !== 'status' &&
          key !== 'note' &&
          JSON.stringify(input[key]) !== JSON.stringify((current as unknown as Record<string, unknown>)[key]),
      );
      if (others.length)
        throw new PublishError(
          'action-published',
          'Åtgärden är publicerad: bara dess status kan ändras (med en daterad anteckning).',
          others.map((key) => ({
            path: key,
            code: 'action-published',
            message: 'Publicerat: kan inte ändras.',
          })),
        );
      if (input.status === undefined || input.status === current.status) return current;
      const history = [
        ...current.history,
        { status: input.status, at: stockholmDay(at), ...(input.note ? { note: input.note } : {}) },
      ];
      await this.db
        .updateTable('result_actions')
        .set({
          status: input.status,
          history: JSON.stringify(history),
          updated_at: at.toISOString(),
          updated_by: by,
        })
        .where('id', '=', current.id)
        .execute();
      return (await this.action(round.id, current.id))!;
    }
    const next = { ...current, ...input };
    await this.db
      .updateTable('result_actions')
      .set({
        unit_id: next.unit ?? null,
        heard: JSON.stringify(next.heard),
        questions: JSON.stringify(next.questions),
        action: JSON.stringify(next.action),
        plain: next.plain ? JSON.stringify(next.plain) : null,
        responsible: JSON.stringify(next.responsible),
        status: next.status,
        due: next.when ?? null,
        updated_at: at.toISOString(),
        updated_by: by,
      })
      .where('id', '=', current.id)
      .execute();
    return (await this.action(round.id, current.id))!;
  }

  async deleteAction(current: Action): Promise<void> {
    if (current.published)
      throw new PublishError('action-published', 'Åtgärden är publicerad och kan inte tas bort.');
    await this.db.deleteFrom('result_actions').where('id', '=', current.id).execute();
  }
}

/** What the public sees of an action (no staff ids or times). */
export function publicAction(action: Action): ResultAction {
  return {
    id: action.id,
    heard: action.heard,
    questions: action.questions,
    action: action.action,
    ...(action.plain ? { plain: action.plain } : {}),
    responsible: action.responsible,
    status: action.status,
    ...(action.when ? { when: action.when } : {}),
    ...(action.history.length ? { history: action.history } : {}),
  };
}
