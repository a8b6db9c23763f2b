import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { completeAssessment } from '../report/scenarios';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { seededAnswers, STORAGE_KEY } from './seed';

/** The app on a phone (375×812) beside a laptop (1366×768): the menu, wide tables and the rating scale. */

const twoTrusts = JSON.stringify({
  state: {
    answers: {
      ...seededAnswers,
      trusts: [...seededAnswers.trusts, { id: 't2', name: 'Cedar Valley Multi-Academy Trust', answers: { 'q01-values': { rating: 'meets', evidence: 'claim' } } }],
    },
  },
  version: 1,
});

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const phone = { width: 375, height: 812 };
const laptop = { width: 1366, height: 768 };

describe('the site navigation', () => {
  it('on a phone, sits behind a Menu button that opens, closes on Escape and after a link', async () => {
    app = await openApp({ ...phone, hash: '#/sources', storage: { [STORAGE_KEY]: twoTrusts } });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    const menu = page.getByRole('button', { name: 'Menu' });
    const glossary = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(glossary.isVisible()).resolves.toBe(false);
    // The header no longer takes about 230 px of the phone's height.
    const header = await page.locator('header').boundingBox();
    expect(header!.height).toBeLessThan(120);

    // Keyboard: open with Enter, close with Escape, focus back on the button.
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await glossary.waitFor({ state: 'visible' });
    await expectNoAxeViolations(page, 'phone menu open');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await glossary.waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Menu');

    // A link in the menu goes there and closes the menu.
    await menu.click();
    await glossary.click();
    await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await glossary.waitFor({ state: 'hidden' });
    expectStayedOnDevice(app);
  });

  it('on a laptop, shows its links and no Menu button', async () => {
    app = await openApp({ ...laptop, hash: '#/sources' });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Sources' }).waitFor();
    await expect(page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).isVisible()).resolves.toBe(true);
  });
});

describe('wide tables', () => {
  it('on a phone, say that they scroll, and their caption is never cut', async () => {
    app = await openApp({ ...phone, hash: '#/compare', storage: { [STORAGE_KEY]: twoTrusts } });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Compare the trusts' }).waitFor();
    await page.getByText('This table is wider than your screen. Scroll sideways to see all of it.').first().waitFor();
    const captions = await page.locator('main caption').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
    expect(captions.length).toBeGreaterThan(0);
    for (const right of captions) expect(right).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page, 'compare on a phone');
  });

  it('on a laptop, say nothing about scrolling when the table fits', async () => {
    app = await openApp({ ...laptop, hash: '#/compare', storage: { [STORAGE_KEY]: twoTrusts } });
    const { page } = app;
    await page.getByRole('heading', { level: 1, name: 'Compare the trusts' }).waitFor();
    await page.locator('main table').first().waitFor();
    await expect(page.getByText('Scroll sideways to see all of it.').count()).resolves.toBe(0);
  });
});

describe('the rating scale', () => {
  it('is one column on a phone', async () => {
    app = await openApp({ ...phone, hash: '#/meeting/record', storage: { [STORAGE_KEY]: twoTrusts } });
    const { page } = app;
    const first = page.getByRole('group', { name: /^1\. / });
    await first.waitFor();
    const lefts = await first.locator('.radios__item').evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().left)));
    expect(lefts.length).toBe(5);
    expect(new Set(lefts).size).toBe(1);
  });
});

describe('the report’s summary of the trusts', () => {
  const complete = { [STORAGE_KEY]: JSON.stringify({ state: { answers: completeAssessment(content) }, version: 1 }) };
  const summaryTable = (page: Page) => page.locator('section[aria-labelledby="summary-trusts"] .table-wrap');

  /** The roles Chromium itself gives the table's parts (its accessibility tree, not the DOM). */
  async function chromiumRoles(page: Page): Promise<string[]> {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
    await cdp.detach();
    return nodes.map((n) => `${n.role?.value}:${n.name?.value ?? ''}`);
  }

  it('on a phone, is a card for each trust: nothing scrolls sideways, each value under its column’s name, still a table to a screen reader', async () => {
    app = await openApp({ ...phone, hash: '#/report', storage: complete });
    const { page } = app;
    const region = summaryTable(page);
    await region.locator('tbody tr').first().waitFor();
    const box = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, right: el.getBoundingClientRect().right }));
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(box.right).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(page.locator('section[aria-labelledby="summary-trusts"]').getByTestId('table-scrolls').count()).resolves.toBe(0);
    // Cards: the header row is out of sight, each row is a box, each value has its column's name before it.
    await expect(region.locator('thead').evaluate((el) => el.getBoundingClientRect().height <= 1)).resolves.toBe(true);
    const cells = await region.locator('tbody td').evaluateAll((tds) =>
      tds.map((td) => ({ label: getComputedStyle(td, '::before').content, head: td.dataset.label, width: td.getBoundingClientRect().width })),
    );
    const head = await region.locator('thead th').allInnerTexts();
    expect(cells.length).toBe(2 * (head.length - 1));
    for (const cell of cells) {
      expect(cell.label).toContain(cell.head!);
      expect(head).toContain(cell.head);
      expect(cell.width).toBeGreaterThan(250);
    }
    await page.screenshot({ path: 'out/browser-report/summary-375.png', fullPage: false });
    // Still a table: Chromium's own tree has the table, its column headers, the trusts as row headers and the cells.
    const roles = await chromiumRoles(page);
    expect(roles).toContain('table:');
    for (const h of head.slice(1)) expect(roles).toContain(`columnheader:${h}`);
    for (const trust of completeAssessment(content).trusts) expect(roles).toContain(`rowheader:${trust.name}`);
    await expectNoAxeViolations(page, 'report on a phone');
  });

  it('on a laptop, is a table with its header row', async () => {
    app = await openApp({ ...laptop, hash: '#/report', storage: complete });
    const { page } = app;
    const region = summaryTable(page);
    await region.locator('tbody tr').first().waitFor();
    await expect(region.locator('thead').isVisible()).resolves.toBe(true);
    expect(await region.locator('tbody tr').first().evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(await region.locator('tbody td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('none');
  });
});
