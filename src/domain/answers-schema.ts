import * as z from 'zod/mini';
import type { Content } from '@/content/schema';
import { evidenceLevels, ratings, stepStatuses, type Answers } from './answers';
import { ANSWER_LIMITS as L } from './limits';
import { safeKey, text } from './schema-parts';
import { meetingSchema, pruneMeeting, randomIdSchema, trustIdSchema } from './meeting-schema';
import { trustPackSchema } from './trust-pack-schema';

/**
 * The shape of saved answers, checked whenever they come from outside the running app:
 * localStorage or an imported file. Text has length limits so a hostile file cannot
 * fill the device; record keys cannot be prototype names.
 */

export const questionAnswerSchema = z.object({
  rating: z.optional(z.enum([...ratings, 'unsure'])),
  evidence: z.optional(z.enum(evidenceLevels)),
  redFlag: z.optional(z.boolean()),
  redFlagNote: z.optional(text(L.redFlagNote)),
  redFlagResolved: z.optional(z.boolean()),
  notes: z.optional(text(L.questionNotes)),
  ratingCopiedFromBoard: z.optional(z.boolean()),
});

export const stepAnswerSchema = z.object({
  status: z.enum(stepStatuses),
  note: z.optional(text(L.stepNote)),
});


export const trustSchema = z.object({
  id: trustIdSchema,
  name: text(L.trustName),
  answers: z.record(safeKey, questionAnswerSchema),
  pack: z.optional(trustPackSchema),
});

export const weightSchema = z.number().check(z.gte(L.weightMin), z.lte(L.weightMax));

/** The ids that appear more than once ("t1"), in order of first repeat. */
export function duplicateTrustIds(trusts: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const t of trusts) {
    if (seen.has(t.id)) repeated.add(t.id);
    seen.add(t.id);
  }
  return [...repeated];
}

export const answersSchema = z.object({
  profile: z.record(safeKey, text(L.profileText)),
  steps: z.record(safeKey, stepAnswerSchema),
  trusts: z
    .array(trustSchema)
    .check(
      z.maxLength(L.trusts, `at most ${L.trusts} trusts`),
      z.refine((trusts) => duplicateTrustIds(trusts).length === 0, 'two trusts have the same id'),
    ),
  weights: z.record(safeKey, weightSchema),
  assessmentId: z.optional(randomIdSchema),
  /** The highest trust number ever given (t1, t2, …), so a removed trust's id is never given again. */
  lastTrustNumber: z.optional(z.int().check(z.gte(0), z.lte(9999))),
  meeting: z.optional(meetingSchema),
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
    ...answers,
    profile: clean(answers.profile, (k) => profileIds.has(k), dropped, 'profile answer'),
    steps: clean(answers.steps, (k) => stepIds.has(k), dropped, 'step'),
    trusts: answers.trusts.map((t) => ({
      ...t,
      answers: clean(t.answers, (k) => questionIds.has(k), dropped, `answer for ${t.name || t.id} to`),
      // The trust's own words for a question that is gone are dropped quietly: the school said nothing there.
      ...(t.pack ? { pack: { ...t.pack, answers: clean(t.pack.answers, (k) => questionIds.has(k), [], '') } } : {}),
    })),
    weights: clean(answers.weights, (k) => questionIds.has(k), dropped, 'weight for'),
  };
  if (answers.meeting) pruned.meeting = pruneMeeting(answers.meeting, questionIds, dropped);
  return { answers: pruned, dropped };
}

/** Describes zod issues as "where: what is wrong" lines a person can act on. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.slice(0, 8).map((issue) => {
    const path = issue.path.length ? issue.path.join(' → ') : 'the file as a whole';
    return `${path}: ${issue.message}`;
  });
}
