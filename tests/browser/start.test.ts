import { afterEach, beforeEach, expect, it } from 'vitest';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';

let app: App;
beforeEach(async () => {
  app = await openApp();
});
afterEach(async () => {
  await app.close();
});

it('serves the start page from a sub-path, accessible, with no request off the device', async () => {
  await expect(app.page.getByRole('heading', { level: 1, name: 'Should we join a trust?' }).isVisible()).resolves.toBe(true);
  await expect(app.page.title()).resolves.toBe('Should we join a trust?');
  await expectNoAxeViolations(app.page, 'start page');
  expectStayedOnDevice(app);
});

it('keeps a deep link working after a reload', async () => {
  await app.page.goto(`${app.url}#/sources`);
  await app.page.reload();
  await app.page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor(); // the page loads on demand
  await expect(app.page.getByRole('heading', { level: 1, name: 'Sources' }).isVisible()).resolves.toBe(true);
  expectStayedOnDevice(app);
});
