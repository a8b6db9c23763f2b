import * as z from 'zod/mini';
import { safeKey, text } from './schema-parts';
import { ratings } from './answers';
import { decisionOutcomes } from './decision';
import type { Meeting } from './meeting';

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
export const MAX_VIEWS = 100;
export const MAX_QUESTIONS = 20;

export const memberViewSchema = z.object({
  id: randomIdSchema,
  name: z.optional(text(80)),
  trustId: trustIdSchema,
  trustName: text(120),
  ratings: smallRecord(ratingAnswerSchema, MAX_QUESTIONS),
  recordedOn: isoDateSchema,
  revision: z.optional(z.int().check(z.gte(1), z.lte(1000))),
});

export const decisionSchema = z.object({
  trustId: trustIdSchema,
  outcome: z.enum(decisionOutcomes),
  meetingDate: z.optional(isoDateSchema),
  conditions: z.array(text(1000)).check(z.maxLength(20, 'at most 20 conditions')),
  reasons: z.optional(text(5000)),
  actions: z
    .array(z.object({ what: text(500), owner: text(120), due: z.optional(isoDateSchema) }))
    .check(z.maxLength(30, 'at most 30 actions')),
  minorityViews: z
    .array(z.object({ name: z.optional(text(80)), view: text(3000) }))
    .check(z.maxLength(20, 'at most 20 minority views')),
  governorsPresent: z.optional(z.int().check(z.gte(0), z.lte(100))),
  quorate: z.optional(z.boolean()),
  quorumNote: z.optional(text(500)),
});

export const meetingSchema = z.object({
  views: z.array(memberViewSchema).check(z.maxLength(MAX_VIEWS, `at most ${MAX_VIEWS} views`)),
  agreed: z
    .record(trustIdSchema, smallRecord(ratingAnswerSchema, MAX_QUESTIONS))
    .check(z.refine((r) => Object.keys(r).length <= 10, 'more than 10 trusts')),
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
