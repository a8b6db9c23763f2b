import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportStorage, useStorageStatus } from './storage-status';

/**
 * localStorage that never throws at the app. Disabled storage and a full quota are
 * reported, not fatal: answers stay in memory and the user is told to save a file.
 * Unreadable JSON is copied aside before anything can overwrite it.
 */
export function safeStorage<S>(getStorage: () => Storage | undefined = () => globalThis.localStorage): PersistStorage<S> {
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
        store.setItem(name, JSON.stringify(value));
        // A good save clears "full" and "unavailable"; "corrupt" stays until dismissed,
        // because the user should know a copy of their old data was kept.
        const { problem } = useStorageStatus.getState();
        const cleared = problem === 'full' || problem === 'unavailable' ? { problem: undefined } : {};
        reportStorage({ savedAt: new Date().toISOString(), ...cleared });
      } catch (error) {
        // QuotaExceededError (code 22) everywhere; older Firefox says NS_ERROR_DOM_QUOTA_REACHED (code 1014).
        const full =
          error instanceof DOMException &&
          (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22 || error.code === 1014);
        reportStorage({ problem: full ? 'full' : 'unavailable' });
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
