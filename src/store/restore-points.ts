import { create } from 'zustand';
import type { Answers } from '@/domain/answers';
import { describeAnswers, hasAnything } from '@/domain/answers-summary';
import { checksLoaded, loadChecks } from './checks';
import { isQuotaError } from './safe-storage';

/*
 * Restore points: a copy of the answers kept just before anything replaces or removes a lot of
 * them at once (opening a save file or a trust pack, removing a trust, starting again,
 * restoring an older copy, deleting everything). The last five are kept in local storage,
 * under one key, as long as there is room: when storage is full the oldest go first, and the
 * answers themselves always come before restore points (see makeRoom).
 *
 * Measured in Chromium 156: local storage holds 5,242,880 characters for the whole site; a
 * complete assessment (2 trusts, every question rated with notes, every step, a 2,000-word
 * note) is about 30,000 characters, so five restore points of it use about 3% of the room.
 * An assessment too big for that would not fit in local storage in the first place, so
 * IndexedDB is not needed.
 */

export const RESTORE_POINTS_KEY = 'join-a-trust:restore-points';
export const MAX_RESTORE_POINTS = 5;

export type RestoreReason = 'import' | 'pack' | 'remove-trust' | 'start-again' | 'delete-all' | 'restore';

export interface RestorePoint {
  id: string;
  /** ISO time it was kept. */
  at: string;
  reason: RestoreReason;
  /** What was about to change, in words: "Before you opened hill-primary.json". */
  label: string;
  /** What the copy holds, in words: "Hill Primary: 2 trusts, 14 rated questions, 3 stage steps". */
  summary: string;
  answers: Answers;
  /** Kept only in this tab (never written to storage): the copy made before "Delete all". */
  memoryOnly?: boolean;
}

const reasons: readonly RestoreReason[] = ['import', 'pack', 'remove-trust', 'start-again', 'delete-all', 'restore'];

/** Restore points that could not be written (storage off or full) or must not be (Delete all), for this tab. */
let inMemory: RestorePoint[] = [];

interface RestorePointsState {
  points: RestorePoint[];
}

/** The restore points, newest first, for the "Your data" page. */
export const useRestorePoints = create<RestorePointsState>()(() => ({ points: [] }));

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The stored list. Needs the full checks (checks.ts): the answers store changes nothing before
 * they have loaded, so nothing that keeps a restore point runs without them.
 */
function readStored(): RestorePoint[] {
  const checks = checksLoaded();
  if (!checks) throw new Error('Restore points were read before the checks of saved answers had loaded.');
  let raw: string | null;
  try {
    raw = storage()?.getItem(RESTORE_POINTS_KEY) ?? null;
  } catch {
    return [];
  }
  if (raw === null) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  // Each point is checked as saved answers are: a damaged one is left out, never trusted.
  return list.flatMap((p: unknown): RestorePoint[] => {
    if (typeof p !== 'object' || p === null) return [];
    const point = p as Record<string, unknown>;
    if (typeof point.id !== 'string' || typeof point.at !== 'string' || typeof point.label !== 'string') return [];
    if (!reasons.includes(point.reason as RestoreReason)) return [];
    const { answers, setAside } = checks.salvageAnswers(point.answers);
    if (setAside.some((s) => s.kind === 'whole save')) return [];
    return [{ id: point.id, at: point.at, reason: point.reason as RestoreReason, label: point.label.slice(0, 300), summary: describeAnswers(answers), answers }];
  });
}

function writeStored(points: RestorePoint[]): boolean {
  const store = storage();
  if (!store) return false;
  let keep = points;
  for (;;) {
    try {
      if (keep.length === 0) store.removeItem(RESTORE_POINTS_KEY);
      else store.setItem(RESTORE_POINTS_KEY, JSON.stringify(keep.map(({ memoryOnly: _m, ...p }) => p)));
      return keep.length === points.length;
    } catch (error) {
      if (!isQuotaError(error) || keep.length === 0) return false;
      // Not enough room: the oldest go first.
      keep = keep.slice(0, -1);
    }
  }
}

/** Reads the list again (on start, and when another tab changed it). */
export function refreshRestorePoints(): RestorePoint[] {
  if (!checksLoaded()) {
    // Just after start-up (another tab kept one): read them once the checks are here.
    void loadChecks().then(refreshRestorePoints, () => {});
    return useRestorePoints.getState().points;
  }
  const stored = readStored();
  const ids = new Set(stored.map((p) => p.id));
  const points = [...stored, ...inMemory.filter((p) => !ids.has(p.id))].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  useRestorePoints.setState({ points });
  return points;
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Keeps a copy of `answers` before a change described by `label`. Nothing is kept for empty
 * answers (there is nothing to go back to). With `memoryOnly`, the copy stays in this tab and
 * is never written to storage. Returns the point kept, if any.
 */
export function keepRestorePoint(reason: RestoreReason, label: string, answers: Answers, options: { memoryOnly?: boolean; now?: Date } = {}): RestorePoint | undefined {
  if (!hasAnything(answers) && !answers.meeting) return undefined;
  const point: RestorePoint = {
    id: newId(),
    at: (options.now ?? new Date()).toISOString(),
    reason,
    label,
    summary: describeAnswers(answers),
    answers,
  };
  if (options.memoryOnly) {
    point.memoryOnly = true;
    inMemory = [point, ...inMemory].slice(0, MAX_RESTORE_POINTS);
  } else {
    const points = [point, ...readStored()].slice(0, MAX_RESTORE_POINTS);
    if (!writeStored(points)) {
      // Storage refused it (off, or full even without older points): keep it in this tab at least.
      inMemory = [{ ...point, memoryOnly: true }, ...inMemory].slice(0, MAX_RESTORE_POINTS);
    }
  }
  refreshRestorePoints();
  return point;
}

/**
 * Storage is full and the answers must be saved: drop the oldest stored restore point (it
 * stays in this tab's memory). True if one was dropped.
 */
export function makeRoom(): boolean {
  const stored = readStored();
  if (stored.length === 0) return false;
  const oldest = stored[stored.length - 1]!;
  inMemory = [...inMemory, { ...oldest, memoryOnly: true }].slice(0, MAX_RESTORE_POINTS);
  try {
    const rest = stored.slice(0, -1);
    if (rest.length === 0) storage()?.removeItem(RESTORE_POINTS_KEY);
    else storage()?.setItem(RESTORE_POINTS_KEY, JSON.stringify(rest));
  } catch {
    // A smaller list that still does not fit: remove the key entirely.
    try {
      storage()?.removeItem(RESTORE_POINTS_KEY);
    } catch {
      return false;
    }
  }
  refreshRestorePoints();
  return true;
}

/** Every restore point gone, from storage and from this tab (Delete all). */
export function forgetRestorePoints(keepInMemory: RestorePoint[] = []): void {
  inMemory = keepInMemory;
  try {
    storage()?.removeItem(RESTORE_POINTS_KEY);
  } catch {
    // Storage switched off: nothing was written there either.
  }
  refreshRestorePoints();
}
