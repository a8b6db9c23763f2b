import * as z from 'zod/mini';
import { safeKey, text } from './schema-parts';
import { ratings, type Meeting } from './answers';
import { decisionOutcomes } from './decision-outcomes';
import { ANSWER_LIMITS, DECISION_LIMITS as D, VIEW_LIMITS } from './limits';

/*
 * The shape of the board meeting's data (members' views, agreed ratings, the decision), for
 * saved answers and for the small files governors send the clerk. Every text and list has a
 * limit, so a hostile file cannot fill the device; keys cannot be prototype names.
 */

const smallRecord = <T extends z.ZodMiniType>(value: T, max: number) =>
  z.record(safeKey, value).check(z.refine((r) => Object.keys(r).length <= max, `more than ${max} entries`));

export const ratingAnswerSchema = z.enum([...ratings, 'unsure']);
/** A random id: letters, digits and dashes (a UUID fits). */
export const randomIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/, 'not a valid id'));
export const trustIdSchema = z.string().check(z.regex(/^t\d{1,4}$/, 'not a valid trust id'));
/** yyyy-mm-dd */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date (yyyy-mm-dd)'));

/** Most views one assessment keeps: a large board, several trusts, with room to spare. */
export const MAX_VIEWS = VIEW_LIMITS.views;
export const MAX_QUESTIONS = VIEW_LIMITS.questions;

export const memberViewSchema = z.object({
  id: randomIdSchema,
  name: z.optional(text(VIEW_LIMITS.name)),
  trustId: trustIdSchema,
  trustName: text(ANSWER_LIMITS.trustName),
  ratings: smallRecord(ratingAnswerSchema, MAX_QUESTIONS),
  recordedOn: isoDateSchema,
  revision: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

export const decisionSchema = z.object({
  trustId: trustIdSchema,
  outcome: z.enum(decisionOutcomes),
  meetingDate: z.optional(isoDateSchema),
  conditions: z.array(text(D.condition)).check(z.maxLength(D.conditions, `at most ${D.conditions} conditions`)),
  reasons: z.optional(text(D.reasons)),
  actions: z
    .array(z.object({ what: text(D.actionWhat), owner: text(D.actionOwner), due: z.optional(isoDateSchema) }))
    .check(z.maxLength(D.actions, `at most ${D.actions} actions`)),
  minorityViews: z
    .array(z.object({ name: z.optional(text(D.minorityName)), view: text(D.minorityView) }))
    .check(z.maxLength(D.minorityViews, `at most ${D.minorityViews} minority views`)),
  governorsPresent: z.optional(z.int().check(z.gte(0), z.lte(D.governorsPresentMax))),
  quorate: z.optional(z.boolean()),
  quorumNote: z.optional(text(D.quorumNote)),
});

export const meetingSchema = z.object({
  views: z.array(memberViewSchema).check(z.maxLength(MAX_VIEWS, `at most ${MAX_VIEWS} views`)),
  agreed: z
    .record(trustIdSchema, smallRecord(ratingAnswerSchema, MAX_QUESTIONS))
    .check(z.refine((r) => Object.keys(r).length <= ANSWER_LIMITS.trusts, `more than ${ANSWER_LIMITS.trusts} trusts`)),
  decision: z.optional(decisionSchema),
});

/** Keeps ratings for questions the content still has; lists the rest (see pruneAnswers). */
export function pruneMeeting(meeting: Meeting, questionIds: Set<string>, dropped: string[]): Meeting {
  const keep = <T>(record: Record<string, T>, label: string) => {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(record)) {
      if (questionIds.has(key)) out[key] = value;
      else dropped.push(`${label} "${key}"`);
    }
    return out;
  };
  const agreed: Meeting['agreed'] = {};
  for (const [trustId, byQuestion] of Object.entries(meeting.agreed)) agreed[trustId] = keep(byQuestion, 'agreed rating for');
  return {
    ...meeting,
    views: meeting.views.map((v) => ({ ...v, ratings: keep(v.ratings, 'a governor’s rating for') })),
    agreed,
  };
}
