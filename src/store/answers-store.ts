import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyAnswers, type Answers, type QuestionAnswer, type StepAnswer } from '../domain/answers';
import { answersSchema } from '../domain/answers-schema';
import * as edit from '../domain/edit';
import { keepUnreadableCopy, safeStorage } from './safe-storage';
import { reportStorage } from './storage-status';

export const STORAGE_KEY = 'join-a-trust:answers';
/** Bump when the saved shape changes, and teach `migrate` the old shape. */
export const STORE_VERSION = 1;

interface AnswersStore {
  answers: Answers;
  setProfile(questionId: string, value: string): void;
  setStep(stepId: string, answer: StepAnswer): void;
  setQuestion(trustId: string, questionId: string, answer: QuestionAnswer): void;
  addTrust(name: string): string;
  renameTrust(trustId: string, name: string): void;
  removeTrust(trustId: string): void;
  setWeight(questionId: string, weight: number | undefined): void;
  /** Replaces everything (the journey's result, an imported file). */
  replace(answers: Answers): void;
  /** Start again: every answer goes. */
  reset(): void;
}

/**
 * Reads whatever was saved, of any version, into today's Answers. Unknown or broken
 * shapes give empty answers rather than a crash. (Answers to questions the content no
 * longer has are dropped, and reported, by prune.ts once the content has loaded.)
 */
export function loadSaved(saved: unknown): Answers {
  const candidate = (saved as { answers?: unknown } | null)?.answers;
  const parsed = answersSchema.safeParse(candidate);
  if (!parsed.success) {
    if (candidate !== undefined) {
      // Keep a copy before the empty answers are saved over it: nothing is lost.
      reportStorage({ problem: 'corrupt', backupKey: keepUnreadableCopy(STORAGE_KEY, JSON.stringify(saved)) });
    }
    return emptyAnswers();
  }
  return parsed.data;
}

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
        removeTrust: (trustId) => update((a) => edit.removeTrust(a, trustId)),
        setWeight: (id, weight) => update((a) => edit.setWeight(a, id, weight)),
        replace: (answers) => set({ answers }),
        reset: () => set({ answers: emptyAnswers() }),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: safeStorage<{ answers: Answers }>(),
      partialize: (state) => ({ answers: state.answers }),
      // Version 0 never shipped; anything older or unknown goes through the same checks.
      migrate: (persisted) => ({ answers: loadSaved(persisted) }),
      // Nothing readable (no save yet, or another tab wrote something damaged): keep what
      // this tab has, which is empty answers at start-up. loadSaved still reports the damage
      // and keeps a copy; this tab's next save then replaces it.
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const readable = answersSchema.safeParse((persisted as { answers?: unknown } | null)?.answers).success;
        const answers = loadSaved(persisted);
        return { ...current, answers: readable ? answers : current.answers };
      },
    },
  ),
);

/** Narrow selectors, so a screen re-renders only when its own slice changes. */
export const useProfileAnswers = () => useAnswers((s) => s.answers.profile);
export const useTrusts = () => useAnswers((s) => s.answers.trusts);
export const useStepAnswer = (stepId: string) => useAnswers((s) => s.answers.steps[stepId]);
export const useQuestionAnswer = (trustId: string, questionId: string) =>
  useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]);
