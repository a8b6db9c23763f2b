import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestModel } from 'xstate/graph';
import { applicableStages, emptyAnswers } from '@/domain/answers';
import { assess, isDecisionStep } from '@/domain/scoring';
import { isPreconditionBeforeDecision } from '@/domain/legal-weight';
import type { JourneyContext } from '@/machine/context';
import { journeyMachine, type JourneyEvent } from '@/machine/journey';
import { fixtureContent as content } from '../fixtures/content';

vi.mock('@/content', async () => {
  const { fixtureContent } = await import('../fixtures/content');
  return { content: fixtureContent };
});

const { AppRoutes } = await import('@/ui/App');
const { useAnswers } = await import('@/store/answers-store');

type Snap = { value: unknown; context: JourneyContext };

/** The events a person could cause on each page, with the answers this fixture allows. */
function eventsFor(snapshot: Snap): JourneyEvent[] {
  const { context } = snapshot;
  switch (snapshot.value) {
    case 'start':
      return [{ type: 'START' }];
    case 'profile': {
      const id = context.itemId;
      if (id === 'church') return [{ type: 'PROFILE.ANSWER', value: 'yes' }, { type: 'PROFILE.ANSWER', value: 'no' }];
      return [{ type: 'PROFILE.ANSWER', value: id === 'school-name' ? 'Hill Primary' : 'Ely' }, { type: 'BACK' }];
    }
    case 'tasks': {
      const steps = applicableStages(content, context.answers.profile).flatMap((s) => s.steps);
      return [
        { type: 'TASKS.OPEN_PROFILE' },
        { type: 'TASKS.OPEN_TRUSTS' },
        { type: 'TASKS.CHECK' },
        { type: 'TASKS.REPORT' },
        ...steps.map((s) => ({ type: 'TASKS.OPEN_STEP' as const, stepId: s.id })),
        ...context.answers.trusts.map((t) => ({ type: 'TASKS.OPEN_QUESTIONS' as const, trustId: t.id })),
      ];
    }
    case 'trusts':
      return context.answers.trusts.length === 0 ? [{ type: 'TRUSTS.ADD', name: 'Oak Trust' }] : [{ type: 'TRUSTS.DONE' }];
    case 'step':
      return [{ type: 'STEP.SAVE', answer: { status: 'done' } }, { type: 'BACK' }];
    case 'question':
      return [{ type: 'QUESTION.SAVE', answer: { rating: 'meets', evidence: 'documents', redFlag: false } }];
    case 'check':
      return [
        { type: 'CHECK.CONFIRM' },
        { type: 'CHECK.CHANGE_PROFILE', questionId: 'church' },
        ...(context.answers.steps['step-explore'] ? [{ type: 'CHECK.CHANGE_STEP' as const, stepId: 'step-explore' }] : []),
        ...context.answers.trusts.map((t) => ({ type: 'CHECK.CHANGE_QUESTION' as const, trustId: t.id, questionId: 'fq1' })),
      ];
    default:
      return [];
  }
}

/**
 * Pages count as the same state when they show the same item on the same branch; which
 * steps are done matters only for the one that unlocks a stage. (The pure machine tests
 * walk the full graph, every combination of steps done.)
 */
function serializeState(snapshot: Snap): string {
  const { context } = snapshot;
  const unlocked = context.answers.steps['step-explore']?.status === 'done';
  // Which profile questions are answered decides what is open, so it is part of the state.
  const answered = Object.keys(context.answers.profile).sort();
  return JSON.stringify([snapshot.value, context.itemId, context.trustId, context.returnToCheck, context.answers.profile.church, answered, context.answers.trusts.length, unlocked]);
}

/** A test model of the real machine on the fixture content, offering only `events` on each page. */
const modelWith = (events: (snapshot: Snap) => JourneyEvent[]) =>
  createTestModel(journeyMachine, {
    input: { content, answers: emptyAnswers() },
    events: events as never,
    filterEvents: ((snapshot: Snap, event: JourneyEvent) => events(snapshot).some((e) => JSON.stringify(e) === JSON.stringify(event))) as never,
    serializeState: serializeState as never,
  });

const model = modelWith(eventsFor);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Waits for the page whose h1 says this (pages load on demand). */
const expectHeading = (text: string) => screen.findByRole('heading', { level: 1, name: new RegExp(escape(text)) });

async function submit(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: /^Save and (continue|return to check your answers)$/ }));
}

function drive(user: UserEvent) {
  return {
    states: {
      start: async () => {
        await expectHeading('Should we join a trust?');
      },
      profile: async (s: Snap) => {
        const question = content.profile.find((q) => q.id === s.context.itemId);
        await expectHeading(question!.question);
      },
      tasks: async () => {
        await expectHeading('Your tasks');
      },
      trusts: async () => {
        await expectHeading('The trusts you are considering');
      },
      step: async (s: Snap) => {
        const step = content.stages.flatMap((x) => x.steps).find((x) => x.id === s.context.itemId);
        await expectHeading(step!.title);
      },
      question: async (s: Snap) => {
        const question = content.tenQuestions.questions.find((q) => q.id === s.context.itemId);
        await expectHeading(question!.text);
      },
      check: async () => {
        await expectHeading('Check your answers');
      },
      report: async (s: Snap) => {
        await expectHeading('Readiness report');
        // A report never says "ready" while a legal gate that applies is not done.
        const gatesOpen = applicableStages(content, s.context.answers.profile)
          .filter((stage) => !stage.afterDecision)
          .flatMap((stage) => stage.steps)
          .filter((step) => isPreconditionBeforeDecision(step) && !isDecisionStep(step) && s.context.answers.steps[step.id]?.status !== 'done');
        const band = assess(content, s.context.answers).overall.band;
        if (gatesOpen.length > 0) expect(band).not.toBe('decide');
        expect(screen.getByTestId('verdict')).toHaveTextContent(
          { exploring: 'Exploring', developing: 'Developing', proceed: 'Ready to proceed, with conditions', decide: 'Ready to decide' }[band],
        );
      },
    },
    events: {
      START: async () => {
        await user.click(screen.getByRole('button', { name: /Start now|Continue where you left off/ }));
      },
      'PROFILE.ANSWER': async ({ event }: { event: JourneyEvent }) => {
        if (event.type !== 'PROFILE.ANSWER') return;
        const radio = document.querySelector<HTMLInputElement>(`input[type=radio][value="${event.value}"]`);
        if (radio) await user.click(radio);
        else {
          const input = screen.getByRole('textbox');
          await user.clear(input);
          await user.type(input, event.value);
        }
        await submit(user);
      },
      'TASKS.OPEN_TRUSTS': async () => {
        await user.click(screen.getByRole('link', { name: /Name the trusts|Add or rename trusts/ }));
      },
      'TASKS.CHECK': async () => {
        await user.click(screen.getByRole('link', { name: 'Check your answers' }));
      },
      'TASKS.REPORT': async () => {
        await user.click(screen.getByRole('link', { name: 'See your readiness report' }));
      },
      'TASKS.OPEN_PROFILE': async () => {
        await user.click(screen.getByRole('link', { name: 'Tell us about your school' }));
      },
      'TASKS.OPEN_STEP': async ({ event }: { event: JourneyEvent }) => {
        if (event.type !== 'TASKS.OPEN_STEP') return;
        const step = content.stages.flatMap((x) => x.steps).find((x) => x.id === event.stepId)!;
        await user.click(screen.getByRole('link', { name: step.title }));
      },
      'TASKS.OPEN_QUESTIONS': async () => {
        await user.click(screen.getByRole('link', { name: 'Ten questions for Oak Trust' }));
      },
      'TRUSTS.ADD': async () => {
        await user.type(screen.getByLabelText('Name of the trust'), 'Oak Trust');
        await user.click(screen.getByRole('button', { name: 'Add trust' }));
      },
      'TRUSTS.DONE': async () => {
        await user.click(screen.getByRole('button', { name: 'Save and continue' }));
      },
      'STEP.SAVE': async () => {
        await user.click(screen.getByLabelText('Done'));
        await submit(user);
      },
      'QUESTION.SAVE': async () => {
        await user.click(screen.getByLabelText(/Meets what we need/));
        await user.click(screen.getByLabelText(/Documents we have seen/));
        const redFlag = screen.getByRole('group', { name: 'Did you find a red flag?' });
        await user.click(within(redFlag).getByLabelText('No'));
        await submit(user);
      },
      'CHECK.CONFIRM': async () => {
        await user.click(screen.getByRole('button', { name: 'Continue to your report' }));
      },
      BACK: async () => {
        await user.click(screen.getByRole('link', { name: 'Back' }));
      },
      'CHECK.CHANGE_PROFILE': async () => {
        await user.click(screen.getByRole('link', { name: 'Change is it a church school?' }));
      },
      'CHECK.CHANGE_STEP': async () => {
        await user.click(screen.getByRole('link', { name: 'Change explore options' }));
      },
      'CHECK.CHANGE_QUESTION': async () => {
        await user.click(screen.getByRole('link', { name: 'Change your answer to question 1 for Oak Trust' }));
      },
    },
  };
}

function renderApp() {
  render(
    <MemoryRouter initialEntries={['/']}>
      <AppRoutes />
    </MemoryRouter>,
  );
}

/** A short name for a path: its events and their payloads. */
const describePath = (path: { steps: { event: unknown }[] }) =>
  path.steps
    .slice(1)
    .map(({ event }) => {
      const { type, ...payload } = event as JourneyEvent;
      const detail = Object.values(payload).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
      return detail.length ? `${type}(${detail.join(', ')})` : type;
    })
    .join(' → ') || 'start';

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
});

/** One test per path: render the app and drive the path through it, checking each page. */
function walkEachInTheUi(paths: { steps: { event: unknown }[]; test(params: never): Promise<unknown> }[]) {
  for (const path of paths) {
    it(describePath(path), async () => {
      const user = userEvent.setup();
      renderApp();
      await path.test(drive(user) as never);
      cleanup();
    }, 60_000);
  }
}

describe('every shortest path through the journey works in the real UI', () => {
  const paths = model.getShortestPaths();
  it('covers the pages and branches', () => {
    const pages = new Set(paths.flatMap((p) => p.steps.map((step) => String(step.state.value))));
    expect([...pages].sort()).toEqual(['check', 'profile', 'question', 'report', 'start', 'step', 'tasks', 'trusts']);
    // The church branch reaches the diocesan consent step; the other does not.
    const visits = paths.flatMap((p) => p.steps.map((step) => step.state));
    expect(visits.some((state) => state.value === 'step' && state.context.itemId === 'step-consent')).toBe(true);
  });
  walkEachInTheUi(paths);
});

/** Fewer events, so every simple path (no page visited twice) to the report can be walked. */
function simpleEventsFor(snapshot: Snap): JourneyEvent[] {
  switch (snapshot.value) {
    case 'tasks':
      return [{ type: 'TASKS.CHECK' }, { type: 'TASKS.OPEN_STEP', stepId: 'step-explore' }];
    case 'check':
      return [{ type: 'CHECK.CONFIRM' }, { type: 'CHECK.CHANGE_PROFILE', questionId: 'church' }, { type: 'BACK' }];
    case 'start':
    case 'profile':
    case 'step':
      return eventsFor(snapshot);
    default:
      return [];
  }
}

describe('every simple path to the report works in the real UI', () => {
  const paths = modelWith(simpleEventsFor).getSimplePaths({ toState: (snapshot) => snapshot.value === 'report' });
  it('finds several ways to the report, with and without going back', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.some((p) => p.steps.some((step) => step.event.type === 'BACK'))).toBe(true);
  });
  walkEachInTheUi(paths);
});
