import { expect } from '@open-wc/testing';
import { FakeClock } from '@svara/testing/fake-clock';
import {
  deleteDatabase,
  draft,
  ENDPOINT,
  FakeServer,
  recordEvents,
  storedEntries,
  tick,
  typesOf,
  uniqueName,
} from '../../test/outbox-harness.js';
import { SvaraQueuedEvent, SvaraSubmitErrorEvent, SvaraSubmitEvent, SvaraSubmittedEvent } from './events.js';
import { Outbox } from './outbox.js';
import type { OutboxOptions } from './outbox.js';

describe('Outbox (real IndexedDB)', () => {
  let name: string;
  let clock: FakeClock;
  let server: FakeServer;
  let target: EventTarget;
  let outboxes: Outbox[];

  function outbox(options: OutboxOptions = {}): Outbox {
    const created = new Outbox({
      name,
      clock,
      transport: server.transport,
      target,
      random: () => 0.5,
      ...options,
    });
    outboxes.push(created);
    return created;
  }

  /** Runs the outbox's timers up to `ms` from now, letting each flush finish. */
  async function wait(box: Outbox, ms: number): Promise<void> {
    await box.whenIdle();
    const end = clock.now() + ms;
    for (let at = clock.nextAt(); at !== undefined && at <= end; at = clock.nextAt()) {
      clock.advance(at - clock.now());
      await box.whenIdle();
    }
    clock.advance(end - clock.now());
    await box.whenIdle();
  }

  beforeEach(() => {
    name = uniqueName();
    clock = new FakeClock();
    server = new FakeServer(clock);
    target = new EventTarget();
    outboxes = [];
  });

  afterEach(async () => {
    for (const box of outboxes) box.stop();
    await deleteDatabase(name);
  });

  it('stores the payload in IndexedDB before the first request, and removes it only after the 2xx', async () => {
    const box = outbox();
    await box.start();
    const seenAtSend: number[] = [];
    const transport = server.transport;
    box.transport = async (request) => {
      seenAtSend.push((await storedEntries(name)).filter((e) => e.id === request.submissionId).length);
      return transport(request);
    };
    const events = recordEvents(target);

    const result = await box.submit(draft(), { endpoint: ENDPOINT });

    expect(seenAtSend).to.deep.equal([1]);
    expect(result).to.deep.include({ outcome: 'delivered', status: 201 });
    expect(typesOf(events)).to.deep.equal(['svara-submit', 'svara-queued', 'svara-submitted']);
    expect(await storedEntries(name)).to.have.length(0);
    expect(box.storage).to.equal('indexeddb');
  });

  it('posts the frozen JSON with Content-Type, Idempotency-Key and the host headers', async () => {
    const box = outbox({ headers: { 'X-Kommun': 'Stockholm', 'content-type': 'text/xml' } });
    await box.start();
    const { submissionId } = await box.submit(draft(), { endpoint: ENDPOINT });

    const [request] = server.received;
    expect(request!.url).to.equal(ENDPOINT);
    expect(request!.method).to.equal('POST');
    expect(request!.keepalive).to.equal(false);
    expect(request!.headers).to.deep.equal({
      'X-Kommun': 'Stockholm',
      'Content-Type': 'application/json',
      'Idempotency-Key': submissionId,
    });
    const sent = JSON.parse(request!.body);
    expect(sent).to.deep.include({
      submissionId,
      surveyId: 'familjeenheten-barn',
      surveyVersion: 1,
      lang: 'sv',
    });
    expect(sent.answers).to.deep.equal({ 'vet-varfor': 5, kon: 'flicka' });
    expect(sent.submittedAt).to.equal(new Date(clock.now()).toISOString());
  });

  it('network down, 5 answers queued, network back: exactly 5 delivered, each once', async () => {
    const box = outbox();
    await box.start();
    server.otherwise = 'network-error';
    const events = recordEvents(target);

    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await box.submit(draft({ 'vet-varfor': i + 1 }), { endpoint: ENDPOINT }));

    expect(results.map((r) => r.outcome)).to.deep.equal(Array(5).fill('queued'));
    expect(results.every((r) => r.outcome === 'queued' && r.persisted)).to.equal(true);
    expect(await storedEntries(name)).to.have.length(5);
    expect(typesOf(events).filter((t) => t === 'svara-queued')).to.have.length(5);

    server.otherwise = { status: 201 };
    const before = server.received.length;
    window.dispatchEvent(new Event('online'));
    await box.whenIdle();

    const afterOnline = server.received.slice(before);
    expect(afterOnline).to.have.length(5);
    expect(new Set(afterOnline.map((r) => r.submissionId))).to.deep.equal(
      new Set(results.map((r) => r.submissionId)),
    );
    expect(await storedEntries(name)).to.have.length(0);
    const delivered = events.filter((e): e is SvaraSubmittedEvent => e instanceof SvaraSubmittedEvent);
    expect(delivered.map((e) => e.submissionId).sort()).to.deep.equal(
      results.map((r) => r.submissionId).sort(),
    );

    // And nothing more goes out later.
    await wait(box, 60 * 60 * 1000);
    expect(server.received.length).to.equal(before + 5);
  });

  it('503 then 201: one delivery, the same bytes both times, entry removed', async () => {
    const box = outbox();
    await box.start();
    server.reply({ status: 503 });
    const events = recordEvents(target);

    const result = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(result).to.deep.include({ outcome: 'queued', persisted: true, status: 503 });
    const [stored] = await storedEntries(name);
    expect(stored).to.deep.include({ state: 'pending', attempts: 1 });
    expect(stored!.lastError).to.deep.include({ status: 503 });

    await wait(box, 5 * 60 * 1000);

    expect(server.received).to.have.length(2);
    expect(server.received[1]!.body).to.equal(server.received[0]!.body);
    expect(server.received[1]!.headers['Idempotency-Key']).to.equal(result.submissionId);
    expect(await storedEntries(name)).to.have.length(0);
    expect(typesOf(events)).to.deep.equal(['svara-submit', 'svara-queued', 'svara-submitted']);
    expect((events[2] as SvaraSubmittedEvent).status).to.equal(201);
  });

  it('422: rejected, reported with the problem details, kept as failed and never retried', async () => {
    const box = outbox();
    await box.start();
    const problem = {
      type: 'https://svar.example/problems/invalid-submission',
      title: 'Svaren kunde inte tas emot',
      status: 422,
      issues: [{ path: 'answers.kon', message: 'Värdet finns inte bland alternativen.' }],
    };
    server.reply({ status: 422, headers: { 'Content-Type': 'application/problem+json' }, body: problem });
    const events = recordEvents(target);

    const result = await box.submit(draft(), { endpoint: ENDPOINT });

    expect(result).to.deep.include({ outcome: 'rejected', status: 422, problem });
    const error = events.find((e): e is SvaraSubmitErrorEvent => e instanceof SvaraSubmitErrorEvent)!;
    expect(error).to.exist;
    expect(error.reason).to.equal('rejected');
    expect(error.willRetry).to.equal(false);
    expect(error.status).to.equal(422);
    expect(error.problem).to.deep.equal(problem);
    const [stored] = await storedEntries(name);
    expect(stored).to.deep.include({ state: 'failed', id: result.submissionId });
    expect(stored!.lastError!.problem).to.deep.equal(problem);

    // Not retried: not on the timer, not on `online`, not by a later page load.
    await wait(box, 60 * 60 * 1000);
    window.dispatchEvent(new Event('online'));
    await box.whenIdle();
    await outbox().start();
    expect(server.received).to.have.length(1);
    expect(events.filter((e) => e.type === 'svara-submit-error')).to.have.length(1);

    // Removed only when the respondent chooses to.
    expect(await box.discard(result.submissionId)).to.equal(true);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('410 (the survey is closed): the respondent is told with the server’s words, and the entry is removed', async () => {
    const box = outbox();
    await box.start();
    server.otherwise = 'network-error';
    const queued = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(queued).to.deep.include({ outcome: 'queued', persisted: true });
    const problem = {
      type: 'urn:svara:problem:survey-closed',
      title: 'Enkäten är stängd',
      status: 410,
      detail: 'Enkäten är stängd. Den tar inte emot fler svar, och dina svar sparades inte.',
    };
    server.otherwise = { status: 201 };
    server.reply({ status: 410, headers: { 'Content-Type': 'application/problem+json' }, body: problem });
    const events = recordEvents(target);

    window.dispatchEvent(new Event('online'));
    await box.whenIdle();

    const error = events.find((e): e is SvaraSubmitErrorEvent => e instanceof SvaraSubmitErrorEvent)!;
    expect(error, 'the respondent is told').to.exist;
    expect(error.submissionId).to.equal(queued.submissionId);
    expect(error.reason).to.equal('rejected');
    expect(error.willRetry).to.equal(false);
    expect(error.status).to.equal(410);
    expect(error.problem).to.deep.equal(problem);
    expect(await storedEntries(name), 'nothing left on the device').to.have.length(0);
    // Never sent again: not on the timer, not by a later page load.
    const sent = server.received.length;
    await wait(box, 60 * 60 * 1000);
    await outbox().start();
    expect(server.received).to.have.length(sent);
  });

  for (const status of [400, 413, 415]) {
    it(`${status} is terminal too`, async () => {
      const box = outbox();
      await box.start();
      server.reply({ status });
      const result = await box.submit(draft(), { endpoint: ENDPOINT });
      await wait(box, 60 * 60 * 1000);
      expect(result).to.deep.include({ outcome: 'rejected', status });
      expect(server.received).to.have.length(1);
      expect((await storedEntries(name))[0]).to.deep.include({ state: 'failed' });
    });
  }

  it('pending entries cannot be discarded: they will be delivered', async () => {
    const box = outbox();
    await box.start();
    server.otherwise = 'network-error';
    const { submissionId } = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(await box.discard(submissionId)).to.equal(false);
    expect(await storedEntries(name)).to.have.length(1);
  });

  it('honours Retry-After in seconds: nothing is sent before the server said', async () => {
    const box = outbox({ random: () => 0 }); // jitter would allow an immediate retry
    await box.start();
    server.reply({ status: 429, headers: { 'Retry-After': '120' } });
    await box.submit(draft(), { endpoint: ENDPOINT });

    await wait(box, 119_000);
    expect(server.received).to.have.length(1);
    await wait(box, 1_000);
    expect(server.received).to.have.length(2);
    expect(server.received[1]!.at - server.received[0]!.at).to.equal(120_000);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const box = outbox({ random: () => 0 });
    await box.start();
    const at = new Date(clock.now() + 90_000).toUTCString();
    server.reply({ status: 503, headers: { 'Retry-After': at } });
    await box.submit(draft(), { endpoint: ENDPOINT });
    await wait(box, 89_000);
    expect(server.received).to.have.length(1);
    await wait(box, 1_000);
    expect(server.received).to.have.length(2);
  });

  it('retries with growing delays, never more than 5 minutes apart', async () => {
    const box = outbox({ random: () => 0.999 });
    await box.start();
    server.otherwise = { status: 500 };
    await box.submit(draft(), { endpoint: ENDPOINT });
    await wait(box, 40 * 60 * 1000);
    const gaps = server.received.slice(1).map((r, i) => r.at - server.received[i]!.at);
    expect(gaps.slice(0, 4)).to.deep.equal([999, 1998, 3996, 7992]);
    expect(Math.max(...gaps)).to.equal(299_700);
    expect(gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1]!)).to.equal(true);
  });

  it('a request without an answer times out and is retried', async () => {
    const box = outbox({ requestTimeout: 30_000, random: () => 0 });
    await box.start();
    let calls = 0;
    box.transport = (request) => {
      calls++;
      if (calls > 1) return server.transport(request);
      return new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    };
    const submitted = box.submit(draft(), { endpoint: ENDPOINT });
    while (calls === 0) await tick(1); // the first request is on its way, its timeout set
    clock.advance(30_000);
    expect(await submitted).to.deep.include({ outcome: 'queued' });
    await wait(box, 1000);
    expect(calls).to.equal(2);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('an answer without a usable status (an opaque response) is retried, never taken as delivered', async () => {
    const box = outbox();
    await box.start();
    const answers = [{ status: 0 }, { status: Number.NaN }, { status: 201 }];
    box.transport = async () => answers.shift()!;
    const result = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(result).to.deep.include({ outcome: 'queued' });
    expect(await storedEntries(name)).to.have.length(1);
    await wait(box, 10_000);
    expect(answers).to.have.length(0);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('a reload replays: a new Outbox over the same database delivers what the last page left', async () => {
    server.otherwise = 'network-error';
    const first = outbox();
    await first.start();
    const { submissionId } = await first.submit(draft(), { endpoint: ENDPOINT });
    first.stop(); // the page goes away

    server.otherwise = { status: 201 };
    const secondTarget = new EventTarget();
    const events = recordEvents(secondTarget);
    const second = outbox({ target: secondTarget });
    await second.start();

    expect(server.received.map((r) => r.submissionId)).to.deep.equal([submissionId, submissionId]);
    expect(await storedEntries(name)).to.have.length(0);
    const delivered = events[0] as SvaraSubmittedEvent;
    expect(delivered).to.be.instanceOf(SvaraSubmittedEvent);
    expect(delivered.submissionId).to.equal(submissionId);
    expect(delivered.replayed).to.equal(true);
  });

  it('a reload keeps the wait a server asked for', async () => {
    server.reply({ status: 503, headers: { 'Retry-After': '60' } });
    const first = outbox({ random: () => 0 });
    await first.start();
    await first.submit(draft(), { endpoint: ENDPOINT });
    first.stop();

    const second = outbox({ random: () => 0 });
    await second.start();
    expect(server.received).to.have.length(1);
    await wait(second, 60_000);
    expect(server.received).to.have.length(2);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('while the browser says it is offline nothing is attempted; `online` sends at once', async () => {
    const box = outbox();
    await box.start();
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true });
    try {
      const result = await box.submit(draft(), { endpoint: ENDPOINT });
      expect(result).to.deep.include({ outcome: 'queued', persisted: true });
      await wait(box, 10 * 60 * 1000);
      expect(server.received).to.have.length(0);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    window.dispatchEvent(new Event('online'));
    await box.whenIdle();
    expect(server.received).to.have.length(1);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('svara-submit lets the host change the payload and headers before it is frozen', async () => {
    const box = outbox();
    await box.start();
    let seenId = '';
    target.addEventListener('svara-submit', (event) => {
      const submit = event as SvaraSubmitEvent;
      seenId = submit.submissionId;
      submit.submission.answers.kommentar = 'tillagd av värdsidan';
      submit.headers['X-Trace'] = 'abc';
    });
    const result = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(result.submissionId).to.equal(seenId);
    expect(JSON.parse(server.received[0]!.body).answers.kommentar).to.equal('tillagd av värdsidan');
    expect(server.received[0]!.headers['X-Trace']).to.equal('abc');
  });

  it('svara-submit is cancelable: nothing is stored or sent', async () => {
    const box = outbox();
    await box.start();
    const events = recordEvents(target);
    target.addEventListener('svara-submit', (event) => event.preventDefault());
    const result = await box.submit(draft(), { endpoint: ENDPOINT });
    expect(result.outcome).to.equal('cancelled');
    expect(typesOf(events)).to.deep.equal(['svara-submit']);
    expect(server.received).to.have.length(0);
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('a payload that cannot be serialised is reported as invalid, nothing stored', async () => {
    const box = outbox();
    await box.start();
    const events = recordEvents(target);
    const bad = draft() as ReturnType<typeof draft> & { big?: bigint };
    bad.big = 1n;
    const result = await box.submit(bad, { endpoint: ENDPOINT });
    expect(result.outcome).to.equal('invalid');
    const error = events.at(-1) as SvaraSubmitErrorEvent;
    expect(error.reason).to.equal('invalid');
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('the events bubble, are composed and typed for listeners on the host page', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const box = outbox({ target: host });
      await box.start();
      const seen: string[] = [];
      document.addEventListener('svara-queued', (e) => seen.push(`${e.type}:${e.submissionId}`), {
        once: true,
      });
      document.addEventListener('svara-submitted', (e) => seen.push(`${e.type}:${e.status}`), { once: true });
      const { submissionId } = await box.submit(draft(), { endpoint: ENDPOINT });
      expect(seen).to.deep.equal([`svara-queued:${submissionId}`, 'svara-submitted:201']);
      const event = new SvaraQueuedEvent('x');
      expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, false]);
      expect(new SvaraSubmitEvent('x', draft(), {}).cancelable).to.equal(true);
    } finally {
      host.remove();
    }
  });

  it('uses fetch by default: POST, JSON, Idempotency-Key, no cookies', async () => {
    const original = window.fetch;
    const calls: { url: string; init: RequestInit }[] = [];
    window.fetch = async (url, init) => {
      calls.push({ url: String(url), init: init! });
      return new Response(null, { status: 201 });
    };
    try {
      const box = outbox({ transport: undefined });
      await box.start();
      const { submissionId } = await box.submit(draft(), { endpoint: ENDPOINT });
      expect(calls).to.have.length(1);
      const { url, init } = calls[0]!;
      expect(url).to.equal(ENDPOINT);
      expect(init).to.deep.include({ method: 'POST', keepalive: false, credentials: 'omit' });
      expect(init.headers).to.deep.include({
        'Content-Type': 'application/json',
        'Idempotency-Key': submissionId,
      });
      expect(JSON.parse(init.body as string).submissionId).to.equal(submissionId);
    } finally {
      window.fetch = original;
    }
  });
});
