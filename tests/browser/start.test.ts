import { afterEach, beforeEach, expect, inject, it } from 'vitest';
import { chromiumArgs } from './chromium';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';

let app: App;
beforeEach(async () => {
  app = await openApp();
});
afterEach(async () => {
  await app.close();
});

it('serves the start page from a sub-path, accessible, with no request off the device', async () => {
  await expect.poll(() => app.page.getByRole('heading', { level: 1, name: 'Should we join a trust?' }).isVisible()).toBe(true);
  await expect(app.page.title()).resolves.toBe('Should we join a trust?');
  await expectNoAxeViolations(app.page, 'start page');
  expectStayedOnDevice(app);
});

it('keeps a deep link working after a reload', async () => {
  await app.page.goto(`${app.url}#/sources`);
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor(); // the page loads on demand
  await expect.poll(() => app.page.getByRole('heading', { level: 1, name: 'Sources' }).isVisible()).toBe(true);
  expectStayedOnDevice(app);
});

it('writes no address once its entry script has run, so an address the user changes while it starts is never overwritten', async () => {
  // The rest of the app is held back until the page's own scripts have run, as on a slow
  // laptop, and every history write is recorded with whether it came after them.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  try {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const writes: string[] = [];
      (window as unknown as { historyWrites: string[] }).historyWrites = writes;
      let parsed = false;
      document.addEventListener('DOMContentLoaded', () => (parsed = true));
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name];
        history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
          writes.push(`${name} ${parsed ? 'after' : 'before'} the entry script`);
          return original.apply(this, args);
        };
      }
    });
    let release: () => void = () => {};
    const released = new Promise<void>((done) => (release = done));
    let held = 0;
    // React and the app's frame (the start-up chunk), held back.
    await context.route(/\/assets\/startup-[^/]*\.js$/, async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${inject('appUrl')}#/sources`, { waitUntil: 'domcontentloaded' });
    release();
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    expect(held).toBeGreaterThan(0);
    const writes = await page.evaluate(() => (window as unknown as { historyWrites: string[] }).historyWrites);
    expect(writes.filter((w) => w.includes('after'))).toEqual([]);
    expect(writes).toEqual(['replaceState before the entry script']);
    expect(page.url()).toMatch(/#\/sources$/);
  } finally {
    await browser.close();
  }
});
