/*
 * Every length, count and range the saved answers allow. The zod schemas that guard storage
 * (answers-schema.ts, meeting-schema.ts, trust-pack-schema.ts) and the forms that write to it
 * both read these numbers, so a form can never accept what storage would refuse.
 * (A trust pack's own limits are PACK_LIMITS in trust-pack-schema.ts.)
 */

export const ANSWER_LIMITS = {
  /** A typed answer about the school (its name, its local authority). */
  profileText: 200,
  trustName: 120,
  /** Trusts one assessment holds. */
  trusts: 10,
  questionNotes: 50_000,
  redFlagNote: 20_000,
  stepNote: 20_000,
  /** A question's weight in the fit score. */
  weightMin: 0,
  weightMax: 3,
} as const;

/** The board's decision record. */
export const DECISION_LIMITS = {
  conditions: 20,
  condition: 1_000,
  reasons: 5_000,
  actions: 30,
  actionWhat: 500,
  actionOwner: 120,
  minorityViews: 20,
  minorityName: 80,
  minorityView: 3_000,
  governorsPresentMax: 100,
  quorumNote: 500,
} as const;

/** Governors' views of a trust. */
export const VIEW_LIMITS = {
  name: 80,
  /** Views one assessment keeps: a large board, several trusts, with room to spare. */
  views: 100,
  /** Questions one view rates. */
  questions: 20,
} as const;

/** "1,000": numbers as the forms and messages write them. */
export const count = (n: number) => n.toLocaleString('en-GB');
