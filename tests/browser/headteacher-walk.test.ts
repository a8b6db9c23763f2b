import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import stagesFile from '@questions/stages.json';
import tenQuestions from '@questions/ten-questions.json';
import { expectStayedOnDevice, openApp, type App } from './harness';
import { churchPrimary } from '../fixtures/profiles';

/**
 * The whole headteacher's journey, walked as one would: a Church of England primary with
 * PFI weighing two trusts, from the start page to the report, doing every task before the
 * decision, and stopping twice to come back later ("Continue where you left off").
 *
 * It counts the pages seen and the clicks made, and fails if either grows past the figures
 * below. If a change makes the journey longer on purpose, raise the figure in the same commit
 * and say why. Profile questions and stage steps are content (one page and two clicks each,
 * checked below), so they are counted apart: adding one to questions/ does not fail this test.
 *
 * Before issue #15 the same walk took 38 pages and 99 clicks beyond the profile questions and
 * the stage steps (68 pages and 159 clicks in all, with 10 profile questions and 20 steps then):
 * both breaks led to the task list, not back to the page. Then 36 and 97 (68 pages and 160 clicks
 * in all, with 12 profile questions): every task went back to the task list. Now "Save and
 * continue" goes on to the next task of the same part of the list (the trusts page to the first
 * trust's questions, one trust's last question to the next trust's first, a stage's last step
 * to the next stage's first step not yet done), and once everything before the decision is done
 * to check your answers: 30 and 91 (61 pages and 153 clicks in all).
 *
 * To see where the clicks go: WALK_LOG=1 npx vitest run --config tests/browser/vitest.config.ts tests/browser/headteacher-walk.test.ts
 */
const MOST_PAGES = 30; // pages other than profile questions and stage steps
const MOST_CLICKS = 91; // clicks other than on profile question and stage step pages

const shots = 'out/screenshots';
mkdirSync(shots, { recursive: true });

const school = churchPrimary({ pfi: 'yes' });
const trusts = ['Oak Valley Learning Trust', 'Fenland Schools Trust'];

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const h1 = (page: Page) => page.locator('main h1');
async function expectHeading(page: Page, text: string | RegExp) {
  await expect.poll(() => h1(page).innerText().catch(() => ''), { timeout: 15_000 }).toMatch(text);
}

/** Counts what a user does: every page arrived at (by address) and every click, tick or field filled. */
class Walker {
  pages: string[] = [];
  clicks = 0;
  contentClicks = 0;
  constructor(readonly page: Page) {
    page.on('framenavigated', (frame) => {
      if (frame !== page.mainFrame() || frame.url() === 'about:blank') return;
      const url = frame.url().replace(/\?.*$/, '');
      if (this.pages.at(-1) !== url) this.pages.push(url);
    });
  }
  /** What was done where, for WALK_LOG=1 (to see where the clicks go). */
  log: string[] = [];
  private count(what = '') {
    this.log.push(`${this.page.url().replace(/^[^#]*/, '') || '#/'} ${what}`);
    if (/#\/(steps|profile)\//.test(this.page.url())) this.contentClicks += 1;
    else this.clicks += 1;
  }
  async click(locator: Locator) {
    this.count(`click ${String(locator)}`);
    await locator.click();
  }
  async check(locator: Locator) {
    this.count(`check ${String(locator)}`);
    await locator.check();
  }
  async fill(locator: Locator, text: string) {
    this.count(`fill ${String(locator)}`);
    await locator.fill(text);
  }
  /** Leaves the app (closing the laptop) and comes back to its address later. */
  async comeBackLater(url: string) {
    await this.page.goto('about:blank');
    await this.page.goto(url);
  }
  /** Each profile question and step page once is the content's share; going back to one (after a break) counts as a journey page. */
  summary() {
    const contentPages = new Set(this.pages.filter((p) => /#\/(steps|profile)\//.test(p))).size;
    return { pages: this.pages.length - contentPages, clicks: this.clicks, contentPages, contentClicks: this.contentClicks };
  }
}

async function answerProfile(walker: Walker) {
  const { page } = walker;
  for (let i = 0; i < 15; i++) {
    await page.locator('main input[type=radio], main input[type=text], main h1:text("Your tasks")').first().waitFor();
    const before = await h1(page).innerText();
    if (before.includes('Your tasks')) return;
    const radios = page.locator('main input[type=radio]');
    if ((await radios.count()) > 0) {
      const name = (await radios.first().getAttribute('name'))!.replace('profile-', '');
      await walker.check(page.locator(`main input[type=radio][value="${school[name]}"]`));
    } else {
      const id = (await page.locator('main input[type=text]').getAttribute('id'))!.replace('profile-', '');
      await walker.fill(page.locator('main input[type=text]'), school[id]!);
    }
    await walker.click(page.getByRole('button', { name: /^Save and continue/ }));
    await expect.poll(() => h1(page).innerText().catch(() => before), { timeout: 15_000 }).not.toBe(before);
  }
}

async function answerQuestion(walker: Walker, index: number) {
  const { page } = walker;
  const question = tenQuestions.questions[index]!;
  await expectHeading(page, question.text);
  // Chosen by value, so the test does not depend on the wording of the choices.
  await walker.check(page.locator(`main input[name="${question.id}-rating"][value="${index === 6 ? 'concern' : 'meets'}"]`));
  await walker.check(page.locator(`main input[name="${question.id}-evidence"][value="documents"]`));
  await walker.check(page.locator(`main input[name="${question.id}-red-flag"][value="no"]`));
  await walker.click(page.getByRole('button', { name: /^Save and continue/ }));
}

/** The stage steps before the decision that apply to this school, in task-list order. */
function stepsBeforeDecision() {
  return stagesFile.stages
    .filter((s) => !s.afterDecision)
    .map((s) => ({
      ...s,
      steps: s.steps.filter((step) => {
        const when = (step as { when?: Record<string, string[]> }).when ?? {};
        return Object.entries(when).every(([k, v]) => v.includes(school[k]!));
      }),
    }));
}

const tenQuestionSteps = new Set(
  stagesFile.stages.flatMap((s) => s.steps).filter((step) => (step as { completedBy?: string }).completedBy === 'ten-questions').map((step) => step.title),
);

async function doStep(walker: Walker, title: string) {
  const { page } = walker;
  await expectHeading(page, title);
  // A step done by answering the ten questions has no status to choose: it is saved as it is.
  const done = page.locator('main input[type=radio][name^="step-"][value="done"]');
  if (!tenQuestionSteps.has(title)) await walker.check(done);
  await walker.click(page.getByRole('button', { name: /^Save and continue/ }));
}

async function walk(width: number, height: number) {
  app = await openApp({ width, height });
  const { page, url } = app;
  const walker = new Walker(page);
  walker.pages.push(page.url());
  await expectHeading(page, 'Should we join a trust?');
  await walker.click(page.getByRole('button', { name: 'Start now' }));

  await answerProfile(walker);
  await expectHeading(page, 'Your tasks');
  await page.screenshot({ path: `${shots}/walk-${width}-tasks.png`, fullPage: false });

  await walker.click(page.getByRole('link', { name: 'Name the trusts you are considering' }));
  await walker.fill(page.getByLabel('Name of the trust'), trusts[0]!);
  await walker.click(page.getByRole('button', { name: 'Add trust' }));
  await walker.fill(page.getByLabel('Add another trust'), trusts[1]!);
  await walker.click(page.getByRole('button', { name: 'Add trust' }));
  // "Save and continue" goes on to the first trust's questions, and the last question of one trust to the next trust's first.
  await walker.click(page.getByRole('button', { name: 'Save and continue' }));

  for (const [t, name] of trusts.entries()) {
    await expect.poll(() => h1(page).innerText().catch(() => '')).toContain(name);
    for (let i = 0; i < 10; i++) {
      if (t === 0 && i === 5) {
        // A break: the headteacher sees the next question, closes the laptop and comes back to the start page.
        await expectHeading(page, tenQuestions.questions[i]!.text);
        await walker.comeBackLater(url);
        await expectHeading(page, 'Should we join a trust?');
        await walker.click(page.getByRole('button', { name: 'Continue where you left off' }));
        if ((await page.waitForURL(/#\/(tasks|trusts\/)/).then(() => page.url())).includes('#/tasks')) {
          await walker.click(page.getByRole('link', { name: `Ten questions for ${name}` }));
        }
      }
      await answerQuestion(walker, i);
    }
  }
  await expectHeading(page, 'Your tasks');

  // The last step of a stage leads on to the next stage's first step; the task list only at the start.
  let breakTaken = false;
  for (const [s, stage] of stepsBeforeDecision().entries()) {
    if (s === 0) await walker.click(page.getByRole('link', { name: stage.steps[0]!.title, exact: true }));
    for (const [i, step] of stage.steps.entries()) {
      // A step done by answering the ten questions is already done by now: "Save and continue" passes it by.
      if (tenQuestionSteps.has(step.title)) continue;
      if (!breakTaken && stage.id === 'first-considerations' && i === 2) {
        breakTaken = true;
        // The page they leave is the one they saw: wait for it before the break (else the last page is still the one before).
        await expectHeading(page, step.title);
        await walker.comeBackLater(url);
        await expectHeading(page, 'Should we join a trust?');
        await walker.click(page.getByRole('button', { name: 'Continue where you left off' }));
        if ((await page.waitForURL(/#\/(tasks|steps\/)/).then(() => page.url())).includes('#/tasks')) {
          await walker.click(page.getByRole('link', { name: step.title, exact: true }));
        }
      }
      await doStep(walker, step.title);
    }
  }
  // Everything before the decision done: the last step leads straight to check your answers.
  await expectHeading(page, 'Check your answers');
  await walker.click(page.getByRole('button', { name: 'Continue to your report' }));
  await expectHeading(page, 'Readiness report');
  await page.getByTestId('verdict').waitFor();
  expectStayedOnDevice(app);
  const counts = { ...walker.summary(), profileQuestions: new Set(walker.pages.filter((p) => p.includes('#/profile/'))).size };
  if (process.env.WALK_LOG) console.info(`Pages:\n${walker.pages.join('\n')}\nActions:\n${walker.log.join('\n')}`);
  console.info(`Headteacher walk at ${width}×${height}: ${JSON.stringify(counts)}`);
  await app.close();
  app = undefined;
  return counts;
}

describe('the headteacher’s whole journey, counted', () => {
  for (const [width, height] of [
    [1366, 768],
    [375, 812],
  ] as const) {
    it(`takes no more than ${MOST_PAGES} pages and ${MOST_CLICKS} clicks (beyond the profile questions and stage steps) at ${width}×${height}`, async () => {
      const counts = await walk(width, height);
      // One page and two clicks for each profile question and each stage step.
      // The steps done by answering the ten questions are done before the walk reaches them, so it passes them by.
      const steps = stepsBeforeDecision()
        .flatMap((s) => s.steps)
        .filter((step) => !tenQuestionSteps.has(step.title));
      const items = steps.length + counts.profileQuestions;
      expect(counts.contentPages).toBe(items);
      expect(counts.contentClicks).toBe(2 * items);
      expect(counts.pages).toBeLessThanOrEqual(MOST_PAGES);
      expect(counts.clicks).toBeLessThanOrEqual(MOST_CLICKS);
    }, 240_000);
  }
});
