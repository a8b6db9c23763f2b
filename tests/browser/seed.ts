import type { Page } from 'playwright-core';
import { communityPrimary } from '../fixtures/profiles';

/** The localStorage key and envelope the answers store uses (src/store/answers-store.ts). */
export const STORAGE_KEY = 'join-a-trust:answers';

/**
 * A realistic saved state, with real ids from questions/*.json: a community primary that has
 * finished its profile, is looking at one trust and has rated some of Carter's questions.
 */
export const seededAnswers = {
  profile: communityPrimary(),
  steps: {
    'agree-why': { status: 'done', note: 'Board agreed at the spring meeting.' },
    'learn-the-options': { status: 'in-progress' },
  },
  trusts: [
    {
      id: 't1',
      name: 'Riverside Learning Trust',
      answers: {
        'q01-values': { rating: 'strong', evidence: 'documents', notes: 'Values statement shared; matches ours.' },
        'q02-autonomy': { rating: 'partial', evidence: 'claim', redFlag: true, redFlagNote: 'Scheme of delegation not yet seen.' },
        'q03-standards': { rating: 'unsure' },
      },
    },
  ],
  weights: { 'q01-values': 2 },
};

export const seededState = JSON.stringify({ state: { answers: seededAnswers }, version: 1 });

let seedCount = 0;

/**
 * Writes the saved state and opens the app again, so it starts from it. The page first leaves
 * the app (so nothing it still had in hand, such as answers pruned once the content loaded,
 * can be written over the seed), and the value is written before the app's first script runs.
 */
export async function seed(page: Page, value: string = seededState): Promise<void> {
  const url = page.url();
  seedCount += 1;
  const mark = `test:seed-${seedCount}`;
  await page.addInitScript(
    ([key, v, once]) => {
      if (location.protocol === 'about:' || sessionStorage.getItem(once)) return;
      localStorage.setItem(key, v);
      sessionStorage.setItem(once, '1');
    },
    [STORAGE_KEY, value, mark] as const,
  );
  await page.goto('about:blank');
  await page.goto(url);
}
