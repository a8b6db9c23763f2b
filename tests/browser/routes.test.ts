import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { seed, seededAnswers } from './seed';

/**
 * Walks every route in src/ui/routes.ts, from a realistic saved state, in the built app with
 * its Content Security Policy. Fails on any request off the device, any CSP violation, any
 * console error, and any axe violation (WCAG 2.2 AA tags: target-size and focus included),
 * on each page and in each dialog.
 */

const appSource = readFileSync(resolve(import.meta.dirname, '../../src/ui/routes.ts'), 'utf8');
/** Every route pattern in the route table, written as `path: '/…'` or as `['/…', Page]`. */
const routePaths = [...new Set([...appSource.matchAll(/(?:path:\s*|\[\s*)'(\/[^']*|\*)'/g)].map((m) => m[1]!))];

const trust = seededAnswers.trusts[0]!;
/** A real address for each route pattern, built from the seeded ids. */
const concrete: Record<string, string> = {
  '/': '/',
  '/profile/:questionId': '/profile/school-name',
  '/tasks': '/tasks',
  '/trusts': '/trusts',
  '/steps/:stepId': '/steps/agree-why',
  '/trusts/:trustId/questions/:questionId': `/trusts/${trust.id}/questions/q02-autonomy`,
  '/check': '/check',
  '/report': '/report',
  '/weights': '/weights',
  '/sources': '/sources',
  '/myths': '/myths',
  '/glossary': '/glossary',
  '/strong-trusts': '/strong-trusts',
  '/your-data': '/your-data',
  '/trust-mode': '/trust-mode',
  '/open-pack': '/open-pack',
  '/compare': '/compare',
  '/meeting': '/meeting',
  // A governor's view from a link; this one is damaged, so the page says why it was not added.
  '/meeting/add-view': '/meeting/add-view?d=Zdamaged',
  '/meeting/record': `/meeting/record?trust=${trust.id}`,
  '/meeting/present': `/meeting/present?trust=${trust.id}`,
  '/meeting/decision': `/meeting/decision?trust=${trust.id}`,
  '/member': '/member',
  '*': '/no-such-page',
};

let app: App;
let violations: string[];

/** Records securitypolicyviolation events from every document the page loads. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    seen.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''}`);
    });
  });
  return seen;
}

async function visit(path: string): Promise<string> {
  await app.page.goto(`${app.url}#${path}`);
  const heading = app.page.locator('main h1').first();
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

beforeAll(async () => {
  app = await openApp();
  violations = await watchCsp(app.page);
  await seed(app.page);
  await app.page.locator('main h1').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

it('finds the route table and has an address for every route', () => {
  expect(routePaths.length).toBeGreaterThanOrEqual(10);
  const missing = routePaths.filter((p) => !(p in concrete));
  expect(missing, 'routes.test.ts needs an address for each new route').toEqual([]);
});

it('serves the built page with the Content Security Policy in a meta tag', async () => {
  const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("object-src 'none'");
  // No inline script in the page at all.
  const inline = await app.page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  expect(inline).toBe(0);
});

it('has a CSP that really refuses inline script and other sites (and this test sees it)', async () => {
  const page = await app.context.newPage();
  const seen = await watchCsp(page);
  await page.goto(app.url);
  await page.locator('main h1').first().waitFor();
  const results = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const fetched = await fetch('https://example.invalid/collect').then(
      () => true,
      () => false,
    );
    await new Promise((r) => setTimeout(r, 100));
    return { inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, fetched };
  });
  // (eval cannot be tried from here: Playwright's evaluate is exempt from the page's CSP.
  // The meta test above checks that the policy has no 'unsafe-eval'.)
  expect(results).toEqual({ inlineRan: false, fetched: false });
  expect(seen.some((v) => v.startsWith('script-src'))).toBe(true);
  expect(seen.some((v) => v.startsWith('connect-src'))).toBe(true);
  await page.close();
});

describe('every route, from a saved state', () => {
  for (const pattern of routePaths) {
    it(`${pattern} renders, passes axe, stays on the device, breaks no CSP rule`, async () => {
      const path = concrete[pattern];
      expect(path, `no address for ${pattern}`).toBeDefined();
      const heading = await visit(path!);
      expect(heading).not.toMatch(/something went wrong/i);
      // Every real route shows its own page; only the catch-all says "not found".
      if (pattern === '*') expect(heading).toMatch(/not found/i);
      else expect(heading).not.toMatch(/not found/i);
      await expectNoAxeViolations(app.page, pattern);
      expect(violations).toEqual([]);
      expectStayedOnDevice(app);
    });
  }

  it('the saved answers are what the pages show (the seed was read)', async () => {
    await visit('/trusts');
    await expect.poll(() => app.page.getByText(trust.name).first().isVisible()).toBe(true);
  });
});

describe('dialogs', () => {
  async function checkDialog(where: string) {
    const dialog = app.page.getByRole('dialog');
    await dialog.waitFor();
    // Focus moves into the dialog and is visible.
    const focusInside = await app.page.evaluate(() => document.querySelector('[role="dialog"]')?.contains(document.activeElement) ?? false);
    expect(focusInside).toBe(true);
    await expectNoAxeViolations(app.page, where);
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(violations).toEqual([]);
    expectStayedOnDevice(app);
  }

  it('glossary dialog on a question page', async () => {
    await visit(`/trusts/${trust.id}/questions/q06-members-trustees`);
    const details = app.page.locator('main details').first();
    // "What to look for" may already be open (it is, the first time a question is seen).
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
    const term = details.locator('button[aria-haspopup="dialog"]').first();
    await term.click();
    await checkDialog('glossary dialog');
    // Focus goes back to the term that opened it.
    const focused = await app.page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent}`);
    expect(focused).toMatch(/^BUTTON .*what this means/);
  });

  it('"Start again" confirmation on the start page', async () => {
    await visit('/');
    await app.page.getByRole('button', { name: 'Start again' }).click();
    await checkDialog('start again dialog');
  });

  it('earlier copies and the unreadable copy on Your data, and "Go back to this copy"', async () => {
    const point = { id: 'p1', at: '2026-11-29T10:42:00.000Z', reason: 'remove-trust', label: 'Before you removed Oak Valley Learning Trust', summary: '', answers: seededAnswers };
    await app.page.evaluate((value) => {
      localStorage.setItem('join-a-trust:restore-points', value);
      localStorage.setItem('join-a-trust:answers:unreadable-copy', '{"state":');
    }, JSON.stringify([point]));
    await visit('/your-data');
    await app.page.getByRole('heading', { level: 3, name: 'Before you removed Oak Valley Learning Trust' }).waitFor();
    await app.page.getByRole('button', { name: 'Download the copy' }).waitFor();
    await expectNoAxeViolations(app.page, 'Your data with earlier copies');
    await app.page.getByRole('button', { name: /Go back to this copy/ }).click();
    await checkDialog('go back to this copy dialog');
    await app.page.evaluate(() => {
      localStorage.removeItem('join-a-trust:restore-points');
      localStorage.removeItem('join-a-trust:answers:unreadable-copy');
    });
  });

  it('"Delete all data" confirmation on Your data', async () => {
    await visit('/your-data');
    await app.page.getByRole('button', { name: 'Delete all data on this device' }).click();
    await checkDialog('delete all data dialog');
  });
});

describe('keyboard focus is always visible (WCAG 2.4.7; axe cannot check this)', () => {
  for (const path of ['/', `/trusts/${trust.id}/questions/q02-autonomy`, '/tasks', '/your-data']) {
    it(`${path}: every element reached with Tab looks different when focused`, async () => {
      await visit(path);
      await app.page.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
      const invisible: string[] = [];
      let reached = 0;
      for (let i = 0; i < 40; i += 1) {
        await app.page.keyboard.press('Tab');
        const result = await app.page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const look = () => {
            const s = getComputedStyle(el);
            return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine].join('|');
          };
          const focused = look();
          const outline = getComputedStyle(el).outlineStyle !== 'none' && parseFloat(getComputedStyle(el).outlineWidth) >= 2;
          el.blur();
          const unfocused = look();
          el.focus({ preventScroll: true });
          const name = `${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}"`;
          return { name, visible: outline || focused !== unfocused };
        });
        if (!result) break;
        reached += 1;
        if (!result.visible) invisible.push(result.name);
      }
      expect(reached).toBeGreaterThan(3);
      expect(invisible).toEqual([]);
    });
  }
});
