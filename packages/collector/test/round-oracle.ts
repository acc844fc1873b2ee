/**
 * An independent attacker for published results. From the raw answers (to know the true numbers and the shape
 * of the data) and from the published JSON alone, it writes the integer program of everything a reader knows —
 * every published number as an equation over per-unit, per-group, per-answer counts, with each question's counts
 * in a unit and group adding up to that group's size there — and asks GLPK (a different solver, and no code from
 * src/results) for the smallest and largest value of every hidden count and of every count of 1–4 people.
 * A count whose smallest and largest values are equal can be worked out exactly: a leak.
 *
 * Several `Results` may be published together (units of a round, or the old API's `?by=` variants): each names
 * its unit (`unit.id`, null for everyone) and its breakdown (`by.question`). Units are matched to the answers'
 * `unit`; the tree comes from `units`.
 */
import GLPKFactory from 'glpk.js/node';
import type { GLPK, LP } from 'glpk.js/node';
import { DONT_KNOW, SKIPPED, allQuestions, allowedSpecialCodes, questionOptions } from '@svara/schema';
import type { GroupColumn, Question, ResultColumn, Results, Survey } from '@svara/schema';

export interface OracleInput {
  survey: Survey;
  units?: { id: string; parent: string | null }[];
  /** `answeredBy`: the envelope's `meta.answeredBy` (absent: `self`). */
  submissions: { unit?: string | null; answers: Record<string, unknown>; answeredBy?: string | null }[];
  published: Results[];
  /** Units not published on their own whose counts of 1–4 must not be computable either (e.g. late answers). */
  alsoCheck?: string[];
  /** The reader knows every answer was given in a unit without units below it (no answers elsewhere). */
  onlyLeaves?: boolean;
}

export interface OracleReport {
  /** Counts whose bounds were asked for. */
  checked: number;
  /** Counts that can be worked out exactly although hidden (or of 1–4 people). */
  leaks: string[];
  /** Published counts of 1–4 people. */
  smallPublished: string[];
}

let glpkPromise: Promise<GLPK> | undefined;
const glpk = () => (glpkPromise ??= GLPKFactory());

const NONE = '\u0000none';
const key = (v: unknown) => JSON.stringify(v);

/** Categories of a question as the reader sees them: values, "vet inte", "hoppa över", and nothing. */
function categories(q: Question): string[] {
  const codes = allowedSpecialCodes(q);
  return [
    ...questionOptions(q).map((o) => key(o.value)),
    ...(codes.includes(DONT_KNOW) ? [key(DONT_KNOW)] : []),
    ...(codes.includes(SKIPPED) ? [key(SKIPPED)] : []),
    NONE,
  ];
}

export async function attack(input: OracleInput): Promise<OracleReport> {
  const { survey, submissions, published } = input;
  const units = input.units ?? [];
  const parentOf = new Map(units.map((u) => [u.id, u.parent]));
  const hasChildren = new Set(units.map((u) => u.parent).filter((p): p is string => p !== null));
  // Each answer's place: the unit it was given in, and every unit above it.
  const chainOf = (unit: string | null | undefined): string[] => {
    const chain: string[] = [];
    for (let u = unit ?? null; u !== null && parentOf.has(u); u = parentOf.get(u) ?? null) chain.push(u);
    return chain;
  };
  // Leaves: units without children, and each inner unit's own answers; unknown units count only in the whole —
  // which is the one top unit where the tree has a single root (then it is the whole survey).
  const roots = units.filter((u) => u.parent === null);
  const own = (unit: string) => unit + (hasChildren.has(unit) ? '/direct' : '');
  const leafOf = (unit: string | null | undefined) =>
    unit && parentOf.has(unit) ? own(unit) : roots.length === 1 ? own(roots[0]!.id) : '/none';
  const leaves = [
    ...new Set([
      ...units.map((u) => leafOf(u.id)),
      ...units.filter((u) => hasChildren.has(u.id)).map((u) => u.id + '/direct'),
      '/none',
    ]),
  ];
  if (input.onlyLeaves)
    leaves.splice(0, leaves.length, ...units.filter((u) => !hasChildren.has(u.id)).map((u) => u.id));
  const leafUnit = (leaf: string) =>
    leaf.endsWith('/direct') ? leaf.slice(0, -'/direct'.length) : leaf === '/none' ? null : leaf;
  const inUnit = (leaf: string, unit: string | null) =>
    unit === null || chainOf(leafUnit(leaf)).includes(unit);

  // Groups: every combination of the breakdown questions' answers used by any published result, and of the
  // answering mode (self, with support, interview) when anything is published by mode or answers were given in
  // more than one way.
  const breakdowns = [...new Set(published.flatMap((r) => (r.by ? [r.by.question] : [])))];
  const byQuestions = breakdowns.map((id) => allQuestions(survey).find((q) => q.id === id)!);
  const byCats = byQuestions.map(categories);
  const modeCats = ['self', 'with-support', 'interviewer'].map(key);
  const modeOf = (answeredBy: string | null | undefined) =>
    modeCats.includes(key(answeredBy)) ? key(answeredBy) : key('self');
  const withModes =
    published.some((r) => r.modes !== undefined) ||
    submissions.some((sub) => modeOf(sub.answeredBy) !== key('self'));
  const modeDim = byCats.length;
  const dims = withModes ? [...byCats, modeCats] : byCats;
  const groups: string[][] = [[]];
  for (const cats of dims) {
    const next: string[][] = [];
    for (const g of groups) for (const c of cats) next.push([...g, c]);
    groups.splice(0, groups.length, ...next);
  }
  const groupOf = (answers: Record<string, unknown>, answeredBy: string | null | undefined) => [
    ...byQuestions.map((q, i) => {
      const c = Object.hasOwn(answers, q.id) ? key(answers[q.id]) : NONE;
      return byCats[i]!.includes(c) ? c : NONE;
    }),
    ...(withModes ? [modeOf(answeredBy)] : []),
  ];
  const inMode = (mode: string) =>
    groups.flatMap((g, i) => (withModes && g[modeDim] === key(mode) ? [i] : []));
  const gIndex = (g: string[]) => groups.findIndex((x) => x.every((c, i) => c === g[i]));

  // Variables and their true values.
  const truth = new Map<string, number>();
  const add = (name: string, by = 1) => truth.set(name, (truth.get(name) ?? 0) + by);
  const variables = new Set<string>();
  const ties: { name: string; vars: { name: string; coef: number }[] }[] = [];
  const upper: [string, string][] = [];
  const questions = allQuestions(survey).filter((q) => !breakdowns.includes(q.id));
  type Single = { id: string; cats: string[]; pick: (a: Record<string, unknown>) => string };
  const singles: Single[] = [];
  const multis: { q: Question; special: string[]; options: string[] }[] = [];
  for (const q of questions) {
    if (q.type === 'scale' || q.type === 'choice') {
      const cats = categories(q);
      singles.push({
        id: q.id,
        cats,
        pick: (a) => (Object.hasOwn(a, q.id) && cats.includes(key(a[q.id])) ? key(a[q.id]) : NONE),
      });
    } else if (q.type === 'scale-group') {
      const cats = categories(q);
      for (const item of q.items)
        singles.push({
          id: `${q.id}.${item.id}`,
          cats,
          pick: (a) => {
            const v = a[q.id];
            const x =
              v && typeof v === 'object' && Object.hasOwn(v, item.id)
                ? key((v as Record<string, unknown>)[item.id])
                : NONE;
            return cats.includes(x) ? x : NONE;
          },
        });
    } else if (q.type === 'multi') {
      const cats = categories(q);
      multis.push({
        q,
        special: ['list', ...cats.slice(questionOptions(q).length)],
        options: questionOptions(q).map((o) => key(o.value)),
      });
    }
  }
  const v = (...parts: (string | number)[]) =>
    'v' + parts.map((p) => String(p).replace(/[^a-zA-Z0-9]/g, (ch) => '_' + ch.charCodeAt(0))).join('__');
  for (const leaf of leaves)
    for (let g = 0; g < groups.length; g++) {
      variables.add(v('r', leaf, g));
      for (const s of singles) {
        const terms = s.cats.map((c) => ({ name: v(s.id, leaf, g, c), coef: 1 }));
        terms.forEach((t) => variables.add(t.name));
        ties.push({ name: v('tie', s.id, leaf, g), vars: [...terms, { name: v('r', leaf, g), coef: -1 }] });
      }
      for (const m of multis) {
        const terms = m.special.map((c) => ({ name: v(m.q.id, leaf, g, c), coef: 1 }));
        terms.forEach((t) => variables.add(t.name));
        ties.push({ name: v('tie', m.q.id, leaf, g), vars: [...terms, { name: v('r', leaf, g), coef: -1 }] });
        // Any number from 0 to the list answerers may have chosen each option, independently.
        for (const o of m.options) {
          variables.add(v(m.q.id, leaf, g, 'o', o));
          upper.push([v(m.q.id, leaf, g, 'o', o), v(m.q.id, leaf, g, 'list')]);
        }
      }
    }
  for (const sub of submissions) {
    const leaf = leafOf(sub.unit);
    const g = gIndex(groupOf(sub.answers, sub.answeredBy));
    add(v('r', leaf, g));
    for (const s of singles) add(v(s.id, leaf, g, s.pick(sub.answers)));
    for (const m of multis) {
      const a = sub.answers[m.q.id];
      const c = Array.isArray(a) ? 'list' : m.special.includes(key(a)) ? key(a) : NONE;
      add(v(m.q.id, leaf, g, c));
      if (Array.isArray(a))
        for (const o of m.options) if (a.map(key).includes(o)) add(v(m.q.id, leaf, g, 'o', o));
    }
  }
  const valueOf = (terms: string[]) => terms.reduce((s, t) => s + (truth.get(t) ?? 0), 0);

  // A count: the sum of some variables.
  interface Count {
    label: string;
    terms: string[];
  }
  const equations: { terms: string[]; value: number; label: string }[] = [];
  const hidden: Count[] = [];
  const smallPublished: string[] = [];
  const inGroups = (r: Results, groupValue: unknown | undefined) =>
    groups
      .map((g, i) => [g, i] as const)
      .filter(([g]) => {
        if (groupValue === undefined) return true;
        const at = breakdowns.indexOf(r.by!.question);
        return g[at] === key(groupValue);
      })
      .map(([, i]) => i);
  const record = (label: string, terms: string[], count: number | null | undefined, tooFew: boolean) => {
    if (count === undefined) return;
    if (count === null) {
      if (!tooFew) hidden.push({ label, terms });
      return;
    }
    if (count !== valueOf(terms)) throw new Error(`${label}: published ${count}, true ${valueOf(terms)}`);
    if (count > 0 && count < 5) smallPublished.push(`${label} = ${count}`);
    equations.push({ terms, value: count, label });
  };

  for (const r of published) {
    const unit = r.unit ? r.unit.id : null;
    const ls = leaves.filter((l) => inUnit(l, unit));
    const where = `${unit ?? 'alla'}${r.by ? ` by ${r.by.question}` : ''}`;
    record(
      `${where} respondents`,
      ls.flatMap((l) => groups.map((_, g) => v('r', l, g))),
      r.respondents,
      false,
    );
    // How many answered in each way.
    for (const m of r.modes ?? [])
      record(
        `${where} mode ${m.mode}`,
        ls.flatMap((l) => inMode(m.mode).map((g) => v('r', l, g))),
        m.count,
        false,
      );
    for (const q of r.questions) {
      if (!q.published) continue;
      const bi = breakdowns.indexOf(q.id);
      if (bi >= 0) {
        // A breakdown question's own table: sums of group sizes.
        const col = (q as { total: ResultColumn }).total;
        const cats = byCats[bi]!;
        const sizes = (cs: string[]) =>
          ls.flatMap((l) => groups.flatMap((g, i) => (cs.includes(g[bi]!) ? [v('r', l, i)] : [])));
        const tf = col.tooFew === true;
        col.counts.forEach((c) =>
          record(`${where} ${q.id}=${key(c.value)}`, sizes([key(c.value)]), c.count, tf),
        );
        record(`${where} ${q.id} vet inte`, sizes([key(DONT_KNOW)]), col.dontKnow, tf);
        record(`${where} ${q.id} hoppa över`, sizes([key(SKIPPED)]), col.skipped, tf);
        record(`${where} ${q.id} n`, sizes(cats.filter((c) => c !== NONE)), col.n, false);
        // Split by another breakdown (the old API's `?by=`): the same sizes within each group.
        for (const gc of (q as { groups?: GroupColumn[] | null }).groups ?? []) {
          const within = new Set(inGroups(r, gc.group));
          const sized = (cs: string[]) =>
            ls.flatMap((l) =>
              groups.flatMap((g, i) => (within.has(i) && cs.includes(g[bi]!) ? [v('r', l, i)] : [])),
            );
          const gtf = gc.tooFew === true;
          gc.counts.forEach((c) =>
            record(
              `${where} ${q.id}=${key(c.value)} [${String(gc.group)}]`,
              sized([key(c.value)]),
              c.count,
              gtf,
            ),
          );
          record(
            `${where} ${q.id} vet inte [${String(gc.group)}]`,
            sized([key(DONT_KNOW)]),
            gc.dontKnow,
            gtf,
          );
          record(`${where} ${q.id} hoppa över [${String(gc.group)}]`, sized([key(SKIPPED)]), gc.skipped, gtf);
          record(
            `${where} ${q.id} n [${String(gc.group)}]`,
            sized(cats.filter((c) => c !== NONE)),
            gc.n,
            false,
          );
        }
        continue;
      }
      const tables =
        q.type === 'scale-group'
          ? q.items.map((item) => ({ id: `${q.id}.${item.id}`, t: item, merged: item.merged }))
          : [{ id: q.id, t: q, merged: 'merged' in q ? q.merged : undefined }];
      for (const { id, t, merged } of tables) {
        const columns = [
          { label: 'alla', col: t.total, gs: inGroups(r, undefined) },
          ...(t.groups ?? []).map((gc) => ({ label: String(gc.group), col: gc, gs: inGroups(r, gc.group) })),
          ...(t.modes ?? []).map((mc) => ({ label: `mode ${mc.mode}`, col: mc, gs: inMode(mc.mode) })),
        ];
        if (t.modes?.length && !withModes)
          throw new Error(`${where} ${id}: modes without the mode dimension`);
        for (const { label, col, gs } of columns) {
          const at = `${where} ${id} [${label}]`;
          const tf = col.tooFew === true;
          if (q.type === 'multi') {
            const m = multis.find((x) => x.q.id === q.id)!;
            const sp = (c: string) => ls.flatMap((l) => gs.map((g) => v(q.id, l, g, c)));
            col.counts.forEach((c) =>
              record(
                `${at} chose ${key(c.value)}`,
                ls.flatMap((l) => gs.map((g) => v(q.id, l, g, 'o', key(c.value)))),
                c.count,
                tf,
              ),
            );
            record(`${at} vet inte`, sp(key(DONT_KNOW)), col.dontKnow, tf);
            record(`${at} hoppa över`, sp(key(SKIPPED)), col.skipped, tf);
            record(`${at} n`, m.special.filter((c) => c !== NONE).flatMap(sp), col.n, false);
            continue;
          }
          const s = singles.find((x) => x.id === id)!;
          const cell = (cs: string[]) => ls.flatMap((l) => gs.flatMap((g) => cs.map((c) => v(id, l, g, c))));
          // Answers shown together (table redesign) are not cells of the table on their own: only their merged count.
          const together = new Set((merged ?? []).flatMap((m) => m.values.map(key)));
          col.counts.forEach((c) =>
            record(`${at} ${key(c.value)}`, cell([key(c.value)]), c.count, tf || together.has(key(c.value))),
          );
          record(`${at} vet inte`, cell([key(DONT_KNOW)]), col.dontKnow, tf);
          record(`${at} hoppa över`, cell([key(SKIPPED)]), col.skipped, tf);
          record(`${at} n`, cell(s.cats.filter((c) => c !== NONE)), col.n, false);
          merged?.forEach((m, i) =>
            record(`${at} ${m.values.map(key).join('+')}`, cell(m.values.map(key)), col.merged?.[i], tf),
          );
          if (col.mean !== undefined && col.mean !== null && col.counts.some((c) => c.count === null))
            throw new Error(`${at}: a mean is published while a count is hidden`);
        }
      }
    }
  }

  // Every count of 1–4 people, published or not, per unit shown and per single group — and, with two
  // dimensions (breakdown and mode), per breakdown answer over all modes and per mode over all answers.
  const small: Count[] = [];
  const checkedUnits = [...published.map((r) => (r.unit ? r.unit.id : null)), ...(input.alsoCheck ?? [])];
  const groupSets: { label: string; gs: number[] }[] = groups
    .map((g, i) => ({ label: String(g), gs: [i] }))
    .filter(({ gs }) => !(groups[gs[0]!]!.slice(0, modeDim).every((c) => c === NONE) && modeDim > 0));
  if (dims.length > 1)
    dims.forEach((cats, d) => {
      for (const c of cats) {
        if (c === NONE) continue;
        groupSets.push({ label: `[${d}]=${c}`, gs: groups.flatMap((g, i) => (g[d] === c ? [i] : [])) });
      }
    });
  for (const unit of new Set(checkedUnits)) {
    const ls = leaves.filter((l) => inUnit(l, unit));
    for (const { label: gl, gs } of groupSets) {
      const sizes = ls.flatMap((l) => gs.map((g) => v('r', l, g)));
      if (groups.length > 1 && valueOf(sizes) > 0 && valueOf(sizes) < 5)
        small.push({ label: `${unit ?? 'alla'} group ${gl} size`, terms: sizes });
      for (const s of singles) {
        const cats = s.cats.filter((c) => c !== NONE);
        // Single answers; for units checked apart (never published themselves), also neighbouring answers
        // together ("sad or very sad"): what a reader learns about one late answer.
        const windows = (input.alsoCheck ?? []).includes(unit ?? '')
          ? cats
              .flatMap((_, i) => cats.slice(i).map((__, j) => cats.slice(i, i + j + 1)))
              .filter((w) => w.length < cats.length)
          : cats.map((c) => [c]);
        for (const w of windows) {
          const terms = ls.flatMap((l) => gs.flatMap((g) => w.map((c) => v(s.id, l, g, c))));
          const t = valueOf(terms);
          if (t > 0 && t < 5)
            small.push({ label: `${unit ?? 'alla'} group ${gl} ${s.id} ${w.join('+')}`, terms });
        }
      }
    }
  }

  const solver = await glpk();
  // An upper bound keeps every program bounded; it only makes the attacker stronger (fewer tables to hide in).
  const ub = submissions.length + 5;
  const bounds = [...variables].map((name) => ({ name, type: solver.GLP_DB, lb: 0, ub }));
  const subjectTo: LP['subjectTo'] = [
    ...equations.map((e, i) => ({
      name: `e${i}`,
      vars: e.terms.map((name) => ({ name, coef: 1 })),
      bnds: { type: solver.GLP_FX, lb: e.value, ub: e.value },
    })),
    ...ties.map((t) => ({ name: t.name, vars: t.vars, bnds: { type: solver.GLP_FX, lb: 0, ub: 0 } })),
    ...upper.map(([a, b], i) => ({
      name: `u${i}`,
      vars: [
        { name: a, coef: 1 },
        { name: b, coef: -1 },
      ],
      bnds: { type: solver.GLP_UP, lb: 0, ub: 0 },
    })),
  ];
  const solutions: Map<string, number>[] = [];
  const leaks: string[] = [];
  const seen = new Set<string>();
  const targets = [...hidden, ...small].filter((c) => {
    const id = [...c.terms].sort().join('|');
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  for (const target of targets) {
    const truthValue = valueOf(target.terms);
    // Another solution found earlier may already differ here.
    if (solutions.some((s) => target.terms.reduce((sum, t) => sum + (s.get(t) ?? 0), 0) !== truthValue))
      continue;
    let differs = false;
    for (const direction of [solver.GLP_MAX, solver.GLP_MIN]) {
      const result = solver.solve(
        {
          name: 'attack',
          objective: { direction, name: 'obj', vars: target.terms.map((name) => ({ name, coef: 1 })) },
          subjectTo,
          bounds,
          generals: [...variables],
        },
        { msglev: solver.GLP_MSG_OFF },
      );
      if (result.result.status !== solver.GLP_OPT)
        throw new Error(`GLPK status ${result.result.status} for ${target.label}`);
      const vars = new Map(Object.entries(result.result.vars));
      solutions.push(vars);
      if (Math.round(result.result.z) !== truthValue) {
        differs = true;
        break;
      }
    }
    if (!differs) leaks.push(`${target.label} = ${truthValue}`);
  }
  return { checked: targets.length, leaks, smallPublished };
}
