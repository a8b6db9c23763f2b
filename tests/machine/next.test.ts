import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { ANSWER_LIMITS } from '@/domain/limits';
import { arrive, next } from '@/machine/next';
import type { Location } from '@/machine/location';
import { fixtureContent as content } from '../fixtures/content';

function walk(from: Location, answers: Answers, ...events: Parameters<typeof next>[3][]) {
  let state = { location: from, answers };
  for (const event of events) state = next(content, state.answers, state.location, event);
  return state;
}

describe('the journey decides what comes next', () => {
  it('starts with the first profile question on a new assessment', () => {
    expect(next(content, emptyAnswers(), { page: 'start' }, { type: 'START' }).location).toEqual({
      page: 'profile',
      questionId: 'school-name',
    });
  });

  it('asks for the diocese only for a church school', () => {
    const church = walk({ page: 'start' }, emptyAnswers(), { type: 'START' }, { type: 'PROFILE.ANSWER', value: 'St Anne’s' }, { type: 'PROFILE.ANSWER', value: 'yes' });
    expect(church.location).toEqual({ page: 'profile', questionId: 'diocese' });
    const plain = walk({ page: 'start' }, emptyAnswers(), { type: 'START' }, { type: 'PROFILE.ANSWER', value: 'Hill Primary' }, { type: 'PROFILE.ANSWER', value: 'no' });
    expect(plain.location).toEqual({ page: 'tasks' });
    expect(plain.answers.profile).toEqual({ 'school-name': 'Hill Primary', church: 'no' });
  });

  it('refuses an empty profile answer and stays put', () => {
    const result = next(content, emptyAnswers(), { page: 'profile', questionId: 'school-name' }, { type: 'PROFILE.ANSWER', value: '  ' });
    expect(result.location).toEqual({ page: 'profile', questionId: 'school-name' });
    expect(result.answers.profile).toEqual({});
  });

  it('continues where the user left off', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' } };
    expect(next(content, answers, { page: 'start' }, { type: 'START' }).location).toEqual({ page: 'tasks' });
  });

  it('returns to check answers after a change, via a question the change opened', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' } };
    const changed = walk({ page: 'check' }, answers, { type: 'CHECK.CHANGE_PROFILE', questionId: 'church' }, { type: 'PROFILE.ANSWER', value: 'yes' });
    expect(changed.location).toEqual({ page: 'profile', questionId: 'diocese', returnToCheck: true });
    const done = next(content, changed.answers, changed.location, { type: 'PROFILE.ANSWER', value: 'Ely' });
    expect(done.location).toEqual({ page: 'check' });
  });

  it('takes a returning user back to the page they left, not the task list', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill', church: 'no' },
      trusts: [{ id: 't1', name: 'Oak', answers: {} }],
    };
    const resume = (to: Location) => next(content, answers, { page: 'start' }, { type: 'START', resume: to }).location;
    expect(resume({ page: 'question', trustId: 't1', questionId: 'fq6' })).toEqual({ page: 'question', trustId: 't1', questionId: 'fq6' });
    expect(resume({ page: 'step', stepId: 'step-explore' })).toEqual({ page: 'step', stepId: 'step-explore' });
    expect(resume({ page: 'trusts' })).toEqual({ page: 'trusts' });
    expect(resume({ page: 'check' })).toEqual({ page: 'check' });
    // A Change link's page comes back as the plain page: there is no "check your answers" to return to.
    expect(resume({ page: 'profile', questionId: 'church', returnToCheck: true })).toEqual({ page: 'profile', questionId: 'church' });
  });

  it('does not resume to a page that can no longer open: the task list, or the profile, instead', () => {
    const answers: Answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' }, trusts: [] };
    const resume = (to: Location, a = answers) => next(content, a, { page: 'start' }, { type: 'START', resume: to }).location;
    expect(resume({ page: 'question', trustId: 't9', questionId: 'fq1' })).toEqual({ page: 'tasks' });
    expect(resume({ page: 'step', stepId: 'step-consult' })).toEqual({ page: 'tasks' });
    expect(resume({ page: 'step', stepId: 'no-such-step' })).toEqual({ page: 'tasks' });
    expect(resume({ page: 'profile', questionId: 'diocese' })).toEqual({ page: 'tasks' });
    const unfinished = { ...emptyAnswers(), profile: { 'school-name': 'Hill' } };
    expect(resume({ page: 'step', stepId: 'step-explore' }, unfinished)).toEqual({ page: 'profile', questionId: 'church' });
  });

  it('will not open a stage whose required steps are not done', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' } };
    expect(next(content, answers, { page: 'tasks' }, { type: 'TASKS.OPEN_STEP', stepId: 'step-consult' }).location).toEqual({ page: 'tasks' });
    const ready = { ...answers, steps: { 'step-explore': { status: 'done' as const } } };
    expect(next(content, ready, { page: 'tasks' }, { type: 'TASKS.OPEN_STEP', stepId: 'step-consult' }).location).toEqual({ page: 'step', stepId: 'step-consult' });
  });

  it('walks the steps of a stage, skipping those that do not apply, then on to the next stage with a step left, then back to the task list', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' } };
    const done = { type: 'STEP.SAVE' as const, answer: { status: 'done' as const } };
    const after = walk({ page: 'tasks' }, answers, { type: 'TASKS.OPEN_STEP', stepId: 'step-explore' }, done);
    // Stage one has one step for this school: "Save and continue" goes on to stage two, not back to the task list.
    expect(after.location).toEqual({ page: 'step', stepId: 'step-diligence' });
    expect(after.answers.steps['step-explore']).toEqual({ status: 'done' });
    // Stage three needs step-explore done, which it now is.
    expect(walk(after.location, after.answers, done).location).toEqual({ page: 'step', stepId: 'step-consult' });
    // The last stage before the decision: with trusts' questions still to answer, the task list comes next (not the stage after the decision).
    const last = walk(after.location, after.answers, done, done, done);
    expect(last.location).toEqual({ page: 'tasks' });
    // A stage already done is passed over; a stage that cannot start yet is too.
    const skipDone = { ...answers, steps: { 'step-diligence': { status: 'done' as const } } };
    expect(walk({ page: 'step', stepId: 'step-explore' }, skipDone, done).location).toEqual({ page: 'step', stepId: 'step-consult' });
    expect(walk({ page: 'step', stepId: 'step-explore' }, skipDone, { type: 'STEP.SAVE', answer: { status: 'in-progress' } }).location).toEqual({ page: 'tasks' });
  });

  it('goes to check your answers once everything before the decision is done', () => {
    const allAnswered = Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, { rating: 'meets' as const, evidence: 'documents' as const }]));
    const answers: Answers = {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill', church: 'no' },
      trusts: [{ id: 't1', name: 'Oak', answers: allAnswered }],
      steps: { 'step-explore': { status: 'done' }, 'step-diligence': { status: 'done' }, 'step-consult': { status: 'done' } },
    };
    expect(walk({ page: 'step', stepId: 'step-resolution' }, answers, { type: 'STEP.SAVE', answer: { status: 'done' } }).location).toEqual({ page: 'check' });
    // The same from the last question, once the steps are done.
    const stepsDone = { ...answers, steps: { ...answers.steps, 'step-resolution': { status: 'done' as const } } };
    const { fq10: _last, ...nine } = allAnswered;
    expect(
      walk({ page: 'question', trustId: 't1', questionId: 'fq10' }, { ...stepsDone, trusts: [{ id: 't1', name: 'Oak', answers: nine }] }, { type: 'QUESTION.SAVE', answer: { rating: 'meets', evidence: 'documents' } })
        .location,
    ).toEqual({ page: 'check' });
  });

  it('walks the ten questions for one trust, then the next trust’s, then back to the task list', () => {
    const answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'no' } };
    const named = walk({ page: 'tasks' }, answers, { type: 'TASKS.OPEN_TRUSTS' }, { type: 'TRUSTS.ADD', name: 'Oak Trust' }, { type: 'TRUSTS.ADD', name: 'Elm Trust' }, { type: 'TRUSTS.DONE' });
    const [oak, elm] = named.answers.trusts.map((t) => t.id) as [string, string];
    // "Save and continue" on the trusts page: on to the first trust's first question.
    expect(named.location).toEqual({ page: 'question', trustId: oak, questionId: 'fq1' });
    let state = named;
    for (let n = 1; n <= 10; n++) state = next(content, state.answers, state.location, { type: 'QUESTION.SAVE', answer: { rating: 'meets' } });
    expect(state.location).toEqual({ page: 'question', trustId: elm, questionId: 'fq1' });
    for (let n = 1; n <= 10; n++) state = next(content, state.answers, state.location, { type: 'QUESTION.SAVE', answer: { rating: 'meets' } });
    expect(state.location).toEqual({ page: 'tasks' });
    expect(state.answers.trusts.map((t) => Object.keys(t.answers).length)).toEqual([10, 10]);
    // Every question answered: the trusts page goes back to the task list.
    expect(next(content, state.answers, { page: 'trusts' }, { type: 'TRUSTS.DONE' }).location).toEqual({ page: 'tasks' });
    // A trust's own skipped question is picked up once the other trusts are done.
    const skipped = { ...state.answers, trusts: state.answers.trusts.map((t) => (t.id === oak ? { ...t, answers: { ...t.answers, fq3: {} } } : t)) };
    expect(next(content, skipped, { page: 'question', trustId: elm, questionId: 'fq10' }, { type: 'QUESTION.SAVE', answer: { rating: 'meets' } }).location).toEqual({
      page: 'question',
      trustId: oak,
      questionId: 'fq3',
    });
  });

  it('adds no eleventh trust: the journey keeps to the one limit the store keeps to', () => {
    const profiled = walk({ page: 'start' }, emptyAnswers(), { type: 'START' }, { type: 'PROFILE.ANSWER', value: 'Hill' }, { type: 'PROFILE.ANSWER', value: 'no' }).answers;
    let answers = profiled;
    for (let i = 1; i <= ANSWER_LIMITS.trusts; i += 1) answers = next(content, answers, { page: 'trusts' }, { type: 'TRUSTS.ADD', name: `Trust ${i}` }).answers;
    expect(answers.trusts).toHaveLength(ANSWER_LIMITS.trusts);
    const eleventh = next(content, answers, { page: 'trusts' }, { type: 'TRUSTS.ADD', name: 'One too many' });
    expect(eleventh.answers).toBe(answers);
    expect(eleventh.location).toEqual({ page: 'trusts' });
  });

  it('takes the task list to check answers and to the report', () => {
    expect(next(content, emptyAnswers(), { page: 'tasks' }, { type: 'TASKS.CHECK' }).location).toEqual({ page: 'check' });
    expect(next(content, emptyAnswers(), { page: 'tasks' }, { type: 'TASKS.REPORT' }).location).toEqual({ page: 'report' });
  });

  it('writes an answer once: saving the answer the page has already saved gives back the same answers', () => {
    const answers: Answers = {
      ...emptyAnswers(),
      profile: { 'school-name': 'Hill', church: 'no' },
      steps: { 'step-explore': { status: 'done' } },
      trusts: [{ id: 't1', name: 'Oak', answers: { fq1: { rating: 'meets', evidence: 'documents', redFlag: false } } }],
    };
    const question = next(content, answers, { page: 'question', trustId: 't1', questionId: 'fq1' }, { type: 'QUESTION.SAVE', answer: answers.trusts[0]!.answers.fq1! });
    expect(question.answers).toBe(answers);
    const step = next(content, answers, { page: 'step', stepId: 'step-explore' }, { type: 'STEP.SAVE', answer: answers.steps['step-explore']! });
    expect(step.answers).toBe(answers);
    const profile = next(content, answers, { page: 'profile', questionId: 'church' }, { type: 'PROFILE.ANSWER', value: 'no' });
    expect(profile.answers).toBe(answers);
    // A different answer is still saved.
    expect(next(content, answers, { page: 'profile', questionId: 'church' }, { type: 'PROFILE.ANSWER', value: 'yes' }).answers.profile.church).toBe('yes');
  });
});

describe('a link straight to a journey page (arrive)', () => {
  const unfinished: Answers = { ...emptyAnswers(), profile: { 'school-name': 'Hill', church: 'yes' }, trusts: [{ id: 't1', name: 'Oak', answers: {} }] };
  const finished: Answers = { ...unfinished, profile: { ...unfinished.profile, diocese: 'Ely' } };
  const question: Location = { page: 'question', trustId: 't1', questionId: 'fq2', returnToCheck: true };

  it('opens the page, as it was asked for, when the journey would open it', () => {
    expect(arrive(content, finished, question)).toBe(question);
    expect(arrive(content, finished, { page: 'step', stepId: 'step-explore' })).toEqual({ page: 'step', stepId: 'step-explore' });
  });

  it('goes to the profile question the journey asks next while the profile is not finished', () => {
    expect(arrive(content, unfinished, question)).toEqual({ page: 'profile', questionId: 'diocese' });
    expect(arrive(content, unfinished, { page: 'step', stepId: 'step-explore' })).toEqual({ page: 'profile', questionId: 'diocese' });
  });

  it('goes to the task list for a step that cannot start yet or a trust that is not there', () => {
    expect(arrive(content, finished, { page: 'step', stepId: 'step-consult' })).toEqual({ page: 'tasks' });
    expect(arrive(content, finished, { ...question, trustId: 't9' })).toEqual({ page: 'tasks' });
  });

  it('Change on check your answers opens a question only when the journey would open it (the profile finished)', () => {
    const change = { type: 'CHECK.CHANGE_QUESTION', trustId: 't1', questionId: 'fq2' } as const;
    expect(next(content, finished, { page: 'check' }, change).location).toEqual(question);
    expect(next(content, unfinished, { page: 'check' }, change).location).toEqual({ page: 'check' });
    expect(next(content, finished, { page: 'check' }, { ...change, trustId: 't9' }).location).toEqual({ page: 'check' });
  });
});
