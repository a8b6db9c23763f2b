import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { getNextSnapshot, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { content } from '@/content';
import { applicableStages, emptyAnswers, isProfileComplete, isQuestionAnswered, type Answers } from '@/domain/answers';
import type { JourneyContext } from '@/machine/context';
import { journeyMachine, type JourneyEvent } from '@/machine/journey';
import { locationOf, type JourneyPage } from '@/machine/location';
import { STORE_VERSION } from '@/store/answers-store';
import { toPath } from '@/ui/journey/paths';
import { communityPrimary } from '../fixtures/profiles';
import { expectStayedOnDevice, openApp, type App } from './harness';
import { STORAGE_KEY } from './seed';

/*
 * The journey walked in the built app, in real Chromium, along paths the journey machine
 * itself gives (xstate/graph, as the jsdom model test in tests/ui/journey.model.test.tsx does):
 * each path's events are done as a person would (the same links and buttons), and after each
 * one the page shown (its address and its heading) must be the one the machine predicts.
 *
 * To stay quick on a shared 2-core machine: the school starts with all but its last three
 * profile questions answered (the machine is given the same answers), the events offered are
 * one of each kind the UI can send on each page, and only the machine's shortest path to each
 * page is walked (TestModel leaves out a path that is the start of another), which still reach
 * every page and send every event. A shortest path seldom goes back, so the Back link of every
 * page that has one is then followed once more where a walk has not followed it yet: at the end
 * of a walk that stops on that page, or on a walk of its own, the shortest way there and Back.
 */

const school = communityPrimary();
const unanswered = ['deficit', 'route', 'trust-count'];
const saved: Answers = { ...emptyAnswers(), profile: Object.fromEntries(Object.entries(school).filter(([id]) => !unanswered.includes(id))) };
const trustName = 'Oak Valley Learning Trust';
const firstStep = applicableStages(content, school)[0]!.steps[0]!;
const firstQuestion = content.tenQuestions.questions[0]!;
const churchQuestion = content.profile.find((q) => q.id === 'church')!;

type Snap = { value: unknown; context: JourneyContext };

/** One event of each kind a person can cause on each page (a subset of the jsdom model's, on the real content). */
function eventsFor({ value, context }: Snap): JourneyEvent[] {
  const { answers } = context;
  switch (value as JourneyPage) {
    case 'start':
      return [{ type: 'START' }];
    case 'profile': {
      const id = context.itemId!;
      // Changing the church answer from check your answers opens the diocese question: the branch.
      const answer = id === 'church' ? 'church-of-england' : id === 'diocese' ? 'Diocese of Ely' : school[id]!;
      return [{ type: 'PROFILE.ANSWER', value: answer }, ...(id === unanswered[0] || id === 'church' ? [{ type: 'BACK' as const }] : [])];
    }
    case 'tasks':
      return [
        { type: 'TASKS.CHECK' },
        { type: 'TASKS.REPORT' },
        { type: 'TASKS.OPEN_STEP', stepId: firstStep.id },
        ...(answers.trusts.length === 0 ? [{ type: 'TASKS.OPEN_TRUSTS' as const }] : answers.trusts.map((t) => ({ type: 'TASKS.OPEN_QUESTIONS' as const, trustId: t.id }))),
        ...(answers.trusts.length > 0 ? [{ type: 'TASKS.OPEN_PROFILE' as const }] : []),
      ];
    case 'trusts':
      return answers.trusts.length === 0 ? [{ type: 'TRUSTS.ADD', name: trustName }, { type: 'BACK' }] : [{ type: 'TRUSTS.DONE' }];
    case 'step':
      return [{ type: 'STEP.SAVE', answer: { status: 'done' } }, { type: 'BACK' }];
    case 'question':
      return [{ type: 'QUESTION.SAVE', answer: { rating: 'meets', evidence: 'documents', redFlag: false } }, ...(context.itemId === firstQuestion.id ? [] : [{ type: 'BACK' as const }])];
    case 'check':
      return [
        { type: 'CHECK.CONFIRM' },
        { type: 'BACK' },
        ...(answers.profile.church === 'none' ? [{ type: 'CHECK.CHANGE_PROFILE' as const, questionId: 'church' }] : []),
        { type: 'CHECK.CHANGE_STEP', stepId: firstStep.id },
        ...answers.trusts.map((t) => ({ type: 'CHECK.CHANGE_QUESTION' as const, trustId: t.id, questionId: firstQuestion.id })),
      ];
    case 'report':
      return [{ type: 'BACK' }];
    default:
      return [];
  }
}

/** Pages count as the same when they show the same item, reached the same way, with the same trusts and branch. */
const serializeState = ({ value, context }: Snap) =>
  JSON.stringify([
    value,
    context.itemId,
    context.trustId,
    context.returnToCheck,
    context.answers.trusts.length,
    context.answers.profile.church,
    isProfileComplete(content, context.answers.profile),
    // Whether every trust's questions are answered: "Save and continue" from the trusts page opens the first
    // trust's questions, so only the task list can open them again once they are all answered.
    context.answers.trusts.length > 0 && context.answers.trusts.every((t) => content.tenQuestions.questions.every((q) => isQuestionAnswered(t.answers[q.id]))),
  ]);

const model = createTestModel(journeyMachine, {
  input: { content, answers: saved },
  events: eventsFor as never,
  filterEvents: ((s: Snap, e: JourneyEvent) => eventsFor(s).some((x) => JSON.stringify(x) === JSON.stringify(e))) as never,
  serializeState: serializeState as never,
});

/** The machine's shortest path to each page; TestModel leaves out a path that is the start of another, which covers it. */
const paths = model.getShortestPaths();

type Walk = { steps: { state: Snap; event: JourneyEvent }[] };
const BACK: JourneyEvent = { type: 'BACK' };

/** Every page with a Back link, and which of its states the walk must go Back from at least once. */
const backFrom: Record<string, (s: Snap) => boolean> = {
  'a profile question': (s) => s.value === 'profile',
  'the trusts page': (s) => s.value === 'trusts',
  'a step': (s) => s.value === 'step',
  // Back from the first question goes to the task list; from a later one, to the question before.
  'the first question': (s) => s.value === 'question' && s.context.itemId === firstQuestion.id && !s.context.returnToCheck,
  'a later question': (s) => s.value === 'question' && s.context.itemId !== firstQuestion.id,
  // A page opened from check your answers goes Back there.
  'a page opened from check your answers': (s) => s.value !== 'check' && s.context.returnToCheck,
  'check your answers': (s) => s.value === 'check',
  'the report': (s) => s.value === 'report',
};

const goesBackFrom = (walk: Walk, on: (s: Snap) => boolean) =>
  walk.steps.some((step, i) => i > 0 && step.event.type === 'BACK' && on(walk.steps[i - 1]!.state));

/** The walks: the shortest paths, and Back from each page in backFrom where none of them goes Back from it. */
function withBacks(shortest: typeof paths): Walk[] {
  const walks: Walk[] = shortest.map((p) => ({ steps: p.steps.map((s) => ({ state: s.state as Snap, event: s.event as JourneyEvent })) }));
  for (const [where, on] of Object.entries(backFrom)) {
    if (walks.some((w) => goesBackFrom(w, on))) continue;
    const canGoBack = (s: Snap) => on(s) && (s as unknown as SnapshotFrom<typeof journeyMachine>).can(BACK);
    // The machine's own next page: Back from that state.
    const back = (s: Snap) => ({ state: getNextSnapshot(journeyMachine, s as unknown as SnapshotFrom<typeof journeyMachine>, BACK) as unknown as Snap, event: BACK });
    const ending = walks.find((w) => canGoBack(w.steps.at(-1)!.state));
    if (ending) {
      ending.steps.push(back(ending.steps.at(-1)!.state));
      continue;
    }
    const reach = walks
      .flatMap((w) => w.steps.map((s, i) => ({ w, i })).filter(({ w: x, i }) => canGoBack(x.steps[i]!.state)))
      .sort((a, b) => a.i - b.i)[0];
    if (!reach) throw new Error(`No walk reaches ${where}`);
    walks.push({ steps: [...reach.w.steps.slice(0, reach.i + 1), back(reach.w.steps[reach.i]!.state)] });
  }
  return walks;
}

const walks = withBacks(paths);

const h1 = (page: Page) => page.locator('main h1');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The page the machine predicts for this state: its address and its heading. */
async function expectPage(page: Page, snap: Snap) {
  const location = locationOf(snap.value as JourneyPage, snap.context);
  const heading = {
    start: 'Should we join a trust?',
    profile: () => content.profile.find((q) => q.id === snap.context.itemId)!.question,
    tasks: 'Your tasks',
    trusts: 'The trusts you are considering',
    step: () => content.stages.flatMap((s) => s.steps).find((s) => s.id === snap.context.itemId)!.title,
    question: () => content.tenQuestions.questions.find((q) => q.id === snap.context.itemId)!.text,
    check: 'Check your answers',
    report: 'Readiness report',
  }[location.page];
  const text = typeof heading === 'function' ? heading() : heading;
  // The start page is the app's address with no hash, or "#/".
  const path = location.page === 'start' ? '/' : toPath(location);
  await expect.poll(() => page.evaluate(() => decodeURIComponent(window.location.hash.replace(/^#/, '')) || '/')).toBe(path);
  await expect.poll(() => h1(page).innerText().catch(() => '')).toMatch(new RegExp(escape(text)));
}

async function save(page: Page) {
  await page.getByRole('button', { name: /^Save and (continue|return to check your answers)$/ }).click();
}

/** Each event as the UI sends it: the link or button a person would use. */
async function send(page: Page, event: JourneyEvent) {
  const link = (name: string | RegExp) => page.getByRole('link', { name, exact: typeof name === 'string' }).first();
  switch (event.type) {
    case 'START':
      return page.getByRole('button', { name: /Start now|Continue where you left off/ }).click();
    case 'PROFILE.ANSWER': {
      const radio = page.locator(`main input[type=radio][value="${event.value}"]`);
      if ((await radio.count()) > 0) await radio.check();
      else await page.locator('main input[type=text]').fill(event.value);
      return save(page);
    }
    case 'TASKS.OPEN_PROFILE':
      return link('Tell us about your school').click();
    case 'TASKS.OPEN_TRUSTS':
      return link(/^(Name the trusts|Add or rename trusts)/).click();
    case 'TASKS.OPEN_STEP':
      return link(firstStep.title).click();
    case 'TASKS.OPEN_QUESTIONS':
      return link(`Ten questions for ${trustName}`).click();
    case 'TASKS.CHECK':
      return page.locator('main').getByRole('link', { name: 'Check your answers', exact: true }).click();
    case 'TASKS.REPORT':
      return link('See your readiness report').click();
    case 'TRUSTS.ADD':
      await page.getByLabel('Name of the trust').fill(event.name);
      await page.getByRole('button', { name: 'Add trust' }).click();
      // The page stays; the trust is on its list once the field asks for another.
      return page.getByLabel('Add another trust').waitFor();
    case 'TRUSTS.DONE':
      return page.getByRole('button', { name: 'Save and continue' }).click();
    case 'STEP.SAVE': {
      // A step the ten questions complete (reached from the stage before it) has no status to choose.
      const done = page.getByLabel('Done', { exact: true });
      if ((await done.count()) > 0) await done.check();
      return save(page);
    }
    case 'QUESTION.SAVE':
      await page.getByLabel(/Meets what we need/).check();
      await page.getByLabel(/Documents we have seen/).check();
      await page.getByRole('group', { name: 'Did you find a red flag?' }).getByLabel('No').check();
      return save(page);
    case 'CHECK.CONFIRM':
      return page.getByRole('button', { name: 'Continue to your report' }).click();
    case 'CHECK.CHANGE_PROFILE':
      return link(`Change ${churchQuestion.question.toLowerCase()}`).click();
    case 'CHECK.CHANGE_STEP':
      return link(`Change ${firstStep.title.toLowerCase()}`).click();
    case 'CHECK.CHANGE_QUESTION':
      return link(`Change your answer to question ${firstQuestion.number} for ${trustName}`).click();
    case 'BACK':
      return link('Back').click();
  }
}

const describePath = (path: Walk) =>
  path.steps
    .slice(1)
    .map(({ event }) => event.type)
    .join(' → ');

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the journey machine’s paths, walked in the built app', () => {
  it('reach every page and send every event the UI can send', () => {
    const steps = paths.flatMap((p) => p.steps);
    expect(new Set(steps.map((s) => String(s.state.value)))).toEqual(new Set(['start', 'profile', 'tasks', 'trusts', 'step', 'question', 'check', 'report']));
    // Each path's first step is the machine starting, not an event the UI sends.
    const sent = new Set(paths.flatMap((p) => p.steps.slice(1)).map((s) => (s.event as JourneyEvent).type));
    const all: JourneyEvent['type'][] = [
      'START', 'PROFILE.ANSWER', 'TASKS.OPEN_PROFILE', 'TASKS.OPEN_TRUSTS', 'TASKS.OPEN_STEP', 'TASKS.OPEN_QUESTIONS', 'TASKS.CHECK',
      'TASKS.REPORT', 'TRUSTS.ADD', 'TRUSTS.DONE', 'STEP.SAVE', 'QUESTION.SAVE', 'CHECK.CHANGE_PROFILE', 'CHECK.CHANGE_STEP',
      'CHECK.CHANGE_QUESTION', 'CHECK.CONFIRM', 'BACK',
    ];
    expect([...sent].sort()).toEqual([...all].sort());
    // The church branch: the diocese question is asked after a change from check your answers.
    expect(steps.some((s) => s.state.context.itemId === 'diocese' && s.state.context.returnToCheck)).toBe(true);
    // One fresh tab per walk: enough walks to cover the machine, few enough for a shared 2-core machine.
    expect(walks.length).toBeLessThanOrEqual(25);
  });

  it('follow the Back link of every page that has one, the report and the first question included', () => {
    const missed = Object.entries(backFrom).filter(([, on]) => !walks.some((w) => goesBackFrom(w, on)));
    expect(missed.map(([where]) => where)).toEqual([]);
    // Each Back goes where the machine says, to a page of its own (never nowhere, never the same page).
    for (const walk of walks)
      walk.steps.forEach((step, i) => {
        if (i > 0 && step.event.type === 'BACK') expect(serializeState(step.state)).not.toBe(serializeState(walk.steps[i - 1]!.state));
      });
  });

  for (const walk of walks) {
    it(describePath(walk), async () => {
      app = await openApp({ storage: { [STORAGE_KEY]: JSON.stringify({ state: { answers: saved }, version: STORE_VERSION }) } });
      const { page } = app;
      await expectPage(page, walk.steps[0]!.state);
      for (const step of walk.steps.slice(1)) {
        await send(page, step.event);
        await expectPage(page, step.state);
      }
      expectStayedOnDevice(app);
    }, 180_000);
  }
});
