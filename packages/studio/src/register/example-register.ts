/**
 * An in-memory stand-in for the collector's register API, for the register screens' examples, stories and tests
 * (they have no server): the same paths and answers as the collector, a handful of cases of one unit.
 */
import { StudioApi } from '../api/client.js';
import type { CaseSummary, Category, Channel, NewCase, Status, Vocabulary } from './register-api.js';
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

function exampleCases(): CaseSummary[] {
  const base = {
    unit: 'familj',
    givenBy: null,
    receivedBy: null,
    hasContact: false,
    feedbackGiven: false,
    feedbackOn: null,
    answerLimitDays: 14,
  };
  const make = (
    id: number,
    receivedOn: string,
    category: Category,
    concerns: string,
    channel: Channel,
    status: Status,
    wantsAnswer: boolean,
    daysWaited: number | null,
  ): CaseSummary => ({
    ...base,
    id,
    source: channel === 'digital' ? 'survey' : 'staff',
    receivedOn,
    category,
    concerns,
    channel,
    status,
    wantsAnswer,
    hasContact: wantsAnswer,
    daysWaited,
    overdue: daysWaited !== null && daysWaited > 14 && status !== 'avslutad',
  });
  return [
    make(1, '2027-02-03', 'klagomal', 'bemotande', 'digital', 'under-utredning', true, 26),
    make(2, '2027-02-10', 'berom', 'bemotande', 'oral', 'avslutad', false, null),
    make(3, '2027-02-20', 'synpunkt', 'information', 'phone', 'ny', true, 9),
    make(4, '2027-02-24', 'klagomal', 'handlaggning', 'paper', 'atgardad', false, null),
  ];
}

/** A fetch that answers the register's paths from memory (and 404 for anything else). */
export function exampleRegisterFetch(cases: CaseSummary[] = exampleCases()): typeof fetch {
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return async (input, init) => {
    const url = new URL(String(input), 'http://studio.example');
    const method = init?.method ?? 'GET';
    if (url.pathname === '/api/register/vocabulary') return json(200, exampleVocabulary);
    if (url.pathname === '/api/register/cases' && method === 'GET') {
      const q = url.searchParams;
      const list = (name: string) => q.get(name)?.split(',').filter(Boolean) ?? [];
      let found = cases.filter(
        (c) =>
          (!list('status').length || list('status').includes(c.status)) &&
          (!list('category').length || list('category').includes(c.category)) &&
          (!list('concerns').length || list('concerns').includes(c.concerns ?? '')) &&
          (!q.get('from') || c.receivedOn >= q.get('from')!) &&
          (!q.get('to') || c.receivedOn <= q.get('to')!) &&
          (q.get('overdue') !== 'true' || c.overdue),
      );
      const sort = q.get('sort') ?? 'received';
      const key = (c: CaseSummary): string | number =>
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
      return json(200, { total: found.length, overdue: found.filter((c) => c.overdue).length, cases: found });
    }
    if (url.pathname === '/api/register/cases' && method === 'POST') {
      const input = JSON.parse(String(init?.body)) as NewCase;
      if (!input.category)
        return json(400, {
          title: 'Invalid request',
          detail: 'The request has errors; see issues.',
          issues: [{ path: 'category', code: 'required', message: 'Välj en av: synpunkt, klagomal, berom.' }],
        });
      const made: CaseSummary = {
        id: Math.max(0, ...cases.map((c) => c.id)) + 1,
        unit: input.unit,
        source: 'staff',
        receivedOn: input.receivedOn ?? '2027-03-01',
        category: input.category,
        concerns: input.concerns ?? null,
        givenBy: input.givenBy ?? null,
        channel: input.channel,
        receivedBy: input.receivedBy ?? null,
        wantsAnswer: input.wantsAnswer ?? false,
        hasContact: Boolean(input.contact),
        status: 'ny',
        feedbackGiven: false,
        feedbackOn: null,
        daysWaited: input.wantsAnswer ? 0 : null,
        answerLimitDays: 14,
        overdue: false,
      };
      cases.push(made);
      return json(201, made);
    }
    return json(404, { title: 'Not found' });
  };
}

export function exampleRegisterApi(cases?: CaseSummary[]): RegisterApi {
  return new RegisterApi(new StudioApi('', exampleRegisterFetch(cases)));
}
