import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyAnswers, type Answers, type QuestionAnswer, type StepAnswer } from '../domain/answers';
import * as edit from '../domain/edit';
import { mergeAnswers } from '../domain/merge';
import { describeSetAside, salvageAnswers } from '../domain/salvage';
import { keepRestorePoint, makeRoom, type RestorePoint, type RestoreReason } from './restore-points';
import { keepUnreadableCopy, safeStorage } from './safe-storage';
import { reportStorage } from './storage-status';

export const STORAGE_KEY = 'join-a-trust:answers';
/** Bump when the saved shape changes, and teach `migrate` the old shape. */
export const STORE_VERSION = 1;

/** A change big enough to keep a restore point first: why, and in words. */
export interface Change {
  reason: RestoreReason;
  label: string;
}

interface AnswersStore {
  answers: Answers;
  setProfile(questionId: string, value: string): void;
  setStep(stepId: string, answer: StepAnswer): void;
  setQuestion(trustId: string, questionId: string, answer: QuestionAnswer): void;
  addTrust(name: string): string;
  renameTrust(trustId: string, name: string): void;
  /** Removes a trust, after keeping a restore point. */
  removeTrust(trustId: string): void;
  setWeight(questionId: string, weight: number | undefined): void;
  /**
   * Replaces everything (the journey's result, an imported file). With a `change`, a restore
   * point of what was there is kept first.
   */
  replace(answers: Answers, change?: Change): void;
  /** Start again: every answer goes (a restore point keeps them). */
  reset(): void;
  /** Goes back to a restore point, after keeping one of what is there now (so it can be undone). */
  restore(point: RestorePoint, label: string): void;
}

/*
 * What this tab last read from storage or wrote there: the base of the three-way merge with
 * another tab's writes (see domain/merge.ts). `previousBase` is the base just before the last
 * read, for the merge that follows it.
 */
let base: Answers | undefined;
let baseRaw: string | null | undefined;
let previousBase: Answers | undefined;

const answersOf = (saved: unknown) => (saved as { answers?: unknown } | null)?.answers;
const same = (a: Answers, b: Answers) => JSON.stringify(a) === JSON.stringify(b);
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
  const { answers, setAside } = salvageAnswers(candidate);
  const whole = setAside.some((p) => p.kind === 'whole save');
  if (setAside.length > 0) {
    // Keep a copy before anything is saved over it: nothing is lost.
    const backupKey = keepUnreadableCopy(STORAGE_KEY, typeof raw === 'string' ? raw : JSON.stringify({ state: saved, version: STORE_VERSION }));
    reportStorage(whole ? { problem: 'corrupt', backupKey } : { setAside: describeSetAside(setAside), backupKey });
  }
  return { answers, readable: !whole };
}

const storage = safeStorage<{ answers: Answers }>(undefined, {
  onRead(raw) {
    previousBase = base;
    baseRaw = raw;
    if (raw === null) base = emptyAnswers();
    // base is set from the parsed value in `merge`, once it has been salvaged.
  },
  beforeWrite(value, rawNow) {
    const ours = value.state.answers;
    // Never write empty answers over nothing (a reset in a tab that another tab just cleared).
    if (rawNow === null && isEmpty(ours)) {
      base = ours;
      baseRaw = null;
      return undefined;
    }
    if (rawNow === baseRaw || rawNow === null) return value;
    // Another tab wrote since this tab last read or wrote: merge field by field.
    let theirs: Answers | undefined;
    try {
      const read = load((JSON.parse(rawNow) as { state?: unknown }).state, rawNow);
      theirs = read.readable ? read.answers : undefined;
    } catch {
      theirs = undefined;
    }
    if (!theirs) {
      // Unreadable: keep a copy, then write ours.
      keepUnreadableCopy(STORAGE_KEY, rawNow);
      return value;
    }
    const merged = mergeAnswers(base, ours, theirs);
    if (!same(merged, ours)) pendingMerge = merged;
    return { ...value, state: { ...value.state, answers: merged } };
  },
  onWritten(raw) {
    baseRaw = raw;
    try {
      base = (JSON.parse(raw) as { state: { answers: Answers } }).state.answers;
    } catch {
      base = undefined;
    }
    if (pendingMerge) {
      const merged = pendingMerge;
      pendingMerge = undefined;
      // Show the other tab's changes here too (this writes nothing new: storage already has them).
      useAnswers.setState({ answers: merged });
    }
  },
  makeRoom,
});
let pendingMerge: Answers | undefined;

export const useAnswers = create<AnswersStore>()(
  persist(
    (set, get) => {
      const update = (fn: (a: Answers) => Answers) => set({ answers: fn(get().answers) });
      return {
        answers: emptyAnswers(),
        setProfile: (id, value) => update((a) => edit.setProfileAnswer(a, id, value)),
        setStep: (id, answer) => update((a) => edit.setStepAnswer(a, id, answer)),
        setQuestion: (trustId, id, answer) => update((a) => edit.setQuestionAnswer(a, trustId, id, answer)),
        addTrust: (name) => {
          const result = edit.addTrust(get().answers, name);
          set({ answers: result.answers });
          return result.trustId;
        },
        renameTrust: (trustId, name) => update((a) => edit.renameTrust(a, trustId, name)),
        removeTrust: (trustId) => {
          const answers = get().answers;
          const trust = answers.trusts.find((t) => t.id === trustId);
          if (!trust) return;
          keepRestorePoint('remove-trust', `Before you removed ${trust.name.trim() || 'a trust'}`, answers);
          update((a) => edit.removeTrust(a, trustId));
        },
        setWeight: (id, weight) => update((a) => edit.setWeight(a, id, weight)),
        replace: (answers, change) => {
          if (change) keepRestorePoint(change.reason, change.label, get().answers);
          set({ answers });
        },
        reset: () => {
          keepRestorePoint('start-again', 'Before you started again', get().answers);
          // The trust counter survives, so no id is ever given twice on this device.
          const lastTrustNumber = edit.lastTrustNumber(get().answers);
          set({ answers: lastTrustNumber > 0 ? { ...emptyAnswers(), lastTrustNumber } : emptyAnswers() });
        },
        restore: (point, label) => {
          keepRestorePoint('restore', label, get().answers);
          set({ answers: point.answers });
        },
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage,
      partialize: (state) => ({ answers: state.answers }),
      // Version 0 never shipped; anything older or unknown goes through the same checks.
      migrate: (persisted) => ({ answers: loadSaved(persisted) }),
      // Nothing readable (no save yet, or another tab wrote something damaged): keep what
      // this tab has, which is empty answers at start-up. loadSaved still reports the damage
      // and keeps a copy; this tab's next save then replaces it. Something readable is merged
      // with this tab's answers field by field (see domain/merge.ts).
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const theirs = load(persisted, baseRaw);
        if (!theirs.readable) return current;
        base = theirs.answers;
        return { ...current, answers: mergeAnswers(previousBase, current.answers, theirs.answers) };
      },
    },
  ),
);

/** Start-up reads storage before the store exists; from now on, `base` follows every read and write. */
export function forgetTabBase(): void {
  base = undefined;
  baseRaw = undefined;
  previousBase = undefined;
}

/** Narrow selectors, so a screen re-renders only when its own slice changes. */
export const useProfileAnswers = () => useAnswers((s) => s.answers.profile);
export const useTrusts = () => useAnswers((s) => s.answers.trusts);
export const useStepAnswer = (stepId: string) => useAnswers((s) => s.answers.steps[stepId]);
export const useQuestionAnswer = (trustId: string, questionId: string) =>
  useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]);
