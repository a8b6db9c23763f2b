import type { Content, Stage } from '@/content/schema';
import {
  applicableStages,
  applies,
  findStep,
  isProfileComplete,
  isQuestionAnswered,
  isStepDone,
  stepState,
  type Answers,
  type TrustAnswers,
} from './answers';

export type TaskStatus = 'not-started' | 'in-progress' | 'completed' | 'cannot-start';

export interface Counted {
  done: number;
  total: number;
}

/**
 * True when every step a stage requires (from earlier stages) is done. A required step that does
 * not apply to this school (say, the board's resolution on the intervention route) holds nothing back.
 */
export function canStartStage(content: Content, stage: Pick<Stage, 'requires'>, answers: Answers): boolean {
  return stage.requires.every((id) => {
    const step = findStep(content, id);
    if (step && !applies(step, answers.profile)) return true;
    return isStepDone(content, answers, id);
  });
}

export function stepStatus(content: Content, answers: Answers, stepId: string): TaskStatus {
  if (!isProfileComplete(content, answers.profile)) return 'cannot-start';
  const stage = content.stages.find((s) => s.steps.some((step) => step.id === stepId));
  if (stage && !canStartStage(content, stage, answers)) return 'cannot-start';
  const step = findStep(content, stepId);
  const status = step ? stepState(content, answers, step) : answers.steps[stepId]?.status;
  if (status === 'done') return 'completed';
  if (status === 'in-progress') return 'in-progress';
  return 'not-started';
}

export function trustQuestionsCount(content: Content, trust: TrustAnswers): Counted {
  const questions = content.tenQuestions.questions;
  return {
    done: questions.filter((q) => isQuestionAnswered(trust.answers[q.id])).length,
    total: questions.length,
  };
}

export function trustStatus(content: Content, answers: Answers, trust: TrustAnswers): TaskStatus {
  if (!isProfileComplete(content, answers.profile)) return 'cannot-start';
  const { done, total } = trustQuestionsCount(content, trust);
  if (done === total) return 'completed';
  const touched = Object.values(trust.answers).some((a) => Object.values(a).some((v) => v !== undefined && v !== ''));
  return done > 0 || touched ? 'in-progress' : 'not-started';
}

export function profileStatus(content: Content, answers: Answers): TaskStatus {
  if (isProfileComplete(content, answers.profile)) return 'completed';
  return Object.keys(answers.profile).length > 0 ? 'in-progress' : 'not-started';
}

export interface Progress {
  /**
   * What can be done before the decision: the profile, naming the trusts, every question for
   * every trust and every step of the stages before the decision. Steps after the decision
   * cannot be done yet, so they are not counted.
   */
  overall: Counted;
  profile: TaskStatus;
  stages: { id: string; title: string; afterDecision: boolean; done: number; total: number; canStart: boolean }[];
  trusts: { id: string; name: string; done: number; total: number }[];
}

/** "7 of 23 done", overall and per stage and per trust. */
export function progress(content: Content, answers: Answers): Progress {
  const stages = applicableStages(content, answers.profile).map((stage) => ({
    id: stage.id,
    title: stage.title,
    afterDecision: stage.afterDecision,
    done: stage.steps.filter((s) => stepState(content, answers, s) === 'done').length,
    total: stage.steps.length,
    canStart: canStartStage(content, stage, answers),
  }));
  const trusts = answers.trusts.map((t) => ({ id: t.id, name: t.name, ...trustQuestionsCount(content, t) }));
  const profileDone = isProfileComplete(content, answers.profile) ? 1 : 0;
  const trustsNamed = answers.trusts.length > 0 ? 1 : 0;
  const sum = (items: Counted[]) =>
    items.reduce((acc, i) => ({ done: acc.done + i.done, total: acc.total + i.total }), { done: 0, total: 0 });
  const rest = sum([...stages.filter((s) => !s.afterDecision), ...trusts]);
  return {
    overall: { done: rest.done + profileDone + trustsNamed, total: rest.total + 2 },
    profile: profileStatus(content, answers),
    stages,
    trusts,
  };
}

/**
 * "Question 4 of 10" for a profile question, counted so that the total never grows as the
 * school answers: a question counts while it still might apply (its condition is met, or
 * rests on a question not yet answered), and drops out only once an answer rules it out.
 */
export function profilePosition(content: Content, profile: Record<string, string>, questionId: string): { number: number; total: number } {
  const mightApply = content.profile.filter((q) =>
    Object.entries(q.when ?? {}).every(([id, values]) => profile[id] === undefined || profile[id] === '' || values.includes(profile[id])),
  );
  const index = mightApply.findIndex((q) => q.id === questionId);
  return { number: index + 1, total: mightApply.length };
}
