// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, findStep, isStepDone, stepState, type Answers } from '@/domain/answers';
import { progress, stepStatus } from '@/domain/progress';
import { assessProcess } from '@/domain/scoring';
import { allQuestions, firstQuestions, rated } from './helpers';

const profile = {
  'school-name': 'Oak Primary',
  phase: 'primary',
  'school-type': 'community',
  'existing-order': 'no',
  federation: 'no',
  church: 'none',
  provision: 'mainstream',
  pfi: 'no',
  deficit: 'no',
  route: 'join-existing',
  'trust-count': 'two-or-three',
};
const STEP = 'ask-ten-questions';
const step = findStep(content, STEP)!;
const withTrusts = (...answers: Answers['trusts'][number]['answers'][]): Answers => ({
  ...emptyAnswers(),
  profile,
  trusts: answers.map((a, i) => ({ id: `t${i + 1}`, name: `Trust ${i + 1}`, answers: a })),
});

describe('"Put the ten questions to each trust" follows the answers', () => {
  it('is the step the content marks as completed by the ten questions', () => {
    expect(step.completedBy).toBe('ten-questions');
    expect(content.stages.flatMap((s) => s.steps).filter((s) => s.completedBy).map((s) => s.id)).toEqual([STEP]);
  });

  it('is not started with no trust, even if marked done by hand', () => {
    const answers = { ...withTrusts(), steps: { [STEP]: { status: 'done' as const } } };
    expect(stepState(content, answers, step)).toBe('not-started');
    expect(isStepDone(content, answers, STEP)).toBe(false);
  });

  it('is in progress while any trust has questions unanswered', () => {
    expect(stepState(content, withTrusts(firstQuestions(content, 4, rated('meets'))), step)).toBe('in-progress');
    expect(stepState(content, withTrusts(allQuestions(content, rated('strong')), {}), step)).toBe('in-progress');
  });

  it('is done when every trust has all ten answered ("Not sure yet" counts as an answer)', () => {
    const answers = withTrusts(allQuestions(content, rated('strong')), allQuestions(content, rated('unsure')));
    expect(stepState(content, answers, step)).toBe('done');
    expect(isStepDone(content, answers, STEP)).toBe(true);
    expect(stepStatus(content, answers, STEP)).toBe('completed');
    const stage = progress(content, answers).stages.find((s) => s.id === 'first-considerations')!;
    const before = progress(content, withTrusts(allQuestions(content, rated('strong')), {})).stages.find((s) => s.id === 'first-considerations')!;
    expect(stage.done).toBe(before.done + 1);
    expect(assessProcess(content, answers).outstandingSteps.some((s) => s.stepId === STEP)).toBe(false);
    expect(assessProcess(content, withTrusts({})).outstandingSteps.some((s) => s.stepId === STEP)).toBe(true);
  });

  it('leaves every other step to the school’s own record', () => {
    const answers = { ...withTrusts(), steps: { 'agree-why': { status: 'done' as const } } };
    expect(stepState(content, answers, findStep(content, 'agree-why')!)).toBe('done');
    expect(stepState(content, answers, findStep(content, 'weigh-the-evidence')!)).toBe('not-started');
  });
});
