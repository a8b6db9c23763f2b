import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { applicableStages, emptyAnswers } from '@/domain/answers';
import { assess, isDecisionStep } from '@/domain/scoring';
import { isPreconditionBeforeDecision } from '@/domain/legal-weight';
import type { JourneyContext } from '@/machine/context';
import { journeyMachine, type JourneyEvent } from '@/machine/journey';
import { locationOf, type JourneyPage } from '@/machine/location';
import { fixtureContent as content } from '../fixtures/content';

type Snap = { value: unknown; context: JourneyContext };

/** Every event a person could cause on each page of the fixture journey. */
function eventsFor(snapshot: Snap): JourneyEvent[] {
  const { context } = snapshot;
  switch (snapshot.value) {
    case 'start':
      return [{ type: 'START' }];
    case 'profile':
      if (context.itemId === 'church') return [{ type: 'PROFILE.ANSWER', value: 'yes' }, { type: 'PROFILE.ANSWER', value: 'no' }, { type: 'BACK' }];
      return [{ type: 'PROFILE.ANSWER', value: context.itemId === 'school-name' ? 'Hill' : 'Ely' }, { type: 'BACK' }];
    case 'tasks':
      return [
        { type: 'TASKS.OPEN_PROFILE' },
        { type: 'TASKS.OPEN_TRUSTS' },
        { type: 'TASKS.CHECK' },
        { type: 'TASKS.REPORT' },
        ...applicableStages(content, context.answers.profile).flatMap((s) => s.steps.map((step) => ({ type: 'TASKS.OPEN_STEP' as const, stepId: step.id }))),
        ...context.answers.trusts.map((t) => ({ type: 'TASKS.OPEN_QUESTIONS' as const, trustId: t.id })),
      ];
    case 'trusts':
      return context.answers.trusts.length === 0 ? [{ type: 'TRUSTS.ADD', name: 'Oak' }] : [{ type: 'TRUSTS.DONE' }];
    case 'step':
      return [{ type: 'STEP.SAVE', answer: { status: 'done' } }, { type: 'BACK' }];
    case 'question':
      return [{ type: 'QUESTION.SAVE', answer: { rating: 'strong', evidence: 'verified', redFlag: false } }, { type: 'BACK' }];
    case 'check':
      return [
        { type: 'CHECK.CONFIRM' },
        { type: 'CHECK.CHANGE_PROFILE', questionId: 'church' },
        { type: 'CHECK.CHANGE_STEP', stepId: 'step-explore' },
        ...context.answers.trusts.map((t) => ({ type: 'CHECK.CHANGE_QUESTION' as const, trustId: t.id, questionId: content.tenQuestions.questions[0]!.id })),
        { type: 'BACK' },
      ];
    default:
      return [];
  }
}

const options = (serialize: (s: Snap) => unknown) => ({
  input: { content, answers: emptyAnswers() },
  events: eventsFor as never,
  filterEvents: ((s: Snap, e: JourneyEvent) => eventsFor(s).some((x) => JSON.stringify(x) === JSON.stringify(e))) as never,
  serializeState: ((s: Snap) => JSON.stringify(serialize(s))) as never,
});

const openGates = (s: Snap) =>
  applicableStages(content, s.context.answers.profile)
    .filter((stage) => !stage.afterDecision)
    .flatMap((stage) => stage.steps)
    // The board's resolution is the decision itself, so it cannot be a condition of being ready to make it.
    .filter((step) => isPreconditionBeforeDecision(step) && !isDecisionStep(step) && s.context.answers.steps[step.id]?.status !== 'done')
    .map((step) => step.id);

describe('the journey graph', () => {
  // Every page, item, branch and combination of steps done.
  const full = getShortestPaths(
    journeyMachine,
    options((s) => {
      const c = s.context;
      const done = Object.keys(c.answers.steps).sort();
      const answered = c.answers.trusts.map((t) => Object.keys(t.answers).length);
      return [s.value, c.itemId, c.trustId, c.returnToCheck, c.answers.profile, done, answered];
    }),
  );

  it('reaches every page, and every state is a page with a URL', () => {
    const pages = new Set(full.map((p) => p.state.value));
    expect([...pages].sort()).toEqual(['check', 'profile', 'question', 'report', 'start', 'step', 'tasks', 'trusts']);
    for (const path of full) {
      const page = path.state.value as JourneyPage;
      expect(locationOf(page, path.state.context).page).toBe(page);
    }
  });

  it('never reaches "Ready to decide" on a path that skipped a legal gate that applies', () => {
    const reports = full.filter((p) => p.state.value === 'report');
    const bands = reports.map((p) => ({ open: openGates(p.state), band: assess(content, p.state.context.answers).overall.band }));
    for (const { open, band } of bands) if (open.length > 0) expect(band).not.toBe('decide');
    // Not vacuous: some paths reach the report with gates open, and some pass every gate and may decide.
    expect(bands.some((b) => b.open.length > 0)).toBe(true);
    expect(bands.some((b) => b.open.length === 0 && b.band === 'decide')).toBe(true);
  });

  it('asks a church school for its diocese and the diocesan consent gate, and no one else', () => {
    for (const path of full) {
      const church = path.state.context.answers.profile.church;
      if (path.state.value === 'profile' && path.state.context.itemId === 'diocese') expect(church).toBe('yes');
      if (path.state.value === 'step' && path.state.context.itemId === 'step-consent') expect(church).toBe('yes');
    }
    expect(full.some((p) => p.state.value === 'step' && p.state.context.itemId === 'step-consent')).toBe(true);
  });

  it('sends every event the pages can send', () => {
    const sent = new Set(full.flatMap((p) => p.steps.map((step) => step.event.type)));
    const all: JourneyEvent['type'][] = [
      'START', 'PROFILE.ANSWER', 'TASKS.OPEN_PROFILE', 'TASKS.OPEN_TRUSTS', 'TASKS.OPEN_STEP', 'TASKS.OPEN_QUESTIONS', 'TASKS.CHECK', 'TASKS.REPORT',
      'TRUSTS.ADD', 'TRUSTS.DONE', 'STEP.SAVE', 'QUESTION.SAVE', 'CHECK.CHANGE_PROFILE', 'CHECK.CHANGE_STEP', 'CHECK.CHANGE_QUESTION', 'CHECK.CONFIRM', 'BACK',
    ];
    expect(all.filter((type) => !sent.has(type))).toEqual([]);
  });

  it('a Change link from check answers comes back there, after saving or going back', () => {
    const changed = full.filter((p) => p.state.context.returnToCheck);
    // Not vacuous: each kind of page is reached through a Change link.
    expect(new Set(changed.map((p) => p.state.value))).toEqual(new Set(['profile', 'step', 'question']));
    for (const { state } of changed) {
      const from = state as unknown as Parameters<typeof transition>[1];
      for (const event of eventsFor(state).filter((e) => e.type !== 'START')) {
        const [after] = transition(journeyMachine, from, event);
        const stillAnsweringProfile = state.value === 'profile' && event.type === 'PROFILE.ANSWER' && after.value === 'profile' && after.context.returnToCheck;
        expect(stillAnsweringProfile || after.value === 'check', `${String(state.value)} ${event.type}`).toBe(true);
      }
    }
  });

  it('every simple path through profile, tasks, check and report keeps the same rules', () => {
    const simple = getSimplePaths(
      journeyMachine,
      options((s) => [s.value, s.context.itemId, s.context.returnToCheck, s.context.answers.profile.church]),
    );
    expect(simple.length).toBeGreaterThan(10);
    for (const path of simple) {
      const page = path.state.value as JourneyPage;
      expect(locationOf(page, path.state.context).page).toBe(page);
      if (page === 'report' && openGates(path.state).length > 0) {
        expect(assess(content, path.state.context.answers).overall.band).not.toBe('decide');
      }
    }
  });
});
