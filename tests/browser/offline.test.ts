import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectStayedOnDevice, openApp, type App } from './harness';
import { STORAGE_KEY, seededState } from './seed';

/**
 * After one visit the service worker has precached the whole build, so with the network off
 * the app loads, every page (each one a lazily loaded chunk) works, answers save, and the
 * PDF (jspdf, its table plugin and the PDF's font, also lazily loaded) is made.
 */

let app: App;

beforeAll(async () => {
  app = await openApp();
  await app.page.locator('main h1').first().waitFor();
  // The first visit installs the service worker; clientsClaim makes it control this page
  // once it has precached everything.
  const controlled = await app.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
    return navigator.serviceWorker.controller?.scriptURL ?? '';
  });
  expect(controlled).toMatch(/\/our-school\/tools\/join-a-trust\/sw\.js$/);
  await app.context.setOffline(true);
});

afterAll(async () => {
  await app?.close();
});

it('is installable: Chromium finds no problem with the manifest or service worker', async () => {
  const cdp = await app.context.newCDPSession(app.page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toMatch(/\/our-school\/tools\/join-a-trust\/manifest\.webmanifest$/);
  expect(manifest.errors).toEqual([]);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's browser contexts count as incognito windows, where nothing is installable.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  await cdp.detach();
});

it('is really offline (a file the service worker has not cached cannot be fetched)', async () => {
  const reached = await app.page.evaluate(() =>
    fetch(`./robots.txt?not-precached=${Date.now()}`).then(
      () => true,
      () => false,
    ),
  );
  expect(reached).toBe(false);
});

it('reloads the start page with the network off', async () => {
  await app.page.reload();
  const heading = app.page.getByRole('heading', { level: 1, name: 'Should we join a trust?' });
  await heading.waitFor();
  await expect.poll(() => heading.isVisible()).toBe(true);
});

it('answers a profile question offline, and the answer is saved', async () => {
  await app.page.getByRole('button', { name: 'Start now' }).click();
  const name = app.page.getByRole('textbox').first();
  await name.waitFor();
  await name.fill('Offline Primary School');
  await app.page.getByRole('button', { name: 'Save and continue' }).click();
  await app.page.waitForURL((url) => !url.hash.includes('school-name'));
  await app.page.locator('main h1').first().waitFor();
  const saved = await app.page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  expect(JSON.parse(saved ?? '{}').state.answers.profile['school-name']).toBe('Offline Primary School');
});

it('opens every page offline (each is a lazily loaded chunk)', async () => {
  for (const path of ['/tasks', '/trusts', '/glossary', '/myths', '/sources', '/your-data', '/check']) {
    await app.page.goto(`${app.url}#${path}`);
    const heading = app.page.locator('main h1').first();
    await heading.waitFor();
    expect(await heading.textContent(), path).not.toMatch(/something went wrong|could not start/i);
  }
});

it('makes and downloads the PDF report offline', async () => {
  await app.page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, seededState] as const);
  await app.page.goto(`${app.url}#/report`);
  await app.page.reload();
  const button = app.page.getByRole('button', { name: /download.*pdf/i });
  await button.waitFor();
  const [download] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(2000);
  // Printed in the PDF's own font, which is loaded (from the service worker) only now.
  expect(bytes.toString('latin1')).toContain('/BaseFont /Arimo');
});

it('asked no other site for anything, and logged no error', () => {
  // Failed fetches while offline are expected only for the deliberate probe above.
  app.consoleErrors.splice(0, app.consoleErrors.length, ...app.consoleErrors.filter((e) => !/not-precached|Failed to fetch|ERR_INTERNET_DISCONNECTED/.test(e)));
  expectStayedOnDevice(app);
});
