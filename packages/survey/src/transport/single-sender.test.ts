import { expect } from '@open-wc/testing';
import { FakeClock } from '@svara/testing/fake-clock';
import {
  deleteDatabase,
  draft,
  ENDPOINT,
  FakeServer,
  storedEntries,
  tick,
  uniqueName,
} from '../../test/outbox-harness.js';
import type { SvaraSubmittedEvent } from './events.js';
import type * as Transport from './index.js';
import { Outbox } from './outbox.js';
import type { OutboxOptions } from './outbox.js';

/** A second document of the same origin (like a second tab) running its own copy of the transport module. */
async function secondDocument(): Promise<{ frame: HTMLIFrameElement; module: typeof Transport }> {
  const frame = document.createElement('iframe');
  const src = new URL('./index.ts', import.meta.url).href; // served through esbuild, like the tests;
  frame.srcdoc = `<!doctype html><script type="module">
    import * as transport from ${JSON.stringify(src)};
    window.svaraTransport = transport;
  </script>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as (Window & { svaraTransport?: typeof Transport }) | null;
  for (let i = 0; i < 500 && !win()?.svaraTransport; i++) await tick(10);
  const module = win()?.svaraTransport;
  if (!module) throw new Error('the transport module did not load in the second document');
  return { frame, module };
}

describe('Outbox: one sender across tabs (Web Locks)', () => {
  let name: string;
  let clock: FakeClock;
  let server: FakeServer;
  let outboxes: Outbox[];
  const frames: HTMLIFrameElement[] = [];

  function options(): OutboxOptions {
    return { name, clock, transport: server.transport, random: () => 0.5 };
  }

  /** Five answers left in the outbox by a page whose network was down; all due now. */
  async function leaveFiveBehind(): Promise<string[]> {
    server.otherwise = 'network-error';
    const leaving = new Outbox(options());
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push((await leaving.submit(draft(), { endpoint: ENDPOINT })).submissionId);
    clock.time += 10 * 60 * 1000; // every backoff has run out
    server.otherwise = { status: 201 };
    server.latency = 20; // real milliseconds, so the two senders overlap
    server.received.length = 0;
    return ids;
  }

  beforeEach(() => {
    name = uniqueName();
    clock = new FakeClock();
    server = new FakeServer(clock);
    outboxes = [];
  });

  afterEach(async () => {
    for (const box of outboxes) box.stop();
    for (const frame of frames.splice(0)) frame.remove();
    await deleteDatabase(name);
  });

  it('two outboxes flushing at the same moment send each answer once', async () => {
    const ids = await leaveFiveBehind();
    const a = new Outbox(options());
    const b = new Outbox(options());
    outboxes.push(a, b);

    await Promise.all([a.flush(), b.flush(), a.flush(), b.flush()]);

    expect([...server.countsById().entries()].sort()).to.deep.equal(ids.map((id) => [id, 1]).sort());
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('two documents (like two tabs) starting together send each answer once', async () => {
    const ids = await leaveFiveBehind();
    const { frame, module } = await secondDocument();
    frames.push(frame);
    const inFrame = new module.Outbox(options());
    const here = new Outbox(options());
    outboxes.push(inFrame, here);

    await Promise.all([inFrame.start(), here.start()]);
    await Promise.all([inFrame.whenIdle(), here.whenIdle()]);

    expect(server.received).to.have.length(5);
    expect([...server.countsById().entries()].sort()).to.deep.equal(ids.map((id) => [id, 1]).sort());
    expect(await storedEntries(name)).to.have.length(0);
  });

  it('an answer submitted in one tab and delivered by another is reported as submitted in the first', async () => {
    server.otherwise = 'network-error';
    const target = new EventTarget();
    const submitted: string[] = [];
    target.addEventListener('svara-submitted', (e) =>
      submitted.push((e as SvaraSubmittedEvent).submissionId),
    );
    const first = new Outbox({ ...options(), target });
    outboxes.push(first);
    await first.start();
    const { submissionId } = await first.submit(draft(), { endpoint: ENDPOINT });

    server.otherwise = { status: 201 };
    const other = new Outbox(options());
    outboxes.push(other);
    await other.start(); // delivers it
    expect(server.countsById().get(submissionId)).to.equal(2);

    await first.flush(); // the first tab looks again and finds it gone
    expect(submitted).to.deep.equal([submissionId]);
    expect(server.countsById().get(submissionId)).to.equal(2);
  });
});
