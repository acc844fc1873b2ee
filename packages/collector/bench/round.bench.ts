/**
 * Round results benchmark (prints figures, asserts nothing): `pnpm --filter @svara/collector bench:round`.
 *
 * A round in a three-level unit tree (4 districts → 24 departments → 172 units = 200 units), 100,000 answers to
 * ten questions (and kön), split by kön: counting, protecting every published table of the round together, and
 * re-checking the protection (the audit), in a worker thread as the server does it. Unit sizes are skewed (a few
 * large units, many small ones, some under 5), answers skewed towards the happy end with a few sad ones, so that
 * there is something to protect. Prints the time of each step, the process's peak RSS, the cells hidden and the
 * audit's counts. BENCH_ANSWERS (100000), BENCH_UNITS (172 leaf units), BENCH_SEED.
 *
 * BENCH_DB=sqlite (default) or postgres: the answers are first stored in a fresh database (units, a closed round,
 * 100,000 rows), then published as the server does it (`POST /api/staff/rounds/{id}/publish`: read in batches,
 * protected and audited in the worker, stored); BENCH_DB=none hands the answers to the worker directly.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSurvey } from '@svara/schema';
import type { Survey } from '@svara/schema';
import { startPostgres } from '../../../scripts/postgres.mjs';
import { computeRoundSnapshot } from '../src/results/round/worker.js';
import type { RoundResult } from '../src/results/round/worker.js';
import type { RoundSubmission, RoundUnit } from '../src/results/round/round.js';
import { Publications } from '../src/results/store/publications.js';
import { openStore } from '../src/store/open.js';
import { Rounds } from '../src/units/rounds.js';
import { Units } from '../src/units/units.js';
import { loaded } from '../src/surveys.js';
import { SurveyRegistry } from '../src/versions/registry.js';
import { importSurveys } from '../src/versions/import.js';

const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 100_000);
const LEAVES = Number(process.env.BENCH_UNITS ?? 172);
let seed = Number(process.env.BENCH_SEED ?? 2026);
const rnd = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 2 ** 32;
};

const scales = ['smiley-5', 'agree-5', 'yes-partly-no', 'smiley-5', 'never-sometimes-often', 'smiley-3'];
const parsed = parseSurvey({
  id: 'bench-round',
  version: 1,
  lang: 'sv',
  title: 'Benchmark',
  questions: [
    {
      id: 'kon',
      type: 'choice',
      text: 'Är du …',
      breakdown: true,
      allowSkip: true,
      options: [
        { value: 'flicka', text: 'Flicka' },
        { value: 'pojke', text: 'Pojke' },
        { value: 'annat', text: 'Annat' },
      ],
    },
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `q${i + 1}`,
      type: 'scale',
      text: `Fråga ${i + 1}`,
      scale: scales[i % scales.length],
      ...(i % 3 === 0 ? { allowDontKnow: true } : {}),
    })),
  ],
});
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const survey: Survey = parsed.survey;

// The tree: 4 districts, 6 departments each, the leaf units spread over the departments.
const units: RoundUnit[] = [];
const leaves: string[] = [];
for (let d = 0; d < 4; d++) {
  units.push({ id: `d${d}`, name: `Stadsdel ${d + 1}`, parent: null });
  for (let a = 0; a < 6; a++)
    units.push({ id: `d${d}a${a}`, name: `Avdelning ${d + 1}.${a + 1}`, parent: `d${d}` });
}
for (let u = 0; u < LEAVES; u++) {
  const dept = `d${u % 4}a${Math.floor(u / 4) % 6}`;
  units.push({ id: `${dept}u${u}`, name: `Enhet ${u + 1}`, parent: dept, invited: null });
  leaves.push(`${dept}u${u}`);
}
// Skewed unit sizes: weight ~ exp(3·r), a tenth of the units tiny.
const weights = leaves.map((_, i) => (i % 10 === 0 ? 0.01 : Math.exp(3 * rnd())));
const total = weights.reduce((a, b) => a + b, 0);
const cumulative: number[] = [];
weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);

function* submissions(): Generator<RoundSubmission> {
  for (let i = 0; i < ANSWERS; i++) {
    const r = rnd();
    let unit = cumulative.findIndex((c) => c >= r);
    if (unit < 0) unit = leaves.length - 1;
    const k = rnd();
    const answers: Record<string, unknown> = {
      kon: k < 0.48 ? 'flicka' : k < 0.96 ? 'pojke' : k < 0.985 ? 'annat' : 'skipped',
    };
    survey.questions!.slice(1).forEach((q, i) => {
      if (q.type !== 'scale') return;
      if (rnd() < 0.03) return; // not answered
      const x = rnd();
      const name = scales[i % scales.length]!;
      if (name === 'yes-partly-no') answers[q.id] = x < 0.7 ? 'yes' : x < 0.9 ? 'partly' : 'no';
      else if (name === 'never-sometimes-often')
        answers[q.id] = x < 0.2 ? 'never' : x < 0.6 ? 'sometimes' : 'often';
      else if (name === 'smiley-3') answers[q.id] = x < 0.08 ? 1 : x < 0.3 ? 2 : 3;
      else if (i % 3 === 0 && x < 0.04) answers[q.id] = 'dont_know';
      else answers[q.id] = x < 0.03 ? 1 : x < 0.09 ? 2 : x < 0.3 ? 3 : x < 0.6 ? 4 : 5;
    });
    // How it was answered (independent of the answers): 80 % alone, 13 % with support, 7 % in an interview.
    const how = ((Math.imul(i + 1, 2654435761) >>> 0) % 1000) / 1000;
    const answeredBy = how < 0.8 ? 'self' : how < 0.93 ? 'with-support' : 'interviewer';
    yield { unit: leaves[unit]!, answers, answeredBy };
  }
}

const DB = process.env.BENCH_DB ?? 'sqlite';
let result: Pick<RoundResult, 'snapshot' | 'audit' | 'timings'> & { store?: number };
let elapsed: number;
let storing = 0;
if (DB === 'none') {
  const started = performance.now();
  result = await computeRoundSnapshot(
    { survey, round: { id: 'bench', name: 'Bench' }, units, breakdown: 'kon' },
    submissions(),
  );
  elapsed = performance.now() - started;
} else {
  const temp = mkdtempSync(join(tmpdir(), 'svara-bench-round-'));
  const pg = DB === 'postgres' ? await startPostgres() : undefined;
  const store = await openStore(pg ? pg.url : join(temp, 'bench.sqlite'));
  try {
    const loading = performance.now();
    const registry = new SurveyRegistry(store);
    await importSurveys(registry, [loaded(survey, 'bench.json')]);
    const unitStore = new Units(store.db);
    for (const unit of units) await unitStore.create({ id: unit.id, name: unit.name, parent: unit.parent });
    const now = new Date('2027-06-01T10:00:00Z');
    const rounds = new Rounds(store.db, () => now);
    const round = await rounds.create(
      survey.id,
      {
        name: 'Bench',
        opens: '2027-03-01',
        closes: '2027-03-31',
        units: leaves.map((unitId) => ({ unitId, invited: null })),
      },
      'bench',
    );
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      if (batch.length)
        await store.db
          .insertInto('responses')
          .values(batch as never)
          .execute();
      batch = [];
    };
    for (const s of submissions()) {
      const id = randomUUID();
      batch.push({
        survey_id: survey.id,
        submission_id: id,
        survey_version: 1,
        payload_hash: id,
        submission: JSON.stringify({
          submissionId: id,
          surveyId: survey.id,
          surveyVersion: 1,
          answers: s.answers,
          meta: { answeredBy: s.answeredBy, mode: 'web' },
        }),
        received_at: '2027-03-15T10:00:00.000Z',
        unit_id: s.unit,
        round_id: round.id,
      });
      if (batch.length >= 500) await flush();
    }
    await flush();
    storing = performance.now() - loading;
    const publications = new Publications(store.db, {
      rounds,
      units: unitStore,
      now: () => now,
      union: async (id) => (await registry.union(id))!,
    });
    const started = performance.now();
    const published = await publications.publish((await rounds.get(round.id))!, 'bench');
    elapsed = performance.now() - started;
    result = {
      snapshot: published.snapshot,
      audit: { ...published.audit, badWitnesses: 0, leaks: [] },
      timings: { count: 0, protect: 0, audit: 0 },
    };
  } finally {
    await store.close();
    await pg?.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}
const peak = process.resourceUsage().maxRSS / 1024;

let published = 0;
let hidden = 0;
let merged = 0;
let tooFew = 0;
let modePublished = 0;
let modeHidden = 0;
for (const r of result.snapshot.results)
  for (const q of r.questions) {
    if (!q.published || q.type === 'scale-group') continue;
    for (const col of q.modes ?? [])
      for (const c of col.counts)
        if (c.count === null) modeHidden++;
        else modePublished++;
    for (const col of [q.total, ...(q.groups ?? [])]) {
      if (col.tooFew) tooFew++;
      for (const c of col.counts)
        if (c.count === null) hidden++;
        else published++;
      merged += col.merged?.length ?? 0;
    }
  }
const split = result.snapshot.results.filter((r) => (r.by?.groups.length ?? 0) > 0).length;
const byMode = result.snapshot.results.filter((r) =>
  r.questions.some((q) => q.published && q.type !== 'scale-group' && (q.modes?.length ?? 0) > 0),
).length;
console.log(
  `round results (${DB === 'none' ? 'no database' : DB}): ${units.length} units (${leaves.length} leaf units), ${ANSWERS.toLocaleString('en')} answers, 10 questions split by kön`,
);
if (DB === 'none')
  console.log(
    `  total ${(elapsed / 1000).toFixed(1)} s (worker: counting ${(result.timings.count / 1000).toFixed(1)} s incl. transfer, protection ${(result.timings.protect / 1000).toFixed(1)} s, audit ${(result.timings.audit / 1000).toFixed(1)} s)`,
  );
else
  console.log(
    `  storing the answers ${(storing / 1000).toFixed(1)} s (not part of publishing); publishing ${(elapsed / 1000).toFixed(1)} s (reading from ${DB} in batches, counting, protecting and auditing in the worker, storing the snapshot)`,
  );
console.log(`  peak RSS of the process (main + worker) ${peak.toFixed(0)} MiB`);
console.log(
  `  ${result.snapshot.results.length} results; split shown in ${split}; ${published.toLocaleString('en')} counts published, ${hidden.toLocaleString('en')} hidden; ${merged} merged answer sets; ${tooFew} columns "för få svar"`,
);
console.log(
  `  answering modes (80 % self, 13 % with support, 7 % interview): mode columns in ${byMode} results; ${modePublished.toLocaleString('en')} counts published, ${modeHidden.toLocaleString('en')} hidden`,
);
console.log(
  `  audit: ${result.audit.checked.toLocaleString('en')} cells checked, ${result.audit.byWitness.toLocaleString('en')} by a re-checked witness, ${result.audit.bySolver} by the solver, ${result.audit.leaks.length} leaks`,
);
