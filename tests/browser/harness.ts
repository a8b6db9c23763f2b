import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { chromiumArgs } from './chromium';

export interface App {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Absolute URL of the app's start page. */
  url: string;
  /** Every request the page made that did not go to the local server. */
  foreignRequests: string[];
  /** Console errors, CSP violations included. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/** Opens the built app in headless Chromium, recording every request and console error. */
export async function openApp(
  options: {
    width?: number;
    height?: number;
    /** Opened directly (a deep link), not reached by changing the address after the start page. */
    hash?: string;
    /** Written to localStorage before the app's first script runs (once per tab, not on reloads). */
    storage?: Record<string, string>;
  } = {},
): Promise<App> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'en-GB',
    acceptDownloads: true,
  });
  if (options.storage) {
    await context.addInitScript((items) => {
      if (sessionStorage.getItem('test:seeded')) return;
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
      sessionStorage.setItem('test:seeded', '1');
    }, options.storage);
  }
  const page = await context.newPage();
  const origin = inject('appOrigin');
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const url = inject('appUrl');
  await page.goto(url + (options.hash ?? ''));
  return {
    browser,
    context,
    page,
    url,
    foreignRequests,
    consoleErrors,
    close: () => browser.close(),
  };
}

/** Runs axe with the WCAG 2.2 AA rule set and fails on any violation, naming each. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}

/** The checks every screen gets: no request off the device, no console error. */
export function expectStayedOnDevice(app: App): void {
  expect(app.foreignRequests).toEqual([]);
  expect(app.consoleErrors).toEqual([]);
}
