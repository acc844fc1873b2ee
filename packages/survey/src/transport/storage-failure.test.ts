import { expect } from '@open-wc/testing';
import { FakeClock } from '@svara/testing/fake-clock';
import {
  draft,
  ENDPOINT,
  FakeServer,
  recordEvents,
  typesOf,
  uniqueName,
  watchUnhandledRejections,
} from '../../test/outbox-harness.js';
import type { SvaraSubmitErrorEvent } from './events.js';
import { Outbox } from './outbox.js';

/** An IndexedDB whose `open` throws at once (as some browsers do in private mode). */
const throwingOnOpen = {
  open() {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
} as unknown as IDBFactory;

/** An IndexedDB whose open request fails a moment later (as Firefox private mode used to). */
const erroringOnOpen = {
  open() {
    const request = {
      error: new DOMException('A mutation operation was attempted.', 'InvalidStateError'),
    } as {
      onerror?: () => void;
    };
    setTimeout(() => request.onerror?.());
    return request;
  },
} as unknown as IDBFactory;

/** An IndexedDB that opens but refuses every transaction (the disk is full). */
const fullDisk = {
  open() {
    const db = {
      transaction() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      close() {},
    };
    const request = { result: db } as { result: unknown; onsuccess?: () => void };
    setTimeout(() => request.onsuccess?.());
    return request;
  },
} as unknown as IDBFactory;

const failures: [string, IDBFactory | null][] = [
  ['missing', null],
  ['throwing on open', throwingOnOpen],
  ['failing to open', erroringOnOpen],
  ['refusing writes (quota)', fullDisk],
];

describe('Outbox: IndexedDB missing or failing', () => {
  for (const [label, factory] of failures) {
    describe(`IndexedDB ${label}`, () => {
      let clock: FakeClock;
      let server: FakeServer;
      let box: Outbox;
      let unhandled: ReturnType<typeof watchUnhandledRejections>;

      beforeEach(async () => {
        unhandled = watchUnhandledRejections();
        clock = new FakeClock();
        server = new FakeServer(clock);
        box = new Outbox({ name: uniqueName(), clock, transport: server.transport, indexedDB: factory });
        await box.start();
      });

      afterEach(() => {
        box.stop();
        unhandled.stop();
      });

      it('keeps the answer in memory, says so, and delivers it once the network is back', async () => {
        const events = recordEvents(box.target);
        server.otherwise = 'network-error';

        const result = await box.submit(draft(), { endpoint: ENDPOINT });

        expect(result).to.deep.include({ outcome: 'queued', persisted: false });
        expect(box.storage).to.equal('memory');
        expect(typesOf(events)).to.deep.equal(['svara-submit', 'svara-submit-error']);
        const error = events[1] as SvaraSubmitErrorEvent;
        expect(error.reason).to.equal('storage');
        expect(error.willRetry).to.equal(true);
        expect(error.details.error).to.be.instanceOf(DOMException);
        expect(await box.entries()).to.have.length(1);

        server.otherwise = { status: 201 };
        window.dispatchEvent(new Event('online'));
        await box.whenIdle();

        expect(server.received).to.have.length(2);
        expect(typesOf(events).at(-1)).to.equal('svara-submitted');
        expect(await box.entries()).to.have.length(0);
        expect(unhandled.reasons).to.deep.equal([]);
      });

      it('keeps retrying from memory on the timer', async () => {
        server.reply('network-error', { status: 503 });
        await box.submit(draft(), { endpoint: ENDPOINT });
        for (let i = 0; i < 10 && server.received.length < 3; i++) {
          clock.runNext();
          await box.whenIdle();
        }
        expect(server.received).to.have.length(3);
        expect(await box.entries()).to.have.length(0);
        expect(unhandled.reasons).to.deep.equal([]);
      });

      it('sends memory-only answers with keepalive when the page closes, whatever their schedule', async () => {
        const original = window.fetch;
        const keepalive: RequestInit[] = [];
        window.fetch = async (_url, init) => {
          keepalive.push(init!);
          return new Response(null, { status: 201 });
        };
        try {
          server.reply({ status: 503, headers: { 'Retry-After': '300' } });
          await box.submit(draft(), { endpoint: ENDPOINT });
          box.transport = undefined; // fetch from now on
          window.dispatchEvent(new PageTransitionEvent('pagehide'));
          await box.whenIdle();
          expect(keepalive).to.have.length(1);
          expect(keepalive[0]!.keepalive).to.equal(true);
        } finally {
          window.fetch = original;
        }
      });
    });
  }
});
