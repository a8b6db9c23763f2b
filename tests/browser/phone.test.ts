import { afterEach, describe, expect, it } from 'vitest';
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
