import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';

import { SessionStore } from './session-store.js';

/** A `sessionStorage` of this test: a Map, optionally full. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length(): number {
    return this.items.size;
  }
  clear(): void {
    this.items.clear();
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

function useStorage(storage: Storage | (() => never)): void {
  Object.defineProperty(globalThis, 'sessionStorage', {
    configurable: true,
    ...(typeof storage === 'function' ? { get: storage } : { value: storage }),
  });
}

afterEach(() => {
  delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
});

const survey = { id: 'barn', version: 3 };

describe('SessionStore', () => {
  test('keeps answers per survey version and settings per survey, under the documented keys', () => {
    const storage = new MemoryStorage();
    useStorage(storage);
    const store = new SessionStore(survey);
    store.saveProgress({ answers: { a: 'yes' }, step: 'b', started: true });
    store.saveSettings({ lang: 'en', plain: true });
    assert.deepEqual([...storage.items.keys()].sort(), [
      'svara-survey:answers:barn@3',
      'svara-survey:settings:barn',
    ]);
    assert.deepEqual(store.loadProgress(), { answers: { a: 'yes' }, step: 'b', started: true });
    assert.deepEqual(store.loadSettings(), { lang: 'en', plain: true });
    // The next version of the survey does not get these answers; its settings are the same.
    const next = new SessionStore({ id: 'barn', version: 4 });
    assert.equal(next.loadProgress(), undefined);
    assert.deepEqual(next.loadSettings(), { lang: 'en', plain: true });
  });

  test('clearProgress forgets the answers and keeps the settings', () => {
    useStorage(new MemoryStorage());
    const store = new SessionStore(survey);
    store.saveProgress({ answers: { a: 'yes' }, step: 'a', started: true });
    store.saveSettings({ readAloud: true });
    store.clearProgress();
    assert.equal(store.loadProgress(), undefined);
    assert.deepEqual(store.loadSettings(), { readAloud: true });
  });

  test('what is not JSON under the keys (another script wrote it) reads as nothing', () => {
    const storage = new MemoryStorage();
    useStorage(storage);
    const store = new SessionStore(survey);
    storage.setItem(store.progressKey, '{not json');
    storage.setItem(store.settingsKey, 'undefined');
    assert.equal(store.loadProgress(), undefined);
    assert.equal(store.loadSettings(), undefined);
  });

  test('a full quota or blocked storage keeps nothing and throws nothing', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    useStorage(storage);
    const store = new SessionStore(survey);
    store.saveProgress({ answers: { a: 'yes' }, step: 'a', started: true });
    assert.equal(store.loadProgress(), undefined);

    useStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    store.saveSettings({ plain: true });
    store.clearProgress();
    assert.equal(store.loadSettings(), undefined);
  });
});
