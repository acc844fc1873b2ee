/**
 * The studio's client of the collector's complaints register (`/api/register/…`, see the collector README, "The
 * complaints register"), on top of the studio's `StudioApi` (session cookie, CSRF token, problem+json errors).
 */
import type { StudioApi } from '../api/client.js';

export type Category = 'synpunkt' | 'klagomal' | 'berom';
export type Status = 'ny' | 'under-utredning' | 'atgardad' | 'avslutad';
export type Channel = 'digital' | 'paper' | 'oral' | 'phone';

export interface Term {
  code: string;
  label: { sv: string; en: string };
}

export interface Vocabulary {
  categories: Term[];
  statuses: Term[];
  channels: Term[];
  concerns: Term[];
  givenBy: Term[];
  receivedBy: { sv: string; en: string }[];
}

/** A case as lists give it: never the description or contact details. */
export interface CaseSummary {
  id: number;
  unit: string | null;
  source: 'survey' | 'staff';
  receivedOn: string;
  category: Category;
  concerns: string | null;
  givenBy: string | null;
  channel: Channel;
  receivedBy: string | null;
  wantsAnswer: boolean;
  hasContact: boolean;
  status: Status;
  feedbackGiven: boolean;
  feedbackOn: string | null;
  daysWaited: number | null;
  answerLimitDays: number;
  overdue: boolean;
}

export interface CaseList {
  total: number;
  overdue: number;
  cases: CaseSummary[];
}

export interface CaseFilter {
  unit?: string;
  status?: Status[];
  category?: Category[];
  concerns?: string[];
  from?: string;
  to?: string;
  overdue?: boolean;
}

export type SortKey = 'received' | 'status' | 'category' | 'concerns' | 'days' | 'id';

export interface NewCase {
  unit: string | null;
  category: Category;
  channel: Channel;
  receivedOn?: string;
  concerns?: string | null;
  givenBy?: string | null;
  receivedBy?: string | null;
  description?: string | null;
  wantsAnswer?: boolean;
  contact?: { name?: string; email?: string; phone?: string; other?: string } | null;
}

/** The query of a filtered, sorted list (the same for the list and its exports). */
export function caseQuery(filter: CaseFilter, sort?: SortKey, order?: 'asc' | 'desc'): string {
  const query = new URLSearchParams();
  if (filter.unit !== undefined) query.set('unit', filter.unit);
  if (filter.status?.length) query.set('status', filter.status.join(','));
  if (filter.category?.length) query.set('category', filter.category.join(','));
  if (filter.concerns?.length) query.set('concerns', filter.concerns.join(','));
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.overdue) query.set('overdue', 'true');
  if (sort) query.set('sort', sort);
  if (order) query.set('order', order);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export class RegisterApi {
  constructor(readonly api: StudioApi) {}

  async vocabulary(): Promise<Vocabulary> {
    return (await this.api.request<Vocabulary>('GET', '/api/register/vocabulary')).data;
  }

  async cases(filter: CaseFilter, sort: SortKey, order: 'asc' | 'desc'): Promise<CaseList> {
    return (await this.api.request<CaseList>('GET', `/api/register/cases${caseQuery(filter, sort, order)}`))
      .data;
  }

  async create(input: NewCase): Promise<CaseSummary> {
    return (await this.api.request<CaseSummary>('POST', '/api/register/cases', { body: input })).data;
  }

  exportUrl(format: 'csv' | 'xlsx', filter: CaseFilter): string {
    return `${this.api.base}/api/register/export.${format}${caseQuery(filter)}`;
  }

  summaryUrl(unit: string | undefined, year: number): string {
    const query = new URLSearchParams({ year: String(year) });
    if (unit !== undefined) query.set('unit', unit);
    return `${this.api.base}/api/register/summary.html?${query.toString()}`;
  }
}
