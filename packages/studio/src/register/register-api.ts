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

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
  other?: string;
}

/** One case as `GET /api/register/cases/{id}?contact=hidden` gives it. */
export interface RegisterCase extends Omit<CaseSummary, 'hasContact'> {
  surveyId: string | null;
  receivedAt: string;
  description: string | null;
  occurredOn: string | null;
  /** Present only when asked for (publishers); else `contactHidden` says whether there are some. */
  contact?: Contact | null;
  contactHidden?: boolean;
  answers: {
    id: string;
    question: { sv: string; en: string };
    answer: { sv: string; en: string };
    personal: boolean;
  }[];
  action: string | null;
  deviationRef: string | null;
  closedAt: string | null;
  personalDataErasedAt: string | null;
  personalDataErasedReason: 'request' | 'retention' | 'response-erased' | null;
  hasPersonalData: boolean;
  /** The day the answer is due (received + the unit's days), null when no answer was asked for. */
  answerBy: string | null;
  /** Whether the signed-in person may change the case (a publisher of its unit). */
  mayChange: boolean;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  revision: number;
}

export type CaseChange = Partial<
  Pick<
    RegisterCase,
    | 'status'
    | 'category'
    | 'givenBy'
    | 'action'
    | 'feedbackGiven'
    | 'feedbackOn'
    | 'deviationRef'
    | 'concerns'
  >
> & { revision: number };

export interface HistoryEntry {
  at: string;
  by: string;
  action: 'create' | 'update' | 'read' | 'erase';
  fields?: string[];
  values?: Record<string, unknown>;
  reason?: string;
  channel?: string;
}

export interface CountRow {
  code: string;
  label: { sv: string; en: string };
  months: number[];
  quarters: number[];
  year: number;
}

/** A count on the public page: null when it is hidden. */
export type PublicCount = number | null;

export interface Summary {
  unit: string | null;
  year: number;
  total: number;
  quarters: number[];
  categories: CountRow[];
  concerns: CountRow[];
  feedback: { asked: number; given: number; share: number | null; medianDays: number | null };
  withAction: number;
  actions: {
    caseId: number;
    receivedOn: string;
    category: Category;
    concerns: string | null;
    action: string;
  }[];
  themes: string;
  public: {
    total: PublicCount;
    categories: { code: string; label: { sv: string; en: string }; year: PublicCount }[];
    minCount: number;
  };
  published: { at: string; by: string } | null;
}

export interface Settings {
  unit: string | null;
  /** The unit the settings were set on ('' the organisation's; null the defaults). */
  from: string | null;
  answerDays: number;
  retentionMonths: number;
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

  /** One page of the filtered, sorted list (the server gives at most 1,000 at a time). */
  async cases(
    filter: CaseFilter,
    sort: SortKey,
    order: 'asc' | 'desc',
    page: { limit: number; offset: number } = { limit: 200, offset: 0 },
  ): Promise<CaseList> {
    const query = caseQuery(filter, sort, order);
    const paging = `limit=${page.limit}&offset=${page.offset}`;
    const path = `/api/register/cases${query ? `${query}&${paging}` : `?${paging}`}`;
    return (await this.api.request<CaseList>('GET', path)).data;
  }

  async create(input: NewCase): Promise<CaseSummary> {
    return (await this.api.request<CaseSummary>('POST', '/api/register/cases', { body: input })).data;
  }

  /** One case, without its contact details (those are read with {@link contact}, and that read is logged). */
  async getCase(id: number): Promise<RegisterCase> {
    return (await this.api.request<RegisterCase>('GET', `/api/register/cases/${id}?contact=hidden`)).data;
  }

  async history(id: number): Promise<HistoryEntry[]> {
    return (await this.api.request<{ entries: HistoryEntry[] }>('GET', `/api/register/cases/${id}/history`))
      .data.entries;
  }

  async contact(id: number): Promise<Contact | null> {
    return (await this.api.request<{ contact: Contact | null }>('GET', `/api/register/cases/${id}/contact`))
      .data.contact;
  }

  async update(id: number, change: CaseChange): Promise<RegisterCase> {
    return (await this.api.request<RegisterCase>('PATCH', `/api/register/cases/${id}`, { body: change }))
      .data;
  }

  /** A person's request to be forgotten: the case's personal data erased now. */
  async erase(id: number): Promise<void> {
    await this.api.request('POST', `/api/register/cases/${id}/erase`, { body: {} });
  }

  async summary(unit: string | undefined, year: number): Promise<Summary> {
    const query = new URLSearchParams({ year: String(year) });
    if (unit !== undefined) query.set('unit', unit);
    return (await this.api.request<Summary>('GET', `/api/register/summary?${query.toString()}`)).data;
  }

  async saveThemes(unit: string | undefined, year: number, themes: string): Promise<void> {
    await this.api.request('PUT', '/api/register/summary/themes', {
      body: { unit: unit ?? null, year, themes },
    });
  }

  async publish(unit: string | undefined, year: number): Promise<void> {
    await this.api.request('POST', '/api/register/summary/publish', { body: { unit: unit ?? null, year } });
  }

  async unpublish(unit: string | undefined, year: number): Promise<void> {
    const query = new URLSearchParams({ unit: unit ?? '-', year: String(year) });
    await this.api.request('DELETE', `/api/register/summary/publish?${query.toString()}`);
  }

  /** The public page of a published year. */
  publicUrl(unit: string | undefined, year: number): string {
    return `${this.api.base}/register/${encodeURIComponent(unit || '-')}/${year}`;
  }

  /** The unit's own limits (or its nearest ancestor's): days to answer, months to keep personal data. */
  async settings(unit: string | undefined): Promise<Settings> {
    const query = unit === undefined ? '' : `?unit=${encodeURIComponent(unit)}`;
    return (await this.api.request<Settings>('GET', `/api/register/settings${query}`)).data;
  }

  async saveSettings(
    unit: string | undefined,
    answerDays: number,
    retentionMonths: number,
  ): Promise<Settings> {
    return (
      await this.api.request<Settings>('PUT', '/api/register/settings', {
        body: { unit: unit ?? null, answerDays, retentionMonths },
      })
    ).data;
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
