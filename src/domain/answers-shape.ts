import type { Answers } from './answers';

/*
 * A quick look at saved answers, for the first screen only: enough to be sure the start page
 * can show them (plain objects where objects belong, strings where it shows text), in a few
 * microseconds and without zod. It is not the check: salvage.ts still reads every save in full
 * straight after the first paint, and before any page other than the start page shows.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const recordOf = (v: unknown, each: (x: unknown) => boolean) => isRecord(v) && Object.values(v).every(each);

/** True when `saved` has the shape of Answers (not that every part of it is valid). */
export function looksLikeAnswers(saved: unknown): saved is Answers {
  if (!isRecord(saved)) return false;
  if (!recordOf(saved.profile, (v) => typeof v === 'string')) return false;
  if (!recordOf(saved.steps, isRecord)) return false;
  if (!recordOf(saved.weights, (v) => typeof v === 'number')) return false;
  if (!Array.isArray(saved.trusts)) return false;
  const trustsOk = saved.trusts.every((t: unknown) => isRecord(t) && typeof t.id === 'string' && typeof t.name === 'string' && recordOf(t.answers, isRecord));
  if (!trustsOk) return false;
  if (saved.meeting === undefined) return true;
  return isRecord(saved.meeting) && Array.isArray(saved.meeting.views) && recordOf(saved.meeting.agreed, isRecord);
}
