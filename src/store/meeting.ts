import type { Answers, MemberView, RatingAnswer } from '@/domain/answers';
import type { DecisionRecord } from '@/domain/decision';
import * as meeting from '@/domain/meeting';
import { useAnswers } from './answers-store';

/*
 * The board meeting's changes to the saved answers. Each one applies to the latest answers
 * at the moment it runs (never to a copy taken earlier), so nothing already recorded is lost.
 * Persistence comes from the answers store.
 */

/** Applies a change to the latest answers; false (and nothing changed) if storage would refuse the result. */
const update = (fn: (answers: Answers) => Answers): boolean => useAnswers.getState().replace(fn(useAnswers.getState().answers));

function randomId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new random id for a governor's view. */
export const newViewId = randomId;

/** This assessment's id, made (and saved) the first time it is needed. */
export function ensureAssessmentId(): string {
  const existing = useAnswers.getState().answers.assessmentId;
  if (existing) return existing;
  const id = randomId();
  update((a) => (a.assessmentId ? a : { ...a, assessmentId: id }));
  return useAnswers.getState().answers.assessmentId ?? id;
}

/** Adds views (already read and checked); says for each whether it was added ('refused': storage would not take it). */
export function addMemberViews(views: MemberView[]): (meeting.MergeOutcome | 'refused')[] {
  let outcomes: meeting.MergeOutcome[] = [];
  const kept = update((a) => {
    const result = meeting.addViews(a, views);
    outcomes = result.outcomes;
    return result.answers;
  });
  return kept ? outcomes : views.map(() => 'refused');
}

export const removeMemberView = (viewId: string) => update((a) => meeting.removeView(a, viewId));

export const agreeRating = (trustId: string, questionId: string, rating: RatingAnswer) =>
  update((a) => meeting.agreeRating(a, trustId, questionId, rating));

/** False, and nothing saved, if the record is one storage would refuse. */
export const setDecision = (record: DecisionRecord | undefined): boolean => update((a) => meeting.withDecision(a, record));

/** The meeting part of the answers, for screens. */
export const useMeeting = () => useAnswers((s) => s.answers.meeting);
