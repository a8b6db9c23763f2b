import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { STORE_VERSION } from '@/store/answers-store';
import { completeAssessment } from '../report/scenarios';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { STORAGE_KEY } from './seed';

/*
 * The report a chair hands to the board, in real Chromium at 1366×768: the board records its
 * decision through the UI, and the decision is then on the report's first screen and on
 * page 1 of the PDF the app makes; the PDF's board summary is on pages 1–2; printing the page
 * gives the same order with no navigation; the weights are changed on their own page, by
 * keyboard.
 */

const OUT = 'out/browser-report';
const WIDTH = 1366;
const HEIGHT = 768;
/** A web address a trust published, with letters beyond ASCII: printed, it must read exactly as typed. */
const LINK = 'https://ysgol-dŵr.example/adroddiad/łódź?blwyddyn=2026';
/** Every step still to do, so the school's record alone would be "Exploring": the decision must still head the report. */
const complete = completeAssessment(content);
const answers = {
  ...complete,
  steps: {},
  trusts: complete.trusts.map((t, i) =>
    i === 0
      ? { ...t, pack: { trustName: t.name, preparedOn: '2026-11-25', answers: {}, about: {}, contacts: [], links: [{ title: 'Adroddiad blynyddol', url: LINK }] } }
      : t,
  ),
};
const storage = { [STORAGE_KEY]: JSON.stringify({ state: { answers }, version: STORE_VERSION }) };
const pdftotext = (file: string, ...args: string[]) => execFileSync('pdftotext', ['-layout', ...args, file, '-'], { encoding: 'utf8' });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const SENTENCE = 'The governing board agreed to proceed with joining Oak Learning Trust, subject to the conditions below.';

let app: App;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  app = await openApp({ width: WIDTH, height: HEIGHT, hash: '#/meeting/decision?trust=t1', storage });
});

afterAll(async () => {
  await app?.close();
});

describe('a decision recorded through the UI heads the report and the PDF', () => {
  it('records the decision on the decision page', async () => {
    const { page } = app;
    await page.getByLabel('Agreed to proceed, with conditions').check();
    await page.getByLabel('Conditions', { exact: true }).fill('The scheme of delegation is agreed in writing');
    await page.getByLabel('What is to be done').fill('Write to the trust');
    await page.getByLabel('Who will do it').fill('Clerk');
    await page.getByRole('button', { name: 'Save the decision record' }).click();
    await page.getByLabel('The decision as the clerk would minute it').waitFor();
  });

  it('shows it on the report’s first screen at 1366×768, in the minutes’ words', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/report`);
    const verdict = page.getByTestId('verdict');
    await verdict.waitFor();
    expect(await verdict.innerText()).toBe('Agreed to proceed, with conditions: Oak Learning Trust');
    const sentence = page.getByText(SENTENCE, { exact: false }).first();
    for (const element of [verdict, sentence]) {
      const box = await element.boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(HEIGHT);
    }
    // The school's record alone says "Exploring"; the verdict does not.
    expect(await page.locator('.report-verdict').innerText()).not.toMatch(/Exploring/);
    await page.screenshot({ path: join(OUT, 'first-screen-1366.png') });
    await expectNoAxeViolations(page, 'report with a decision');
  });

  it('puts it on page 1 of the PDF, with the board summary on pages 1–2 and the appendices after', async () => {
    const { page } = app;
    const button = page.getByRole('button', { name: 'Download the report as a PDF' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const file = join(OUT, 'report.pdf');
    await download.saveAs(file);
    const first = collapse(pdftotext(file, '-f', '1', '-l', '1'));
    expect(first).toContain('THE BOARD’S DECISION');
    expect(first).toContain('Agreed to proceed, with conditions: Oak Learning Trust');
    expect(first).toContain(SENTENCE);
    const pages = pdftotext(file).split('\f');
    const firstAppendices = pages.findIndex((p) => /^\s*Appendices\s*$/m.test(p)) + 1;
    expect([2, 3]).toContain(firstAppendices);
    const firstAppendix = pages.findIndex((p) => /^\s*Appendix A: /m.test(p)) + 1;
    expect(firstAppendix).toBeGreaterThanOrEqual(2);
    expect(firstAppendix).toBeLessThanOrEqual(3);
    const summary = pages.slice(0, firstAppendices - 1).join('\n');
    for (const title of ['Verdict and why', 'The trusts side by side', 'Open red flags', 'Next steps']) {
      expect(summary).toMatch(new RegExp(`^\\s*${title}\\s*$`, 'm'));
    }
    // Next steps follow the decision: never "decide" again.
    expect(collapse(summary)).not.toMatch(/When the board is ready/);
    expect(collapse(summary)).toContain('Meet the board’s condition');
  });

  it('prints in the PDF’s order, with no navigation, header or footer', async () => {
    const { page } = app;
    await page.emulateMedia({ media: 'print' });
    try {
      for (const selector of ['header.header', 'footer.footer', '.back-link', 'main .button']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      const rowBreak = await page.locator('main tr').first().evaluate((tr) => getComputedStyle(tr).breakInside);
      expect(rowBreak).toBe('avoid');
      const appendixBreak = await page.locator('.report-appendices').evaluate((el) => getComputedStyle(el).breakBefore);
      expect(appendixBreak).toBe('page');
      const file = join(OUT, 'printed.pdf');
      await page.pdf({ path: file, format: 'A4' });
      const printed = collapse(pdftotext(file));
      expect(printed).not.toMatch(/Your tasks Board meeting/);
      // Every section's title, in the same order as the app's PDF.
      const titles = await page.locator('main h2').allInnerTexts();
      const order = titles.map((t) => printed.indexOf(collapse(t)));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      expect(titles.slice(0, 4)).toEqual(['Verdict and why', 'The trusts side by side', 'Open red flags', 'Next steps']);
      expect(titles[4]).toBe('Appendices');
      expect(titles[5]).toBe('Appendix A: The governing board’s meeting and decision');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('printed from the browser', () => {
  it('on A4: the board summary on pages 1–2, the appendices after, no navigation, and every web address printed as it is', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/report`);
    await page.getByTestId('verdict').waitFor();
    // The trust's own link is in the report, as typed.
    await expect(page.locator(`main a[href="${LINK}"]`).count()).resolves.toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    try {
      const summaryText = await page.getByTestId('board-summary').innerText();
      // The decision recorded above heads it.
      expect(summaryText).toContain('Agreed to proceed, with conditions: Oak Learning Trust');
      const addresses = await page.locator('main a[href^="http"]').evaluateAll((links) =>
        links.filter((a) => a.getClientRects().length > 0).map((a) => a.getAttribute('href')!),
      );
      const file = join(OUT, 'printed-a4.pdf');
      await page.pdf({ path: file, format: 'A4' });
      // In drawing order (-raw), so a table cell's words stay together.
      const pages = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      const all = collapse(pages.join('\n'));

      // The board summary: everything in it is on pages 1–2, and the appendices start on a page after it.
      const appendices = pages.findIndex((p) => /^\s*Appendices\s*$/m.test(p)) + 1;
      expect(appendices).toBeGreaterThanOrEqual(2);
      expect(appendices).toBeLessThanOrEqual(3);
      const firstTwo = collapse(pages.slice(0, appendices - 1).join(' '));
      const lines = summaryText.split(/[\n\t]/).map(collapse).filter((line) => line.length > 2);
      expect(lines.length).toBeGreaterThan(10);
      for (const line of lines) expect(firstTwo, line).toContain(line);
      for (const title of ['Verdict and why', 'The trusts side by side', 'Open red flags', 'Next steps']) expect(firstTwo).toContain(title);
      expect(firstTwo).not.toMatch(/Appendix A:/);
      // It opens with the report, not the site: no header, menu, navigation, buttons or footer.
      expect(collapse(pages[0]!).startsWith(collapse(await page.locator('main h1').innerText()))).toBe(true);
      for (const chrome of ['Skip to main content', 'Saved on this device only', 'Facts and myths', 'Your data', 'Menu', 'Download the report as a PDF', 'Print this page', 'Everything you enter stays on this device']) {
        expect(all, chrome).not.toContain(chrome);
      }

      // Paper cannot be clicked: each link's address is printed after it, exactly (lines may break inside it).
      expect(addresses).toContain(LINK);
      expect(addresses.length).toBeGreaterThan(10);
      const unbroken = all.replace(/\s+/g, '');
      for (const address of addresses) expect(unbroken, address).toContain(`(${address})`);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('the weights have their own page', () => {
  it('is reached from the report and used by keyboard; the report shows the weights used', async () => {
    const { page } = app;
    await page.goto(`${app.url}#/report`);
    await page.getByTestId('verdict').waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    await page.getByRole('link', { name: 'Change the weights' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Change the question weights/ }).waitFor();
    const first = page.getByRole('combobox').first();
    const before = await first.inputValue();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => first.inputValue()).not.toBe(before);
    const after = await first.inputValue();
    await expectNoAxeViolations(page, 'weights page');
    await page.getByRole('link', { name: 'Return to the report' }).focus();
    await page.keyboard.press('Enter');
    const used = page.getByRole('region', { name: 'Weights used' });
    await used.waitFor();
    await expect.poll(async () => (await used.getByRole('row').nth(1).innerText()).split('\t')[1]?.trim()).toBe(after === '0' ? '0 (left out)' : after);
    expectStayedOnDevice(app);
  });
});
