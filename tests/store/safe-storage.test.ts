import { beforeEach, describe, expect, it } from 'vitest';
import { safeStorage } from '../../src/store/safe-storage';
import { useStorageStatus } from '../../src/store/storage-status';

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
