import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { expectStayedOnDevice, openApp, type App } from './harness';
import { STORAGE_KEY, seed, seededAnswers, seededState } from './seed';

/**
 * Storage faults in real Chromium: a full quota, storage that is switched off, damaged saved
 * data, a save from an older release, and two tabs editing at once.
 */

let apps: App[] = [];
async function open(options?: Parameters<typeof openApp>[0]): Promise<App> {
  const app = await openApp(options);
  apps.push(app);
  return app;
}
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
});

const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const banner = (page: Page, title: string) => page.getByRole('heading', { level: 2, name: title });
const h1 = async (page: Page) => {
  const heading = page.locator('main h1').first();
  await heading.waitFor();
  return heading.textContent();
};
async function go(app: App, path: string) {
  await app.page.goto(`${app.url}#${path}`);
  return h1(app.page);
}

/** Changes the school's name on its profile page, as a user would. */
async function renameSchool(app: App, name: string) {
  await go(app, '/profile/school-name');
  const box = app.page.getByRole('textbox').first();
  await box.fill(name);
  await app.page.getByRole('button', { name: 'Save and continue' }).click();
  await app.page.waitForURL((url) => !url.hash.includes('school-name'));
}

describe('storage is full', () => {
  it('says so, keeps what was saved untouched, and keeps the new answer in memory', async () => {
    const app = await open();
    await seed(app.page);
    await h1(app.page);
    // What is saved now (a save from an older version is brought up to date when it loads).
    const before = await saved(app.page);
    // Fill this origin's real quota to the last character.
    const filled = await app.page.evaluate(() => {
      let n = 0;
      for (const size of [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1]) {
        const chunk = 'x'.repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler-${n}`, chunk);
            n += 1;
          } catch (error) {
            if (!(error instanceof DOMException && error.name === 'QuotaExceededError')) throw error;
            break;
          }
        }
      }
      return n;
    });
    expect(filled).toBeGreaterThan(0);

    await renameSchool(app, 'A School With A Much Longer Name Than Before');
    await banner(app.page, 'This device’s storage is full').waitFor();
    expect(await saved(app.page)).toBe(before);
    await expect.poll(() => app.page.getByText('Not saved: see the message below').isVisible()).toBe(true);

    // The answer is still there in this tab.
    await go(app, '/check');
    await expect.poll(() => app.page.getByText('A School With A Much Longer Name Than Before').first().isVisible()).toBe(true);

    // Free some space: the next change saves and the message goes.
    await app.page.evaluate(() => {
      for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
    });
    await renameSchool(app, 'Hill Primary School');
    await banner(app.page, 'This device’s storage is full').waitFor({ state: 'detached' });
    expect(JSON.parse((await saved(app.page)) ?? '{}').state.answers.profile['school-name']).toBe('Hill Primary School');
    expectStayedOnDevice(app);
  });
});

describe('storage is switched off', () => {
  it('says answers are not being saved, and the tool still works in this tab', async () => {
    const app = await open();
    await app.page.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.removeItem = refuse;
    });
    await app.page.reload();
    await banner(app.page, 'Your answers are not being saved').waitFor();
    await app.page.getByRole('button', { name: 'Start now' }).click();
    const box = app.page.getByRole('textbox').first();
    await box.fill('Private Window Primary');
    await app.page.getByRole('button', { name: 'Save and continue' }).click();
    await app.page.waitForURL((url) => !url.hash.includes('school-name'));
    await banner(app.page, 'Your answers are not being saved').waitFor();
    await go(app, '/check');
    await expect.poll(() => app.page.getByText('Private Window Primary').first().isVisible()).toBe(true);
    // Uncaught errors would show here.
    expect(app.consoleErrors.filter((e) => !/insecure/i.test(e))).toEqual([]);
  });
});

describe('saved data is damaged', () => {
  it('says so, starts empty, and keeps the damaged text aside', async () => {
    const app = await open();
    const damaged = seededState.slice(0, 120); // cut short, as by a crash mid-write
    await seed(app.page, damaged);
    await banner(app.page, 'We could not read your saved answers').waitFor();
    const copy = await app.page.evaluate((key) => localStorage.getItem(`${key}:unreadable-copy`), STORAGE_KEY);
    expect(copy).toBe(damaged);
    // Starting again does not destroy the copy.
    await app.page.getByRole('button', { name: 'Start now' }).click();
    await app.page.getByRole('textbox').first().fill('Fresh Start Primary');
    await app.page.getByRole('button', { name: 'Save and continue' }).click();
    await app.page.waitForURL((url) => !url.hash.includes('school-name'));
    await expect(app.page.evaluate((key) => localStorage.getItem(`${key}:unreadable-copy`), STORAGE_KEY)).resolves.toBe(damaged);
    expectStayedOnDevice(app);
  });

  it('keeps every part that reads, and sets aside and names the part that does not', async () => {
    const app = await open();
    const wrong = JSON.stringify({ state: { answers: { ...seededAnswers, profile: 'not an object' } }, version: 1 });
    await seed(app.page, wrong);
    await banner(app.page, 'Part of your saved answers could not be read').waitFor();
    await app.page.getByText('One answer about your school could not be read and has been set aside; everything else is here.').waitFor();
    await expect(app.page.evaluate((key) => localStorage.getItem(`${key}:unreadable-copy`), STORAGE_KEY)).resolves.toBe(wrong);
    await go(app, '/compare');
    await expect(app.page.getByText(seededAnswers.trusts[0]!.name).first().isVisible()).resolves.toBe(true);
    expectStayedOnDevice(app);
  });
});

describe('a save from another release', () => {
  it('drops answers to questions that no longer exist, says which, and keeps the rest', async () => {
    const app = await open();
    const old = {
      state: {
        answers: {
          ...seededAnswers,
          profile: { ...seededAnswers.profile, 'old-question': 'yes' },
          steps: { ...seededAnswers.steps, 'retired-step': { status: 'done' } },
          trusts: [{ ...seededAnswers.trusts[0]!, answers: { ...seededAnswers.trusts[0]!.answers, 'q11-gone': { rating: 'strong' } } }],
        },
      },
      version: 0,
    };
    await seed(app.page, JSON.stringify(old));
    await go(app, '/tasks');
    await banner(app.page, 'Some old answers no longer apply').waitFor();
    const text = (await app.page.locator('section', { has: banner(app.page, 'Some old answers no longer apply') }).textContent()) ?? '';
    expect(text).toContain('3 answers');
    expect(text).toContain('old-question');
    expect(text).toContain('q11-gone');
    await go(app, '/check');
    await expect.poll(() => app.page.getByText('Hill Primary School').first().isVisible()).toBe(true);
    expectStayedOnDevice(app);
  });

  it('opens a save with a newer version number without crashing', async () => {
    const app = await open();
    await seed(app.page, JSON.stringify({ state: { answers: seededAnswers }, version: 99 }));
    await go(app, '/check');
    await expect.poll(() => app.page.getByText('Hill Primary School').first().isVisible()).toBe(true);
    expectStayedOnDevice(app);
  });
});

describe('two tabs', () => {
  it('shows a change made in one tab in the other at once, and neither overwrites the other', async () => {
    const a = await open();
    await seed(a.page);
    const tabB = await a.context.newPage();
    const b: App = { ...a, page: tabB, consoleErrors: [], close: async () => {} };
    tabB.on('console', (m) => {
      if (m.type() === 'error') b.consoleErrors.push(m.text());
    });
    tabB.on('pageerror', (e) => b.consoleErrors.push(e.message));
    await tabB.goto(`${a.url}#/check`);
    await h1(tabB);
    await expect.poll(() => tabB.getByText('Hill Primary School').first().isVisible()).toBe(true);

    // Tab A renames the school; tab B shows it without reloading.
    await renameSchool(a, 'Hill Primary Academy');
    await tabB.getByText('Hill Primary Academy').first().waitFor();
    await banner(tabB, 'Updated from another tab').waitFor();

    // Tab B then answers something else; tab A's rename survives, in storage and in both tabs.
    await go(b, '/profile/phase');
    await tabB.getByRole('radio', { name: /secondary/i }).first().check();
    await tabB.getByRole('button', { name: 'Save and continue' }).click();
    await tabB.waitForURL((url) => !url.hash.includes('/profile/phase'));
    const stored = JSON.parse((await saved(tabB)) ?? '{}').state.answers;
    expect(stored.profile['school-name']).toBe('Hill Primary Academy');
    expect(stored.profile.phase).toBe('secondary');
    await go(a, '/check');
    await expect.poll(() => a.page.getByText('Hill Primary Academy').first().isVisible()).toBe(true);
    await expect.poll(() => a.page.getByText(/^Secondary/).first().isVisible()).toBe(true);
    expectStayedOnDevice(a);
    expect(b.consoleErrors).toEqual([]);
  });
});

describe('two tabs typing at once', () => {
  it('keeps everything typed in both tabs, and a rating clicked in one is not undone by the other', async () => {
    const a = await open();
    await seed(a.page);
    const tabB = await a.context.newPage();
    const b: App = { ...a, page: tabB, consoleErrors: [], close: async () => {} };
    tabB.on('pageerror', (e) => b.consoleErrors.push(e.message));
    await go(a, '/trusts/t1/questions/q01-values');
    await go(b, '/trusts/t1/questions/q03-standards');

    const textA = 'Tab A: the values statement matches ours, and the CEO came to our spring meeting to talk it through.';
    const textB = 'Tab B: results are improving in every school, but we have not yet seen the data for the last two years.';
    const notes = (page: Page) => page.getByRole('textbox', { name: /Notes/ });
    await notes(a.page).fill('');
    // Both tabs type at the same time, key by key; tab A also clicks a rating part way through,
    // then goes back to its notes (a click in the same tab moves the focus, so it must happen
    // between keys, never while that tab's typing is under way: under load it would swallow them).
    const half = Math.floor(textA.length / 2);
    await Promise.all([
      (async () => {
        await notes(a.page).pressSequentially(textA.slice(0, half));
        await a.page.waitForFunction(
          (key) => (JSON.parse(localStorage.getItem(key) ?? '{}').state?.answers?.trusts?.[0]?.answers?.['q03-standards']?.notes ?? '').length > 20,
          STORAGE_KEY,
        );
        await a.page.getByRole('radio', { name: /^Meets what we need/ }).check();
        await notes(a.page).press('End');
        await notes(a.page).pressSequentially(textA.slice(half));
      })(),
      notes(tabB).pressSequentially(textB),
    ]);

    const storedAnswers = async () => JSON.parse((await saved(a.page)) ?? '{}').state.answers.trusts[0].answers;
    // Typing is saved once it pauses (src/store/safe-storage.ts): wait for both tabs' last saves.
    await expect.poll(async () => (await storedAnswers())['q01-values'].notes).toBe(textA);
    await expect.poll(async () => (await storedAnswers())['q03-standards'].notes).toBe(textB);
    const stored = await storedAnswers();
    expect(stored['q03-standards'].notes).toBe(textB);
    expect(stored['q01-values'].rating).toBe('meets');
    // What each tab shows is what was typed there.
    await expect(notes(a.page).inputValue()).resolves.toBe(textA);
    await expect(notes(tabB).inputValue()).resolves.toBe(textB);
    await expect(a.page.getByRole('radio', { name: /^Meets what we need/ }).isChecked()).resolves.toBe(true);
    // And tab B, going to tab A's question, sees tab A's note and rating.
    await go(b, '/trusts/t1/questions/q01-values');
    await expect(notes(tabB).inputValue()).resolves.toBe(textA);
    await expect(tabB.getByRole('radio', { name: /^Meets what we need/ }).isChecked()).resolves.toBe(true);
    expectStayedOnDevice(a);
    expect(b.consoleErrors).toEqual([]);
  });
});
