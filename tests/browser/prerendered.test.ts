import { chromium, type Browser, type Page } from 'playwright-core';
import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations } from './harness';
import { STORAGE_KEY, seededState } from './seed';

/*
 * A first visit shows the page the build prerendered (src/ui/early.ts) before React has even
 * downloaded; the app then takes its place (src/ui/take-over.ts) without losing anything done
 * on it. Here React's code (the start-up chunk) is held back, as on a slow laptop, until the
 * test has used the prerendered page, then let through.
 */

let browser: Browser;
beforeEach(async () => {
  browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
});
afterEach(async () => {
  await browser.close();
});

async function open(hash: string, storage?: Record<string, string>) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB' });
  if (storage) {
    await context.addInitScript((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, storage);
  }
  // Every layout shift, as Lighthouse counts them (the prerendered page must move nothing).
  await context.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts.push((e as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  await context.route(/\/assets\/startup-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${inject('appUrl')}${hash}`, { waitUntil: 'domcontentloaded' });
  return { page, release, requests, errors };
}

const prerendered = (page: Page) => page.locator('main[data-prerendered]');
const tookOver = (page: Page) => page.waitForFunction(() => document.getElementById('root')?.hasAttribute('data-started') && !document.querySelector('[data-prerendered]'));
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY);

it('shows the first question before React has loaded, and keeps what was typed on it, the cursor with it', async () => {
  const { page, release, errors } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  await page.getByRole('heading', { level: 1, name: 'What is your school called?' }).waitFor();
  expect(await page.title()).toBe('What is your school called? – Should we join a trust?');
  await page.getByLabel('What is your school called?').click();
  await page.keyboard.type('Elm');
  release();
  await tookOver(page);
  // The app's own field, focused, with what was typed; typing goes on where it left off.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('profile-school-name');
  await page.keyboard.type(' Primary');
  await expect.poll(() => page.getByLabel('What is your school called?').inputValue()).toBe('Elm Primary');
  await expect.poll(async () => JSON.parse((await saved(page)) || '{}')?.state?.answers?.profile?.['school-name']).toBe('Elm Primary');
  expect(errors).toEqual([]);
});

it('acts on "Save and continue" pressed before React had loaded, once it has', async () => {
  const { page, release } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  await page.getByLabel('What is your school called?').fill('Oak Academy');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  // Nothing is sent anywhere, and the page stays as it is.
  expect(page.url()).toMatch(/#\/profile\/school-name$/);
  release();
  await page.getByRole('heading', { level: 1, name: 'Which phase is your school?' }).waitFor();
  expect(page.url()).toMatch(/#\/profile\/phase$/);
  await expect.poll(async () => JSON.parse((await saved(page)) || '{}')?.state?.answers?.profile?.['school-name']).toBe('Oak Academy');
});

it('moves nothing on the screen as the prerendered page appears and as the app takes its place', async () => {
  const { page, release } = await open('');
  await prerendered(page).waitFor();
  release();
  await tookOver(page);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
});

it('shows the start page before React has loaded, accessible, and starts when "Start now" was pressed early', async () => {
  const { page, release, errors } = await open('');
  await prerendered(page).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Should we join a trust?' }).waitFor();
  await expectNoAxeViolations(page, 'prerendered start page');
  await page.getByRole('button', { name: 'Start now' }).click();
  release();
  await page.getByRole('heading', { level: 1, name: 'What is your school called?' }).waitFor();
  expect(errors).toEqual([]);
});

it('shows a returning visitor nothing prerendered: the app shows their own answers', async () => {
  const { page, release, requests } = await open('#/profile/school-name', { [STORAGE_KEY]: seededState });
  // The entry script has run (it asked for the page's code) without asking for a prerendered page.
  await expect.poll(() => requests.some((r) => /\/assets\/ProfilePage-[^/]*\.js$/.test(r))).toBe(true);
  expect(await prerendered(page).count()).toBe(0);
  release();
  await expect.poll(() => page.getByLabel('What is your school called?').inputValue()).not.toBe('');
  expect(requests.filter((r) => /\/assets\/page-/.test(r))).toEqual([]);
});

it('follows a link pressed before React had loaded, without leaving the prerendered page on show', async () => {
  const { page, release } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  await page.getByRole('link', { name: 'Go to your tasks' }).click();
  await expect.poll(() => prerendered(page).count()).toBe(0);
  expect(await page.locator('main h1').count()).toBe(0);
  release();
  await expect.poll(() => page.url()).toMatch(/#\/tasks$/);
  await page.locator('main h1').waitFor();
  expect(await page.locator('main h1').textContent()).not.toBe('What is your school called?');
});

it('forgets a press followed by more typing (Enter on an empty field, then the name): nothing moves on with half an answer', async () => {
  const { page, release } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  const field = page.getByLabel('What is your school called?');
  await field.click();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Oak Acad');
  release();
  await tookOver(page);
  await page.keyboard.type('emy');
  await expect.poll(() => field.inputValue()).toBe('Oak Academy');
  expect(page.url()).toMatch(/#\/profile\/school-name$/);
  await expect.poll(async () => JSON.parse((await saved(page)) || '{}')?.state?.answers?.profile?.['school-name']).toBe('Oak Academy');
});

it('keeps keyboard focus on a link, and follows a link pressed after typing only once what was typed is saved', async () => {
  const { page, release } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  await page.getByLabel('What is your school called?').fill('Oak Academy');
  await page.getByRole('link', { name: 'Glossary' }).click();
  expect(page.url()).toMatch(/#\/profile\/school-name$/); // held until the app can save first
  release();
  await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
  await expect.poll(async () => JSON.parse((await saved(page)) || '{}')?.state?.answers?.profile?.['school-name']).toBe('Oak Academy');

  const second = await open('#/profile/phase');
  await prerendered(second.page).waitFor();
  await second.page.getByRole('link', { name: 'Back' }).focus();
  second.release();
  await tookOver(second.page);
  expect(await second.page.evaluate(() => document.activeElement?.textContent)).toBe('Back');
});

it('the skip link moves focus to the page before React has loaded, and never leads to "Page not found"', async () => {
  const { page, release } = await open('#/profile/school-name');
  await prerendered(page).waitFor();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  expect(page.url()).toMatch(/#\/profile\/school-name$/);
  release();
  await tookOver(page);
  await page.getByRole('heading', { level: 1, name: 'What is your school called?' }).waitFor();
});
