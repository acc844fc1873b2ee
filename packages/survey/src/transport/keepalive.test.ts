import { expect } from '@open-wc/testing';
import { FakeClock } from '@svara/testing/fake-clock';
import {
  deleteDatabase,
  draft,
  ENDPOINT,
  storedEntries,
  tick,
  uniqueName,
} from '../../test/outbox-harness.js';
import type { SvaraSubmittedEvent } from './events.js';
import { Outbox } from './outbox.js';
import { KEEPALIVE_MAX_BYTES } from './send.js';
import { createSubmission } from './submission.js';

interface Call {
  url: string;
  init: RequestInit;
  respond: (response: Response) => void;
  fail: (error: unknown) => void;
}

/** A fetch that leaves every request open until the test answers it (as a slow network would). */
function stubFetch(): { calls: Call[]; restore: () => void } {
  const original = window.fetch;
  const calls: Call[] = [];
  window.fetch = (url, init) =>
    new Promise((respond, fail) => {
      calls.push({ url: String(url), init: init!, respond, fail });
      init?.signal?.addEventListener('abort', () => fail(init.signal!.reason));
    });
  return { calls, restore: () => (window.fetch = original) };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !condition(); i++) await tick(5);
  if (!condition()) throw new Error('timed out waiting');
}

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  delete (document as { visibilityState?: string }).visibilityState;
}

/** A draft whose frozen body is exactly `bytes` long in UTF-8 (padded with two-byte "å"s and one "x"). */
function draftOfBytes(bytes: number) {
  const base = createSubmission(draft({ kommentar: '' })).body;
  const missing = bytes - new TextEncoder().encode(base).byteLength;
  const text = 'å'.repeat(Math.floor(missing / 2)) + 'x'.repeat(missing % 2);
  return draft({ kommentar: text });
}

describe('Outbox: the page is hidden or closed right after submit', () => {
  let name: string;
  let clock: FakeClock;
  let fetchStub: ReturnType<typeof stubFetch>;
  let box: Outbox;

  beforeEach(async () => {
    name = uniqueName();
    clock = new FakeClock();
    fetchStub = stubFetch();
    box = new Outbox({ name, clock, random: () => 0.5 });
    await box.start();
  });

  afterEach(async () => {
    box.stop();
    clock.advance(60_000); // time out whatever is still open
    fetchStub.restore();
    await box.whenIdle();
    await deleteDatabase(name);
  });

  it('closing the page sends a keepalive text/plain request, and its 2xx removes the entry', async () => {
    const submitted: string[] = [];
    box.target.addEventListener('svara-submitted', (e) =>
      submitted.push((e as SvaraSubmittedEvent).submissionId),
    );
    const result = box.submit(draft(), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1); // the ordinary request is on its way

    window.dispatchEvent(new PageTransitionEvent('pagehide'));

    expect(fetchStub.calls).to.have.length(2);
    const [ordinary, keepalive] = fetchStub.calls;
    expect(keepalive!.url).to.equal(ENDPOINT);
    expect(keepalive!.init).to.deep.include({ method: 'POST', keepalive: true, credentials: 'omit' });
    // Only a CORS-safelisted header: no preflight, which could not finish while the page unloads.
    expect(keepalive!.init.headers).to.deep.equal({ 'Content-Type': 'text/plain;charset=UTF-8' });
    expect(keepalive!.init.body).to.equal(ordinary!.init.body);
    expect(ordinary!.init.keepalive).to.equal(false);

    keepalive!.respond(new Response(null, { status: 201 }));
    expect(await result).to.deep.include({ outcome: 'delivered', status: 201 });
    expect(await storedEntries(name)).to.have.length(0);
    expect(submitted).to.have.length(1);
  });

  it('until a 2xx is seen the entry stays in the outbox (the next page load sends it)', async () => {
    void box.submit(draft(), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(fetchStub.calls).to.have.length(2);
    // The page is gone before any answer arrives.
    expect(await storedEntries(name)).to.have.length(1);
  });

  it('hiding the tab leaves a request in flight alone, and sends due answers that are not', async () => {
    void box.submit(draft(), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1);

    setVisibility('hidden');
    expect(fetchStub.calls).to.have.length(1); // still in flight: it survives a hidden tab

    fetchStub.calls[0]!.fail(new TypeError('Failed to fetch'));
    await box.whenIdle();
    clock.time += 5_000; // its retry is due, but the timer has not fired yet
    setVisibility('hidden');
    expect(fetchStub.calls).to.have.length(2);
    expect(fetchStub.calls[1]!.init.keepalive).to.equal(true);

    setVisibility('hidden'); // hiding again while that keepalive is open: no third copy
    expect(fetchStub.calls).to.have.length(2);
  });

  it('a wait the server asked for is respected when the page closes', async () => {
    const result = box.submit(draft(), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1);
    fetchStub.calls[0]!.respond(new Response(null, { status: 503, headers: { 'Retry-After': '120' } }));
    expect(await result).to.deep.include({ outcome: 'queued' });

    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(fetchStub.calls).to.have.length(1);
  });

  it('skips keepalive for a body of 60 KiB or more (counted in bytes, not characters)', async () => {
    for (const bytes of [KEEPALIVE_MAX_BYTES, 40_000 * 2 + 100]) {
      const before = fetchStub.calls.length;
      void box.submit(draftOfBytes(bytes), { endpoint: ENDPOINT });
      await until(() => fetchStub.calls.length === before + 1);
      expect(new TextEncoder().encode(fetchStub.calls.at(-1)!.init.body as string).byteLength).to.equal(
        bytes,
      );
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(fetchStub.calls.length).to.equal(before + 1, `${bytes} bytes`);
      fetchStub.calls.at(-1)!.fail(new TypeError('Failed to fetch')); // frees the sender for the next
    }
  });

  it('sends keepalive for a body just under 60 KiB', async () => {
    void box.submit(draftOfBytes(KEEPALIVE_MAX_BYTES - 1), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(fetchStub.calls).to.have.length(2);
    expect(fetchStub.calls[1]!.init.keepalive).to.equal(true);
  });

  it('keeps the keepalive requests of one page under 60 KiB together', async () => {
    void box.submit(draftOfBytes(40_000), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 1);
    fetchStub.calls[0]!.fail(new TypeError('Failed to fetch'));
    void box.submit(draftOfBytes(40_000), { endpoint: ENDPOINT });
    await until(() => fetchStub.calls.length === 2);
    clock.time += 5_000; // both are due: the first's retry time has come, the second is in flight

    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(fetchStub.calls.filter((c) => c.init.keepalive)).to.have.length(1);

    // Once that keepalive request is answered, its share of the budget is free again.
    fetchStub.calls.at(-1)!.respond(new Response(null, { status: 201 }));
    await until(() => {
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      return fetchStub.calls.filter((c) => c.init.keepalive).length === 2;
    });
  });
});
