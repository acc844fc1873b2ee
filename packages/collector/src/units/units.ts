/**
 * The organisation's units (stadsdelar → avdelningar → enheter): `{ id, name, parent }`, a tree. Roles are granted
 * per unit subtree, so the guard asks `ancestors(id)`; rounds name the units they run in, and answers carry one.
 */
import type { Db } from '../store/database.js';

export interface Unit {
  id: string;
  name: string;
  parent: string | null;
}

export interface UnitIssue {
  path: string;
  message: string;
  code: string;
}

/** Unit ids: lower-case letters, digits and hyphens (they appear in respondents' links). */
export const UNIT_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export class UnitError extends Error {
  constructor(
    readonly status: 404 | 409 | 422,
    readonly issues: UnitIssue[],
  ) {
    super(issues.map((i) => i.message).join(' '));
  }
}

export class Units {
  private cache: Promise<Map<string, Unit>> | undefined;
  private cachedAt = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
    private readonly cacheMs = 2000,
  ) {}

  /** Every unit by id (cached for `cacheMs`; several collectors agree within that). */
  all(): Promise<Map<string, Unit>> {
    if (!this.cache || Date.now() - this.cachedAt > this.cacheMs) {
      this.cachedAt = Date.now();
      this.cache = this.db
        .selectFrom('units')
        .select(['id', 'name', 'parent'])
        .orderBy('name')
        .execute()
        .then((rows) => new Map(rows.map((row) => [row.id, row])));
      this.cache.catch(() => (this.cache = undefined));
    }
    return this.cache;
  }

  private forget(): void {
    this.cache = undefined;
  }

  async get(id: string): Promise<Unit | undefined> {
    return (await this.all()).get(id);
  }

  /** Ancestors of a unit, nearest first ([] for a root or an unknown unit). */
  async ancestors(id: string): Promise<string[]> {
    const all = await this.all();
    const chain: string[] = [];
    for (
      let at = all.get(id)?.parent ?? null;
      at !== null && !chain.includes(at);
      at = all.get(at)?.parent ?? null
    ) {
      chain.push(at);
    }
    return chain;
  }

  /** Every unit in tree order: each parent before its children, siblings by name. */
  async tree(): Promise<(Unit & { depth: number })[]> {
    const all = [...(await this.all()).values()];
    const children = new Map<string | null, Unit[]>();
    for (const unit of all) {
      const parent = unit.parent !== null && all.some((u) => u.id === unit.parent) ? unit.parent : null;
      children.set(parent, [...(children.get(parent) ?? []), unit]);
    }
    const out: (Unit & { depth: number })[] = [];
    const walk = (parent: string | null, depth: number) => {
      for (const unit of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'sv'))) {
        out.push({ ...unit, depth });
        walk(unit.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }

  /** What is wrong with `unit` placed in `all` (which already holds the other units). */
  static check(unit: Partial<Unit>, all: ReadonlyMap<string, Unit>, prefix = ''): UnitIssue[] {
    const issues: UnitIssue[] = [];
    if (typeof unit.id !== 'string' || !UNIT_ID.test(unit.id)) {
      issues.push({
        path: `${prefix}id`,
        code: 'id',
        message: 'Ett enhets-id är små bokstäver a–z, siffror och bindestreck (till exempel familjeenheten).',
      });
    }
    if (typeof unit.name !== 'string' || unit.name.trim() === '' || unit.name.length > 200) {
      issues.push({
        path: `${prefix}name`,
        code: 'name',
        message: 'Enheten behöver ett namn (högst 200 tecken).',
      });
    }
    if (unit.parent !== null && unit.parent !== undefined) {
      if (typeof unit.parent !== 'string' || !all.has(unit.parent)) {
        issues.push({
          path: `${prefix}parent`,
          code: 'unknown-parent',
          message: `Det finns ingen enhet "${String(unit.parent)}" att lägga den under.`,
        });
      } else {
        // No cycles: walking up from the parent must never reach the unit itself.
        const seen = new Set<string>();
        for (
          let at: string | null = unit.parent;
          at !== null && !seen.has(at);
          at = all.get(at)?.parent ?? null
        ) {
          if (at === unit.id) {
            issues.push({
              path: `${prefix}parent`,
              code: 'cycle',
              message: `"${unit.parent}" ligger under "${unit.id}": en enhet kan inte ligga under sig själv.`,
            });
            break;
          }
          seen.add(at);
        }
      }
    }
    return issues;
  }

  async create(unit: Unit): Promise<Unit> {
    const all = await this.fresh();
    if (all.has(unit.id)) {
      throw new UnitError(409, [
        { path: 'id', code: 'exists', message: `Det finns redan en enhet "${unit.id}".` },
      ]);
    }
    const issues = Units.check(unit, all);
    if (issues.length) throw new UnitError(422, issues);
    const at = this.now().toISOString();
    await this.db
      .insertInto('units')
      .values({
        id: unit.id,
        name: unit.name.trim(),
        parent: unit.parent ?? null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    this.forget();
    return { id: unit.id, name: unit.name.trim(), parent: unit.parent ?? null };
  }

  async update(id: string, change: { name: string; parent: string | null }): Promise<Unit> {
    const all = await this.fresh();
    if (!all.has(id))
      throw new UnitError(404, [
        { path: '', code: 'unknown-unit', message: `Det finns ingen enhet "${id}".` },
      ]);
    const issues = Units.check({ id, ...change }, all);
    if (issues.length) throw new UnitError(422, issues);
    await this.db
      .updateTable('units')
      .set({ name: change.name.trim(), parent: change.parent, updated_at: this.now().toISOString() })
      .where('id', '=', id)
      .execute();
    this.forget();
    return { id, name: change.name.trim(), parent: change.parent };
  }

  /** Deletes a unit with no children, no rounds and no answers (else 409 saying which). */
  async remove(id: string): Promise<void> {
    const all = await this.fresh();
    if (!all.has(id))
      throw new UnitError(404, [
        { path: '', code: 'unknown-unit', message: `Det finns ingen enhet "${id}".` },
      ]);
    const children = [...all.values()].filter((u) => u.parent === id).map((u) => u.id);
    const rounds = await this.db
      .selectFrom('round_units')
      .select('round_id')
      .where('unit_id', '=', id)
      .execute();
    const answers = await this.db
      .selectFrom('responses')
      .select('seq')
      .where('unit_id', '=', id)
      .limit(1)
      .execute();
    const why = [
      children.length ? `enheter under den (${children.join(', ')})` : '',
      rounds.length ? `omgångar (${rounds.map((r) => r.round_id).join(', ')})` : '',
      answers.length ? 'svar' : '',
    ].filter(Boolean);
    if (why.length) {
      throw new UnitError(409, [
        { path: '', code: 'in-use', message: `Enheten "${id}" har ${why.join(', ')} och kan inte tas bort.` },
      ]);
    }
    await this.db.deleteFrom('units').where('id', '=', id).execute();
    this.forget();
  }

  /**
   * Creates or updates many units from CSV (`id,name,parent`, a header line first): all or nothing. Parents may
   * come later in the file. Issues name the line (`line 4: parent`).
   */
  async importCsv(
    text: string,
    parse: (text: string) => string[][],
  ): Promise<{ created: number; updated: number }> {
    const rows = parse(text.replace(/^\uFEFF/, '')).filter((row) => row.some((cell) => cell.trim() !== ''));
    const [head, ...body] = rows;
    const columns = (head ?? []).map((c) => c.trim().toLowerCase());
    const at = {
      id: columns.indexOf('id'),
      name: columns.indexOf('name'),
      parent: columns.indexOf('parent'),
    };
    if (at.id < 0 || at.name < 0) {
      throw new UnitError(422, [
        { path: 'line 1', code: 'header', message: 'Första raden ska vara rubrikerna id,name,parent.' },
      ]);
    }
    const all = new Map(await this.fresh());
    const incoming: Unit[] = [];
    const issues: UnitIssue[] = [];
    const seen = new Map<string, number>();
    body.forEach((row, i) => {
      const line = i + 2;
      const unit: Unit = {
        id: (row[at.id] ?? '').trim(),
        name: (row[at.name] ?? '').trim(),
        parent: at.parent >= 0 && (row[at.parent] ?? '').trim() !== '' ? row[at.parent]!.trim() : null,
      };
      if (seen.has(unit.id)) {
        issues.push({
          path: `line ${line}: id`,
          code: 'duplicate',
          message: `"${unit.id}" finns redan på rad ${seen.get(unit.id)}.`,
        });
      }
      seen.set(unit.id, line);
      incoming.push(unit);
      all.set(unit.id, unit);
    });
    incoming.forEach((unit, i) => {
      for (const issue of Units.check(unit, all))
        issues.push({ ...issue, path: `line ${i + 2}: ${issue.path}` });
    });
    if (issues.length) throw new UnitError(422, issues);
    const existing = await this.all();
    const stamp = this.now().toISOString();
    let created = 0;
    let updated = 0;
    await this.db.transaction().execute(async (tx) => {
      for (const unit of incoming) {
        if (existing.has(unit.id)) {
          updated++;
          await tx
            .updateTable('units')
            .set({ name: unit.name, parent: unit.parent, updated_at: stamp })
            .where('id', '=', unit.id)
            .execute();
        } else {
          created++;
          await tx
            .insertInto('units')
            .values({ ...unit, created_at: stamp, updated_at: stamp })
            .execute();
        }
      }
    });
    this.forget();
    return { created, updated };
  }

  private fresh(): Promise<Map<string, Unit>> {
    this.forget();
    return this.all();
  }
}
