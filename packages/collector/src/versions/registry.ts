/**
 * Surveys in the database: drafts, published versions (immutable, kept forever) and whether staff closed a
 * survey. The public routes ask it for the latest version (what `GET /api/surveys/{id}` serves) and for the
 * version a submission names (validated against that version, so an answer queued for version 1 is stored
 * after version 2 is out). Staff routes and the CLI create drafts and publish through it.
 *
 * Caching: published versions never change, so they are kept once read; which version is latest and whether a
 * survey is closed is re-read after `cacheMs` (2 s), so several collectors sharing PostgreSQL agree within that.
 */
import { createHash } from 'node:crypto';
import { parseSurvey } from '@svara/schema';
import type { Issue, Locale, Survey } from '@svara/schema';

import { canonicalJson } from '../canonical.js';
import type { Db } from '../store/database.js';
import type { Store } from '../store/types.js';
import { submissionSizeIssue } from '../submission-size.js';
import { compareVersions } from './compare.js';
import type { DiffEntry, VersionIssue } from './compare.js';
import { unionSurvey } from './union.js';

export interface PublishedVersion {
  surveyId: string;
  version: number;
  survey: Survey;
  /** The definition as served. */
  json: string;
  etag: string;
  publishedAt: string;
  publishedBy: string;
  changed: string[];
  diff: DiffEntry[];
}

export interface SurveyState {
  id: string;
  ownerUnit: string | null;
  createdAt: string;
  createdBy: string;
  closedAt: string | null;
  closedBy: string | null;
  /** Published version numbers, oldest first. */
  versions: number[];
  latest: PublishedVersion | undefined;
}

export type SurveyStatus = 'draft' | 'open' | 'closed';

export const statusOf = (state: SurveyState): SurveyStatus =>
  state.closedAt ? 'closed' : state.latest ? 'open' : 'draft';

export interface Draft {
  /** As the editor saved it (not necessarily valid). */
  definition: unknown;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  approvals: { by: string; at: string; revision: number }[];
  acknowledged: string[];
}

export type PublishResult =
  | { ok: true; version: number; changed: string[]; diff: DiffEntry[]; unchanged: boolean }
  | { ok: false; issues: (Issue | VersionIssue)[] };

/** sha256 of a definition without its version: two files with the same content and another version are equal. */
export function contentHash(survey: Survey): string {
  const { version: _version, $schema: _schema, ...content } = survey;
  return createHash('sha256').update(canonicalJson(content)).digest('hex');
}

const etagOf = (json: string): string =>
  `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"`;

/** Thrown when two publishers race for the same version number; the loser may simply try again. */
export class PublishConflictError extends Error {}

export interface RegistryOptions {
  cacheMs?: number;
  now?: () => Date;
}

export class SurveyRegistry {
  private readonly db: Db;
  private readonly cacheMs: number;
  private readonly now: () => Date;
  private readonly states = new Map<string, { at: number; state: Promise<SurveyState | undefined> }>();
  private readonly versions = new Map<string, PublishedVersion>();
  private readonly unions = new Map<string, { latest: number; survey: Survey }>();

  constructor(store: Store, options: RegistryOptions = {}) {
    this.db = store.db;
    this.cacheMs = options.cacheMs ?? 2000;
    this.now = options.now ?? (() => new Date());
  }

  /** Forget what is cached about a survey (after this process changed it). */
  invalidate(id: string): void {
    this.states.delete(id);
  }

  /** The survey, its versions and status; undefined when there is no such survey. */
  state(id: string): Promise<SurveyState | undefined> {
    const cached = this.states.get(id);
    const at = Date.now();
    if (cached && at - cached.at < this.cacheMs) return cached.state;
    const state = this.load(id);
    this.states.set(id, { at, state });
    state.catch(() => this.states.delete(id));
    return state;
  }

  private async load(id: string): Promise<SurveyState | undefined> {
    const row = await this.db.selectFrom('surveys').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const numbers = await this.db
      .selectFrom('survey_versions')
      .select('version')
      .where('survey_id', '=', id)
      .orderBy('version')
      .execute();
    const versions = numbers.map((n) => Number(n.version));
    const last = versions.at(-1);
    return {
      id,
      ownerUnit: row.owner_unit,
      createdAt: row.created_at,
      createdBy: row.created_by,
      closedAt: row.closed_at,
      closedBy: row.closed_by,
      versions,
      latest: last === undefined ? undefined : await this.version(id, last),
    };
  }

  /** A published version (cached for good: versions never change). */
  async version(id: string, version: number): Promise<PublishedVersion | undefined> {
    const key = `${id}\u0000${version}`;
    const cached = this.versions.get(key);
    if (cached) return cached;
    const row = await this.db
      .selectFrom('survey_versions')
      .selectAll()
      .where('survey_id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (!row) return undefined;
    const survey = JSON.parse(row.definition) as Survey;
    const published: PublishedVersion = {
      surveyId: id,
      version,
      survey,
      json: row.definition,
      etag: etagOf(row.definition),
      publishedAt: row.published_at,
      publishedBy: row.published_by,
      changed: JSON.parse(row.changed) as string[],
      diff: JSON.parse(row.diff) as DiffEntry[],
    };
    this.versions.set(key, published);
    return published;
  }

  /** The latest published version of an id, or undefined (unknown, or never published). */
  async latest(id: string): Promise<PublishedVersion | undefined> {
    return (await this.state(id))?.latest;
  }

  /** Every question any version asked (see union.ts), for exports and results. */
  async union(id: string): Promise<Survey | undefined> {
    const state = await this.state(id);
    if (!state?.latest) return undefined;
    const cached = this.unions.get(id);
    if (cached && cached.latest === state.latest.version) return cached.survey;
    const all: Survey[] = [];
    for (const n of [...state.versions].reverse()) {
      const version = await this.version(id, n);
      if (version) all.push(version.survey);
    }
    const survey = unionSurvey(all);
    this.unions.set(id, { latest: state.latest.version, survey });
    return survey;
  }

  /** Every survey (published or not), by id. */
  async list(): Promise<SurveyState[]> {
    const rows = await this.db.selectFrom('surveys').select('id').orderBy('id').execute();
    const states = await Promise.all(rows.map((row) => this.state(row.id)));
    return states.filter((s): s is SurveyState => s !== undefined);
  }

  /**
   * Publishes `input` as the survey's next version: checked with parseSurvey (its version set to the new number)
   * and for comparability with every earlier version. Content equal to the latest version publishes nothing
   * (`unchanged`). The number is the next one, or `atLeast` when that is higher (a file's own version on
   * first import, so that answers already stored under it keep matching).
   */
  async publish(
    id: string,
    input: unknown,
    by: string,
    options: { locale?: Locale; atLeast?: number; ownerUnit?: string | null } = {},
  ): Promise<PublishResult> {
    const locale = options.locale ?? 'sv';
    const state = await this.fresh(id);
    const number = Math.max((state?.latest?.version ?? 0) + 1, options.atLeast ?? 1);
    const candidate =
      input && typeof input === 'object' && !Array.isArray(input) ? { ...input, version: number } : input;
    const parsed = parseSurvey(candidate, { locale });
    if (!parsed.ok) return { ok: false, issues: parsed.issues };
    const survey = parsed.survey;
    // A survey whose complete answer could not be received is refused here (publish, import, start-up).
    const tooLarge = submissionSizeIssue(survey, locale);
    if (tooLarge) return { ok: false, issues: [tooLarge] };
    if (survey.id !== id) {
      const message =
        locale === 'en'
          ? `The definition's id "${survey.id}" must be the survey's id "${id}".`
          : `Definitionens id "${survey.id}" ska vara enkätens id "${id}".`;
      return { ok: false, issues: [{ path: 'id', code: 'id-mismatch', message }] };
    }
    const hash = contentHash(survey);
    const latest = state?.latest;
    if (latest && contentHash(latest.survey) === hash) {
      return { ok: true, version: latest.version, changed: [], diff: [], unchanged: true };
    }
    const earlier = state?.latest ? await this.union(id) : undefined;
    const comparison = compareVersions(earlier, latest?.survey, survey, locale);
    if (comparison.issues.length) return { ok: false, issues: comparison.issues };
    const at = this.now().toISOString();
    const json = JSON.stringify(survey);
    try {
      await this.db.transaction().execute(async (tx) => {
        if (!state) {
          await tx
            .insertInto('surveys')
            .values({
              id,
              owner_unit: options.ownerUnit ?? null,
              created_at: at,
              created_by: by,
              closed_at: null,
              closed_by: null,
            })
            .execute();
        }
        await tx
          .insertInto('survey_versions')
          .values({
            survey_id: id,
            version: number,
            definition: json,
            content_hash: hash,
            published_at: at,
            published_by: by,
            changed: JSON.stringify(comparison.changed),
            diff: JSON.stringify(comparison.diff),
          })
          .execute();
      });
    } catch (error) {
      this.invalidate(id);
      // Another publisher (another collector) took this number or created the survey first.
      if (await this.versionTaken(id, number, !state)) {
        throw new PublishConflictError(`Version ${number} of ${id} was published meanwhile.`);
      }
      throw error;
    }
    this.invalidate(id);
    return {
      ok: true,
      version: number,
      changed: comparison.changed,
      diff: comparison.diff,
      unchanged: false,
    };
  }

  private async versionTaken(id: string, version: number, creating: boolean): Promise<boolean> {
    if (creating) {
      const exists = await this.db.selectFrom('surveys').select('id').where('id', '=', id).executeTakeFirst();
      if (exists) return true;
    }
    return (await this.version(id, version)) !== undefined;
  }

  /** The state read now, not from the cache (before a change). */
  private fresh(id: string): Promise<SurveyState | undefined> {
    this.invalidate(id);
    return this.state(id);
  }

  /** Creates a survey with a first draft; false when the id is taken. */
  async create(id: string, ownerUnit: string | null, definition: unknown, by: string): Promise<boolean> {
    if (await this.fresh(id)) return false;
    const at = this.now().toISOString();
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .insertInto('surveys')
          .values({
            id,
            owner_unit: ownerUnit,
            created_at: at,
            created_by: by,
            closed_at: null,
            closed_by: null,
          })
          .execute();
        await tx
          .insertInto('survey_drafts')
          .values({
            survey_id: id,
            definition: JSON.stringify(definition),
            revision: 1,
            updated_at: at,
            updated_by: by,
            acknowledged: '[]',
          })
          .execute();
      });
    } catch (error) {
      this.invalidate(id);
      if (await this.fresh(id)) return false;
      throw error;
    }
    this.invalidate(id);
    return true;
  }

  /** The draft; a survey that has none yet starts from its latest version (revision 0). */
  async draft(id: string): Promise<Draft | undefined> {
    const row = await this.db
      .selectFrom('survey_drafts')
      .selectAll()
      .where('survey_id', '=', id)
      .executeTakeFirst();
    const approvals = (
      await this.db
        .selectFrom('survey_draft_approvals')
        .selectAll()
        .where('survey_id', '=', id)
        .orderBy('approved_at')
        .execute()
    ).map((a) => ({ by: a.approved_by, at: a.approved_at, revision: Number(a.revision) }));
    if (row) {
      return {
        definition: JSON.parse(row.definition) as unknown,
        revision: Number(row.revision),
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
        approvals,
        acknowledged: JSON.parse(row.acknowledged) as string[],
      };
    }
    const latest = (await this.fresh(id))?.latest;
    if (!latest) return undefined;
    return {
      definition: latest.survey,
      revision: 0,
      updatedAt: latest.publishedAt,
      updatedBy: latest.publishedBy,
      approvals: [],
      acknowledged: [],
    };
  }

  /**
   * Saves the draft if it is still at `expected` (optimistic locking). Returns the new revision, or the current
   * draft when someone saved in between.
   */
  async saveDraft(
    id: string,
    expected: number,
    definition: unknown,
    acknowledged: string[] | undefined,
    by: string,
  ): Promise<{ ok: true; revision: number } | { ok: false; current: Draft | undefined }> {
    const at = this.now().toISOString();
    const next = expected + 1;
    const values = {
      definition: JSON.stringify(definition),
      revision: next,
      updated_at: at,
      updated_by: by,
    };
    if (expected === 0) {
      try {
        const current = await this.draft(id);
        if (!current || current.revision !== 0) return { ok: false, current };
        await this.db
          .insertInto('survey_drafts')
          .values({ survey_id: id, ...values, acknowledged: JSON.stringify(acknowledged ?? []) })
          .execute();
        return { ok: true, revision: next };
      } catch {
        return { ok: false, current: await this.draft(id) };
      }
    }
    const result = await this.db
      .updateTable('survey_drafts')
      .set({ ...values, ...(acknowledged ? { acknowledged: JSON.stringify(acknowledged) } : {}) })
      .where('survey_id', '=', id)
      .where('revision', '=', expected)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) return { ok: true, revision: next };
    return { ok: false, current: await this.draft(id) };
  }

  async approve(id: string, revision: number, by: string): Promise<void> {
    await this.db
      .insertInto('survey_draft_approvals')
      .values({ survey_id: id, revision, approved_by: by, approved_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['survey_id', 'revision', 'approved_by']).doNothing())
      .execute();
  }

  /** Closes (refuses new answers with 410) or reopens a survey. */
  async setClosed(id: string, closed: boolean, by: string): Promise<void> {
    await this.db
      .updateTable('surveys')
      .set(
        closed
          ? { closed_at: this.now().toISOString(), closed_by: by }
          : { closed_at: null, closed_by: null },
      )
      .where('id', '=', id)
      .execute();
    this.invalidate(id);
  }

  /** Published versions, oldest first. */
  async versionList(id: string): Promise<PublishedVersion[]> {
    const state = await this.state(id);
    const all = await Promise.all((state?.versions ?? []).map((n) => this.version(id, n)));
    return all.filter((v): v is PublishedVersion => v !== undefined);
  }
}
