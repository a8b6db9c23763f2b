import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import stagesFile from '@questions/stages.json';
import tenQuestions from '@questions/ten-questions.json';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { churchPrimary } from '../fixtures/profiles';

const shots = 'out/screenshots';
mkdirSync(shots, { recursive: true });

/** A Church of England voluntary controlled primary weighing two trusts. */
const school = churchPrimary();

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const h1 = (page: Page) => page.locator('main h1');

async function expectHeading(page: Page, text: string | RegExp) {
  await expect.poll(() => h1(page).innerText(), { timeout: 30_000 }).toMatch(text);
}

/** Answers the profile question on screen, whatever it is, from the school above, and waits for the next page. */
async function answerProfileQuestion(page: Page) {
  await page.locator('main input[type=radio], main input[type=text]').first().waitFor();
  const before = await h1(page).innerText();
  const radios = page.locator('main input[type=radio]');
  if ((await radios.count()) > 0) {
    const name = (await radios.first().getAttribute('name'))!.replace('profile-', '');
    await page.locator(`main input[type=radio][value="${school[name]}"]`).check();
  } else {
    const id = (await page.locator('main input[type=text]').getAttribute('id'))!.replace('profile-', '');
    await page.locator('main input[type=text]').fill(school[id]!);
  }
  await page.getByRole('button', { name: /^Save and continue/ }).click();
  await expect.poll(() => h1(page).innerText().catch(() => before), { timeout: 30_000 }).not.toBe(before);
}

describe('a headteacher’s journey in real Chromium', () => {
  it('walks from the start page to the report, reloading in the middle, with every screen accessible', async () => {
    for (const width of [1280, 375]) {
      app = await openApp({ width });
      const { page } = app;
      await expectHeading(page, 'Should we join a trust?');
      await expectNoAxeViolations(page, `start page at ${width}px`);
      await page.screenshot({ path: `${shots}/${width}-start.png`, fullPage: true });
      await page.getByRole('button', { name: 'Start now' }).click();

      // Profile: an empty answer gets an error summary that takes focus.
      await expectHeading(page, 'What is your school called?');
      await page.getByRole('button', { name: /^Save and continue/ }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toContain('error-summary');
      await expectNoAxeViolations(page, `profile error at ${width}px`);
      await page.screenshot({ path: `${shots}/${width}-profile-error.png`, fullPage: true });
      await answerProfileQuestion(page);
      // Focus moves to the new page's heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await answerProfileQuestion(page);
      await answerProfileQuestion(page);

      // Reload in the middle: the answers are still there and Continue picks up where we were.
      await page.reload();
      await expectHeading(page, /Is it a church school|faith/i);
      await page.goto(app.url);
      await page.getByRole('button', { name: 'Continue where you left off' }).click();
      await expectHeading(page, /church|faith/i);
      await expectNoAxeViolations(page, `profile question at ${width}px`);
      for (let i = 0; i < 12; i++) {
        if ((await h1(page).innerText()).includes('Your tasks')) break;
        await answerProfileQuestion(page);
      }
      await expectHeading(page, 'Your tasks');
      await expectNoAxeViolations(page, `task list at ${width}px`);
      // A church school sees the diocesan consent step.
      await expect.poll(() => page.getByRole('link', { name: /diocese/i }).first().isVisible()).toBe(true);

      await page.getByRole('link', { name: 'Name the trusts you are considering' }).click();
      await page.getByLabel('Name of the trust').fill('Oak Valley Learning Trust');
      await page.getByRole('button', { name: 'Add trust' }).click();
      await page.getByLabel('Add another trust').fill('Fenland Schools Trust');
      await page.getByRole('button', { name: 'Add trust' }).click();
      await expectNoAxeViolations(page, `trusts at ${width}px`);
      // "Save and continue" goes on to the first trust's questions, the next task on the list.
      await page.getByRole('button', { name: 'Save and continue' }).click();

      for (const [index, question] of tenQuestions.questions.entries()) {
        await expectHeading(page, question.text);
        if (index === 0) {
          // "What to look for in the answer" is open by itself the first time a question is seen.
          await expect.poll(() => page.locator('main details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
          await expectNoAxeViolations(page, `question with guidance open at ${width}px`);
          await page.screenshot({ path: `${shots}/${width}-question.png`, fullPage: true });
          // A glossary term opens its definition in a dialog.
          const term = page.locator('main button[aria-haspopup="dialog"]').first();
          await term.click();
          await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
          await expectNoAxeViolations(page, `glossary dialog at ${width}px`);
          await page.keyboard.press('Escape');
        }
        if (index === 5) {
          await page.reload();
          await expectHeading(page, question.text);
        }
        await page.getByLabel(index === 6 ? /^Concern/ : /Meets what we need/).check();
        await page.getByLabel(/Documents we have seen/).check();
        const redFlag = page.getByRole('group', { name: 'Did you find a red flag?' });
        if (index === 6) {
          await redFlag.getByLabel('Yes').check();
          await page.getByLabel('What is the red flag?').fill('Local boards are “advisory” with no written powers.');
        } else {
          await redFlag.getByLabel('No').check();
        }
        await page.getByLabel('Notes (optional)').fill(`Notes on question ${index + 1}: met the CEO and two heads.`);
        await page.getByRole('button', { name: 'Save and continue' }).click();
      }
      // The first trust's last question leads on to the second trust's first; the page's own link goes to the task list.
      await expectHeading(page, tenQuestions.questions[0]!.text);
      await expect.poll(() => page.locator('main h1').innerText()).toMatch(/Fenland Schools Trust/);
      await page.locator('main').getByRole('link', { name: 'Go to your tasks' }).click();
      await expectHeading(page, 'Your tasks');
      await expect.poll(() => page.getByText('10 of 10 answered').isVisible()).toBe(true);

      const firstStep = stagesFile.stages[0]!.steps[0]!;
      await page.getByRole('link', { name: firstStep.title }).click();
      await expectHeading(page, firstStep.title);
      await expectNoAxeViolations(page, `stage step at ${width}px`);
      await page.goBack();
      await expectHeading(page, 'Your tasks');
      await page.goForward();
      await expectHeading(page, firstStep.title);

      // On a phone the site's links sit behind the Menu button.
      if (width < 640) await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your tasks' }).click();
      await page.getByRole('link', { name: 'Check your answers' }).click();
      await expectHeading(page, 'Check your answers');
      await expectNoAxeViolations(page, `check answers at ${width}px`);
      await page.screenshot({ path: `${shots}/${width}-check.png`, fullPage: true });
      await page.getByRole('button', { name: 'Continue to your report' }).click();
      await expectHeading(page, 'Readiness report');
      // A red flag caps the verdict and is named.
      await expect(page.getByTestId('verdict').innerText()).resolves.toMatch(/Exploring|Developing/);
      await expect.poll(() => page.getByText('advisory” with no written powers').first().isVisible()).toBe(true);
      await expectNoAxeViolations(page, `report at ${width}px`);
      await page.screenshot({ path: `${shots}/${width}-report.png`, fullPage: true });
      expectStayedOnDevice(app);
      await app.close();
      app = undefined;
    }
  }, 240_000);

  it('completes a whole stage with the keyboard alone', async () => {
    // A finished profile, so the stages can start; the task list opened directly by its link.
    app = await openApp({
      hash: '#/tasks',
      storage: { 'join-a-trust:answers': JSON.stringify({ state: { answers: { profile: school, steps: {}, trusts: [], weights: {} } }, version: 1 }) },
    });
    const { page } = app;
    await expectHeading(page, 'Your tasks');
    const stage = stagesFile.stages[0]!;

    /** Presses Tab until the focused element matches; a keyboard user's only way around. */
    const tabTo = async (matches: (el: { text: string; type: string }) => boolean, what: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 200; i++) {
        await page.keyboard.press('Tab');
        const el = await page.evaluate(() => {
          const active = document.activeElement as HTMLInputElement | null;
          return { text: (active?.innerText ?? '').trim(), type: active?.type ?? '' };
        });
        if (matches(el)) return;
        seen.push(el.text);
      }
      console.info(`Focus went to: ${seen.join(' | ')}`);
      throw new Error(`Could not reach ${what} with the Tab key`);
    };

    await tabTo((el) => el.text === stage.steps[0]!.title, stage.steps[0]!.title);
    await page.keyboard.press('Enter');
    for (const step of stage.steps) {
      await expectHeading(page, step.title);
      // Focus is on the heading; Tab onwards to the status radios, pick "Done" with the arrow keys.
      await tabTo((el) => el.type === 'radio', 'the status radios');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe('done');
      await tabTo((el) => /^Save and continue/.test(el.text), 'Save and continue');
      await page.keyboard.press('Enter');
    }
    // The stage done, "Save and continue" goes on to the next stage's first step; its link goes to the task list.
    const nextStage = stagesFile.stages[1]!;
    const nextStep = nextStage.steps.find((step) => {
      const when = (step as { when?: Record<string, string[]> }).when ?? {};
      return Object.entries(when).every(([k, v]) => v.includes(school[k]!));
    })!;
    await expectHeading(page, nextStep.title);
    await page.locator('main').getByRole('link', { name: 'Go to your tasks' }).click();
    await expectHeading(page, 'Your tasks');
    const section = page.locator('section', { has: page.getByRole('heading', { name: stage.title }) });
    await expect.poll(() => section.getByText(`${stage.steps.length} of ${stage.steps.length} done`).isVisible()).toBe(true);
    expectStayedOnDevice(app);
  }, 120_000);
});
