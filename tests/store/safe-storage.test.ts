import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSaves, safeStorage } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';

/** An in-memory Storage whose methods can be told to fail, as browsers do. */
class FakeStorage implements Storage {
  data = new Map<string, string>();
  failGet?: () => never;
  failSet?: (key: string) => void;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  key(index: number) {
    return [...this.data.keys()][index] ?? null;
  }
  getItem(key: string) {
    this.failGet?.();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.failSet?.(key);
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const insecure = () => new DOMException('The operation is insecure.', 'SecurityError');
const KEY = 'join-a-trust:answers';
const value = { state: { answers: { profile: { 'school-name': 'Hill' } } }, version: 1 };

let fake: FakeStorage;
beforeEach(() => {
  fake = new FakeStorage();
  useStorageStatus.setState({ problem: undefined, savedAt: undefined, dropped: [], updatedFromOtherTab: false, backupKey: undefined }, true);
});

describe('safeStorage', () => {
  it('reads and writes JSON, and records when it last saved', () => {
    const storage = safeStorage<typeof value.state>(() => fake);
    storage.setItem(KEY, value);
    expect(fake.data.get(KEY)).toBe(JSON.stringify(value));
    expect(storage.getItem(KEY)).toEqual(value);
    expect(useStorageStatus.getState().savedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });

  it('full: reports "full", never throws, and leaves what was saved before untouched', () => {
    fake.data.set(KEY, 'what was saved before');
    fake.failSet = () => {
      throw quota();
    };
    const storage = safeStorage<typeof value.state>(() => fake);
    expect(() => storage.setItem(KEY, value)).not.toThrow();
    expect(useStorageStatus.getState().problem).toBe('full');
    expect(fake.data.get(KEY)).toBe('what was saved before');
  });

  it('full, in Firefox\'s words (NS_ERROR_DOM_QUOTA_REACHED), is still "full"', () => {
    fake.failSet = () => {
      throw new DOMException('Persistent storage maximum size reached', 'NS_ERROR_DOM_QUOTA_REACHED');
    };
    safeStorage<typeof value.state>(() => fake).setItem(KEY, value);
    expect(useStorageStatus.getState().problem).toBe('full');
  });

  it('a good save after "full" clears the message', () => {
    const storage = safeStorage<typeof value.state>(() => fake);
    fake.failSet = () => {
      throw quota();
    };
    storage.setItem(KEY, value);
    expect(useStorageStatus.getState().problem).toBe('full');
    fake.failSet = undefined;
    storage.setItem(KEY, value);
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });

  it('switched off: getItem and setItem throwing are reported as "unavailable", never thrown', () => {
    fake.failGet = () => {
      throw insecure();
    };
    fake.failSet = () => {
      throw insecure();
    };
    const storage = safeStorage<typeof value.state>(() => fake);
    expect(storage.getItem(KEY)).toBeNull();
    expect(useStorageStatus.getState().problem).toBe('unavailable');
    expect(() => storage.setItem(KEY, value)).not.toThrow();
    expect(useStorageStatus.getState().problem).toBe('unavailable');
  });

  it('no storage at all (reading window.localStorage throws): "unavailable"', () => {
    const storage = safeStorage<typeof value.state>(() => {
      throw insecure();
    });
    expect(storage.getItem(KEY)).toBeNull();
    expect(useStorageStatus.getState().problem).toBe('unavailable');
    expect(() => storage.setItem(KEY, value)).not.toThrow();
    expect(() => storage.removeItem(KEY)).not.toThrow();
  });

  it('damaged JSON: reports "corrupt" and keeps the raw text under the unreadable-copy key', () => {
    fake.data.set(KEY, '{"state":{"answers":{"prof');
    const storage = safeStorage<typeof value.state>(() => fake);
    expect(storage.getItem(KEY)).toBeNull();
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    expect(useStorageStatus.getState().backupKey).toBe(`${KEY}:unreadable-copy`);
    expect(fake.data.get(`${KEY}:unreadable-copy`)).toBe('{"state":{"answers":{"prof');
  });

  it('"corrupt" stays after a good save, until the user dismisses it', () => {
    fake.data.set(KEY, 'not json');
    const storage = safeStorage<typeof value.state>(() => fake);
    storage.getItem(KEY);
    storage.setItem(KEY, value);
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    expect(fake.data.get(`${KEY}:unreadable-copy`)).toBe('not json');
  });
});

describe('saving after a pause (typing)', () => {
  const timing = { pauseMs: 400, maxWaitMs: 2000 };
  const typed = (text: string) => ({ state: { answers: { profile: { 'school-name': text } } }, version: 1 });
  let writes: string[];
  beforeEach(() => {
    vi.useFakeTimers();
    writes = [];
    fake.failSet = (key) => {
      if (key === KEY) writes.push(key);
    };
  });
  afterEach(() => {
    flushSaves();
    vi.useRealTimers();
  });
  const savedText = () => (JSON.parse(fake.data.get(KEY) ?? '{}') as ReturnType<typeof typed>).state?.answers.profile['school-name'];

  it('one write when typing pauses, of the last value, not one per keypress', () => {
    const storage = safeStorage<ReturnType<typeof typed>['state']>(() => fake, {}, timing);
    const text = 'Hill Primary School';
    for (let i = 1; i <= text.length; i += 1) {
      storage.setItem(KEY, typed(text.slice(0, i)));
      vi.advanceTimersByTime(100);
    }
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(400);
    expect(writes).toHaveLength(1);
    expect(savedText()).toBe(text);
  });

  it('non-stop typing is still saved every maxWaitMs', () => {
    const storage = safeStorage<ReturnType<typeof typed>['state']>(() => fake, {}, timing);
    for (let i = 1; i <= 50; i += 1) {
      storage.setItem(KEY, typed('x'.repeat(i)));
      vi.advanceTimersByTime(100);
    }
    // 5 seconds of typing, a key every 100 ms: written at 2 s and 4 s, not 50 times.
    expect(writes).toHaveLength(2);
    expect(savedText()?.length).toBeGreaterThanOrEqual(39);
  });

  for (const [what, leave] of [
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    ['the tab hidden', () => {
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      document.dispatchEvent(new Event('visibilitychange'));
    }],
    ['a change of address', () => window.dispatchEvent(new Event('hashchange'))],
    ['flushSaves()', () => flushSaves()],
  ] as const) {
    it(`${what} writes what is waiting at once`, () => {
      const storage = safeStorage<ReturnType<typeof typed>['state']>(() => fake, {}, timing);
      storage.setItem(KEY, typed('Hill Prim'));
      storage.setItem(KEY, typed('Hill Primary'));
      expect(writes).toHaveLength(0);
      leave();
      expect(writes).toHaveLength(1);
      expect(savedText()).toBe('Hill Primary');
      // Nothing is left to write when the timer comes.
      vi.advanceTimersByTime(5000);
      expect(writes).toHaveLength(1);
    });
  }

  it('a read writes what is waiting first, so it is merged with what another tab wrote', () => {
    const beforeWrite = vi.fn((v: ReturnType<typeof typed>) => v);
    const storage = safeStorage<ReturnType<typeof typed>['state']>(() => fake, { beforeWrite }, timing);
    storage.setItem(KEY, typed('Ours'));
    fake.data.set(KEY, JSON.stringify(typed('Theirs')));
    storage.getItem(KEY);
    expect(beforeWrite).toHaveBeenCalledWith(typed('Ours'), JSON.stringify(typed('Theirs')));
  });

  it('removing the key drops what was waiting, so it does not come back', () => {
    const storage = safeStorage<ReturnType<typeof typed>['state']>(() => fake, {}, timing);
    storage.setItem(KEY, typed('Hill'));
    storage.removeItem(KEY);
    vi.advanceTimersByTime(5000);
    flushSaves();
    expect(fake.data.has(KEY)).toBe(false);
  });
});
