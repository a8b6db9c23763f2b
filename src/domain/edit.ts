import type { Answers, Meeting, QuestionAnswer, StepAnswer } from './answers';
import { ANSWER_LIMITS } from './limits';

/** Pure edits to a school's answers. The store and the journey both use these. */

/*
 * An edit that changes nothing gives back the same answers object: the pages save each answer
 * as it is given, and the journey's Save events carry that same answer, so saving it again
 * writes nothing (the store keeps an unchanged object without writing it).
 */

export function setProfileAnswer(answers: Answers, questionId: string, value: string): Answers {
  if (answers.profile[questionId] === value) return answers;
  return { ...answers, profile: { ...answers.profile, [questionId]: value } };
}

export function setStepAnswer(answers: Answers, stepId: string, answer: StepAnswer): Answers {
  if (answers.steps[stepId] === answer) return answers;
  return { ...answers, steps: { ...answers.steps, [stepId]: answer } };
}

export function setQuestionAnswer(answers: Answers, trustId: string, questionId: string, answer: QuestionAnswer): Answers {
  if (answers.trusts.find((t) => t.id === trustId)?.answers[questionId] === answer) return answers;
  return {
    ...answers,
    trusts: answers.trusts.map((t) => (t.id === trustId ? { ...t, answers: { ...t.answers, [questionId]: answer } } : t)),
  };
}

/** The highest trust number given so far: the stored counter, or the highest id there (saves from before the counter). */
export function lastTrustNumber(answers: Answers): number {
  return answers.trusts.reduce((max, t) => Math.max(max, Number(t.id.slice(1)) || 0), answers.lastTrustNumber ?? 0);
}

/**
 * Trust ids are t1, t2, … and never reused within one assessment: the counter is saved with
 * the answers, so removing the newest trust and adding another gives a new id, and a
 * governor's view of the removed trust can never be counted against the new one.
 */
export function nextTrustId(answers: Answers): string {
  return `t${lastTrustNumber(answers) + 1}`;
}

/** Whether one more trust fits: the one limit (ANSWER_LIMITS.trusts) the journey, the store and opening a pack all keep to. */
export const canAddTrust = (answers: Pick<Answers, 'trusts'>) => answers.trusts.length < ANSWER_LIMITS.trusts;

export function addTrust(answers: Answers, name: string): { answers: Answers; trustId: string } {
  const trustId = nextTrustId(answers);
  return {
    answers: { ...answers, trusts: [...answers.trusts, { id: trustId, name: name.trim(), answers: {} }], lastTrustNumber: lastTrustNumber(answers) + 1 },
    trustId,
  };
}

/** Gives a trust another id everywhere it is named: the trust, governors' views, agreed ratings, the decision. */
export function renumberTrust(answers: Answers, from: string, to: string): Answers {
  const swap = (id: string) => (id === from ? to : id);
  const out: Answers = { ...answers, trusts: answers.trusts.map((t) => (t.id === from ? { ...t, id: to } : t)) };
  if (answers.meeting) {
    const agreed = Object.fromEntries(Object.entries(answers.meeting.agreed).map(([id, r]) => [swap(id), r]));
    const meeting = { ...answers.meeting, agreed, views: answers.meeting.views.map((v) => ({ ...v, trustId: swap(v.trustId) })) };
    if (answers.meeting.decision) meeting.decision = { ...answers.meeting.decision, trustId: swap(answers.meeting.decision.trustId) };
    out.meeting = meeting;
  }
  return out;
}

/**
 * Answers opened from a file, with any trust id this device has already given (to a trust
 * since removed, say) changed to a new one, so that no id is ever given twice.
 */
export function withUnusedTrustIds(incoming: Answers, current: Answers): Answers {
  const used = lastTrustNumber(current);
  let next = Math.max(used, lastTrustNumber(incoming));
  let out = incoming;
  for (const trust of incoming.trusts) {
    if ((Number(trust.id.slice(1)) || 0) > used) continue;
    next += 1;
    out = renumberTrust(out, trust.id, `t${next}`);
  }
  return out === incoming && incoming.lastTrustNumber === next ? incoming : { ...out, lastTrustNumber: next };
}

/** The name as typed: spaces are trimmed by the form when the name is finished (see TrustsPage), never mid-word. */
export function renameTrust(answers: Answers, trustId: string, name: string): Answers {
  return { ...answers, trusts: answers.trusts.map((t) => (t.id === trustId ? { ...t, name } : t)) };
}

export function removeTrust(answers: Answers, trustId: string): Answers {
  const trusts = answers.trusts.filter((t) => t.id !== trustId);
  // The counter remembers the removed id, so it is never given again.
  const kept = { ...answers, trusts, lastTrustNumber: lastTrustNumber(answers) };
  // Governors' views of the trust, and any decision about it, go with it.
  return answers.meeting ? { ...kept, meeting: meetingWithoutTrust(answers.meeting, trustId) } : kept;
}

export function setWeight(answers: Answers, questionId: string, weight: number | undefined): Answers {
  const weights = { ...answers.weights };
  if (weight === undefined) delete weights[questionId];
  else weights[questionId] = weight;
  return { ...answers, weights };
}

/**
 * Everything the meeting holds about one trust, gone: used when the trust itself is removed.
 * (A trust added later never gets the same id: see lastTrustNumber above.)
 */
export function meetingWithoutTrust(meeting: Meeting, trustId: string): Meeting {
  const agreed = { ...meeting.agreed };
  delete agreed[trustId];
  const out: Meeting = { views: meeting.views.filter((v) => v.trustId !== trustId), agreed };
  if (meeting.decision && meeting.decision.trustId !== trustId) out.decision = meeting.decision;
  return out;
}
