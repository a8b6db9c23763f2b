import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { content } from '../content';
import { emptyAnswers, type Answers, type QuestionAnswer, type StepAnswer } from '../domain/answers';
import { answersSchema, pruneAnswers } from '../domain/answers-schema';
import * as edit from '../domain/edit';
import { safeStorage } from './safe-storage';
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
 * shapes give empty answers rather than a crash; ids the content has lost are dropped
 * and reported.
 */
export function loadSaved(saved: unknown): Answers {
  const candidate = (saved as { answers?: unknown } | null)?.answers;
  const parsed = answersSchema.safeParse(candidate);
  if (!parsed.success) {
    if (candidate !== undefined) reportStorage({ problem: 'corrupt' });
    return emptyAnswers();
  }
  const { answers, dropped } = pruneAnswers(content, parsed.data);
  if (dropped.length > 0) reportStorage({ dropped });
  return answers;
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
      merge: (persisted, current) => ({ ...current, answers: loadSaved(persisted) }),
    },
  ),
);

/** Narrow selectors, so a screen re-renders only when its own slice changes. */
export const useProfileAnswers = () => useAnswers((s) => s.answers.profile);
export const useTrusts = () => useAnswers((s) => s.answers.trusts);
export const useStepAnswer = (stepId: string) => useAnswers((s) => s.answers.steps[stepId]);
export const useQuestionAnswer = (trustId: string, questionId: string) =>
  useAnswers((s) => s.answers.trusts.find((t) => t.id === trustId)?.answers[questionId]);
