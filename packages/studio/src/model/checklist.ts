/**
 * The go-live checklist (after GOV.UK Forms): a survey is published only when the respondent is told why they
 * are asked, who sees the answers, whom to ask and what happens next; when every warning is fixed or
 * acknowledged; when it has been looked at as every audience gets it; and when a second person with the
 * publisher role has approved exactly this revision. No DOM.
 */
import type { Survey, Text } from '@svara/schema';
import type { CheckResult } from './check.js';
import type { PreviewKind } from './preview.js';
import { requiredPreviews } from './preview.js';

export type ChecklistItemId = 'valid' | 'privacy' | 'contact' | 'next' | 'warnings' | 'previews' | 'approval';

export interface ChecklistItem {
  id: ChecklistItemId;
  done: boolean;
  /** What is still missing (field names, warning keys, preview kinds, …), for the screen to put in words. */
  missing: string[];
}

export interface Approval {
  by: string;
  at: string;
  revision: number;
}

export interface ChecklistInput {
  check: CheckResult;
  /** Warning keys and previews the authors have acknowledged (`lint:…`, `preview:child`). */
  acknowledged: ReadonlySet<string>;
  /** The draft's revision on the server, and who saved it last. */
  revision?: number | undefined;
  updatedBy?: string | undefined;
  approvals?: readonly Approval[] | undefined;
}

const written = (text: Text | undefined): boolean =>
  text !== undefined &&
  (typeof text === 'string' ? text.trim() !== '' : Object.values(text).some((t) => t.trim()));

/** The key an acknowledged preview is stored under. */
export const previewKey = (kind: PreviewKind): string => `preview:${kind}`;

/** Whether a survey is ready to publish, item by item. */
export function goLiveChecklist(input: ChecklistInput): ChecklistItem[] {
  const { check, acknowledged } = input;
  const survey: Survey | undefined = check.survey;
  const privacy = survey?.privacy;
  const item = (id: ChecklistItemId, missing: string[]): ChecklistItem => ({
    id,
    done: missing.length === 0,
    missing,
  });
  const approvals = (input.approvals ?? []).filter(
    (a) => input.revision !== undefined && a.revision === input.revision && a.by !== input.updatedBy,
  );
  return [
    item('valid', check.valid ? [] : check.errors.map((e) => e.path || '(root)')),
    item('privacy', [
      ...(privacy?.anonymous === undefined ? ['privacy.anonymous'] : []),
      ...(written(privacy?.purpose) ? [] : ['privacy.purpose']),
      ...(written(privacy?.whoSees) ? [] : ['privacy.whoSees']),
    ]),
    item('contact', written(privacy?.contact) ? [] : ['privacy.contact']),
    item('next', written(survey?.thanks) ? [] : ['thanks']),
    item(
      'warnings',
      check.warnings.filter((w) => !acknowledged.has(w.key)).map((w) => w.key),
    ),
    item(
      'previews',
      survey ? requiredPreviews(survey).filter((kind) => !acknowledged.has(previewKey(kind))) : ['general'],
    ),
    item('approval', approvals.length > 0 ? [] : ['approval']),
  ];
}

/** True when every item is done. */
export function readyToPublish(items: readonly ChecklistItem[]): boolean {
  return items.every((i) => i.done);
}
