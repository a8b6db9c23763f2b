import type { Answers } from './answers';

/*
 * Saved answers of older versions, brought to today's meaning. Pure; the store and the save
 * file each run these on saves of the versions they name.
 */

/**
 * Saves from before the school's and the board's ratings were kept apart: agreeing a rating
 * then wrote it over the school's own. Where a trust's rating still equals the board's agreed
 * rating, the school's own was lost; it is marked so the report can say so. Everything else is
 * kept as it was. Run once, on saves of the old version only.
 */
export function markRatingsCopiedFromBoard(answers: Answers): Answers {
  const agreed = answers.meeting?.agreed ?? {};
  if (Object.keys(agreed).length === 0) return answers;
  return {
    ...answers,
    trusts: answers.trusts.map((t) => {
      const byQuestion = agreed[t.id] ?? {};
      const marked = Object.entries(byQuestion).filter(([q, rating]) => t.answers[q]?.rating === rating);
      if (marked.length === 0) return t;
      const out = { ...t.answers };
      for (const [q] of marked) out[q] = { ...out[q], ratingCopiedFromBoard: true };
      return { ...t, answers: out };
    }),
  };
}
