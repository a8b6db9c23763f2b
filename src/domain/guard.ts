import type { Answers } from './answers';
import { answersSchema, describeIssues, duplicateTrustIds, trustSchema } from './answers-schema';
import { ANSWER_LIMITS } from './limits';

/**
 * What storage would refuse in a change to the answers: the same schema that reads them back
 * checks each part that changed (by reference, so typing in one note checks that trust only),
 * before the change is kept. Empty when the change is safe to save.
 *
 * A part that did not change is not checked again: if the answers were already unreadable in
 * some part, edits elsewhere still go through.
 */
export function problemsInChange(before: Answers, after: Answers): string[] {
  const problems: string[] = [];
  const shape = answersSchema.shape;
  for (const key of Object.keys(after) as (keyof Answers)[]) {
    if (after[key] === before[key]) continue;
    if (key === 'trusts') {
      if (after.trusts.length > ANSWER_LIMITS.trusts) problems.push(`trusts: at most ${ANSWER_LIMITS.trusts} trusts`);
      for (const id of duplicateTrustIds(after.trusts)) problems.push(`trusts: two trusts have the id ${id}`);
      const unchanged = new Set(before.trusts);
      after.trusts.forEach((trust, i) => {
        if (unchanged.has(trust)) return;
        const parsed = trustSchema.safeParse(trust);
        if (!parsed.success) problems.push(...describeIssues(parsed.error).map((p) => `trusts → ${i} → ${p}`));
      });
      continue;
    }
    const schema = shape[key as keyof typeof shape] as (typeof shape)[keyof typeof shape] | undefined;
    if (!schema) {
      problems.push(`${key}: not part of the saved answers`);
      continue;
    }
    const parsed = schema.safeParse(after[key]);
    if (!parsed.success) problems.push(...describeIssues(parsed.error).map((p) => `${key} → ${p}`));
  }
  return problems;
}
