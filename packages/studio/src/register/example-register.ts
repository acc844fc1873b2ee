/**
 * An in-memory stand-in for the collector's register API, for the register screens' examples, stories and tests
 * (they have no server): the same paths and answers as the collector, a handful of cases of one unit. The
 * signed-in person is a publisher of it unless `{ reader: true }`; "today" is 2027-03-01.
 */
import { StudioApi } from '../api/client.js';
import type {
  CaseSummary,
  Category,
  Channel,
  HistoryEntry,
  NewCase,
  RegisterCase,
  Status,
  Summary,
  Vocabulary,
} from './register-api.js';
import { RegisterApi } from './register-api.js';

const term = (code: string, sv: string, en: string) => ({ code, label: { sv, en } });

export const exampleVocabulary: Vocabulary = {
  categories: [
    term('synpunkt', 'Synpunkt', 'Comment'),
    term('klagomal', 'Klagomål', 'Complaint'),
    term('berom', 'Beröm', 'Praise'),
  ],
  statuses: [
    term('ny', 'Ny', 'New'),
    term('under-utredning', 'Under utredning', 'Being looked into'),
    term('atgardad', 'Åtgärdad', 'Acted on'),
    term('avslutad', 'Avslutad', 'Closed'),
  ],
  channels: [
    term('digital', 'Digitalt', 'Digital'),
    term('paper', 'Papper', 'Paper'),
    term('oral', 'Lämnad muntligt', 'Given orally'),
    term('phone', 'Telefon', 'Phone'),
  ],
  concerns: [
    term('bemotande', 'Bemötande', 'How people were treated'),
    term('handlaggning', 'Handläggning och beslut', 'Case handling and decisions'),
    term('information', 'Information', 'Information'),
    term('annat', 'Annat', 'Other'),
  ],
  givenBy: [
    term('klient', 'Brukare eller klient', 'Service user or client'),
    term('anhorig', 'Anhörig', 'Relative'),
  ],
  receivedBy: [
    { sv: 'Handläggare', en: 'Case worker' },
    { sv: 'Reception', en: 'Reception' },
  ],
};

const TODAY = '2027-03-01';
const LIMIT = 14;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The waiting fields the collector computes (`waitingOf`), from the stored ones. */
function waiting(c: RegisterCase, limit = LIMIT): RegisterCase {
  if (!c.wantsAnswer) return { ...c, daysWaited: null, overdue: false, answerBy: null };
  const days = daysBetween(c.receivedOn, c.feedbackGiven && c.feedbackOn ? c.feedbackOn : TODAY);
  return {
    ...c,
    daysWaited: days,
    answerLimitDays: limit,
    answerBy: addDays(c.receivedOn, limit),
    overdue: !c.feedbackGiven && c.status !== 'avslutad' && days > limit,
  };
}

export function exampleRegisterCases(): RegisterCase[] {
  const make = (
    id: number,
    receivedOn: string,
    category: Category,
    concerns: string,
    channel: Channel,
    status: Status,
    wantsAnswer: boolean,
    more: Partial<RegisterCase> = {},
  ): RegisterCase =>
    waiting({
      id,
      unit: 'familj',
      source: channel === 'digital' ? 'survey' : 'staff',
      surveyId: channel === 'digital' ? 'synpunkter' : null,
      receivedAt: `${receivedOn}T09:12:00.000Z`,
      receivedOn,
      category,
      concerns,
      givenBy: null,
      channel,
      receivedBy: null,
      description: null,
      occurredOn: null,
      wantsAnswer,
      contactHidden: false,
      answers: [],
      status,
      action: null,
      feedbackGiven: false,
      feedbackOn: null,
      deviationRef: null,
      closedAt: null,
      personalDataErasedAt: null,
      personalDataErasedReason: null,
      hasPersonalData: false,
      daysWaited: null,
      answerLimitDays: LIMIT,
      overdue: false,
      answerBy: null,
      mayChange: true,
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
      revision: 1,
      ...more,
    });
  return [
    make(1, '2027-02-03', 'klagomal', 'bemotande', 'digital', 'under-utredning', true, {
      givenBy: 'anhorig',
      description: 'Min pappa fick vänta tre veckor på att någon ringde tillbaka.',
      contactHidden: true,
      hasPersonalData: true,
      answers: [
        {
          id: 'vill-ha-svar',
          question: { sv: 'Vill du att vi hör av oss?', en: 'Do you want us to contact you?' },
          answer: { sv: 'Ja', en: 'Yes' },
          personal: false,
        },
      ],
    }),
    make(2, '2027-02-10', 'berom', 'bemotande', 'oral', 'avslutad', false, {
      receivedBy: 'Reception',
      description: 'Tack för ett fint bemötande i receptionen.',
      hasPersonalData: true,
      closedAt: '2027-02-11T10:00:00.000Z',
      createdBy: 'eva.svensson@stad.example',
    }),
    make(3, '2027-02-20', 'synpunkt', 'information', 'phone', 'ny', true, {
      receivedBy: 'Handläggare',
      description: 'Önskar information på lättläst svenska om hur man ansöker.',
      contactHidden: true,
      hasPersonalData: true,
      createdBy: 'eva.svensson@stad.example',
    }),
    make(4, '2027-02-24', 'klagomal', 'handlaggning', 'paper', 'atgardad', false, {
      action: 'Rutinen för beslutsbrev ses över.',
      deviationRef: 'Avvikelse 2027-07',
      personalDataErasedAt: '2027-02-26T08:00:00.000Z',
      personalDataErasedReason: 'request',
      createdBy: 'eva.svensson@stad.example',
    }),
  ];
}

const summaryOf = (c: RegisterCase): CaseSummary => {
  const {
    description: _d,
    answers: _a,
    contact: _c,
    contactHidden,
    surveyId: _s,
    receivedAt: _r,
    occurredOn: _o,
    action: _ac,
    deviationRef: _dr,
    closedAt: _cl,
    personalDataErasedAt: _pe,
    personalDataErasedReason: _pr,
    hasPersonalData: _hp,
    answerBy: _ab,
    mayChange: _m,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    revision: _rv,
    ...rest
  } = c;
  return { ...rest, hasContact: contactHidden === true };
};

/** The example summary of 2026 (a unit's year, as `GET /api/register/summary` gives it). */
function exampleSummary(year: number): Summary {
  const row = (code: string, sv: string, en: string, quarters: number[]) => ({
    code,
    label: { sv, en },
    months: [],
    quarters,
    year: quarters.reduce((a, b) => a + b, 0),
  });
  const categories = [
    row('synpunkt', 'Synpunkt', 'Comment', [2, 3, 1, 2]),
    row('klagomal', 'Klagomål', 'Complaint', [4, 3, 5, 3]),
    row('berom', 'Beröm', 'Praise', [1, 0, 2, 1]),
  ];
  const total = categories.reduce((a, c) => a + c.year, 0);
  return {
    unit: 'familj',
    year,
    total,
    quarters: [0, 1, 2, 3].map((q) => categories.reduce((a, c) => a + c.quarters[q]!, 0)),
    categories,
    concerns: [
      row('bemotande', 'Bemötande', 'How people were treated', [3, 2, 3, 2]),
      row('handlaggning', 'Handläggning och beslut', 'Case handling and decisions', [2, 2, 3, 2]),
      row('information', 'Information', 'Information', [2, 2, 2, 2]),
    ],
    feedback: { asked: 15, given: 12, share: 0.8, medianDays: 9 },
    withAction: 2,
    actions: [
      {
        caseId: 31,
        receivedOn: `${year}-03-14`,
        category: 'klagomal',
        concerns: 'information',
        action: 'Ett informationsblad om förändringar i lättläst svenska.',
      },
      {
        caseId: 40,
        receivedOn: `${year}-09-02`,
        category: 'klagomal',
        concerns: 'handlaggning',
        action: 'Återkoppling inom en vecka på alla ansökningar.',
      },
    ],
    themes: 'Ett genomgående tema var brist på information om förändringar.',
    public: {
      total,
      categories: categories.map((c) => ({ code: c.code, label: c.label, year: c.year < 5 ? null : c.year })),
      minCount: 5,
    },
    published: null,
  };
}

/** A fetch that answers the register's paths from memory (and 404 for anything else). */
export function exampleRegisterFetch(
  cases: RegisterCase[] = exampleRegisterCases(),
  options: { reader?: boolean } = {},
): typeof fetch {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  const problem = (status: number, slug: string, detail: string) =>
    json(status, { type: `urn:svara:problem:${slug}`, title: slug, status, detail });
  const history = new Map<number, HistoryEntry[]>();
  const log = (id: number, entry: Omit<HistoryEntry, 'at' | 'by'>) =>
    history.set(id, [
      ...(history.get(id) ?? []),
      {
        at: `${TODAY}T10:0${(history.get(id)?.length ?? 0) % 10}:00.000Z`,
        by: 'eva.svensson@stad.example',
        ...entry,
      },
    ]);
  for (const c of cases) if (c.createdBy) log(c.id, { action: 'create', channel: c.channel });
  log(1, { action: 'read', fields: ['description'] });
  log(4, { action: 'update', fields: ['status', 'action'], values: { status: 'atgardad' } });
  log(4, { action: 'erase', reason: 'request' });
  const contacts = new Map<number, { email?: string; phone?: string }>([
    [1, { email: 'anna.andersson@example.se' }],
    [3, { phone: '070-123 45 67' }],
  ]);
  const summaries = new Map<number, Summary>();
  const summaryFor = (year: number) =>
    summaries.get(year) ?? summaries.set(year, exampleSummary(year)).get(year)!;
  const settings = { answerDays: LIMIT, retentionMonths: 12 };
  const shown = (c: RegisterCase): RegisterCase => ({
    ...waiting(c, settings.answerDays),
    mayChange: !options.reader,
  });

  return async (input, init) => {
    const url = new URL(String(input), 'http://studio.example');
    const method = init?.method ?? 'GET';
    const body = () => JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    const path = url.pathname;
    if (path === '/api/register/vocabulary') return json(200, exampleVocabulary);
    if (path === '/api/staff/units')
      return json(200, [
        { id: 'familj', name: 'Familjeenheten', parent: null, depth: 0 },
        { id: 'aldre', name: 'Äldreomsorgen', parent: null, depth: 0 },
      ]);
    if (path === '/api/register/settings' && method === 'GET')
      return json(200, { unit: url.searchParams.get('unit') || null, from: null, ...settings });
    if (path === '/api/register/settings' && method === 'PUT') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const input = body();
      const issues = [];
      if (
        !Number.isInteger(input.answerDays) ||
        Number(input.answerDays) < 1 ||
        Number(input.answerDays) > 365
      )
        issues.push({ path: 'answerDays', code: 'range', message: 'Skriv ett heltal från 1 till 365.' });
      if (
        !Number.isInteger(input.retentionMonths) ||
        Number(input.retentionMonths) < 1 ||
        Number(input.retentionMonths) > 120
      )
        issues.push({ path: 'retentionMonths', code: 'range', message: 'Skriv ett heltal från 1 till 120.' });
      if (issues.length)
        return json(400, {
          type: 'urn:svara:problem:invalid-request',
          title: 'Invalid request',
          detail: 'The request has errors; see issues.',
          issues,
        });
      settings.answerDays = Number(input.answerDays);
      settings.retentionMonths = Number(input.retentionMonths);
      return json(200, { unit: input.unit ?? null, from: input.unit ?? '', ...settings });
    }
    if (path === '/api/register/cases' && method === 'GET') {
      const q = url.searchParams;
      const list = (name: string) => q.get(name)?.split(',').filter(Boolean) ?? [];
      let found = cases
        .map(shown)
        .filter(
          (c) =>
            (!q.get('unit') || c.unit === q.get('unit')) &&
            (!list('status').length || list('status').includes(c.status)) &&
            (!list('category').length || list('category').includes(c.category)) &&
            (!list('concerns').length || list('concerns').includes(c.concerns ?? '')) &&
            (!q.get('from') || c.receivedOn >= q.get('from')!) &&
            (!q.get('to') || c.receivedOn <= q.get('to')!) &&
            (q.get('overdue') !== 'true' || c.overdue),
        );
      const sort = q.get('sort') ?? 'received';
      const key = (c: RegisterCase): string | number =>
        sort === 'days'
          ? (c.daysWaited ?? -1)
          : sort === 'status'
            ? ['ny', 'under-utredning', 'atgardad', 'avslutad'].indexOf(c.status)
            : sort === 'category'
              ? c.category
              : sort === 'concerns'
                ? (c.concerns ?? '')
                : sort === 'id'
                  ? c.id
                  : c.receivedOn;
      const sign = q.get('order') === 'asc' ? 1 : -1;
      found = [...found].sort((a, b) => {
        const x = key(a);
        const y = key(b);
        return (
          sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)))
        );
      });
      const offset = Number(q.get('offset') ?? 0);
      const limit = Number(q.get('limit') ?? 200);
      return json(200, {
        total: found.length,
        overdue: found.filter((c) => c.overdue).length,
        cases: found.slice(offset, offset + limit).map(summaryOf),
      });
    }
    if (path === '/api/register/cases' && method === 'POST') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const input = JSON.parse(String(init?.body)) as NewCase;
      if (!input.category)
        return json(400, {
          title: 'Invalid request',
          detail: 'The request has errors; see issues.',
          issues: [{ path: 'category', code: 'required', message: 'Välj en av: synpunkt, klagomal, berom.' }],
        });
      const id = Math.max(0, ...cases.map((c) => c.id)) + 1;
      const made = waiting({
        ...cases[1]!,
        id,
        unit: input.unit,
        source: 'staff',
        surveyId: null,
        receivedOn: input.receivedOn ?? TODAY,
        receivedAt: `${TODAY}T10:00:00.000Z`,
        category: input.category,
        concerns: input.concerns ?? null,
        givenBy: input.givenBy ?? null,
        channel: input.channel,
        receivedBy: input.receivedBy ?? null,
        description: input.description ?? null,
        wantsAnswer: input.wantsAnswer ?? false,
        contactHidden: Boolean(input.contact),
        status: 'ny',
        closedAt: null,
        hasPersonalData: Boolean(input.description || input.contact),
        createdBy: 'eva.svensson@stad.example',
      });
      if (input.contact) contacts.set(id, input.contact);
      cases.push(made);
      log(id, { action: 'create', channel: made.channel });
      return json(201, made);
    }
    const match = /^\/api\/register\/cases\/(\d+)(\/history|\/contact|\/erase)?$/.exec(path);
    const found = match ? cases.find((c) => c.id === Number(match[1])) : undefined;
    if (match && !found) return problem(404, 'unknown-case', 'Det finns inget sådant ärende.');
    if (found && !match![2] && method === 'GET') {
      if (found.description) log(found.id, { action: 'read', fields: ['description'] });
      return json(200, shown(found));
    }
    if (found && !match![2] && method === 'PATCH') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const change = body();
      if (change.revision !== found.revision)
        return problem(409, 'stale-case', 'Ärendet har ändrats av någon annan. Läs in det igen.');
      const { revision: _r, ...fields } = change;
      const next = waiting({
        ...found,
        ...(fields as Partial<RegisterCase>),
        ...(fields.feedbackGiven === true && !fields.feedbackOn && !found.feedbackOn
          ? { feedbackOn: TODAY }
          : {}),
        ...(fields.feedbackGiven === false ? { feedbackOn: null } : {}),
        closedAt:
          (fields.status ?? found.status) === 'avslutad'
            ? (found.closedAt ?? `${TODAY}T10:00:00.000Z`)
            : null,
        revision: found.revision + 1,
        updatedBy: 'eva.svensson@stad.example',
      });
      cases[cases.indexOf(found)] = next;
      const values = Object.fromEntries(
        Object.entries(fields).filter(([k]) =>
          ['status', 'category', 'concerns', 'feedbackGiven', 'feedbackOn'].includes(k),
        ),
      );
      log(found.id, { action: 'update', fields: Object.keys(fields), values });
      return json(200, shown(next));
    }
    if (found && match![2] === '/history') return json(200, { entries: history.get(found.id) ?? [] });
    if (found && match![2] === '/contact') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const contact = contacts.get(found.id) ?? null;
      if (contact) log(found.id, { action: 'read', fields: ['contact'] });
      return json(200, { contact, wantsAnswer: found.wantsAnswer, erasedAt: found.personalDataErasedAt });
    }
    if (found && match![2] === '/erase' && method === 'POST') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      contacts.delete(found.id);
      const erased = {
        ...found,
        description: null,
        contactHidden: false,
        answers: found.answers.filter((a) => !a.personal),
        hasPersonalData: false,
        personalDataErasedAt: `${TODAY}T10:00:00.000Z`,
        personalDataErasedReason: 'request' as const,
        revision: found.revision + 1,
      };
      cases[cases.indexOf(found)] = erased;
      log(found.id, { action: 'erase', reason: 'request' });
      return json(200, { erased: true, case: erased });
    }
    if (path === '/api/register/summary' && method === 'GET')
      return json(200, summaryFor(Number(url.searchParams.get('year'))));
    if (path === '/api/register/summary/themes' && method === 'PUT') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const input = body();
      summaryFor(Number(input.year)).themes = String(input.themes);
      return json(200, input);
    }
    if (path === '/api/register/summary/publish') {
      if (options.reader) return problem(403, 'forbidden', 'Du har inte behörighet till det här.');
      const year = Number(method === 'DELETE' ? url.searchParams.get('year') : body().year);
      if (year >= Number(TODAY.slice(0, 4)))
        return problem(409, 'year-not-over', 'Ett år kan publiceras först när det är slut.');
      summaryFor(year).published =
        method === 'DELETE' ? null : { at: `${TODAY}T10:00:00.000Z`, by: 'eva.svensson@stad.example' };
      return json(method === 'DELETE' ? 200 : 201, {});
    }
    return problem(404, 'not-found', 'Det finns inte.');
  };
}

export function exampleRegisterApi(cases?: RegisterCase[], options: { reader?: boolean } = {}): RegisterApi {
  return new RegisterApi(new StudioApi('', exampleRegisterFetch(cases, options)));
}
