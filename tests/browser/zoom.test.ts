import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { seed, seededAnswers } from './seed';

/**
 * WCAG 1.4.10 Reflow: at 400% zoom a 1280 × 1024 window is 320 × 256 CSS pixels. Nothing
 * may need scrolling sideways at that size (a long word or table would).
 */

const trustId = seededAnswers.trusts[0]!.id;

const pages: [string, string][] = [
  ['start page', '/'],
  ['a profile question', '/profile/school-type'],
  ['a question page', `/trusts/${trustId}/questions/q02-autonomy`],
  ['the task list', '/tasks'],
  ['a step page', '/steps/agree-why'],
  ['check answers', '/check'],
  ['the report', '/report'],
];

let app: App;

beforeAll(async () => {
  app = await openApp({ width: 320, height: 256 });
  await seed(app.page);
  await app.page.locator('main h1').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('at 400% zoom (320 × 256 CSS px)', () => {
  it('the viewport really is 320 px wide', async () => {
    await expect(app.page.evaluate(() => document.documentElement.clientWidth)).resolves.toBeLessThanOrEqual(320);
  });

  it('the check notices a page that is too wide (so it can fail)', async () => {
    await app.page.goto(`${app.url}#/`);
    await app.page.locator('main h1').first().waitFor();
    const scrolls = await app.page.evaluate(() => {
      const wide = document.createElement('p');
      wide.textContent = 'Supercalifragilisticexpialidociousness'.repeat(3);
      document.querySelector('main')?.append(wide);
      const result = document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;
      wide.remove();
      return result;
    });
    expect(scrolls).toBe(true);
  });

  for (const [name, path] of pages) {
    it(`${name} (${path}) does not scroll sideways`, async () => {
      await app.page.goto(`${app.url}#${path}`);
      await app.page.locator('main h1').first().waitFor();
      // Open every disclosure too: its contents must reflow as well.
      await app.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const size = await app.page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}: ${Math.round(el.getBoundingClientRect().right)}px`);
        return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
      });
      expect(size.scrollWidth, `too wide: ${size.wide.join(', ')}`).toBeLessThanOrEqual(size.clientWidth + 1);
    });
  }
});
