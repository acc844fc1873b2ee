import assert from 'node:assert/strict';
import { describe, test } from 'node:test';

import { ApiError } from '../src/api/client.js';
import type { DraftRecord } from '../src/api/client.js';
import { setText } from '../src/model/draft.js';
import { DraftSession, MemoryDraftSource } from '../src/model/draft-session.js';
import type { DraftSource, SessionOptions } from '../src/model/draft-session.js';
import { childDraft } from './fixtures.js';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

/** Timers run only when the test says so. */
function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => {
      const id = next++;
      pending.set(id, fn);
      return id;
    },
    clearTimer: (id: unknown) => void pending.delete(id as number),
    async flush() {
      const fns = [...pending.values()];
      pending.clear();
      for (const fn of fns) fn();
      await new Promise((resolve) => setImmediate(resolve));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}

const record = (): DraftRecord => ({
  definition: childDraft(),
  revision: 3,
  updatedBy: 'anna@stad.se',
  approvals: [],
  acknowledged: [],
});

function session(
  source: DraftSource,
  storage = memoryStorage(),
  timers = manualTimers(),
  extra: Partial<SessionOptions> = {},
) {
  return { s: new DraftSession({ source, surveyId: 'barn', storage, ...timers, ...extra }), storage, timers };
}

describe('DraftSession', () => {
  test('a change is kept on the device at once and saved to the server after a pause', async () => {
    const source = new MemoryDraftSource(record());
    const { s, storage, timers } = session(source);
    await s.load();
    s.commit(setText(s.draft, ['title'], 'sv', 'Ny rubrik'), { label: 'Rubrik', group: 'title' });
    assert.equal(s.state, 'pending');
    const local = JSON.parse(storage.items.get('svara-studio:draft:barn')!);
    assert.equal(local.definition.title, 'Ny rubrik');
    assert.equal(local.unsaved, true);
    assert.equal(source.saves, 0);
    await timers.flush();
    assert.equal(source.saves, 1);
    assert.equal(s.state, 'saved');
    assert.equal(s.revision, 4);
    assert.equal(JSON.parse(storage.items.get('svara-studio:draft:barn')!).unsaved, false);
  });

  test('a closed tab: the next load brings back what the server did not get, and saves it', async () => {
    const source = new MemoryDraftSource(record());
    const storage = memoryStorage();
    const first = session(source, storage).s;
    await first.load();
    first.commit(setText(first.draft, ['title'], 'sv', 'Skrivet före stängning'), { label: 'Rubrik' });
    first.dispose(); // the tab closes before the autosave
    const { s, timers } = session(source, storage);
    await s.load();
    assert.equal(s.restored, true);
    assert.equal(s.draft['title'], 'Skrivet före stängning');
    await timers.flush();
    assert.equal(source.record.definition['title'], 'Skrivet före stängning');
  });

  test('an expired session keeps the changes on the device and saves them after signing in again', async () => {
    let signedIn = true;
    const inner = new MemoryDraftSource(record());
    const source: DraftSource = {
      load: () => inner.load(),
      save: async (...args) => {
        if (!signedIn) throw new ApiError(401, { title: 'unauthenticated' });
        return inner.save(...args);
      },
    };
    const { s, storage, timers } = session(source);
    await s.load();
    signedIn = false;
    s.commit(setText(s.draft, ['title'], 'sv', 'Utloggad'), { label: 'Rubrik' });
    await timers.flush();
    assert.equal(s.state, 'signed-out');
    assert.equal(JSON.parse(storage.items.get('svara-studio:draft:barn')!).definition.title, 'Utloggad');
    signedIn = true;
    s.resume();
    await timers.flush();
    assert.equal(s.state, 'saved');
    assert.equal(inner.record.definition['title'], 'Utloggad');
  });

  test('two authors: the later save is not written over the earlier one; both versions are kept', async () => {
    const source = new MemoryDraftSource(record());
    const anna = session(source).s;
    const bo = session(source, memoryStorage()).s;
    await anna.load();
    await bo.load();
    anna.commit(setText(anna.draft, ['title'], 'sv', 'Annas rubrik'), { label: 'Rubrik' });
    await anna.save();
    bo.commit(setText(bo.draft, ['intro'], 'sv', 'Bos inledning'), { label: 'Inledning' });
    await bo.save();
    assert.equal(bo.state, 'conflict');
    assert.equal(source.record.definition['title'], 'Annas rubrik', 'Anna’s save stands');
    assert.equal(bo.conflict!.theirs.definition['title'], 'Annas rubrik');
    assert.equal(bo.conflict!.mine['intro'], 'Bos inledning');
    // Bo keeps his version: it is saved over Anna's revision, and Ångra brings Anna's back.
    bo.keepMine();
    await bo.save();
    assert.equal(bo.state, 'saved');
    assert.equal(source.record.definition['intro'], 'Bos inledning');
    bo.undo();
    assert.equal(bo.draft['title'], 'Annas rubrik');
  });

  test('taking the other version keeps one’s own one step back in the undo history', async () => {
    const source = new MemoryDraftSource(record());
    const { s } = session(source);
    await s.load();
    source.record = { ...source.record, revision: 9, definition: { ...childDraft(), title: 'Deras' } };
    s.commit(setText(s.draft, ['title'], 'sv', 'Min'), { label: 'Rubrik' });
    await s.save();
    assert.equal(s.state, 'conflict');
    s.takeTheirs();
    assert.equal(s.draft['title'], 'Deras');
    assert.equal(s.revision, 9);
    s.undo();
    assert.equal(s.draft['title'], 'Min');
  });

  test('a local copy made on an older revision than the server’s is a conflict on load, never applied silently', async () => {
    const source = new MemoryDraftSource(record());
    const storage = memoryStorage();
    storage.setItem(
      'svara-studio:draft:barn',
      JSON.stringify({
        definition: { ...childDraft(), title: 'Gammal lokal' },
        acknowledged: [],
        baseRevision: 1,
        savedAt: 0,
        unsaved: true,
      }),
    );
    const { s } = session(source, storage);
    await s.load();
    assert.equal(s.state, 'conflict');
    assert.equal(s.draft['title'], 'Vad tyckte du om att träffa oss?');
    assert.equal(s.conflict!.mine['title'], 'Gammal lokal');
  });

  test('acknowledging a warning is saved with the draft', async () => {
    const source = new MemoryDraftSource(record());
    const { s, timers } = session(source);
    await s.load();
    s.acknowledge('preview:child', true);
    await timers.flush();
    assert.deepEqual(source.record.acknowledged, ['preview:child']);
  });
});
