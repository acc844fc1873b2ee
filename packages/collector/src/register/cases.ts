/**
 * Cases of the register: made from a submission of a `register` survey (exactly once, whatever retries and
 * replays: the unique (survey_id, submission_id) constraint decides), or entered by staff (oral, paper, phone).
 * Reading, changing and erasing them; the rules of who may see what are in ../http/routes/register.ts.
 *
 * Personal data of a case: the contact details (only ever stored when the person chose to leave them), the
 * description, and the free-text answers of the submission. Erasing it (on request, or automatically when the
 * case has been closed for the unit's retention period) keeps everything the statistics need.
 */
import { DONT_KNOW, SKIPPED, allQuestions, questionOptions } from '@svara/schema';
import type { Answer, Question, Submission, Survey, Text } from '@svara/schema';
import { sql } from 'kysely';
import type { Selectable } from 'kysely';

import type { Db } from '../store/database.js';
import { stockholmDay } from './dates.js';
import type { RegisterCasesTable } from './schema.js';
import { isCategory, labelOf } from './vocabulary.js';
import type { Category, Channel, Label, Status } from './vocabulary.js';

export type CaseRow = Selectable<RegisterCasesTable>;

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  other?: string;
}

/** One of the submission's answers that no case field took, as texts. */
export interface OtherAnswer {
  id: string;
  question: Label;
  answer: Label;
  /** A free-text answer: personal data, erased with the rest. */
  personal: boolean;
}

/** A case as the API gives it (contact only for those who may see it). */
export interface RegisterCase {
  id: number;
  unit: string | null;
  source: 'survey' | 'staff';
  surveyId: string | null;
  submissionId: string | null;
  receivedAt: string;
  receivedOn: string;
  category: Category;
  concerns: string | null;
  givenBy: string | null;
  channel: Channel;
  receivedBy: string | null;
  description: string | null;
  occurredOn: string | null;
  wantsAnswer: boolean;
  /** Present only for the unit's publishers; `null` when there is none (or it was erased). */
  contact?: Contact | null;
  /** True when the case has contact details this caller may not see. */
  contactHidden?: boolean;
  answers: OtherAnswer[];
  status: Status;
  action: string | null;
  feedbackGiven: boolean;
  feedbackOn: string | null;
  deviationRef: string | null;
  closedAt: string | null;
  personalDataErasedAt: string | null;
  personalDataErasedReason: string | null;
  /** Whether personal data (contact, description, free-text answers) is still kept. */
  hasPersonalData: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  revision: number;
}

export function hasPersonalData(row: CaseRow): boolean {
  if (row.personal_erased_at) return false;
  if (row.contact !== null || row.description !== null) return true;
  return parseAnswers(row.answers).some((a) => a.personal);
}

const parseAnswers = (json: string | null): OtherAnswer[] =>
  json ? (JSON.parse(json) as OtherAnswer[]) : [];

export function caseOf(row: CaseRow, options: { contact: boolean }): RegisterCase {
  const contact = row.contact ? (JSON.parse(row.contact) as Contact) : null;
  return {
    id: Number(row.id),
    unit: row.unit,
    source: row.source as 'survey' | 'staff',
    surveyId: row.survey_id,
    submissionId: row.submission_id,
    receivedAt: row.received_at,
    receivedOn: row.received_on,
    category: row.category as Category,
    concerns: row.concerns,
    givenBy: row.given_by,
    channel: row.channel as Channel,
    receivedBy: row.received_by,
    description: row.description,
    occurredOn: row.occurred_on,
    wantsAnswer: row.wants_answer === 1,
    ...(options.contact ? { contact } : { contactHidden: contact !== null }),
    answers: parseAnswers(row.answers),
    status: row.status as Status,
    action: row.action,
    feedbackGiven: row.feedback_given === 1,
    feedbackOn: row.feedback_on,
    deviationRef: row.deviation_ref,
    closedAt: row.closed_at,
    personalDataErasedAt: row.personal_erased_at,
    personalDataErasedReason: row.personal_erased_reason,
    hasPersonalData: hasPersonalData(row),
    createdAt: row.created_at,
    createdBy: row.created_by,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    revision: Number(row.revision),
  };
}

// ─── From a submission ──────────────────────────────────────────────────

const YES = new Set<unknown>([true, 'ja', 'yes']);

/** The text of an answer (an option's text, or the answer itself). */
function answerLabel(question: Question, answer: Answer, lang: string): Label {
  const special = (v: unknown): Label | undefined =>
    v === DONT_KNOW
      ? { sv: 'Vet inte', en: "Don't know" }
      : v === SKIPPED
        ? { sv: 'Vill inte svara', en: 'Prefer not to say' }
        : undefined;
  const options = questionOptions(question);
  const one = (v: unknown): Label =>
    special(v) ??
    (options.find((o) => o.value === v) ? labelOf(options.find((o) => o.value === v)!.text, lang) : null) ?? {
      sv: String(v),
      en: String(v),
    };
  if (Array.isArray(answer)) {
    const parts = answer.map(one);
    return { sv: parts.map((p) => p.sv).join(', '), en: parts.map((p) => p.en).join(', ') };
  }
  if (typeof answer === 'boolean') return answer ? { sv: 'Ja', en: 'Yes' } : { sv: 'Nej', en: 'No' };
  if (answer !== null && typeof answer === 'object') {
    const items = question.type === 'scale-group' ? question.items : [];
    const parts = Object.entries(answer).map(([item, v]) => {
      const itemText = labelOf(items.find((i) => i.id === item)?.text as Text | undefined, lang);
      const value = one(v);
      return { sv: `${itemText.sv || item}: ${value.sv}`, en: `${itemText.en || item}: ${value.en}` };
    });
    return { sv: parts.map((p) => p.sv).join('; '), en: parts.map((p) => p.en).join('; ') };
  }
  return one(answer);
}

/** Questions whose answers are personal data: free text, e-mail, and what fills in the contact fields. */
export function isPersonalQuestion(question: Question): boolean {
  return (
    question.type === 'text' ||
    question.type === 'email' ||
    question.registerField === 'description' ||
    (question.registerField?.startsWith('contact') ?? false)
  );
}

export interface NewCase {
  unit: string | null;
  source: 'survey' | 'staff';
  surveyId: string | null;
  submissionId: string | null;
  surveyVersion: number | null;
  receivedAt: string;
  receivedOn: string;
  category: Category;
  concerns: string | null;
  givenBy: string | null;
  channel: Channel;
  receivedBy: string | null;
  description: string | null;
  occurredOn: string | null;
  wantsAnswer: boolean;
  contact: Contact | null;
  answers: OtherAnswer[];
  status: Status;
  action: string | null;
  feedbackGiven: boolean;
  feedbackOn: string | null;
  deviationRef: string | null;
  by: string;
}

/**
 * The case a submission of a register survey becomes (undefined for any other survey). Contact details are taken
 * only when the person said they want an answer.
 */
export function caseFromSubmission(
  survey: Survey,
  submission: Submission,
  receivedAt: string,
  unit: string | null,
): NewCase | undefined {
  if (!survey.register) return undefined;
  const answers = submission.answers;
  const byField = new Map<string, { question: Question; answer: Answer }>();
  const others: OtherAnswer[] = [];
  for (const question of allQuestions(survey)) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (question.registerField) byField.set(question.registerField, { question, answer });
    else {
      others.push({
        id: question.id,
        question: labelOf(question.text, survey.lang),
        answer: answerLabel(question, answer, survey.lang),
        personal: isPersonalQuestion(question),
      });
    }
  }
  const text = (field: string): string | null => {
    const value = byField.get(field)?.answer;
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  };
  const category = byField.get('category')?.answer;
  const wantsAnswer = YES.has(byField.get('wantsAnswer')?.answer);
  const contact: Contact = {};
  if (wantsAnswer) {
    const name = text('contactName');
    const email = text('contactEmail');
    const phone = text('contactPhone');
    const other = text('contactOther');
    if (name) contact.name = name;
    if (email) contact.email = email;
    if (phone) contact.phone = phone;
    if (other) contact.other = other;
  }
  return {
    unit,
    source: 'survey',
    surveyId: survey.id,
    submissionId: submission.submissionId,
    surveyVersion: submission.surveyVersion,
    receivedAt,
    receivedOn: stockholmDay(new Date(receivedAt)),
    category: isCategory(category) ? category : 'synpunkt',
    concerns: text('concerns'),
    givenBy: text('givenBy'),
    // Staff who filled in the survey for the person in interview mode received it orally.
    channel: submission.meta.mode === 'interview' ? 'oral' : 'digital',
    receivedBy: null,
    description: text('description'),
    occurredOn: text('occurredOn'),
    wantsAnswer,
    contact: Object.keys(contact).length ? contact : null,
    answers: others,
    status: 'ny',
    action: null,
    feedbackGiven: false,
    feedbackOn: null,
    deviationRef: null,
    by: 'system',
  };
}

// ─── Storage ────────────────────────────────────────────────────────────

export function rowValues(c: NewCase, now: string) {
  return {
    unit: c.unit,
    source: c.source,
    survey_id: c.surveyId,
    submission_id: c.submissionId,
    survey_version: c.surveyVersion,
    received_at: c.receivedAt,
    received_on: c.receivedOn,
    category: c.category,
    concerns: c.concerns,
    given_by: c.givenBy,
    channel: c.channel,
    received_by: c.receivedBy,
    description: c.description,
    occurred_on: c.occurredOn,
    wants_answer: c.wantsAnswer ? 1 : 0,
    contact: c.contact ? JSON.stringify(c.contact) : null,
    answers: c.answers.length ? JSON.stringify(c.answers) : null,
    status: c.status,
    action: c.action,
    feedback_given: c.feedbackGiven ? 1 : 0,
    feedback_on: c.feedbackOn,
    deviation_ref: c.deviationRef,
    closed_at: c.status === 'avslutad' ? now : null,
    created_at: now,
    created_by: c.by,
    updated_at: now,
    updated_by: c.by,
    revision: 1,
  };
}

/** Stores a case made from a submission; false when that submission already has one (a retry or replay). */
export async function insertSubmissionCase(db: Db, c: NewCase, now: string): Promise<boolean> {
  const result = await db
    .insertInto('register_cases')
    .values(rowValues(c, now))
    .onConflict((oc) => oc.columns(['survey_id', 'submission_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function insertStaffCase(db: Db, c: NewCase, now: string): Promise<CaseRow> {
  return db.insertInto('register_cases').values(rowValues(c, now)).returningAll().executeTakeFirstOrThrow();
}

export async function getCase(db: Db, id: number): Promise<CaseRow | undefined> {
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  return db.selectFrom('register_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ErasureReason = 'request' | 'retention' | 'response-erased';

/**
 * Erases a case's personal data (contact, description, free-text answers) and the same answers in the stored
 * submission it came from, in one transaction. Returns false when there was nothing left to erase.
 */
export async function erasePersonalData(
  db: Db,
  id: number,
  reason: ErasureReason,
  by: string,
  now: string,
  personalQuestionIds: (surveyId: string, version: number) => Promise<readonly string[] | undefined>,
): Promise<boolean> {
  const row = await getCase(db, id);
  if (!row || row.personal_erased_at) return false;
  const answers = parseAnswers(row.answers).filter((a) => !a.personal);
  const personalIds =
    row.survey_id && row.survey_version !== null
      ? await personalQuestionIds(row.survey_id, row.survey_version)
      : undefined;
  return db.transaction().execute(async (tx) => {
    const updated = await tx
      .updateTable('register_cases')
      .set({
        contact: null,
        description: null,
        answers: answers.length ? JSON.stringify(answers) : null,
        personal_erased_at: now,
        personal_erased_reason: reason,
        updated_at: now,
        updated_by: by,
        revision: sql`revision + 1`,
      })
      .where('id', '=', id)
      .where('personal_erased_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (row.survey_id && row.submission_id && personalIds?.length) {
      // The submission keeps its other answers (the statistics); the personal ones go.
      const stored = await tx
        .selectFrom('responses')
        .select(['seq', 'submission'])
        .where('survey_id', '=', row.survey_id)
        .where('submission_id', '=', row.submission_id)
        .executeTakeFirst();
      if (stored) {
        const submission = JSON.parse(stored.submission) as Submission;
        for (const qid of personalIds) delete submission.answers[qid];
        await tx
          .updateTable('responses')
          .set({ submission: JSON.stringify(submission) })
          .where('seq', '=', stored.seq)
          .execute();
      }
    }
    return true;
  });
}
