import { z } from 'zod';
import type { Content } from '../content/schema';
import { evidenceLevels, ratings, stepStatuses, type Answers } from './answers';

/**
 * The shape of saved answers, checked whenever they come from outside the running app:
 * localStorage or an imported file. Text has length limits so a hostile file cannot
 * fill the device; record keys cannot be prototype names.
 */
const safeKey = z
  .string()
  .max(80)
  .refine((k) => !['__proto__', 'constructor', 'prototype'].includes(k), 'that name is not allowed');
const text = (max: number) => z.string().max(max, `text longer than ${max} characters`);

export const questionAnswerSchema = z.object({
  rating: z.enum([...ratings, 'unsure']).optional(),
  evidence: z.enum(evidenceLevels).optional(),
  redFlag: z.boolean().optional(),
  redFlagNote: text(20_000).optional(),
  redFlagResolved: z.boolean().optional(),
  notes: text(50_000).optional(),
});

export const stepAnswerSchema = z.object({
  status: z.enum(stepStatuses),
  note: text(20_000).optional(),
});

export const answersSchema = z.object({
  profile: z.record(safeKey, text(200)),
  steps: z.record(safeKey, stepAnswerSchema),
  trusts: z
    .array(
      z.object({
        id: z.string().regex(/^t\d{1,4}$/),
        name: text(120),
        answers: z.record(safeKey, questionAnswerSchema),
      }),
    )
    .max(10, 'at most ten trusts'),
  weights: z.record(safeKey, z.number().min(0).max(3)),
});

/** Copies a record without prototype tricks: the result has no inherited keys. */
function clean<T>(record: Record<string, T>, keep: (key: string) => boolean, dropped: string[], label: string) {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    if (keep(key)) out[key] = value;
    else dropped.push(`${label} "${key}"`);
  }
  return out;
}

/**
 * Keeps the answers whose ids still exist in the content and lists the rest, so a save
 * from an older release never crashes the app and the user is told what was dropped.
 */
export function pruneAnswers(content: Content, answers: Answers): { answers: Answers; dropped: string[] } {
  const dropped: string[] = [];
  const profileIds = new Set(content.profile.map((q) => q.id));
  const stepIds = new Set(content.stages.flatMap((s) => s.steps.map((step) => step.id)));
  const questionIds = new Set(content.tenQuestions.questions.map((q) => q.id));
  const pruned: Answers = {
    profile: clean(answers.profile, (k) => profileIds.has(k), dropped, 'profile answer'),
    steps: clean(answers.steps, (k) => stepIds.has(k), dropped, 'step'),
    trusts: answers.trusts.map((t) => ({
      ...t,
      answers: clean(t.answers, (k) => questionIds.has(k), dropped, `answer for ${t.name || t.id} to`),
    })),
    weights: clean(answers.weights, (k) => questionIds.has(k), dropped, 'weight for'),
  };
  return { answers: pruned, dropped };
}

/** Describes zod issues as "where: what is wrong" lines a person can act on. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 8).map((issue) => {
    const path = issue.path.length ? issue.path.join(' → ') : 'the file as a whole';
    return `${path}: ${issue.message}`;
  });
}
