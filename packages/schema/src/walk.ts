/** Walks every language-keyed value of a survey (texts and recorded audio) with its path. */
import { iterateQuestions } from './survey.js';
import type { Audio, Option, Pictogram, Question, Scale, ScaleGroupItem, Survey, Text } from './schemas.js';

/** What a text is for: lint applies some rules only to statements and questions. */
export type TextRole =
  | 'title'
  | 'intro'
  | 'thanks'
  | 'privacy'
  | 'page-title'
  | 'question'
  | 'description'
  | 'option'
  | 'item'
  | 'label'
  | 'alt';

export type Localized =
  | {
      kind: 'text';
      value: Text;
      path: (string | number)[];
      role: TextRole;
      /** True for a plain-language variant. */
      plain: boolean;
      question?: Question | undefined;
    }
  | { kind: 'audio'; value: Audio; path: (string | number)[]; question?: Question | undefined };

function* pictogramTexts(
  pictogram: Pictogram | undefined,
  path: (string | number)[],
  question: Question | undefined,
): Generator<Localized> {
  if (pictogram && 'alt' in pictogram) {
    yield {
      kind: 'text',
      value: pictogram.alt,
      path: [...path, 'pictogram', 'alt'],
      role: 'alt',
      plain: false,
      question,
    };
  }
}

function* optionLike(
  option: Option | ScaleGroupItem,
  path: (string | number)[],
  role: TextRole,
  question: Question,
): Generator<Localized> {
  yield { kind: 'text', value: option.text, path: [...path, 'text'], role, plain: false, question };
  if (option.plain?.text) {
    yield {
      kind: 'text',
      value: option.plain.text,
      path: [...path, 'plain', 'text'],
      role,
      plain: true,
      question,
    };
  }
  yield* pictogramTexts(option.pictogram, path, question);
  if (option.audio) yield { kind: 'audio', value: option.audio, path: [...path, 'audio'], question };
}

function* scaleTexts(scale: Scale, path: (string | number)[], question: Question): Generator<Localized> {
  if (typeof scale === 'string') return;
  if ('options' in scale) {
    for (const [i, option] of scale.options.entries()) {
      yield* optionLike(option, [...path, 'scale', 'options', i], 'option', question);
    }
    return;
  }
  for (const key of ['minLabel', 'maxLabel'] as const) {
    const label = scale[key];
    if (label)
      yield {
        kind: 'text',
        value: label,
        path: [...path, 'scale', key],
        role: 'label',
        plain: false,
        question,
      };
  }
}

/** Every text and audio record of the survey, in document order. */
export function* iterateLocalized(survey: Survey): Generator<Localized> {
  const top = (
    value: Text | undefined,
    path: (string | number)[],
    role: TextRole,
    plain = false,
  ): Localized[] => (value === undefined ? [] : [{ kind: 'text', value, path, role, plain }]);
  yield* top(survey.title, ['title'], 'title');
  yield* top(survey.plain?.title, ['plain', 'title'], 'title', true);
  yield* top(survey.intro, ['intro'], 'intro');
  yield* top(survey.plain?.intro, ['plain', 'intro'], 'intro', true);
  if (survey.privacy) {
    for (const key of ['purpose', 'whoSees', 'contact', 'anonymity', 'retention'] as const) {
      yield* top(survey.privacy[key], ['privacy', key], 'privacy');
      yield* top(survey.privacy.plain?.[key], ['privacy', 'plain', key], 'privacy', true);
    }
  }
  const pagesSeen = new Set<number>();
  for (const { question: q, path, page, pageIndex } of iterateQuestions(survey)) {
    if (page && pageIndex !== undefined && !pagesSeen.has(pageIndex)) {
      pagesSeen.add(pageIndex);
      yield* top(page.title, ['pages', pageIndex, 'title'], 'page-title');
      yield* top(page.plain?.title, ['pages', pageIndex, 'plain', 'title'], 'page-title', true);
    }
    yield {
      kind: 'text',
      value: q.text,
      path: [...path, 'text'],
      role: 'question',
      plain: false,
      question: q,
    };
    if (q.plain?.text) {
      yield {
        kind: 'text',
        value: q.plain.text,
        path: [...path, 'plain', 'text'],
        role: 'question',
        plain: true,
        question: q,
      };
    }
    if (q.description) {
      yield {
        kind: 'text',
        value: q.description,
        path: [...path, 'description'],
        role: 'description',
        plain: false,
        question: q,
      };
    }
    if (q.plain?.description) {
      yield {
        kind: 'text',
        value: q.plain.description,
        path: [...path, 'plain', 'description'],
        role: 'description',
        plain: true,
        question: q,
      };
    }
    yield* pictogramTexts(q.pictogram, path, q);
    if (q.audio) yield { kind: 'audio', value: q.audio, path: [...path, 'audio'], question: q };
    if (q.type === 'choice' || q.type === 'multi') {
      for (const [i, option] of q.options.entries())
        yield* optionLike(option, [...path, 'options', i], 'option', q);
    }
    if (q.type === 'scale' || q.type === 'scale-group') yield* scaleTexts(q.scale, path, q);
    if (q.type === 'scale-group') {
      for (const [i, item] of q.items.entries()) yield* optionLike(item, [...path, 'items', i], 'item', q);
    }
  }
  yield* top(survey.thanks, ['thanks'], 'thanks');
  yield* top(survey.plain?.thanks, ['plain', 'thanks'], 'thanks', true);
}
