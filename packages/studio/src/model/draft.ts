/**
 * A survey definition in progress, and every change the editor makes to it, as pure functions: each takes a
 * draft and returns a new one (the old one is never changed, so the undo history can keep it). No DOM.
 *
 * A draft is what the author has written so far: it may be invalid (an empty text, a question without
 * options), so it is typed loosely here and checked with `parseSurvey` by the lint runner.
 */
import { iterateQuestions, questionTypes } from '@svara/schema';
import type { Audience, Question, QuestionType, Survey, Text } from '@svara/schema';

/** A survey definition in progress: JSON, possibly not (yet) valid. */
export type Draft = Record<string, unknown>;

/** Where a value is in the draft: keys and array indices, as in the schema's issue paths. */
export type Path = readonly (string | number)[];

type Container = Record<string, unknown> | unknown[];

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The value at `path`, or undefined. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isObject(current) && typeof key === 'string' && Object.hasOwn(current, key))
      current = current[key];
    else return undefined;
  }
  return current;
}

/** Objects that only group optional texts: when they become empty they are removed too. */
const PRUNABLE = new Set(['plain', 'audio']);

/**
 * A copy of `value` with `next` at `path` (objects and arrays on the way are created as needed). `undefined`
 * removes the key (or the array element); a `plain` or `audio` object left empty is removed with it.
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container: Container = Array.isArray(value)
    ? [...(value as unknown[])]
    : isObject(value)
      ? { ...value }
      : typeof key === 'number'
        ? []
        : {};
  const child = Array.isArray(container) ? container[key as number] : container[key as string];
  let updated = rest.length === 0 ? next : setIn(child, rest, next);
  if (
    rest.length > 0 &&
    typeof key === 'string' &&
    PRUNABLE.has(key) &&
    isObject(updated) &&
    Object.keys(updated).length === 0
  )
    updated = undefined;
  if (Array.isArray(container)) {
    if (updated === undefined) container.splice(key as number, 1);
    else container[key as number] = updated;
  } else if (updated === undefined) delete container[key as string];
  else container[key as string] = updated;
  return container as T;
}

// ─── Languages and texts ──────────────────────────────────────────────────────────────────────────────────

/** The survey's main language (`lang`, default `sv`). */
export function mainLanguage(draft: Draft): string {
  return typeof draft['lang'] === 'string' && draft['lang'] ? draft['lang'] : 'sv';
}

/** The languages the survey is offered in, the main one first. */
export function languagesOf(draft: Draft): string[] {
  const main = mainLanguage(draft);
  const listed = Array.isArray(draft['languages'])
    ? draft['languages'].filter((l): l is string => typeof l === 'string')
    : [];
  return [main, ...listed.filter((l) => l !== main)];
}

/** The text at `path` in `lang` ('' when there is none). A plain string is the main language's text. */
export function textIn(draft: Draft, path: Path, lang: string): string {
  const text = getIn(draft, path);
  if (typeof text === 'string') return lang === mainLanguage(draft) ? text : '';
  if (isObject(text) && typeof text[lang] === 'string') return text[lang];
  return '';
}

/**
 * Writes the text at `path` in `lang`. A survey in one language keeps plain strings; with several languages the
 * text becomes an object keyed by language. An empty text removes that language; an optional text (intro,
 * plain variants, …) left with no language at all is removed, a required one (title, question, option) stays
 * as an empty string so the author is told it is missing.
 */
export function setText(
  draft: Draft,
  path: Path,
  lang: string,
  value: string,
  options: { optional?: boolean } = {},
): Draft {
  const main = mainLanguage(draft);
  const current = getIn(draft, path);
  let next: Text | undefined;
  if (typeof current !== 'object' || current === null) {
    const existing = typeof current === 'string' ? current : '';
    if (lang === main) next = value;
    else
      next = Object.fromEntries(
        [
          [main, existing],
          [lang, value],
        ].filter(([, text]) => text !== ''),
      );
  } else {
    const entries = { ...(current as Record<string, string>) };
    if (value === '') delete entries[lang];
    else entries[lang] = value;
    next = entries;
  }
  if (typeof next === 'object' && Object.keys(next).length === 0) next = options.optional ? undefined : '';
  if (next === '' && options.optional) next = undefined;
  return setIn(draft, path, next);
}

/** The survey's languages after adding or removing one (the main language always stays first). */
export function setLanguages(draft: Draft, languages: readonly string[]): Draft {
  const main = mainLanguage(draft);
  const list = [main, ...languages.filter((l) => l !== main)];
  return setIn(draft, ['languages'], list.length > 1 ? [...new Set(list)] : undefined);
}

// ─── Ids ──────────────────────────────────────────────────────────────────────────────────────────────────

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', è: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** An id made from a text: "Jag vet varför vi träffades." → "jag-vet-varfor-vi-traffades" (at most 40). */
export function slugify(text: string, max = 40): string {
  const folded = text
    .toLowerCase()
    .replace(/[åäöéèüæø]/g, (c) => FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3` … whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const root = base || 'fraga';
  if (!taken.has(root)) return root;
  for (let n = 2; ; n++) if (!taken.has(`${root}-${n}`)) return `${root}-${n}`;
}

// ─── Questions ────────────────────────────────────────────────────────────────────────────────────────────

export interface QuestionAt {
  question: Question;
  /** Position across the whole survey, from 0. */
  index: number;
  /** Path of the question, e.g. `['questions', 2]`. */
  path: (string | number)[];
  /** Path of the list the question is in (`['questions']` or `['pages', 0, 'questions']`). */
  listPath: (string | number)[];
  /** Position in that list. */
  position: number;
}

/** Every question in order, with where it is. */
export function questionsOf(draft: Draft): QuestionAt[] {
  const pages = Array.isArray(draft['pages']) ? draft['pages'] : undefined;
  const questions = Array.isArray(draft['questions']) ? draft['questions'] : undefined;
  if (!pages && !questions) return [];
  const safe = {
    ...(pages ? { pages: pages.filter((p) => isObject(p) && Array.isArray(p['questions'])) } : {}),
    ...(questions ? { questions } : {}),
  } as Pick<Survey, 'questions' | 'pages'>;
  return [...iterateQuestions(safe)]
    .filter((entry) => isObject(entry.question))
    .map((entry) => ({
      question: entry.question,
      index: entry.index,
      path: entry.path,
      listPath: entry.path.slice(0, -1),
      position: entry.path.at(-1) as number,
    }));
}

/** Every question id in use. */
export function questionIds(draft: Draft): Set<string> {
  return new Set(questionsOf(draft).map((q) => String(q.question.id)));
}

/** A new question of `type` with the fields it needs, chosen for the audience. */
export function newQuestion(type: QuestionType, id: string, audience: Audience = 'general'): Question {
  const easy = audience === 'child' || audience === 'aac';
  switch (type) {
    case 'scale':
      return { id, type, text: '', scale: easy ? 'smiley-5' : 'yes-partly-no' } as Question;
    case 'scale-group':
      return {
        id,
        type,
        text: '',
        scale: easy ? 'smiley-5' : 'agree-5',
        items: [{ id: 'pastaende-1', text: '' }],
      } as Question;
    case 'choice':
    case 'multi':
      return {
        id,
        type,
        text: '',
        options: [
          { value: 'alternativ-1', text: '' },
          { value: 'alternativ-2', text: '' },
        ],
      } as Question;
    default:
      return { id, type, text: '' } as Question;
  }
}

/** Adds a question of `type` after position `after` (default: last) of the list it goes in. */
export function addQuestion(
  draft: Draft,
  type: QuestionType,
  options: { after?: number } = {},
): { draft: Draft; index: number; id: string } {
  const all = questionsOf(draft);
  const id = uniqueId(`fraga-${all.length + 1}`, questionIds(draft));
  const audience = (draft['audience'] as Audience | undefined) ?? 'general';
  const question = newQuestion(type, id, audience);
  const anchor = options.after === undefined ? all.at(-1) : all[options.after];
  const listPath = anchor?.listPath ?? ['questions'];
  const list = (getIn(draft, listPath) as unknown[] | undefined) ?? [];
  const position = anchor ? anchor.position + 1 : list.length;
  const next = setIn(draft, listPath, [...list.slice(0, position), question, ...list.slice(position)]);
  const index = questionsOf(next).findIndex((q) => q.question.id === id);
  return { draft: next, index, id };
}

/**
 * Moves the question at `index` one step up (`-1`) or down (`1`) within its list. Returns undefined when it is
 * already first or last there.
 */
export function moveQuestion(draft: Draft, index: number, step: -1 | 1): Draft | undefined {
  const entry = questionsOf(draft)[index];
  if (!entry) return undefined;
  const list = getIn(draft, entry.listPath) as unknown[];
  const target = entry.position + step;
  if (target < 0 || target >= list.length) return undefined;
  const copy = [...list];
  [copy[entry.position], copy[target]] = [copy[target], copy[entry.position]];
  return setIn(draft, entry.listPath, copy);
}

/** Removes the question at `index`. */
export function removeQuestion(draft: Draft, index: number): Draft {
  const entry = questionsOf(draft)[index];
  if (!entry) return draft;
  const list = getIn(draft, entry.listPath) as unknown[];
  return setIn(
    draft,
    entry.listPath,
    list.filter((_, i) => i !== entry.position),
  );
}

/** A copy of the question at `index` right after it, with a new id. */
export function duplicateQuestion(draft: Draft, index: number): { draft: Draft; index: number } {
  const entry = questionsOf(draft)[index];
  if (!entry) return { draft, index };
  const id = uniqueId(`${entry.question.id}-kopia`, questionIds(draft));
  const list = getIn(draft, entry.listPath) as unknown[];
  const copy = { ...structuredClone(entry.question), id };
  const next = setIn(draft, entry.listPath, [
    ...list.slice(0, entry.position + 1),
    copy,
    ...list.slice(entry.position + 1),
  ]);
  return { draft: next, index: index + 1 };
}

/** Fields every question type has. */
const COMMON_FIELDS = [
  'id',
  'type',
  'text',
  'description',
  'plain',
  'pictogram',
  'audio',
  'required',
  'showIf',
];

/**
 * Changes the type of the question at `index`, keeping what the new type can use (texts, pictogram, condition;
 * options between choice and multi; the scale between scale and scale-group) and adding what it needs.
 */
export function changeQuestionType(draft: Draft, index: number, type: QuestionType): Draft {
  const entry = questionsOf(draft)[index];
  if (!entry || entry.question.type === type || !questionTypes.includes(type)) return draft;
  const old = entry.question as unknown as Record<string, unknown>;
  const audience = (draft['audience'] as Audience | undefined) ?? 'general';
  const fresh = newQuestion(type, String(old['id']), audience) as unknown as Record<string, unknown>;
  const kept = Object.fromEntries(Object.entries(old).filter(([key]) => COMMON_FIELDS.includes(key)));
  const carry = (keys: string[]) =>
    Object.fromEntries(keys.filter((key) => old[key] !== undefined).map((key) => [key, old[key]]));
  const isChoice = (t: unknown) => t === 'choice' || t === 'multi';
  const isScale = (t: unknown) => t === 'scale' || t === 'scale-group';
  const special = ['allowDontKnow', 'allowSkip'];
  const extra =
    isChoice(old['type']) && isChoice(type)
      ? carry(['options', 'display', ...special])
      : isScale(old['type']) && isScale(type)
        ? carry(['scale', 'display', ...special])
        : {};
  return setIn(draft, entry.path, { ...fresh, ...kept, ...extra, type });
}

// ─── Options (choice, multi, custom scales) and statements (scale-group items) ─────────────────────────────

/** Adds an option with a fresh value at the end of the list at `listPath`. */
export function addOption(draft: Draft, listPath: Path): Draft {
  const list = (getIn(draft, listPath) as Record<string, unknown>[] | undefined) ?? [];
  const isItems = listPath.at(-1) === 'items';
  const key = isItems ? 'id' : 'value';
  const taken = new Set(list.map((o) => String(o[key])));
  const base = isItems ? 'pastaende' : 'alternativ';
  const value = uniqueId(`${base}-${list.length + 1}`, taken);
  return setIn(draft, listPath, [...list, { [key]: value, text: '' }]);
}

/** Moves the option at `position` one step up or down in its list; undefined at either end. */
export function moveOption(draft: Draft, listPath: Path, position: number, step: -1 | 1): Draft | undefined {
  const list = getIn(draft, listPath) as unknown[] | undefined;
  const target = position + step;
  if (!list || target < 0 || target >= list.length) return undefined;
  const copy = [...list];
  [copy[position], copy[target]] = [copy[target], copy[position]];
  return setIn(draft, listPath, copy);
}

/** Removes the option at `position`. */
export function removeOption(draft: Draft, listPath: Path, position: number): Draft {
  const list = (getIn(draft, listPath) as unknown[] | undefined) ?? [];
  return setIn(
    draft,
    listPath,
    list.filter((_, i) => i !== position),
  );
}

/**
 * Keeps a generated id or value in step with its text while the author has not chosen one: `fraga-3` or a
 * value made from the old text becomes one made from the new text. Ids in `frozen` (published before) never
 * change: their answers would no longer be comparable.
 */
export function followText(
  current: string,
  oldText: string,
  newText: string,
  taken: ReadonlySet<string>,
  frozen: ReadonlySet<string> = new Set(),
): string {
  if (frozen.has(current)) return current;
  const generated = /^(fraga|alternativ|pastaende)-\d+$/.test(current) || current === slugify(oldText);
  const slug = slugify(newText);
  if (!generated || !slug || !/^[a-z0-9]/.test(slug)) return current;
  const others = new Set([...taken].filter((id) => id !== current));
  return uniqueId(slug, others);
}

/** A condition with every reference to question `from` pointing at `to` instead. */
function renameInCondition(condition: unknown, from: string, to: string): unknown {
  if (!isObject(condition)) return condition;
  if (Array.isArray(condition['all']))
    return { ...condition, all: condition['all'].map((c) => renameInCondition(c, from, to)) };
  if (Array.isArray(condition['any']))
    return { ...condition, any: condition['any'].map((c) => renameInCondition(c, from, to)) };
  return condition['question'] === from ? { ...condition, question: to } : condition;
}

/** Gives the question at `index` the id `id`, and points every `showIf` that named the old id at the new one. */
export function renameQuestion(draft: Draft, index: number, id: string): Draft {
  const entry = questionsOf(draft)[index];
  if (!entry) return draft;
  const from = String(entry.question.id);
  let next = setIn(draft, [...entry.path, 'id'], id);
  if (from === id || from === '') return next;
  for (const other of questionsOf(next)) {
    const condition = (other.question as { showIf?: unknown }).showIf;
    if (condition !== undefined)
      next = setIn(next, [...other.path, 'showIf'], renameInCondition(condition, from, id));
  }
  const pages = Array.isArray(next['pages']) ? next['pages'] : [];
  for (const [i, page] of pages.entries()) {
    if (isObject(page) && page['showIf'] !== undefined)
      next = setIn(next, ['pages', i, 'showIf'], renameInCondition(page['showIf'], from, id));
  }
  return next;
}

/** The questions whose `showIf` (or page's) names question `id`: what breaks when it is deleted. */
export function dependentsOf(draft: Draft, id: string): QuestionAt[] {
  const names = (condition: unknown): boolean =>
    isObject(condition) &&
    (condition['question'] === id ||
      (Array.isArray(condition['all']) && condition['all'].some(names)) ||
      (Array.isArray(condition['any']) && condition['any'].some(names)));
  return questionsOf(draft).filter((entry) => names((entry.question as { showIf?: unknown }).showIf));
}
