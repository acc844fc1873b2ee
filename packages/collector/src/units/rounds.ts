/**
 * Rounds (omgångar): one survey run in chosen units over a period of Stockholm calendar days, `opens` to
 * `closes` inclusive. Answers given during the period are accepted until `acceptLateUntil` (default 30 days
 * after `closes`), so a tablet that was offline for weeks still delivers; after that a late answer is refused
 * with 410. Per unit, staff may record how many were asked (`invited`) for a response rate.
 */
import { randomBytes } from 'node:crypto';

import type { Db } from '../store/database.js';
import { addDays, isDay, stockholmDay } from './dates.js';

/** `published`: closed, and its results snapshot is published (src/results). */
export type RoundStatus = 'planned' | 'open' | 'closed' | 'published';

export interface RoundUnit {
  unitId: string;
  invited: number | null;
}

export interface Round {
  id: string;
  surveyId: string;
  name: string;
  opens: string;
  closes: string;
  acceptLateUntil: string;
  units: RoundUnit[];
  status: RoundStatus;
  /** Set when staff closed the round before `closes`. */
  closedAt: string | null;
}

export interface RoundInput {
  name: string;
  opens: string;
  closes: string;
  acceptLateUntil?: string;
  units: RoundUnit[];
}

export interface RoundIssue {
  path: string;
  message: string;
  code: string;
}

/** Default grace for late deliveries after a round closes. */
export const LATE_DAYS = 30;

/** The last day answers may be given: `closes`, or the day staff closed the round early. */
export function lastAnswerDay(round: Pick<Round, 'closes' | 'closedAt'>): string {
  if (!round.closedAt) return round.closes;
  const closedOn = stockholmDay(new Date(round.closedAt));
  return closedOn < round.closes ? closedOn : round.closes;
}

export function statusOf(round: Pick<Round, 'opens' | 'closes' | 'closedAt'>, now: Date): RoundStatus {
  const today = stockholmDay(now);
  if (round.closedAt && new Date(round.closedAt) <= now) return 'closed';
  if (today < round.opens) return 'planned';
  return today <= round.closes ? 'open' : 'closed';
}

/**
 * May an answer given at `submittedAt` and arriving `now` be stored in this round? `early`: the round has not
 * opened; `late`: the grace for late deliveries is over, or it was given after the round closed.
 */
export function admission(
  round: Pick<Round, 'opens' | 'closes' | 'acceptLateUntil' | 'closedAt'>,
  now: Date,
  submittedAt: Date,
): 'ok' | 'early' | 'late' {
  const today = stockholmDay(now);
  if (today < round.opens) return 'early';
  if (today > round.acceptLateUntil) return 'late';
  const lastDay = lastAnswerDay(round);
  if (today <= lastDay && !(round.closedAt && new Date(round.closedAt) <= now)) return 'ok';
  // Delivered after the period: only answers given during it (by the device's clock, never later than now).
  const given = submittedAt > now ? now : submittedAt;
  const givenDay = stockholmDay(given);
  if (round.closedAt && given > new Date(round.closedAt)) return 'late';
  return givenDay >= round.opens && givenDay <= lastDay ? 'ok' : 'late';
}

export function checkRound(input: Partial<RoundInput>, knownUnits: ReadonlySet<string>): RoundIssue[] {
  const issues: RoundIssue[] = [];
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > 200) {
    issues.push({
      path: 'name',
      code: 'name',
      message: 'Omgången behöver ett namn (högst 200 tecken), till exempel "Våren 2027".',
    });
  }
  for (const key of ['opens', 'closes'] as const) {
    if (!isDay(input[key]))
      issues.push({ path: key, code: 'date', message: `${key} är ett datum, ÅÅÅÅ-MM-DD.` });
  }
  if (input.acceptLateUntil !== undefined && !isDay(input.acceptLateUntil)) {
    issues.push({
      path: 'acceptLateUntil',
      code: 'date',
      message: 'acceptLateUntil är ett datum, ÅÅÅÅ-MM-DD.',
    });
  }
  if (isDay(input.opens) && isDay(input.closes) && input.closes < input.opens) {
    issues.push({ path: 'closes', code: 'order', message: 'Omgången kan inte stänga innan den öppnar.' });
  }
  if (isDay(input.closes) && isDay(input.acceptLateUntil) && input.acceptLateUntil < input.closes) {
    issues.push({
      path: 'acceptLateUntil',
      code: 'order',
      message: 'Sena svar kan inte sluta tas emot innan omgången stänger.',
    });
  }
  if (!Array.isArray(input.units) || input.units.length === 0) {
    issues.push({ path: 'units', code: 'units', message: 'Välj minst en enhet.' });
  } else {
    const seen = new Set<string>();
    input.units.forEach((unit, i) => {
      const id = (unit as { unitId?: unknown })?.unitId;
      if (typeof id !== 'string' || !knownUnits.has(id)) {
        issues.push({
          path: `units[${i}].unitId`,
          code: 'unknown-unit',
          message: `Det finns ingen enhet "${String(id)}".`,
        });
      } else if (seen.has(id)) {
        issues.push({
          path: `units[${i}].unitId`,
          code: 'duplicate',
          message: `"${id}" finns redan i omgången.`,
        });
      }
      if (typeof id === 'string') seen.add(id);
      const invited = (unit as { invited?: unknown })?.invited;
      if (
        invited !== undefined &&
        invited !== null &&
        !(Number.isInteger(invited) && (invited as number) >= 0)
      ) {
        issues.push({
          path: `units[${i}].invited`,
          code: 'invited',
          message: 'invited är hur många som fick frågan: ett heltal, eller null.',
        });
      }
    });
  }
  return issues;
}

export class Rounds {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async load(
    rows: {
      id: string;
      survey_id: string;
      name: string;
      opens: string;
      closes: string;
      accept_late_until: string;
      closed_at: string | null;
    }[],
  ): Promise<Round[]> {
    if (!rows.length) return [];
    const units = await this.db
      .selectFrom('round_units')
      .selectAll()
      .where(
        'round_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('unit_id')
      .execute();
    const published = new Set(
      (
        await this.db
          .selectFrom('result_snapshots')
          .select('round_id')
          .where(
            'round_id',
            'in',
            rows.map((r) => r.id),
          )
          .execute()
      ).map((r) => r.round_id),
    );
    const now = this.now();
    return rows.map((row) => {
      const round = {
        id: row.id,
        surveyId: row.survey_id,
        name: row.name,
        opens: row.opens,
        closes: row.closes,
        acceptLateUntil: row.accept_late_until,
        closedAt: row.closed_at,
        units: units
          .filter((u) => u.round_id === row.id)
          .map((u) => ({ unitId: u.unit_id, invited: u.invited === null ? null : Number(u.invited) })),
      };
      const status = statusOf(round, now);
      return { ...round, status: status === 'closed' && published.has(row.id) ? 'published' : status };
    });
  }

  async ofSurvey(surveyId: string): Promise<Round[]> {
    const rows = await this.db
      .selectFrom('rounds')
      .selectAll()
      .where('survey_id', '=', surveyId)
      .orderBy('opens')
      .orderBy('id')
      .execute();
    return this.load(rows);
  }

  async get(id: string): Promise<Round | undefined> {
    const rows = await this.db.selectFrom('rounds').selectAll().where('id', '=', id).execute();
    return (await this.load(rows))[0];
  }

  async create(surveyId: string, input: RoundInput, by: string): Promise<Round> {
    const id = `${input.opens.slice(0, 4)}-${randomBytes(4).toString('hex')}`;
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto('rounds')
        .values({
          id,
          survey_id: surveyId,
          name: input.name.trim(),
          opens: input.opens,
          closes: input.closes,
          accept_late_until: input.acceptLateUntil ?? addDays(input.closes, LATE_DAYS),
          closed_at: null,
          created_at: this.now().toISOString(),
          created_by: by,
        })
        .execute();
      await tx
        .insertInto('round_units')
        .values(input.units.map((u) => ({ round_id: id, unit_id: u.unitId, invited: u.invited ?? null })))
        .execute();
    });
    return (await this.get(id))!;
  }

  async update(id: string, input: RoundInput): Promise<Round> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('rounds')
        .set({
          name: input.name.trim(),
          opens: input.opens,
          closes: input.closes,
          accept_late_until: input.acceptLateUntil ?? addDays(input.closes, LATE_DAYS),
        })
        .where('id', '=', id)
        .execute();
      await tx.deleteFrom('round_units').where('round_id', '=', id).execute();
      await tx
        .insertInto('round_units')
        .values(input.units.map((u) => ({ round_id: id, unit_id: u.unitId, invited: u.invited ?? null })))
        .execute();
    });
    return (await this.get(id))!;
  }

  async close(id: string): Promise<Round> {
    await this.db
      .updateTable('rounds')
      .set({ closed_at: this.now().toISOString() })
      .where('id', '=', id)
      .where('closed_at', 'is', null)
      .execute();
    return (await this.get(id))!;
  }

  /** Responses per unit in a round (counts only). */
  async counts(id: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('responses')
      .select(['unit_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('round_id', '=', id)
      .groupBy('unit_id')
      .execute();
    return new Map(rows.map((r) => [r.unit_id ?? '', Number(r.n)]));
  }

  /**
   * The round an answer for `unit` belongs to when it does not say: one whose period covers today, else one in
   * whose grace the answer (given at `submittedAt`) may still arrive. Undefined when none.
   */
  async forUnit(surveyId: string, unit: string, now: Date, submittedAt: Date): Promise<Round | undefined> {
    const rounds = (await this.ofSurvey(surveyId)).filter((r) => r.units.some((u) => u.unitId === unit));
    return (
      rounds.find((r) => r.status === 'open') ??
      rounds
        .filter((r) => admission(r, now, submittedAt) === 'ok')
        .sort((a, b) => b.closes.localeCompare(a.closes))[0]
    );
  }
}
