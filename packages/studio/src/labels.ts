/**
 * Words the studio shows for the schema's names: audiences, question types, languages, previews, and the lint
 * warnings worded for the form (the schema's own messages name JSON fields, which an author using the form
 * never sees). Everything through `msg()`, Swedish first.
 */
import { msg, str } from '@lit/localize';
import type { Audience, QuestionType } from '@svara/schema';
import { getLocale } from '@svara/elements/localization';
import type { Finding } from './model/check.js';
import type { PreviewKind } from './model/preview.js';
import type { VersionChange } from './model/versions.js';

export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case 'child':
      return msg('Barn', { id: 'studio.audience.child', desc: 'Audience: children 5-17' });
    case 'aac':
      return msg('AAC (bildstöd)', {
        id: 'studio.audience.aac',
        desc: 'Audience: people who use augmentative and alternative communication, with pictograms',
      });
    default:
      return msg('Vuxna', { id: 'studio.audience.general', desc: 'Audience: adults, the general public' });
  }
}

export function audienceHint(audience: Audience): string {
  switch (audience) {
    case 'child':
      return msg('En fråga per skärm, ansikten, stora knappar. LIX högst 30.', {
        id: 'studio.audience.childHint',
        desc: 'What choosing the children audience means',
      });
    case 'aac':
      return msg('En fråga per skärm, bilder till varje svar, uppläsning. LIX högst 30.', {
        id: 'studio.audience.aacHint',
        desc: 'What choosing the AAC audience means',
      });
    default:
      return msg('Alla frågor på en sida. LIX högst 40.', {
        id: 'studio.audience.generalHint',
        desc: 'What choosing the adult audience means',
      });
  }
}

export function questionTypeLabel(type: QuestionType): string {
  switch (type) {
    case 'scale':
      return msg('Skala', {
        id: 'studio.type.scale',
        desc: 'Question type: one answer on a scale (faces, ja/delvis/nej, 1-5)',
      });
    case 'scale-group':
      return msg('Flera påståenden, samma skala', {
        id: 'studio.type.scaleGroup',
        desc: 'Question type: several statements answered on one scale',
      });
    case 'choice':
      return msg('Ett svar', { id: 'studio.type.choice', desc: 'Question type: choose one answer' });
    case 'multi':
      return msg('Flera svar', {
        id: 'studio.type.multi',
        desc: 'Question type: choose one or more answers',
      });
    case 'text':
      return msg('Fritext', { id: 'studio.type.text', desc: 'Question type: a free text answer' });
    case 'date':
      return msg('Datum', { id: 'studio.type.date', desc: 'Question type: a date' });
    case 'email':
      return msg('E-postadress', { id: 'studio.type.email', desc: 'Question type: an e-mail address' });
    case 'consent':
      return msg('Samtycke (kryssruta)', {
        id: 'studio.type.consent',
        desc: 'Question type: a box the respondent ticks to agree',
      });
  }
}

/** "arabiska (ar)" in the studio's language, from the browser's own language names. */
export function languageLabel(code: string): string {
  try {
    const name = new Intl.DisplayNames([getLocale()], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

/** The language's own name, for `lang`-marked text: "العربية". */
export function autonym(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function previewLabel(kind: PreviewKind): string {
  if (kind.startsWith('lang:')) {
    const lang = kind.slice(5);
    return msg(str`Språk: ${languageLabel(lang)}`, {
      id: 'studio.preview.language',
      desc: 'Preview in another language. ${0}: the language, e.g. "arabiska (ar)"',
    });
  }
  switch (kind) {
    case 'plain':
      return msg('Lättläst', {
        id: 'studio.preview.plain',
        desc: 'Preview with the plain-language variants',
      });
    case 'interview':
      return msg('Telefonintervju', {
        id: 'studio.preview.interview',
        desc: 'Preview as the staff member who reads the questions on the phone sees it',
      });
    default:
      return audienceLabel(kind as Audience);
  }
}

/** A warning or error worded for the form field it is shown next to (the schema's words otherwise). */
export function findingText(finding: Finding): string {
  const p = finding.params;
  switch (finding.code) {
    case 'lix':
      return msg(
        str`Svår text: för den här målgruppen högst LIX ${p['max']}. Skriv kortare meningar och kortare ord.`,
        {
          id: 'studio.lint.lix',
          desc: 'Lint warning next to a text, part of its description: without the changing LIX value (the meter shows it), or a screen reader says it again after every key. ${0}: the audience’s limit',
        },
      );
    case 'long-sentence':
      return msg(str`En mening har fler än ${p['max']} ord. Dela den.`, {
        id: 'studio.lint.longSentence',
        desc: 'Lint warning next to a text, part of its description: without the changing count. ${0}: the limit (15)',
      });
    case 'negation':
      return msg(
        str`Ordet ”${p['word']}” gör påståendet nekande, och sådana är svåra att svara på. Skriv det utan nekande ord.`,
        {
          id: 'studio.lint.negation',
          desc: 'Lint warning next to a statement for children or AAC users. ${0}: the negative word, e.g. "inte"',
        },
      );
    case 'too-many-options':
      return msg(str`${p['count']} svarsalternativ. För den här målgruppen högst ${p['max']}.`, {
        id: 'studio.lint.tooManyOptions',
        desc: 'Lint warning next to the options. ${0}: how many; ${1}: the limit (5)',
      });
    case 'missing-plain':
      return msg('Skriv en lättläst variant: samma fråga med enklare ord.', {
        id: 'studio.lint.missingPlain',
        desc: 'Lint warning: a question for children or AAC users has no plain-language variant',
      });
    case 'missing-pictogram':
      return msg('Välj en bild. AAC-användare behöver en bild till frågan och till varje svar.', {
        id: 'studio.lint.missingPictogram',
        desc: 'Lint warning: a question or option for AAC users has no pictogram',
      });
    case 'missing-translation':
      return msg(str`Översättning saknas: ${p['languages']}.`, {
        id: 'studio.lint.missingTranslation',
        desc: 'Lint warning next to a text. ${0}: the languages it lacks, e.g. "engelska (en)"',
      });
    case 'missing-privacy':
      return msg('Skriv varför ni frågar och vem som ser svaren.', {
        id: 'studio.lint.missingPrivacy',
        desc: 'Lint warning: the respondent is not told why they are asked or who sees the answers',
      });
    case 'number-faces':
    case 'number-child':
      return msg('Barn ska svara med ansikten eller ord, inte med siffror.', {
        id: 'studio.lint.numbers',
        desc: 'Lint warning: a scale for children shows numbers',
      });
    case 'no-voice':
      return msg(
        str`Ingen inspelning på ${p['language']}, och vanliga mobiler och datorer har ingen röst för ${p['language']}. Spela in frågan och svaren, annars kan de inte läsas upp.`,
        {
          id: 'studio.lint.noVoice',
          desc: 'Lint warning. ${0} and ${1}: the language, e.g. "somaliska (so)"',
        },
      );
    default:
      return finding.message;
  }
}

const FIELD_NAMES = (): Record<string, string> => {
  const answers = msg('svar', {
    id: 'studio.field.answers',
    desc: 'Field name in a list of findings: the answers a condition tests',
  });
  return {
    title: msg('rubrik', { id: 'studio.field.title', desc: 'Field name in a list of findings' }),
    intro: msg('inledning', { id: 'studio.field.intro', desc: 'Field name in a list of findings' }),
    thanks: msg('efter svaret', {
      id: 'studio.field.thanks',
      desc: 'Field name in a list of findings: the thanks text',
    }),
    privacy: msg('integritet', { id: 'studio.field.privacy', desc: 'Field name in a list of findings' }),
    purpose: msg('varför vi frågar', {
      id: 'studio.field.purpose',
      desc: 'Field name in a list of findings',
    }),
    whoSees: msg('vem som ser svaren', {
      id: 'studio.field.whoSees',
      desc: 'Field name in a list of findings',
    }),
    contact: msg('kontakt', { id: 'studio.field.contact', desc: 'Field name in a list of findings' }),
    anonymity: msg('anonymitet', {
      id: 'studio.field.anonymity',
      desc: 'Field name: whether answers are anonymous, in words',
    }),
    retention: msg('hur länge svaren sparas', {
      id: 'studio.field.retention',
      desc: 'Field name: how long answers are kept',
    }),
    text: msg('text', { id: 'studio.field.text', desc: 'Field name in a list of findings' }),
    description: msg('förklaring', {
      id: 'studio.field.description',
      desc: 'Field name in a list of findings',
    }),
    plain: msg('lättläst', { id: 'studio.field.plain', desc: 'Field name in a list of findings' }),
    pictogram: msg('bild', { id: 'studio.field.pictogram', desc: 'Field name in a list of findings' }),
    audio: msg('uppläsning', { id: 'studio.field.audio', desc: 'Field name in a list of findings' }),
    scale: msg('skala', { id: 'studio.field.scale', desc: 'Field name in a list of findings' }),
    options: msg('svarsalternativ', { id: 'studio.field.options', desc: 'Field name in a list of findings' }),
    items: msg('påståenden', { id: 'studio.field.items', desc: 'Field name in a list of findings' }),
    showIf: msg('villkor', { id: 'studio.field.showIf', desc: 'Field name in a list of findings' }),
    id: msg('id', { id: 'studio.field.id', desc: 'Field name in a list of findings' }),
    languages: msg('språk', { id: 'studio.field.languages', desc: 'Field name in a list of findings' }),
    audience: msg('målgrupp', { id: 'studio.field.audience', desc: 'Field name: the audience' }),
    modes: msg('sätt att svara', {
      id: 'studio.field.modes',
      desc: 'Field name: the ways of answering (web, kiosk, interview)',
    }),
    in: answers,
    equals: answers,
    all: msg('alla delar', { id: 'studio.field.all', desc: 'Field name: all parts of a condition' }),
    any: msg('någon del', { id: 'studio.field.any', desc: 'Field name: any part of a condition' }),
  };
};

/**
 * Where a finding is, in words: "Fråga 2 · text", "Fråga 3 · svarsalternativ 2 · bild", "Rubrik", "Hela
 * enkäten". Language keys are named ("Fråga 1 · text · engelska (en)").
 */
export function pathLabel(path: string): string {
  if (path === '')
    return msg('Hela enkäten', { id: 'studio.field.survey', desc: 'A finding about the whole survey' });
  const names = FIELD_NAMES();
  const parts: string[] = [];
  const tokens = [...path.matchAll(/([A-Za-z$_][\w$]*)|\[(\d+)\]|\["([^"]*)"\]/g)];
  for (let i = 0; i < tokens.length; i++) {
    const [, key, index] = tokens[i]!;
    const next = tokens[i + 1]?.[2];
    if (key === 'questions' && next !== undefined) {
      parts.push(
        msg(str`Fråga ${Number(next) + 1}`, {
          id: 'studio.field.question',
          desc: 'Field name. ${0}: the question number',
        }),
      );
      i++;
    } else if (key === 'pages' && next !== undefined) {
      parts.push(
        msg(str`Sida ${Number(next) + 1}`, {
          id: 'studio.field.page',
          desc: 'Field name. ${0}: the page number',
        }),
      );
      i++;
    } else if ((key === 'options' || key === 'items') && next !== undefined) {
      parts.push(`${names[key]} ${Number(next) + 1}`);
      i++;
    } else if (key !== undefined && /^[a-z]{2,3}$/.test(key) && !names[key]) parts.push(languageLabel(key));
    else if (key !== undefined) parts.push(names[key] ?? key);
    else if (index !== undefined) parts.push(String(Number(index) + 1));
  }
  const label = parts.join(' · ');
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

// ─── Words used in several places (one msg() id each) ─────────────────────────────────────────────────────

export const words = {
  plainVariant: () =>
    msg('Lättläst variant', {
      id: 'studio.words.plainVariant',
      desc: 'Label: the plain-language variant of a text',
    }),
  moveUp: () => msg('Flytta upp', { id: 'studio.words.moveUp', desc: 'Button: move up' }),
  moveDown: () => msg('Flytta ned', { id: 'studio.words.moveDown', desc: 'Button: move down' }),
  remove: () => msg('Ta bort', { id: 'studio.words.remove', desc: 'Button: remove' }),
  copy: () => msg('Kopiera', { id: 'studio.words.copy', desc: 'Button: copy' }),
  changePicture: () =>
    msg('Byt bild', { id: 'studio.words.changePicture', desc: 'Undo step: a picture changed' }),
  changeLanguages: () =>
    msg('Ändra språk', {
      id: 'studio.words.changeLanguages',
      desc: 'Undo step: the survey’s languages changed',
    }),
  questionLower: (n: number) =>
    msg(str`fråga ${n}`, {
      id: 'studio.words.questionLower',
      desc: 'Hidden end of a button name, e.g. "Flytta upp: fråga 3". ${0}: the question number',
    }),
  yes: () => msg('Ja', { id: 'studio.words.yes', desc: 'Yes' }),
  no: () => msg('Nej', { id: 'studio.words.no', desc: 'No' }),
  close: () => msg('Stäng', { id: 'studio.words.close', desc: 'Button: close' }),
  cancel: () => msg('Avbryt', { id: 'studio.words.cancel', desc: 'Button: cancel' }),
  save: () => msg('Spara', { id: 'studio.words.save', desc: 'Button: save' }),
  goToField: () =>
    msg('Gå till fältet', {
      id: 'studio.words.goToField',
      desc: 'Button: lead the author to the field a finding is about',
    }),
};

/** A change between two versions, in words: "Fråga 3: ny formulering". */
export function versionChangeText(change: VersionChange): string {
  const n = change.question?.number ?? 0;
  switch (change.kind) {
    case 'added':
      return msg(str`Fråga ${n}: ny fråga`, {
        id: 'studio.change.added',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'removed':
      return msg(str`Fråga ${n} i förra versionen (${change.question?.id}): borttagen`, {
        id: 'studio.change.removed',
        desc: 'Change between versions. ${0}: its number in the previous version; ${1}: its id',
      });
    case 'reworded':
      return msg(str`Fråga ${n}: ny formulering`, {
        id: 'studio.change.reworded',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'description':
      return msg(str`Fråga ${n}: ny förklaring`, {
        id: 'studio.change.description',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'plain':
      return msg(str`Fråga ${n}: ny lättläst variant`, {
        id: 'studio.change.plain',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'option-words':
      return msg(str`Fråga ${n}: nya ord i svarsalternativen`, {
        id: 'studio.change.optionWords',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'options':
      return msg(str`Fråga ${n}: andra svarsalternativ`, {
        id: 'studio.change.options',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'option-order':
      return msg(str`Fråga ${n}: svarsalternativen i ny ordning`, {
        id: 'studio.change.optionOrder',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'scale':
      return msg(str`Fråga ${n}: ny skala`, {
        id: 'studio.change.scale',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'type':
      return msg(str`Fråga ${n}: ny frågetyp`, {
        id: 'studio.change.type',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'condition':
      return msg(str`Fråga ${n}: visas vid andra svar`, {
        id: 'studio.change.condition',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'required':
      return msg(str`Fråga ${n}: ändrat om den måste besvaras`, {
        id: 'studio.change.required',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'moved':
      return msg(str`Fråga ${n}: flyttad`, {
        id: 'studio.change.moved',
        desc: 'Change between versions. ${0}: its new number',
      });
    case 'pictogram':
      return msg(str`Fråga ${n}: ny bild`, {
        id: 'studio.change.pictogram',
        desc: 'Change between versions. ${0}: question number',
      });
    case 'survey':
      return msg(str`Ändrat: ${FIELD_NAMES()[change.field ?? ''] ?? change.field}`, {
        id: 'studio.change.survey',
        desc: 'A survey-wide change. ${0}: which field, e.g. "rubrik"',
      });
  }
}

/** A role's name: "Administratör", "Redaktör", "Publicerare", "Läsare". */
export function roleLabel(role: 'admin' | 'editor' | 'publisher' | 'reader'): string {
  switch (role) {
    case 'admin':
      return msg('Administratör', { id: 'studio.role.admin', desc: 'Role: users, units and the audit log' });
    case 'editor':
      return msg('Redaktör', { id: 'studio.role.editor', desc: 'Role: writes drafts and translations' });
    case 'publisher':
      return msg('Publicerare', {
        id: 'studio.role.publisher',
        desc: 'Role: approves, publishes, opens and closes rounds',
      });
    case 'reader':
      return msg('Läsare', { id: 'studio.role.reader', desc: 'Role: reads counts and published results' });
  }
}

/** "1 varning", "3 varningar"; "1 fel", "2 fel" — chosen with Intl.PluralRules (lit-localize has no plurals). */
export function countWarnings(n: number): string {
  return new Intl.PluralRules(getLocale()).select(n) === 'one'
    ? msg(str`${n} varning`, {
        id: 'studio.count.warning_one',
        desc: 'A count of lint warnings: 1. ${0}: the number',
      })
    : msg(str`${n} varningar`, {
        id: 'studio.count.warning_other',
        desc: 'A count of lint warnings (not 1). ${0}: the number',
      });
}

export function countErrors(n: number): string {
  return new Intl.PluralRules(getLocale()).select(n) === 'one'
    ? msg(str`${n} fel`, { id: 'studio.count.error_one', desc: 'A count of errors: 1. ${0}: the number' })
    : msg(str`${n} fel`, {
        id: 'studio.count.error_other',
        desc: 'A count of errors (not 1). ${0}: the number',
      });
}
