import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportStorage, useStorageStatus } from './storage-status';

/**
 * localStorage that never throws at the app. Disabled storage and a full quota are
 * reported, not fatal: answers stay in memory and the user is told to save a file.
 * Unreadable JSON is copied aside before anything can overwrite it.
 */
export interface StorageHooks<S> {
  /** Told the raw text each time it is read (null: nothing saved). */
  onRead?(raw: string | null): void;
  /**
   * Just before a write, with what is in storage now: may change what is written (another tab
   * wrote since: merge), or return undefined to write nothing.
   */
  beforeWrite?(value: StorageValue<S>, rawNow: string | null): StorageValue<S> | undefined;
  /** Told the raw text after a write that worked. */
  onWritten?(raw: string): void;
  /** Told when a write failed (storage full or switched off). */
  onFailed?(): void;
  /** Storage is full: free some room (for example drop the oldest restore point). True if it did. */
  makeRoom?(): boolean;
}

export function safeStorage<S>(getStorage: () => Storage | undefined = () => globalThis.localStorage, hooks: StorageHooks<S> = {}): PersistStorage<S> {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name) {
      const store = storage();
      let raw: string | null;
      try {
        if (!store) throw new Error('no storage');
        raw = store.getItem(name);
      } catch {
        reportStorage({ problem: 'unavailable' });
        return null;
      }
      hooks.onRead?.(raw);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as StorageValue<S>;
      } catch {
        reportStorage({ problem: 'corrupt', backupKey: keepUnreadableCopy(name, raw, store) });
        return null;
      }
    },
    setItem(name, value) {
      const store = storage();
      try {
        if (!store) throw new Error('no storage');
        const rawNow = hooks.beforeWrite ? store.getItem(name) : null;
        const toWrite = hooks.beforeWrite ? hooks.beforeWrite(value, rawNow) : value;
        if (toWrite === undefined) return;
        const raw = JSON.stringify(toWrite);
        if (raw !== rawNow) {
          // The answers come first: while storage is full, give up restore points to make room.
          for (;;) {
            try {
              store.setItem(name, raw);
              break;
            } catch (error) {
              if (!(isQuotaError(error) && hooks.makeRoom?.())) throw error;
            }
          }
        }
        hooks.onWritten?.(raw);
        // A good save clears "full" and "unavailable"; "corrupt" stays until dismissed,
        // because the user should know a copy of their old data was kept.
        const { problem } = useStorageStatus.getState();
        const cleared = problem === 'full' || problem === 'unavailable' ? { problem: undefined } : {};
        reportStorage({ savedAt: new Date().toISOString(), ...cleared });
      } catch (error) {
        reportStorage({ problem: isQuotaError(error) ? 'full' : 'unavailable' });
        hooks.onFailed?.();
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        reportStorage({ problem: 'unavailable' });
      }
    },
  };
}

/** QuotaExceededError (code 22) everywhere; older Firefox says NS_ERROR_DOM_QUOTA_REACHED (code 1014). */
export function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014)
  );
}

/**
 * Copies saved data the app cannot read to "<name>:unreadable-copy", so that saving fresh
 * answers never destroys it. Returns the key it used.
 */
export function keepUnreadableCopy(name: string, raw: string, store?: Storage): string {
  const backupKey = `${name}:unreadable-copy`;
  try {
    (store ?? globalThis.localStorage).setItem(backupKey, raw);
  } catch {
    // Storage refused the copy too; the message still tells the user what happened.
  }
  return backupKey;
}
