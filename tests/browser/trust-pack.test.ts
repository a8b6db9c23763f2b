import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, it } from 'vitest';
import { LINK_LIMIT, packToLinkData } from '@/domain/pack-link';
import { PACK_FORMAT } from '@/domain/trust-pack';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { seed, seededAnswers } from './seed';

/**
 * Trust packs in real Chromium, in the built app with its CSP: a trust prepares a pack in
 * trust mode and makes a link; a school opens the link in a fresh browser and sees the
 * trust's answers beside question 1; then compares its trusts.
 */

const out = resolve(import.meta.dirname, '../../out');
const opened: App[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((a) => a.close()));
});

async function open(hash?: string): Promise<App> {
  const app = await openApp(hash ? { hash } : {});
  opened.push(app);
  await app.page.locator('main h1').first().waitFor();
  return app;
}

/** A small PNG logo, drawn by the browser itself. */
async function drawLogo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 160;
    canvas.height = 48;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#0f6b3a';
    g.fillRect(0, 0, 160, 48);
    g.fillStyle = '#ffffff';
    g.beginPath();
    g.arc(24, 24, 16, 0, Math.PI * 2);
    g.fill();
    g.font = 'bold 20px sans-serif';
    g.fillText('OAK', 52, 32);
    return canvas.toDataURL('image/png');
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

/** True when the page scrolls sideways (WCAG reflow). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

it('a trust prepares a pack and a school opens it by link in a fresh browser', async () => {
  // The trust, in trust mode.
  const trust = await open('#/trust-mode');
  const page = trust.page;
  await page.getByLabel('Name of the trust').fill('Oak Valley Learning Trust');
  await page.getByLabel('What we charge centrally (optional)').fill('5% of GAG, for finance, HR and school improvement.');
  await page
    .getByLabel('What does the Trust care about and how do our values match up?')
    .fill('We put children first.\nEvery school keeps its own name, uniform and character.');
  await page.getByRole('button', { name: 'Add a document' }).click();
  await page.getByLabel('Title').fill('Accounts 2025');
  await page.getByLabel(/Web address/).fill('https://oak.example/accounts-2025.pdf');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Sam Patel');
  await page.getByLabel('Role', { exact: true }).fill('Chief executive');
  await page.setInputFiles('#pack-logo', { name: 'oak.png', mimeType: 'image/png', buffer: await drawLogo(page) });
  await page.getByRole('status').filter({ hasText: 'Your logo oak.png has been added' }).waitFor();
  await page.getByLabel('Use our colour').check();
  await page.locator('#pack-colour').fill('#0f6b3a');
  await expect.poll(() => page.getByText(/Your colour will be used/).isVisible()).toBe(true);
  await expectNoAxeViolations(page, 'trust mode');
  mkdirSync(out, { recursive: true });
  await page.locator('#pack-colour').scrollIntoViewIfNeeded();
  await page.screenshot({ path: resolve(out, 'trust-mode.png') });

  // The file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the pack to a file' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^trust-pack-oak-valley-learning-trust-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(file).toMatchObject({ format: PACK_FORMAT, version: 1, pack: { trustName: 'Oak Valley Learning Trust', colour: '#0f6b3a' } });
  expect(file.pack.logo).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);

  // The link, copied to the clipboard.
  await trust.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(trust.url).origin });
  await page.getByRole('button', { name: 'Make a link' }).click();
  const box = page.getByLabel('Link to your pack');
  await box.waitFor();
  const link = await box.inputValue();
  expect(link.startsWith(`${trust.url.split('#')[0]}#/open-pack?d=Z`)).toBe(true);
  expect(link.length).toBeLessThanOrEqual(LINK_LIMIT);
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await page.getByText('The link has been copied').waitFor();
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
  await expectNoAxeViolations(page, 'trust mode with a link');
  expectStayedOnDevice(trust);

  // A school, in a fresh browser, already considering another trust.
  const school = await open();
  await seed(school.page);
  await school.page.goto(link);
  await school.page.getByRole('heading', { level: 2, name: 'Oak Valley Learning Trust' }).waitFor();
  await expect.poll(() => school.page.getByRole('img', { name: 'Oak Valley Learning Trust logo' }).isVisible()).toBe(true);
  await expectNoAxeViolations(school.page, 'open-pack');
  await school.page.getByRole('button', { name: 'Add Oak Valley Learning Trust to your trusts' }).click();
  await school.page.getByRole('link', { name: /answer beside question 1/ }).click();
  await school.page.getByRole('heading', { level: 1, name: /What does the Trust care about/ }).waitFor();
  const panel = school.page.getByRole('region', { name: 'Provided by the trust' });
  await panel.getByText('We put children first.', { exact: false }).waitFor();
  await expect.poll(() => panel.getByText('Oak Valley Learning Trust, in its pack of', { exact: false }).isVisible()).toBe(true);
  const band = await panel.locator('.pack-band').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(band).toBe('rgb(15, 107, 58)');
  // The school's own rating is unset: the trust cannot set it.
  await expect(school.page.locator('input[type=radio]:checked').count()).resolves.toBe(0);
  await expectNoAxeViolations(school.page, 'question page with a trust pack');
  mkdirSync(out, { recursive: true });
  await school.page.screenshot({ path: resolve(out, 'trust-pack.png'), fullPage: false, clip: undefined });

  // Both trusts side by side.
  await school.page.goto(`${school.url}#/compare`);
  const table = school.page.getByRole('table', { name: /Ratings, evidence strength and red flags/ });
  await table.waitFor();
  await expect.poll(() => table.getByRole('columnheader', { name: seededAnswers.trusts[0]!.name }).isVisible()).toBe(true);
  await expect.poll(() => table.getByRole('columnheader', { name: 'Oak Valley Learning Trust' }).isVisible()).toBe(true);
  await expectNoAxeViolations(school.page, 'compare');
  await school.page.screenshot({ path: resolve(out, 'compare.png'), fullPage: true });
  // The report keeps the trust's words apart from the school's checks.
  await school.page.goto(`${school.url}#/report`);
  await school.page.getByRole('heading', { level: 4, name: 'Provided by the trust' }).waitFor();
  await expect(school.page.getByText('Provided by the trust (not checked)').count()).resolves.toBe(10);
  await expectNoAxeViolations(school.page, 'report with a trust pack');
  await school.page.goto(`${school.url}#/compare`);
  await table.waitFor();
  // At 320 px the table scrolls inside its wrapper, not the page.
  await school.page.setViewportSize({ width: 320, height: 640 });
  await expect(scrollsSideways(school.page)).resolves.toBe(false);
  await school.page.screenshot({ path: resolve(out, 'compare-320.png') });
  for (const path of ['/trust-mode', '/open-pack', '/trusts/t2/questions/q01-values']) {
    await school.page.goto(`${school.url}#${path}`);
    await school.page.locator('main h1').first().waitFor();
    for (const summary of await school.page.locator('main details > summary').all()) await summary.click();
    await expect(scrollsSideways(school.page), `${path} at 320 px`).resolves.toBe(false);
  }
  expectStayedOnDevice(school);
});

it('shows a hostile pack from a link as inert text, with no script run and no CSP breach', async () => {
  const hostile = '<script>window.__hacked = true</script><img src=x onerror="window.__hacked = true">';
  const data = await packToLinkData({
    trustName: `Evil Trust ${hostile}`,
    preparedOn: '2026-11-25',
    answers: { 'q01-values': { answer: hostile } },
    contacts: [{ name: hostile, role: hostile }],
    links: [],
  });
  const school = await open();
  // A school with its profile finished: the pack's questions open (before that, the link goes to the profile first).
  await seed(school.page);
  const dialogs: string[] = [];
  school.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await school.page.goto(`${school.url}#/open-pack?d=${data}`);
  await school.page.getByRole('button', { name: /to your trusts/ }).click();
  await school.page.getByRole('link', { name: /answer beside question 1/ }).click();
  const panel = school.page.getByRole('region', { name: 'Provided by the trust' });
  const answer = panel.locator('.pack-text').first();
  await answer.waitFor();
  await expect(answer.textContent()).resolves.toBe(hostile);
  await expect(panel.locator('script, img').count()).resolves.toBe(0);
  await expect(school.page.evaluate(() => (window as { __hacked?: boolean }).__hacked)).resolves.toBeUndefined();
  expect(dialogs).toEqual([]);
  expectStayedOnDevice(school);
});

it('refuses a damaged link, saying so, and keeps the school’s answers', async () => {
  const school = await open();
  await seed(school.page);
  await school.page.goto(`${school.url}#/open-pack?d=Zthis-is-not-a-pack`);
  const summary = school.page.getByRole('alert');
  await summary.waitFor();
  await expect(summary.textContent()).resolves.toMatch(/The link could not be opened\. .*damaged or cut short.*Nothing has been changed/);
  await expectNoAxeViolations(school.page, 'open-pack with an error');
  const saved = await school.page.evaluate(() => JSON.parse(localStorage.getItem('join-a-trust:answers') ?? '{}'));
  expect(saved.state.answers.trusts).toEqual(seededAnswers.trusts);
  expectStayedOnDevice(school);
});
