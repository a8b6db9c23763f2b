import { create } from 'zustand';
import { persist, type PersistStorage } from 'zustand/middleware';
import { emptyAnswers, type Answers, type QuestionAnswer, type StepAnswer } from '@/domain/answers';
import * as edit from '@/domain/edit';
import { mergeAnswers, pruneStamps, sameAnswers, stampChanges, type Stamped, type Stamps } from '@/domain/merge';
import { looksLikeAnswers } from '@/domain/answers-shape';
import { keepRestorePoint, makeRoom, type RestorePoint, type RestoreReason } from './restore-points';
import { markRatingsCopiedFromBoard } from '@/domain/migrations';
import { checksLoaded, loadChecks, onChecksLoaded } from './checks';
import { flushSaves, keepUnreadableCopy, safeStorage } from './safe-storage';
import { reportStorage } from './storage-status';

export const STORAGE_KEY = 'join-a-trust:answers';
/**
 * Bump when the saved shape changes, and teach `migrate` the old shape.
 * 2: the board's agreed rating no longer writes over the school's own (see migrateSaved).
 */
export const STORE_VERSION = 2;

/** A change big enough to keep a restore point first: why, and in words. */
export interface Change {
  reason: RestoreReason;
  label: string;
}

/**
 * Every change returns false, and changes nothing, when storage would refuse the result
 * (a text over its limit, an eleventh trust): see domain/guard.ts. Forms stop such input first.
 */
interface AnswersStore {
  answers: Answers;
  setProfile(questionId: string, value: string): boolean;
  setStep(stepId: string, answer: StepAnswer): boolean;
  setQuestion(trustId: string, questionId: string, answer: QuestionAnswer): boolean;
  renameTrust(trustId: string, name: string): boolean;
  /** Removes a trust, after keeping a restore point. */
  removeTrust(trustId: string): boolean;
  setWeight(questionId: string, weight: number | undefined): boolean;
  /**
   * Replaces everything (the journey's result, an imported file). With a `change`, a restore
   * point of what was there is kept first.
   */
  replace(answers: Answers, change?: Change): boolean;
  /** Start again: every answer goes (a restore point keeps them). */
  reset(): void;
  /** Goes back to a restore point, after keeping one of what is there now (so it can be undone). */
  restore(point: RestorePoint, label: string): void;
}

/*
 * Two tabs: each field carries the time it was last written (see domain/merge.ts). This tab
 * keeps the answers as it last stamped them (`known`), their stamps, and the text it last read
 * from storage or wrote there (`lastRaw`): storage that differs from `lastRaw` was written by
 * another tab, and is merged field by field before anything is written over it.
 */
let known: Answers | undefined;
let stamps: Stamps = {};
let lastRaw: string | null | undefined;
let pendingMerge: Answers | undefined;
let writeBack = false;
/**
 * True while the answers shown came from a quick look at the save (domain/answers-shape.ts),
 * before the full checks loaded (checks.ts): nothing is written then, and no change is made.
 */
let provisional = false;
/** Reading the save again with the full checks: this tab's answers so far were only provisional. */
let fresh = false;
const answersOf = (saved: unknown) => (saved as { answers?: unknown } | null)?.answers;
/** Nothing at all: not even a trust counter or a meeting. */
const isEmpty = (a: Answers) =>
  Object.keys(a.profile).length === 0 &&
  Object.keys(a.steps).length === 0 &&
  a.trusts.length === 0 &&
  Object.keys(a.weights).length === 0 &&
  a.assessmentId === undefined &&
  a.lastTrustNumber === undefined &&
  a.meeting === undefined;

/**
 * Reads whatever was saved, of any version, into today's Answers, part by part: every part
 * that reads is kept, and any that does not (damaged, or over a limit a later version set) is
 * set aside, named in a message, with a copy of the whole original kept on the device.
 * Nothing saved gives empty answers. (Answers to questions the content no longer has are
 * dropped, and reported, by prune.ts once the content has loaded.)
 */
export function loadSaved(saved: unknown): Answers {
  return load(saved).answers;
}

/** `raw` is the text as stored, when known: the copy kept is then exactly that. */
function load(saved: unknown, raw?: string | null): { answers: Answers; readable: boolean } {
  const candidate = answersOf(saved);
  if (candidate === undefined) return { answers: emptyAnswers(), readable: false };
  const checks = checksLoaded();
  if (!checks) {
    // Start-up, before the checks have loaded: enough to show the first screen. Read again in
    // full as soon as they are here (see the end of this file).
    provisional = true;
    return looksLikeAnswers(candidate) ? { answers: candidate, readable: true } : { answers: emptyAnswers(), readable: false };
  }
  const { answers, setAside } = checks.salvageAnswers(candidate);
  const whole = setAside.some((p) => p.kind === 'whole save');
  if (setAside.length > 0) {
    // Keep a copy before anything is saved over it: nothing is lost.
    const backupKey = keepUnreadableCopy(STORAGE_KEY, typeof raw === 'string' ? raw : JSON.stringify({ state: saved, version: STORE_VERSION }));
    reportStorage(whole ? { problem: 'corrupt', backupKey } : { setAside: checks.describeSetAside(setAside), backupKey });
  }
  return { answers, readable: !whole };
}

/** The stamps saved beside the answers, if they are readable. */
function readStamps(saved: unknown): Stamps | undefined {
  const value = (saved as { stamps?: unknown } | null)?.stamps;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  if (entries.length > 50_000) return undefined;
  const out: Stamps = {};
  for (const [k, t] of entries) if (typeof t === 'number' && Number.isFinite(t) && t > 0) out[k] = t;
  return out;
}

/**
 * Another tab's answers, with their stamps. A copy with no stamps (written by an older version
 * of the tool) counts every field it changed from what this tab knows as written at the
 * earliest time there is: it wins over fields nobody stamped, never over a change made here.
 */
function theirsStamped(answers: Answers, saved: unknown): Stamped {
  return { answers, stamps: readStamps(saved) ?? stampChanges(known, answers, {}, 1) };
}

const latest = (times: Stamps) => Object.values(times).reduce((max, t) => (t > max ? t : max), 0);

/**
 * The time to stamp this tab's changes with: now, and always later than any write this tab has
 * seen (clocks are coarse, and two tabs may write within one millisecond).
 */
const stampTime = (theirs?: Stamps) => Math.max(Date.now(), latest(stamps) + 1, theirs ? latest(theirs) + 1 : 0);

/** Merges this tab's answers with what another tab wrote; remembers the result as known. */
function mergeWithTheirs(ours: Answers, theirs: Stamped): Answers {
  const now = stampTime(theirs.stamps);
  stamps = stampChanges(known, ours, stamps, now);
  const merged = pruneStamps(mergeAnswers({ answers: ours, stamps }, theirs), Date.now());
  known = merged.answers;
  stamps = merged.stamps;
  return merged.answers;
}

type Saved = { answers: Answers; stamps?: Stamps };

/** Shows the other tab's changes, merged in while writing, here too. */
function takeInMerge() {
  if (!pendingMerge) return;
  const merged = pendingMerge;
  pendingMerge = undefined;
  useAnswers.setState({ answers: merged });
}

/**
 * Saving after a pause (safe-storage.ts): typing is written once it pauses for pauseMs (or
 * every maxWaitMs of non-stop typing), not on every keypress, since each write stringifies the
 * whole assessment. What is waiting is written at once on pagehide, when the tab is hidden,
 * before unload, on every change of page, before storage is read (another tab's storage event:
 * so the merge sees everything typed here), before any file is downloaded (components/download.ts),
 * and by every big change below (flushSaves()). The store in memory always has every keystroke.
 */
export const SAVE_TIMING = { pauseMs: 400, maxWaitMs: 2000 };

const saving = safeStorage<Saved>(undefined, {
  onRead(raw) {
    lastRaw = raw;
  },
  beforeWrite(value, rawNow) {
    const ours = value.state.answers;
    pendingMerge = undefined;
    // Never write empty answers over nothing (a tab following another tab's "Delete all").
    if (rawNow === null && isEmpty(ours)) {
      known = ours;
      stamps = {};
      lastRaw = null;
      return undefined;
    }
    let answers = ours;
    if (rawNow !== null && rawNow !== lastRaw) {
      // Another tab wrote since this tab last read or wrote: merge field by field.
      let saved: unknown;
      try {
        saved = (JSON.parse(rawNow) as { state?: unknown }).state;
      } catch {
        saved = undefined;
      }
      const read = saved === undefined ? undefined : load(saved, rawNow);
      if (read?.readable) answers = mergeWithTheirs(ours, theirsStamped(read.answers, saved));
      else keepUnreadableCopy(STORAGE_KEY, rawNow);
    }
    if (answers === ours) {
      stamps = stampChanges(known, ours, stamps, stampTime());
      known = ours;
    } else if (!sameAnswers(answers, ours)) pendingMerge = answers;
    return { ...value, state: { answers, stamps } };
  },
  onWritten(raw) {
    lastRaw = raw;
    takeInMerge();
  },
  // Not saved (storage full): this tab still takes in what the other tab saved, so that what
  // it knows and what it shows stay the same.
  onFailed: () => takeInMerge(),
  makeRoom,
}, SAVE_TIMING);

/** Writes this tab's waiting change now (as pagehide does); flushSaves() writes every store's. */
export const flushAnswers = () => saving.flush();

/** Nothing is written while the answers are provisional: they are what storage has anyway. */
const storage: PersistStorage<Saved> = {
  getItem: (name) => saving.getItem(name),
  setItem: (name, value) => (provisional ? undefined : saving.setItem(name, value)),
  removeItem: (name) => saving.removeItem(name),
};

/**
 * Brings a save of an older version to today's: version 1 wrote the board's agreed rating over
 * the school's own, so those ratings are marked (markRatingsCopiedFromBoard); nothing is dropped.
 */
export function migrateSaved(saved: unknown, version: number, raw?: string | null): Answers {
  const { answers } = load(saved, raw);
  return version < 2 ? markRatingsCopiedFromBoard(answers) : answers;
}

/**
 * The full checks, when the answers are no longer provisional. Before that (the first moments
 * after start-up, on the start page) every change is refused, and the checks are asked for.
 */
function checked() {
  const checks = checksLoaded();
  if (!checks || provisional) {
    void loadChecks().catch(() => {});
    return undefined;
  }
  return checks;
}

/** Keeps `after` only if storage would accept every part of it that changed. */
function keepIfValid(before: Answers, after: Answers, set: (state: { answers: Answers }) => void): boolean {
  if (after === before) return true;
  const checks = checked();
  if (!checks || checks.problemsInChange(before, after).length > 0) return false;
  set({ answers: after });
  return true;
}

export const useAnswers = create<AnswersStore>()(
  persist(
    (set, get) => {
      const update = (fn: (a: Answers) => Answers) => keepIfValid(get().answers, fn(get().answers), set);
      return {
        answers: emptyAnswers(),
        setProfile: (id, value) => update((a) => edit.setProfileAnswer(a, id, value)),
        setStep: (id, answer) => update((a) => edit.setStepAnswer(a, id, answer)),
        setQuestion: (trustId, id, answer) => update((a) => edit.setQuestionAnswer(a, trustId, id, answer)),
        renameTrust: (trustId, name) => update((a) => edit.renameTrust(a, trustId, name)),
        removeTrust: (trustId) => {
          if (!checked()) return false;
          const answers = get().answers;
          const trust = answers.trusts.find((t) => t.id === trustId);
          if (!trust) return false;
          keepRestorePoint('remove-trust', `Before you removed ${trust.name.trim() || 'a trust'}`, answers);
          const removed = update((a) => edit.removeTrust(a, trustId));
          flushSaves();
          return removed;
        },
        setWeight: (id, weight) => update((a) => edit.setWeight(a, id, weight)),
        replace: (answers, change) => {
          const current = get().answers;
          const checks = checked();
          if (!checks || (answers !== current && checks.problemsInChange(current, answers).length > 0)) return false;
          if (change) keepRestorePoint(change.reason, change.label, current);
          // A file's trusts never take an id this device has given before.
          set({ answers: change?.reason === 'import' ? edit.withUnusedTrustIds(answers, current) : answers });
          flushSaves();
          return true;
        },
        reset: () => {
          if (!checked()) return void loadChecks().then(() => get().reset(), () => {});
          keepRestorePoint('start-again', 'Before you started again', get().answers);
          // The trust counter survives, so no id is ever given twice on this device.
          const lastTrustNumber = edit.lastTrustNumber(get().answers);
          set({ answers: lastTrustNumber > 0 ? { ...emptyAnswers(), lastTrustNumber } : emptyAnswers() });
          flushSaves();
        },
        restore: (point, label) => {
          if (!checked()) return void loadChecks().then(() => get().restore(point, label), () => {});
          keepRestorePoint('restore', label, get().answers);
          set({ answers: point.answers });
          flushSaves();
        },
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage,
      partialize: (state) => ({ answers: state.answers }),
      // Version 0 never shipped; anything older or unknown goes through the same checks.
      // The stamps saved beside the answers are kept as they were.
      migrate: (persisted, version) => ({ ...(persisted as Saved), answers: migrateSaved(persisted, version, lastRaw) }),
      // Nothing readable (no save yet, or another tab wrote something damaged): keep what
      // this tab has, which is empty answers at start-up. loadSaved still reports the damage
      // and keeps a copy; this tab's next save then replaces it. Something readable is merged
      // with this tab's answers field by field (see domain/merge.ts).
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const ours = fresh ? emptyAnswers() : current.answers;
        const theirs = load(persisted, lastRaw);
        if (!theirs.readable) return { ...current, answers: ours };
        const answers = mergeWithTheirs(ours, theirsStamped(theirs.answers, persisted));
        // This tab had something storage has not (a save that failed, or a newer field than a
        // tab that read a moment-old copy wrote): write it back.
        writeBack = !sameAnswers(answers, theirs.answers);
        return { ...current, answers };
      },
    },
  ),
);

/**
 * Takes in what another tab saved (after a storage event), field by field, and writes back
 * anything this tab has that is newer.
 */
export async function takeInOtherTab(): Promise<void> {
  writeBack = false;
  await useAnswers.persist.rehydrate();
  if (writeBack) {
    writeBack = false;
    useAnswers.setState((s) => s);
  }
}

/** Narrow selectors, so a screen re-renders only when its own slice changes. */
export const useProfileAnswers = () => useAnswers((s) => s.answers.profile);
export const useTrusts = () => useAnswers((s) => s.answers.trusts);
export const useStepAnswer = (stepId: string) => useAnswers((s) => s.answers.steps[stepId]);
export const useQuestionAnswer = (trustId: string, questionId: string) =>
  useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]);

/*
 * Once the full checks are here, the save is read again with them, as if for the first time:
 * every part that reads is kept and any that does not is set aside, reported and copied
 * exactly as at any other start-up. Nothing was written or changed meanwhile.
 */
onChecksLoaded(() => {
  if (!provisional) return;
  provisional = false;
  fresh = true;
  known = undefined;
  stamps = {};
  lastRaw = undefined;
  try {
    void useAnswers.persist.rehydrate();
  } finally {
    fresh = false;
  }
});
