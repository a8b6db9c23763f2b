import { applicableProfileQuestions, applicableStages, isProfileComplete, isQuestionAnswered, stepState } from '@/domain/answers';
import { canStartStage } from '@/domain/progress';
import type { JourneyContext } from './context';
import type { Location } from './location';

/** Pure look-ups the journey's guards and actions use to work out what comes next. */

type Where = Pick<JourneyContext, 'content' | 'answers' | 'itemId' | 'trustId'>;

export const profileComplete = (c: Where) => isProfileComplete(c.content, c.answers.profile);

const profileIds = (c: Where) => applicableProfileQuestions(c.content, c.answers.profile).map((q) => q.id);

export const firstProfileQuestion = (c: Where) => profileIds(c)[0];

export const firstUnansweredProfileQuestion = (c: Where) =>
  profileIds(c).find((id) => (c.answers.profile[id] ?? '').trim() === '');

/** The next question in order after the current one, among those that now apply. */
export function nextProfileQuestion(c: Where): string | undefined {
  const order = c.content.profile.map((q) => q.id);
  const here = order.indexOf(c.itemId ?? '');
  const applicable = new Set(profileIds(c));
  return order.slice(here + 1).find((id) => applicable.has(id));
}

export function previousProfileQuestion(c: Where): string | undefined {
  const order = c.content.profile.map((q) => q.id);
  const here = order.indexOf(c.itemId ?? '');
  const applicable = new Set(profileIds(c));
  return order
    .slice(0, Math.max(here, 0))
    .reverse()
    .find((id) => applicable.has(id));
}

export function stageOfStep(c: Where, stepId: string) {
  return applicableStages(c.content, c.answers.profile).find((s) => s.steps.some((step) => step.id === stepId));
}

export function canOpenStep(c: Where, stepId: string): boolean {
  const stage = stageOfStep(c, stepId);
  return stage !== undefined && profileComplete(c) && canStartStage(c.content, stage, c.answers);
}

export function nextStepInStage(c: Where): string | undefined {
  const stage = stageOfStep(c, c.itemId ?? '');
  if (!stage) return undefined;
  const here = stage.steps.findIndex((s) => s.id === c.itemId);
  return stage.steps[here + 1]?.id;
}

/**
 * Where "Save and continue" goes after the last step of a stage: the first step not yet done
 * in a later stage of the same part of the task list (before or after the decision) that can
 * be opened now; undefined when there is none, so the task list (or check answers) comes next.
 */
export function nextStepInLaterStage(c: Where): string | undefined {
  const stages = applicableStages(c.content, c.answers.profile);
  const here = stages.findIndex((s) => s.steps.some((step) => step.id === c.itemId));
  const current = stages[here];
  if (!current) return undefined;
  for (const stage of stages.slice(here + 1)) {
    if (stage.afterDecision !== current.afterDecision) continue;
    const step = stage.steps.find((s) => stepState(c.content, c.answers, s) !== 'done');
    if (step && canOpenStep(c, step.id)) return step.id;
  }
  return undefined;
}

const questionIds = (c: Where) => c.content.tenQuestions.questions.map((q) => q.id);

/**
 * Where "Save and continue" goes after a trust's last question (or from the trusts page): the
 * first unanswered question of the next trust (in task-list order, going round) that has one.
 */
export function nextTrustWithQuestionsLeft(c: Where): { trustId: string; questionId: string } | undefined {
  const trusts = c.answers.trusts;
  const here = trusts.findIndex((t) => t.id === c.trustId);
  // The trust itself comes last: a question of its own skipped earlier is picked up once the others are done.
  const order = here === -1 ? trusts : [...trusts.slice(here + 1), ...trusts.slice(0, here), ...trusts.slice(here, here + 1)];
  for (const trust of order) {
    const questionId = questionIds(c).find((id) => !isQuestionAnswered(trust.answers[id]));
    if (questionId) return { trustId: trust.id, questionId };
  }
  return undefined;
}

/**
 * True when everything that can be done before the decision is done: the profile, naming the
 * trusts, every question for every trust and every step before the decision. Then "Save and
 * continue" goes to check your answers rather than to the task list.
 */
export function readyToCheck(c: Where): boolean {
  if (!profileComplete(c) || c.answers.trusts.length === 0) return false;
  if (c.answers.trusts.some((t) => questionIds(c).some((id) => !isQuestionAnswered(t.answers[id])))) return false;
  return applicableStages(c.content, c.answers.profile)
    .filter((s) => !s.afterDecision)
    .every((s) => s.steps.every((step) => stepState(c.content, c.answers, step) === 'done'));
}

export function firstUnansweredQuestion(c: Where, trustId: string): string | undefined {
  const trust = c.answers.trusts.find((t) => t.id === trustId);
  const ids = questionIds(c);
  return ids.find((id) => !isQuestionAnswered(trust?.answers[id])) ?? ids[0];
}

/**
 * The next of the trust's questions (after this one, going round to the start) that has no
 * answer yet; undefined when every other question is answered.
 */
export function nextUnansweredQuestion(c: Where): string | undefined {
  const trust = c.answers.trusts.find((t) => t.id === c.trustId);
  const ids = questionIds(c);
  const here = ids.indexOf(c.itemId ?? '');
  const order = [...ids.slice(here + 1), ...ids.slice(0, Math.max(here, 0))];
  return order.find((id) => !isQuestionAnswered(trust?.answers[id]));
}

export function nextQuestion(c: Where): string | undefined {
  const ids = questionIds(c);
  return ids[ids.indexOf(c.itemId ?? '') + 1];
}

export function previousQuestion(c: Where): string | undefined {
  const ids = questionIds(c);
  const here = ids.indexOf(c.itemId ?? '');
  return here > 0 ? ids[here - 1] : undefined;
}

/**
 * Whether a returning user can be taken straight back to a page they left: it must still
 * exist and be one the journey would open now (a step that can start, a trust still there).
 */
export function canResume(c: Where, to: Location): boolean {
  switch (to.page) {
    case 'profile':
      return profileIds(c).includes(to.questionId);
    case 'trusts':
      return profileComplete(c);
    case 'step':
      return canOpenStep(c, to.stepId);
    case 'question':
      return profileComplete(c) && c.answers.trusts.some((t) => t.id === to.trustId) && questionIds(c).includes(to.questionId);
    case 'check':
    case 'report':
      return true;
    default:
      return false;
  }
}
