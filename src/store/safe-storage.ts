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

/**
 * Saving after a pause. Writing the whole assessment to local storage costs a JSON.stringify
 * of all of it, which is too slow to do on every keypress once a long note is in it. With
 * `pauseMs`, a change is written once typing pauses for that long (or after `maxWaitMs` of
 * non-stop typing), and at once whenever the page could go away or change: on pagehide, when
 * the tab is hidden, before unload, on every change of address, before storage is read (so a
 * storage event from another tab merges with everything typed here), and when flushSaves()
 * is called. The store in memory always has every keystroke; only the copy on disk waits.
 */
export interface SaveTiming {
  pauseMs: number;
  maxWaitMs: number;
}

/** Writes waiting for a pause, of every store: flushSaves() writes them all now. */
const pending = new Set<() => void>();

/** Writes every change still waiting for a pause. Safe to call at any time. */
export function flushSaves(): void {
  for (const write of [...pending]) write();
}

let listening = false;
/** Once, the first time a write waits: flush whenever the page may be left, hidden or moved on. */
function flushOnLeave(): void {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  const flush = () => flushSaves();
  for (const type of ['pagehide', 'beforeunload', 'hashchange', 'popstate', 'freeze']) window.addEventListener(type, flush, { capture: true });
  document.addEventListener(
    'visibilitychange',
    () => {
      if (document.visibilityState === 'hidden') flushSaves();
    },
    { capture: true },
  );
}

export function safeStorage<S>(
  getStorage: () => Storage | undefined = () => globalThis.localStorage,
  hooks: StorageHooks<S> = {},
  timing?: SaveTiming,
): PersistStorage<S> & { flush(): void } {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  /** The write waiting for a pause, if any: only the latest value matters. */
  let waiting: { name: string; value: StorageValue<S> } | undefined;
  let firstChange = 0;
  let lastChange = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending.delete(flush);
    const item = waiting;
    waiting = undefined;
    if (item) write(item.name, item.value);
  };
  const onTimer = () => {
    timer = undefined;
    if (!timing) return flush();
    const now = Date.now();
    const quietFor = now - lastChange;
    const waitedFor = now - firstChange;
    if (quietFor >= timing.pauseMs || waitedFor >= timing.maxWaitMs) return flush();
    timer = setTimeout(onTimer, Math.min(timing.pauseMs - quietFor, timing.maxWaitMs - waitedFor));
  };

  const write = (name: string, value: StorageValue<S>) => {
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
  };

  return {
    /** Writes this storage's waiting change now (flushSaves() does it for every store). */
    flush,
    getItem(name) {
      // Whatever is read next must be merged with everything typed here: write it first.
      flush();
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
      if (!timing) return write(name, value);
      if (waiting && waiting.name !== name) flush();
      const now = Date.now();
      if (!waiting) firstChange = now;
      lastChange = now;
      waiting = { name, value };
      pending.add(flush);
      flushOnLeave();
      timer ??= setTimeout(onTimer, timing.pauseMs);
    },
    removeItem(name) {
      // A change waiting to be written must not bring back what is being removed.
      if (waiting?.name === name) {
        waiting = undefined;
        flush();
      }
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
