import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp, type App } from './harness';
import { STORAGE_KEY, seededAnswers } from './seed';

/**
 * Typing is saved once it pauses, not on every keypress (issue 16). Nothing typed may be lost
 * for that: in real Chromium, type and at once reload, close the tab, or move to another page,
 * and every character is there. Also: a keypress does not write to storage.
 */

let apps: App[] = [];
afterEach(async () => {
  await Promise.all(apps.map((a) => a.close()));
  apps = [];
});

const longNote = 'The trust board minutes were shared without fuss. '.repeat(260);
const withLongNote = JSON.stringify({
  state: {
    answers: {
      ...seededAnswers,
      trusts: [{ ...seededAnswers.trusts[0]!, answers: { ...seededAnswers.trusts[0]!.answers, 'q01-values': { rating: 'strong', notes: longNote } } }],
    },
  },
  version: 1,
});
const TYPED = 'Asked for three years of accounts; the CFO will send them by Friday. Zoë checks.';
const NOTES = '#/trusts/t1/questions/q02-autonomy';

async function openNotes(storage = withLongNote): Promise<App> {
  const app = await openApp({ hash: NOTES, storage: { [STORAGE_KEY]: storage } });
  apps.push(app);
  const notes = app.page.getByRole('textbox', { name: 'Notes (optional)' });
  await notes.click();
  return app;
}
const savedNotes = (page: Page) =>
  page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as { state: { answers: { trusts: { answers: Record<string, { notes?: string }> }[] } } }).state.answers.trusts[0]!.answers['q02-autonomy']?.notes : undefined;
  }, STORAGE_KEY);
describe('typing is saved without a write per keypress, and nothing typed is lost', () => {
  it('typed and at once reloaded: every character is there', async () => {
    const app = await openNotes();
    await app.page.keyboard.type(TYPED);
    await app.page.reload();
    await expect(app.page.getByRole('textbox', { name: 'Notes (optional)' }).inputValue()).resolves.toBe(TYPED);
  });

  it('typed and at once the tab closed: every character is in the browser’s storage', async () => {
    const app = await openNotes();
    await app.page.keyboard.type(TYPED);
    await app.page.close();
    // What the browser kept for the site (a new tab would be seeded again by the harness).
    const { origins } = await app.context.storageState();
    const raw = origins.flatMap((o) => o.localStorage).find((item) => item.name === STORAGE_KEY)?.value;
    const answers = (JSON.parse(raw ?? '{}') as { state: { answers: typeof seededAnswers } }).state.answers;
    expect((answers.trusts[0]!.answers as Record<string, { notes?: string }>)['q02-autonomy']?.notes).toBe(TYPED);
  });

  it('typed and at once another page opened in the app: saved at the change of page', async () => {
    const app = await openNotes();
    await app.page.keyboard.type(TYPED);
    await app.page.getByRole('link', { name: 'Back' }).first().click();
    await app.page.waitForURL((url) => !url.hash.includes('q02-autonomy'));
    // Read at once: no pause has passed, the change of page saved it.
    expect(await savedNotes(app.page)).toBe(TYPED);
  });
});
