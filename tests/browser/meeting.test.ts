import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import decodeQR from 'qr/decode.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, expectStayedOnDevice, openApp, type App } from './harness';
import { measureFit } from './meeting-fit';
import { seed, seededAnswers, STORAGE_KEY } from './seed';

/**
 * The governing board meeting in real Chromium at projector size (1920×1080), from a
 * realistic saved state: five governors' views of one trust, recorded on 1 December. The
 * meeting view is driven by the keyboard alone, as a presenter or a clicker would.
 */

const view = (id: string, recordedOn: string, ratings: Record<string, string>, name?: string) => ({
  id,
  ...(name ? { name } : {}),
  trustId: 't1',
  trustName: 'Riverside Learning Trust',
  ratings,
  recordedOn,
});

const meetingAnswers = {
  ...seededAnswers,
  assessmentId: '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a',
  meeting: {
    views: [
      view('0b6f2a3c-5d7e-4f81-9a2b-3c4d5e6f7a01', '2026-11-30', {
        'q01-values': 'strong', 'q02-autonomy': 'concern', 'q03-standards': 'meets', 'q04-improvement': 'meets', 'q05-supporting-others': 'partial',
        'q06-members-trustees': 'meets', 'q07-local-boards': 'partial', 'q08-communication': 'meets', 'q09-influence': 'unsure', 'q10-three-years': 'meets',
      }, 'Anna Khan'),
      view('1c7a3b4d-6e8f-4a92-8b3c-4d5e6f7a8b02', '2026-11-30', {
        'q01-values': 'strong', 'q02-autonomy': 'strong', 'q03-standards': 'meets', 'q04-improvement': 'strong', 'q05-supporting-others': 'meets',
        'q06-members-trustees': 'meets', 'q07-local-boards': 'concern', 'q08-communication': 'meets', 'q09-influence': 'partial', 'q10-three-years': 'meets',
      }),
      view('2d8b4c5e-7f9a-4ba3-9c4d-5e6f7a8b9c03', '2026-12-01', {
        'q01-values': 'meets', 'q02-autonomy': 'partial', 'q03-standards': 'unsure', 'q04-improvement': 'meets', 'q05-supporting-others': 'meets',
        'q06-members-trustees': 'partial', 'q07-local-boards': 'partial', 'q08-communication': 'strong', 'q09-influence': 'unsure', 'q10-three-years': 'partial',
      }, 'Ben Ode'),
      view('3e9c5d6f-8a0b-4cb4-8d5e-6f7a8b9c0d04', '2026-12-01', {
        'q01-values': 'strong', 'q02-autonomy': 'partial', 'q03-standards': 'meets', 'q04-improvement': 'meets', 'q05-supporting-others': 'meets',
        'q06-members-trustees': 'meets', 'q07-local-boards': 'meets', 'q08-communication': 'meets', 'q09-influence': 'partial',
      }),
      view('4fad6e7a-9b1c-4dc5-9e6f-7a8b9c0d1e05', '2026-12-01', {
        'q01-values': 'meets', 'q02-autonomy': 'meets', 'q03-standards': 'meets', 'q04-improvement': 'partial', 'q05-supporting-others': 'strong',
        'q06-members-trustees': 'meets', 'q07-local-boards': 'partial', 'q08-communication': 'meets', 'q09-influence': 'partial', 'q10-three-years': 'unsure',
      }, 'Carol Doyle'),
    ],
    agreed: {},
  },
};
const meetingState = JSON.stringify({ state: { answers: meetingAnswers }, version: 1 });

let app: App;
let page: Page;

const heading = () => page.locator('main h1').first().innerText();
const announced = () => page.locator('.meeting [role="status"][aria-live="polite"]').first().innerText();
/** What has focus, and whether the focus style shows (the yellow background of a focused button). */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      text: el?.textContent?.trim() ?? '',
      tag: el?.tagName ?? '',
      visible: !!el && el.matches(':focus-visible'),
      background: style?.backgroundColor ?? '',
      outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '',
    };
  });

async function tabTo(name: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if ((await focused()).text === name) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Opens a page afresh (a reload, so the meeting view starts from its first item). */
async function openMeeting(path: string) {
  await page.goto(`${app.url}#${path}`);
  await page.reload();
  await page.locator('main h1').first().waitFor();
}

beforeAll(async () => {
  app = await openApp({ width: 1920, height: 1080 });
  page = app.page;
  await seed(page, meetingState);
  await page.locator('main h1').first().waitFor();
});

afterAll(async () => {
  await app?.close();
});

describe('the meeting view, by keyboard alone', () => {
  it('opens on the overview with the most disagreement first', async () => {
    await openMeeting('/meeting/present?trust=t1');
    expect(await heading()).toMatch(/Board discussion: Riverside Learning Trust/);
    const order = await page.locator('.meeting__order li').allInnerTexts();
    // Widest spread first (Autonomy: Concern to Strong), then the most "Not sure yet", then question number.
    expect(order.map((line) => Number(/^Question (\d+)/.exec(line)?.[1]))).toEqual([2, 4, 5, 7, 10, 1, 6, 8, 9, 3]);
    expect(order[0]).toBe('Question 2, Autonomy: views differ widely (concern to strong)');
    expect(order[9]).toBe('Question 3, Standards: everyone who rated it agrees (meets what we need)');
    await expectNoAxeViolations(page, 'meeting view: overview');
  });

  it('Tab reaches Next; Enter, arrows, Page Up/Down, Home and End move between items; focus stays visible', async () => {
    await tabTo('Next');
    let f = await focused();
    expect(f.visible).toBe(true);
    expect(f.background).toBe('rgb(255, 221, 0)');

    await page.keyboard.press('Enter');
    expect(await heading()).toMatch(/2\. Autonomy/);
    expect(await announced()).toBe('Item 2 of 12: Question 2: Autonomy');
    f = await focused();
    expect(f.text).toBe('Next');
    expect(f.visible).toBe(true);
    expect(f.background).toBe('rgb(255, 221, 0)');

    await page.keyboard.press('ArrowRight');
    expect(await heading()).toMatch(/4\. Improvement/);
    await page.keyboard.press('PageDown');
    expect(await heading()).toMatch(/5\. Supporting others/);
    await page.keyboard.press('PageUp');
    expect(await heading()).toMatch(/4\. Improvement/);
    await page.keyboard.press('ArrowLeft');
    expect(await heading()).toMatch(/2\. Autonomy/);
    await page.keyboard.press('End');
    expect(await heading()).toMatch(/Summary: the board’s ratings/);
    expect(await announced()).toBe('Item 12 of 12: Summary');
    await page.keyboard.press('Home');
    expect(await heading()).toMatch(/Board discussion/);
    f = await focused();
    expect(f.text).toBe('Next');
    expect(f.visible).toBe(true);
  });

  it('the jump list takes the arrow keys, then Go jumps', async () => {
    await page.keyboard.press('Tab');
    expect((await focused()).tag).toBe('SELECT');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Arrows in the list change the choice, not the item on screen.
    expect(await heading()).toMatch(/Board discussion/);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Go');
    await page.keyboard.press('Enter');
    expect(await heading()).toMatch(/4\. Improvement/);
    expect((await focused()).visible).toBe(true);
  });

  it('is big enough to read from the back of a library (body ≥ 28 px, headings ≥ 48 px)', async () => {
    const sizes = await page.evaluate(() => {
      const px = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
      return { body: px('.meeting__item p'), question: px('.meeting__question'), table: px('.meeting__counts td'), h1: px('.meeting h1') };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(28);
    expect(sizes.question).toBeGreaterThanOrEqual(28);
    expect(sizes.table).toBeGreaterThanOrEqual(28);
    expect(sizes.h1).toBeGreaterThanOrEqual(48);
    // Nothing personal by default: counts, not names; no notes (the red flag is question 2's, not this one's).
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Anna Khan');
    expect(text).not.toContain('Scheme of delegation not yet seen');
    expect(text).not.toContain('Values statement shared');
    await expectNoAxeViolations(page, 'meeting view: a question');
  });

  it('saves a screenshot at 1920×1080', async () => {
    await openMeeting('/meeting/present?trust=t1');
    await tabTo('Next');
    await page.keyboard.press('Enter');
    expect(await heading()).toMatch(/2\. Autonomy/);
    mkdirSync(resolve(import.meta.dirname, '../../out'), { recursive: true });
    await page.screenshot({ path: resolve(import.meta.dirname, '../../out/meeting-1920.png') });
  });

  it('the chair agrees a rating by keyboard; it becomes the trust’s rating and the views stay', async () => {
    // Tab on to the chair's button, back into the ratings, and choose one with the arrow keys.
    await tabTo('Record the board’s rating');
    await page.keyboard.press('Shift+Tab');
    const radio = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    expect(radio).toBe('radio');
    await page.keyboard.press('ArrowRight');
    expect(await heading()).toMatch(/2\. Autonomy/);
    const chosen = await page.evaluate(() => (document.querySelector('input[name="agree-q02-autonomy"]:checked') as HTMLInputElement | null)?.value);
    expect(chosen).toBeDefined();
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Record the board’s rating');
    await page.keyboard.press('Enter');
    await page.getByText(/^Recorded: the board agreed/).waitFor();
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { answers: typeof meetingAnswers & { trusts: { answers: Record<string, { rating?: string }> }[] } } }, STORAGE_KEY);
    // The school's own assessment is kept; the board's rating sits beside it.
    expect(saved.state.answers.trusts[0]!.answers['q02-autonomy']!.rating).toBe('partial');
    expect(saved.state.answers.meeting.agreed).toEqual({ t1: { 'q02-autonomy': chosen } });
    expect(saved.state.answers.meeting.views).toHaveLength(5);
  });

  it('high contrast mode, switched on by keyboard, passes axe and keeps the focus visible', async () => {
    await page.keyboard.press('Home');
    await tabTo('High contrast');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.body.classList.contains('meeting-mode--contrast'))).toBe(true);
    const colours = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.meeting')!);
      return { main: getComputedStyle(document.querySelector('main')!).backgroundColor, text: s.color };
    });
    expect(colours).toEqual({ main: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' });
    const f = await focused();
    expect(f.visible).toBe(true);
    expect(f.background).toBe('rgb(255, 221, 0)');
    await expectNoAxeViolations(page, 'meeting view: overview, high contrast');
    await page.keyboard.press('PageDown');
    await expectNoAxeViolations(page, 'meeting view: a question, high contrast');
    await page.keyboard.press('End');
    await expectNoAxeViolations(page, 'meeting view: summary, high contrast');
    await page.keyboard.press('PageDown');
    await page.screenshot({ path: resolve(import.meta.dirname, '../../out/meeting-1920-contrast.png') });
    // Names and notes show only when asked for.
    await page.keyboard.press('Home');
    await page.keyboard.press('PageDown');
    await tabTo('Show names');
    await page.keyboard.press('Enter');
    await expect(page.locator('.meeting__counts').innerText()).resolves.toContain('Anna Khan');
    await expectNoAxeViolations(page, 'meeting view: names shown, high contrast');
    expectStayedOnDevice(app);
  });
});

describe('the other meeting pages', () => {
  for (const path of ['/meeting', '/meeting/record?trust=t1', '/meeting/decision?trust=t1', '/member']) {
    it(`${path} passes axe and stays on the device`, async () => {
      await openMeeting(path);
      expect(await heading()).not.toMatch(/something went wrong/i);
      await expectNoAxeViolations(page, path);
      expectStayedOnDevice(app);
    });
  }

  it('the decision record is saved, worded for the minutes and copied', async () => {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openMeeting('/meeting/decision?trust=t1');
    await page.getByLabel('Agreed to proceed, with conditions').check();
    await page.getByLabel('Conditions', { exact: true }).fill('The scheme of delegation is agreed in writing');
    await page.getByLabel('What is to be done').fill('Write to the trust');
    await page.getByLabel('Who will do it').fill('Clerk');
    // GOV.UK day, month and year boxes, not the browser's date picker.
    const date = page.getByRole('group', { name: 'Date of the meeting' });
    await date.getByLabel('Day').fill('3');
    await date.getByLabel('Month').fill('12');
    await date.getByLabel('Year').fill('2026');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    await page.getByRole('button', { name: 'Save the decision record' }).click();
    const minutes = page.getByLabel('The decision as the clerk would minute it');
    await minutes.waitFor();
    await expect(minutes.inputValue()).resolves.toContain('held on 3 December 2026');
    await expect(minutes.inputValue()).resolves.toContain('The governing board agreed to proceed with joining Riverside Learning Trust, subject to the conditions below.');
    await page.getByRole('button', { name: 'Copy text for the minutes' }).click();
    await page.getByText(/^Copied|The text is selected/).waitFor();
    await expectNoAxeViolations(page, 'decision page with minutes');
    // The decision and the range of views are in the HTML report.
    await openMeeting('/report');
    const report = await page.locator('main').innerText();
    expect(report).toContain('The governing board agreed to proceed with joining Riverside Learning Trust');
    expect(report).toMatch(/Autonomy/);
    await expectNoAxeViolations(page, 'report with the meeting');
    expectStayedOnDevice(app);
  });
});

/*
 * Presentation mode on the projectors schools have: every item, its controls and the chair's
 * "Agree the board's rating" fit the window with no scrolling, in type big enough to read.
 * Worst case on purpose: names and notes shown, an open red flag, and a rating just agreed
 * (which adds a line saying so).
 */
describe('every slide fits the projector without scrolling', () => {
  const sizes = [
    { width: 1024, height: 768, minBody: 24 },
    { width: 1366, height: 768, minBody: 24 },
    { width: 1920, height: 1080, minBody: 28 },
  ];
  for (const size of sizes) {
    it(`at ${size.width}×${size.height}: all 12 items, body text ≥ ${size.minBody} px, no header`, async () => {
      const projector = await openApp({ width: size.width, height: size.height });
      try {
        const p = projector.page;
        await seed(p, meetingState);
        await p.goto(`${projector.url}#/meeting/present?trust=t1`);
        await p.locator('main h1').first().waitFor();
        expect(await p.locator('header.header').isVisible()).toBe(false);
        expect(await p.locator('footer.footer').isVisible()).toBe(false);
        // The key hint describes the control bar to a screen reader; it is in sight only on a wide screen.
        await expect(p.locator('.meeting__controls').getAttribute('aria-describedby')).resolves.toBe('meeting-keys');
        await expect(p.locator('#meeting-keys').textContent()).resolves.toMatch(/^Arrow keys or Page Up and Page Down move between items/);
        const keys = await p.locator('#meeting-keys').boundingBox();
        expect(keys !== null && keys.width > 1 && keys.height > 1).toBe(size.width >= 1600);
        // Full screen through the Fullscreen API, with a visible way out.
        await p.getByRole('button', { name: 'Full screen' }).click();
        await p.getByRole('button', { name: 'Leave full screen' }).waitFor();
        expect(await p.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
        await p.getByRole('button', { name: 'Leave full screen' }).click();
        await p.getByRole('button', { name: 'Full screen' }).waitFor();
        expect(await p.evaluate(() => document.fullscreenElement)).toBeNull();
        await p.getByRole('button', { name: 'Show names' }).click();
        await p.getByRole('button', { name: 'Show notes' }).click();
        const problems: string[] = [];
        for (let item = 1; item <= 12; item++) {
          const title = await p.locator('main h1').first().innerText();
          expect(title).toContain(`item ${item} of 12`);
          if (item === 2) {
            // Question 2 has the school's open red flag: it shows, and the agreed rating fits too.
            expect(await p.locator('.meeting__flag').innerText()).toContain('Scheme of delegation not yet seen');
            await p.getByRole('group', { name: 'Agree the board’s rating' }).getByLabel('Partly meets').check();
            await p.getByRole('button', { name: 'Record the board’s rating' }).click();
            await p.getByText(/^Recorded: the board agreed/).waitFor();
            await p.getByRole('group', { name: 'Agree the board’s rating' }).waitFor();
          }
          const fit = await measureFit(p);
          const bar = await p.locator('.meeting__controls').boundingBox();
          if (!bar || bar.height > size.height / 10) problems.push(`item ${item}: the control bar is ${bar ? Math.round(bar.height) : '?'} px high`);
          if (fit.scrolls.x || fit.scrolls.y) problems.push(`item ${item} (${title.split('\n').pop()}): the page scrolls ${fit.scrolls.y ? 'down' : 'sideways'}`);
          for (const o of fit.outside.slice(0, 3)) problems.push(`item ${item}: outside the window: ${o}`);
          if (fit.measured < 10 || !Number.isFinite(fit.smallest.px)) problems.push(`item ${item}: no text on the slide to measure (${fit.measured} elements in all): the page has changed, so this test would pass without checking`);
          if (fit.smallest.px < size.minBody) problems.push(`item ${item}: ${fit.smallest.px} px text in ${fit.smallest.where}`);
          if (item > 1 && item < 12) {
            // The chair's control is whole and on screen on every question.
            const agree = await p.locator('.meeting__agree').boundingBox();
            if (!agree || agree.y + agree.height > size.height) problems.push(`item ${item}: the chair’s control ends at ${agree ? Math.round(agree.y + agree.height) : '?'} px`);
          }
          if (item === 1 || item === 2 || item === 12) {
            mkdirSync(resolve(import.meta.dirname, '../../out'), { recursive: true });
            await p.screenshot({ path: resolve(import.meta.dirname, `../../out/meeting-${size.width}x${size.height}-item${item}.png`) });
          }
          if (item < 12) {
            await p.keyboard.press('PageDown');
            await p.locator('main h1').first().filter({ hasText: `item ${item + 1} of 12` }).waitFor();
          }
        }
        expect(problems).toEqual([]);
        expectStayedOnDevice(projector);
      } finally {
        await projector.close();
      }
    });
  }
});

/*
 * The real room: the clerk's invitation goes out as a link, a governor opens it on a phone
 * (another browser, nothing shared with the clerk's), rates, and sends their view back as a
 * link; the clerk opens that link and the view is merged. Nothing leaves either device: the
 * files travel after the # of the links, which no server sees.
 */
describe('a round trip by link, clerk to governor and back', () => {
  it('the invitation link opens on a phone, the view link comes back and is merged once', async () => {
    const clerk = await openApp({ width: 1366, height: 768 });
    const phone = await openApp({ width: 375, height: 812 });
    // The QR maker is loaded only where the invitation is shown: the clerk's meeting page. (The
    // page's own requests: the service worker's copy of every file for offline use is not loading it.)
    const qrChunk = (app: App) => {
      const asked: string[] = [];
      app.page.on('request', (r) => {
        if (/\/assets\/qr-[^/]*\.js$/.test(new URL(r.url()).pathname)) asked.push(r.url());
      });
      return asked;
    };
    const clerkQr = qrChunk(clerk);
    const phoneQr = qrChunk(phone);
    try {
      await seed(clerk.page, meetingState);
      await clerk.page.goto(`${clerk.url}#/meeting?trust=t1`);
      const invitationBox = clerk.page.getByLabel(/^The invitation as a link/);
      await expect.poll(() => invitationBox.inputValue()).toMatch(/#\/member\?d=Z/);
      const invitationLink = await invitationBox.inputValue();
      // The QR code on the clerk's screen holds the same link: read back from its pixels.
      const qr = clerk.page.getByRole('img', { name: /^QR code: the invitation/ });
      await expect.poll(() => qr.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(100);
      const pixels = await qr.evaluate((c: HTMLCanvasElement) => ({
        width: c.width,
        height: c.height,
        data: [...c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data],
      }));
      expect(decodeQR({ width: pixels.width, height: pixels.height, data: Uint8Array.from(pixels.data) })).toBe(invitationLink);
      expect(await clerk.page.getByText(/Governors scan this with their phone’s camera/).innerText()).not.toMatch(/leaves out/);
      await clerk.page.getByRole('button', { name: 'Show the QR code large' }).click();
      await qr.scrollIntoViewIfNeeded();
      await clerk.page.screenshot({ path: resolve(import.meta.dirname, '../../out/meeting-invitation-1366x768.png') });

      // The governor's phone: the link opens the member view, with the invitation read from it.
      const p = phone.page;
      await p.goto(invitationLink);
      await p.getByText('Invitation from Hill Primary School to give your view of Riverside Learning Trust.').waitFor();
      // Informed: the guidance for each question is there to read.
      const q2 = p.getByRole('group', { name: /^2\. How much autonomy/ });
      await q2.getByText('Red flags to watch for').click();
      await q2.locator('details').filter({ hasText: 'Red flags to watch for' }).locator('li').first().waitFor();
      // One column of ratings on the phone, and nothing wider than the screen.
      const lefts = await q2.locator('.radios__item').evaluateAll((items) => items.map((i) => Math.round(i.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
      const wide = () => p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(await wide()).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(p, 'member view at 375×812');
      mkdirSync(resolve(import.meta.dirname, '../../out'), { recursive: true });
      await p.screenshot({ path: resolve(import.meta.dirname, '../../out/member-375x812.png') });

      await p.getByRole('group', { name: /^1\. What does the Trust care about/ }).getByLabel('Strong').check();
      await q2.getByLabel('Concern').check();
      await p.getByLabel('Your name (optional)').fill('Dee Patel');
      await p.getByRole('button', { name: 'My view is ready to send' }).click();
      await p.getByRole('heading', { level: 1, name: /Your view is ready to send/ }).waitFor();
      const viewBox = p.getByLabel('Your view as a link');
      await expect.poll(() => viewBox.inputValue()).toMatch(/#\/meeting\/add-view\?d=Z/);
      const viewLink = await viewBox.inputValue();
      expect(await wide()).toBeLessThanOrEqual(0);
      // The first button is in sight as the page opens (measured in the window as it is shown), even with a phone browser's
      // own bars taking about 180 of the 812 px (Safari leaves about 635).
      const firstButton = await p.locator('main button').first().boundingBox();
      expect(firstButton!.y).toBeGreaterThanOrEqual(0);
      expect(firstButton!.y + firstButton!.height).toBeLessThanOrEqual(635);
      await expectNoAxeViolations(p, 'ready to send at 375×812');
      await p.screenshot({ path: resolve(import.meta.dirname, '../../out/member-ready-375x812.png') });
      // Kept on the phone: a reload still has the view, ready to send again.
      await p.reload();
      await p.getByRole('button', { name: 'Send again' }).waitFor();

      // Back on the clerk's device: the view link is read and merged, with the same checks as a file.
      await clerk.page.goto(viewLink);
      const banner = clerk.page.getByRole('region', { name: 'A governor’s view from a link' });
      await banner.getByRole('listitem').filter({ hasText: /^Added a governor’s view of Riverside Learning Trust from the link \(2 of 10 questions answered\)\.$/ }).waitFor();
      const saved = await clerk.page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { state: { answers: { meeting: { views: { name?: string; ratings: Record<string, string> }[] } } } }, STORAGE_KEY);
      const dee = saved.state.answers.meeting.views.find((v) => v.name === 'Dee Patel');
      expect(saved.state.answers.meeting.views).toHaveLength(6);
      expect(dee?.ratings).toEqual({ 'q01-values': 'strong', 'q02-autonomy': 'concern' });
      // Opened again, it is named as already recorded, and nothing changes.
      await clerk.page.reload();
      await banner.getByRole('listitem').filter({ hasText: /^Not added The link was not added\. This view is already recorded/ }).waitFor();
      await expectNoAxeViolations(clerk.page, 'meeting page after a view link');

      expect(clerkQr).not.toEqual([]);
      expect(phoneQr).toEqual([]);
      expectStayedOnDevice(clerk);
      expectStayedOnDevice(phone);
    } finally {
      await clerk.close();
      await phone.close();
    }
  });
});
