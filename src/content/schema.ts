import { z } from 'zod';

/**
 * Schemas for everything in questions/. Ids are permanent: once published an id
 * is never renamed or reused, because saved answers are keyed by it.
 */

export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** ISO date (yyyy-mm-dd). */
export const dateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are yyyy-mm-dd');

/** Source ids cited by an item; each must exist in sources.json. */
const citesSchema = z.array(idSchema).min(1, 'every item cites at least one source');

export const sourceSchema = z
  .object({
    id: idSchema,
    title: z.string().min(3),
    publisher: z.string().min(2),
    /** Every source in use has an address; only a retired source may lack one. */
    url: z.url().optional(),
    /** Publication date, or the date it was read when it has none. */
    date: z.string().optional(),
    note: z.string().optional(),
    /**
     * Written to persuade: a trust's own pages, the trusts' sector body (CST), a union's campaign
     * pages. Useful for what the trust side (or the other side) says, never the only source for a
     * legal point.
     */
    advocacy: z.boolean().optional(),
    /**
     * Why the source is no longer cited (a copy on a document-sharing site, a dead page). Ids are
     * permanent, so a retired source stays in the file, but nothing may cite it and the app does
     * not list it.
     */
    retired: z.string().min(10).optional(),
  })
  .refine((s) => s.url !== undefined || s.retired !== undefined, { message: 'every source in use has a URL', path: ['url'] });

/** Where the law stands on a point, and the date that was true. */
export const legalSchema = z.object({
  status: z.enum(['in-force', 'enacted-not-in-force', 'good-practice', 'dfe-practice']),
  basis: z.string().min(3),
  asOf: dateSchema,
});

/**
 * What a step is a legal precondition of: the board's decision, the application for an academy
 * order, the order itself, signing the funding agreement, or (for an academy) the transfer.
 */
export const preconditionOfSchema = z.enum(['decision', 'application', 'academy-order', 'funding-agreement', 'transfer']);

/**
 * The legal weight of a step, which decides how the journey and the report treat it:
 *  - precondition: the law makes it a condition of something else (named in `preconditionOf`);
 *    that thing cannot lawfully happen until it is done;
 *  - duty: the law requires it, but failing it does not stop or undo anything; it has a
 *    consequence (said in words), such as a tribunal award;
 *  - good-practice, dfe-practice: advised, by experience or by DfE, not required by law.
 */
export const legalWeightSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('precondition'), preconditionOf: preconditionOfSchema }),
  z.object({ kind: z.literal('duty'), consequence: z.string().min(20) }),
  z.object({ kind: z.literal('good-practice') }),
  z.object({ kind: z.literal('dfe-practice') }),
]);

/**
 * A condition on the school profile: every key is a profile question id and the
 * answer must be one of the listed option values. All keys must hold (AND).
 */
export const whenSchema = z.record(idSchema, z.array(z.string().min(1)).min(1));

export const pillarSchema = z.object({
  id: idSchema,
  name: z.string(),
  summary: z.string(),
  cites: citesSchema,
});

export const pillarsFileSchema = z.object({
  framework: z.string(),
  status: z.string(),
  asOf: dateSchema,
  pillars: z.array(pillarSchema).length(5),
});

export const tenQuestionSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1).max(10),
  /** Carter's wording, verbatim. */
  text: z.string(),
  /** A short label for tables and charts, e.g. "Values". */
  shortTitle: z.string().max(24),
  whyItMatters: z.string(),
  strongAnswer: z.array(z.string()).min(3).max(5),
  redFlags: z.array(z.string()).min(3).max(5),
  evidence: z.array(z.string()).min(2),
  pillars: z.array(idSchema).min(1),
  defaultWeight: z.number().min(0).max(3),
  cites: citesSchema,
});

export const tenQuestionsFileSchema = z.object({
  attribution: z.object({
    author: z.string(),
    role: z.string(),
    publishedBy: z.string(),
    sourceId: idSchema,
    note: z.string(),
  }),
  questions: z.array(tenQuestionSchema).length(10),
});

export const actorSchema = z.enum([
  'headteacher',
  'governing-board',
  'trust',
  'local-authority',
  'diocese',
  'staff-and-unions',
  'parents-and-pupils',
  'dfe',
  'solicitors',
]);

export const stepSchema = z.object({
  id: idSchema,
  title: z.string().max(80),
  what: z.string(),
  who: z.array(actorSchema).min(1),
  /** Its legal weight: a precondition (of what), a duty (with its consequence), or practice. */
  weight: legalWeightSchema,
  /** The governing board's decision itself (its resolution): the report helps a board reach it. */
  decision: z.boolean().optional(),
  legal: legalSchema.optional(),
  duration: z.string(),
  documents: z.array(z.string()),
  /** Only for schools whose profile matches; absent means every school. */
  when: whenSchema.optional(),
  /** Not for schools whose profile matches this (e.g. not on the intervention route). */
  unless: whenSchema.optional(),
  /** Done by the app's own record rather than by hand: 'ten-questions' is done once every trust's ten questions are answered. */
  completedBy: z.literal('ten-questions').optional(),
  /**
   * What to do, in other words for schools whose profile matches `when` (the first that matches
   * is used), each with its own sources: the land, say, which a community school, a church school
   * and an academy hold in different ways.
   */
  variants: z.array(z.object({ when: whenSchema, what: z.string().min(1), cites: citesSchema })).optional(),
  cites: citesSchema,
});

export const stageSchema = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  /** Stages after the governing board's decision, shown for completeness. */
  afterDecision: z.boolean(),
  /**
   * Step ids (in earlier stages) that must be done before this stage can start, where the law
   * orders them (a step that does not apply to the school does not hold the stage back).
   */
  requires: z.array(idSchema),
  steps: z.array(stepSchema).min(1),
  /**
   * Another title or summary for schools whose profile matches `when` (the first that matches is
   * used), e.g. on the intervention route, where the board does not decide and DfE chooses the trust.
   */
  variants: z.array(z.object({ when: whenSchema, title: z.string().min(1).optional(), summary: z.string().min(1) })).optional(),
  cites: citesSchema,
});

export const stagesFileSchema = z.object({ stages: z.array(stageSchema).min(4) });

export const profileOptionSchema = z.object({
  value: idSchema,
  label: z.string(),
  hint: z.string().optional(),
});

export const profileQuestionSchema = z.object({
  id: idSchema,
  question: z.string(),
  /** Shown when the question is left unanswered, e.g. "Select which phase your school is". */
  errorMessage: z.string().min(5),
  hint: z.string().optional(),
  /** A free-text answer (the school's name, the diocese) or a choice. */
  kind: z.enum(['choice', 'text']),
  options: z.array(profileOptionSchema),
  /** Asked only when this holds (e.g. "which diocese" only for church schools). */
  when: whenSchema.optional(),
  /** Not asked when this holds (e.g. the route question on the intervention route). */
  unless: whenSchema.optional(),
  /**
   * Short context note for the report when the answer is one of these values (and, if given, the
   * rest of the profile matches `when` and not `unless`). Each note carries the date of its sources.
   */
  contextNotes: z.array(
    z.object({
      values: z.array(idSchema).min(1),
      when: whenSchema.optional(),
      unless: whenSchema.optional(),
      note: z.string(),
      asOf: dateSchema,
      cites: citesSchema,
    }),
  ),
  cites: citesSchema.optional(),
});

export const profileFileSchema = z.object({ questions: z.array(profileQuestionSchema).min(1) });

export const mythSchema = z.object({
  id: idSchema,
  claim: z.string(),
  truth: z.string(),
  checkLocally: z.string(),
  /** The date of the sources the truth was checked against. */
  asOf: dateSchema,
  cites: citesSchema,
});

export const glossaryEntrySchema = z.object({
  id: idSchema,
  term: z.string(),
  /** Other spellings that should link to this entry, e.g. "LGB". */
  aliases: z.array(z.string()),
  definition: z.string(),
  /** The date of the sources the definition was checked against. */
  asOf: dateSchema,
  cites: citesSchema,
});

export const elementSchema = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  cites: citesSchema,
});

export const metaSchema = z.object({
  contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d+$/, 'content version looks like 2026.11.1'),
  /**
   * The one review date: the content was checked against sources published up to this date, and
   * says nothing about the law after it. Every `asOf` in the content is this date.
   */
  reviewedOn: dateSchema,
  disclaimer: z.string(),
});

export type Source = z.infer<typeof sourceSchema>;
export type Legal = z.infer<typeof legalSchema>;
export type LegalWeight = z.infer<typeof legalWeightSchema>;
export type PreconditionOf = z.infer<typeof preconditionOfSchema>;
export type When = z.infer<typeof whenSchema>;
export type Pillar = z.infer<typeof pillarSchema>;
export type PillarsFile = z.infer<typeof pillarsFileSchema>;
export type TenQuestion = z.infer<typeof tenQuestionSchema>;
export type TenQuestionsFile = z.infer<typeof tenQuestionsFileSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type ProfileQuestion = z.infer<typeof profileQuestionSchema>;
export type Myth = z.infer<typeof mythSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Element = z.infer<typeof elementSchema>;
export type Meta = z.infer<typeof metaSchema>;

/** Everything the app knows, validated. */
export interface Content {
  meta: Meta;
  sources: Source[];
  pillars: PillarsFile;
  tenQuestions: TenQuestionsFile;
  stages: Stage[];
  profile: ProfileQuestion[];
  myths: Myth[];
  glossary: GlossaryEntry[];
  elements: Element[];
}
