import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answers } from '@/domain/answers';
import { looksLikeAnswers } from '@/domain/answers-shape';
import { ANSWER_LIMITS } from '@/domain/limits';

/*
 * Start-up without the full checks (src/store/checks.ts): the app shows what was saved after a
 * quick look at its shape, writes nothing and changes nothing until zod and the schemas have
 * loaded, then reads the save again in full, setting aside and copying exactly as before.
 * Each test loads fresh copies of the store modules, without the checks that tests/setup.ts
 * installs in the shared ones.
 */

const KEY = 'join-a-trust:answers';
const good: Answers = {
  profile: { 'school-name': 'Hill Primary School', phase: 'primary' },
  steps: { 'agree-why': { status: 'done' } },
  trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong', notes: 'Met the CEO' } } }],
  weights: {},
  lastTrustNumber: 1,
};

async function freshStore() {
  vi.resetModules();
  const checks = await import('@/store/checks');
  const store = await import('@/store/answers-store');
  const status = await import('@/store/storage-status');
  const { answerChecks } = await import('@/store/answer-checks');
  const { flushSaves } = await import('@/store/safe-storage');
  return { ...checks, ...store, ...status, answerChecks, flushSaves };
}

afterEach(() => {
  localStorage.clear();
});

describe('before the full checks have loaded', () => {
  it('shows the save, writes nothing, refuses changes; then the full check sets aside what does not read and keeps the original', async () => {
    // One note over its limit: the full check sets it aside; the rating beside it stays.
    const long = 'x'.repeat(ANSWER_LIMITS.questionNotes + 1);
    const saved = { ...good, trusts: [{ ...good.trusts[0]!, answers: { 'q01-values': { rating: 'strong', notes: long } } }] };
    const raw = JSON.stringify({ state: { answers: saved }, version: 2 });
    localStorage.setItem(KEY, raw);

    const app = await freshStore();
    expect(app.checksLoaded()).toBeUndefined();
    // The first screen has the school's answers at once.
    expect(app.useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
    // Nothing changes and nothing is written before the checks are here.
    expect(app.useAnswers.getState().setProfile('school-name', 'Changed')).toBe(false);
    // Even a write asked for directly (as when another tab deletes everything) waits for the check.
    app.useAnswers.setState((state) => ({ ...state }));
    app.flushSaves();
    expect(localStorage.getItem(KEY)).toBe(raw);
    expect(localStorage.getItem(`${KEY}:unreadable-copy`)).toBeNull();
    expect(app.useStorageStatus.getState().setAside).toBeUndefined();

    app.installChecks(app.answerChecks);
    const answers = app.useAnswers.getState().answers;
    expect(answers.trusts[0]!.answers['q01-values']).toEqual({ rating: 'strong' });
    expect(answers.profile).toEqual(good.profile);
    expect(app.useStorageStatus.getState().setAside).toBe('One note on one of the ten questions could not be read and has been set aside; everything else is here.');
    expect(localStorage.getItem(`${KEY}:unreadable-copy`)).toBe(raw);

    // Now changes are kept and saved.
    expect(app.useAnswers.getState().setProfile('school-name', 'Hill Primary')).toBe(true);
    app.flushSaves();
    expect((JSON.parse(localStorage.getItem(KEY)!) as { state: { answers: Answers } }).state.answers.profile['school-name']).toBe('Hill Primary');
  });

  it('a save of the wrong shape shows nothing at first, then is reported and copied as unreadable, as before', async () => {
    const raw = JSON.stringify({ state: { answers: { ...good, trusts: 'not a list' } }, version: 2 });
    localStorage.setItem(KEY, raw);
    const app = await freshStore();
    expect(app.useAnswers.getState().answers.trusts).toEqual([]);
    app.installChecks(app.answerChecks);
    // Salvage keeps the parts that read (the profile), sets aside the trusts, keeps a copy.
    expect(app.useAnswers.getState().answers.profile).toEqual(good.profile);
    expect(app.useStorageStatus.getState().setAside).toMatch(/trust/);
    expect(localStorage.getItem(`${KEY}:unreadable-copy`)).toBe(raw);
  });

  it('a save that reads in full is the same after the check, and stays as it was in storage', async () => {
    const raw = JSON.stringify({ state: { answers: good }, version: 2 });
    localStorage.setItem(KEY, raw);
    const app = await freshStore();
    expect(app.useAnswers.getState().answers).toEqual(good);
    await app.loadChecks();
    expect(app.useAnswers.getState().answers).toEqual(good);
    app.flushSaves();
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(JSON.parse(raw));
    expect(app.useStorageStatus.getState().setAside).toBeUndefined();
  });

  it('"Start again" pressed before the checks load waits for them, then keeps a restore point', async () => {
    localStorage.setItem(KEY, JSON.stringify({ state: { answers: good }, version: 2 }));
    const app = await freshStore();
    const { useRestorePoints } = await import('@/store/restore-points');
    app.useAnswers.getState().reset();
    await vi.waitFor(() => expect(app.useAnswers.getState().answers.trusts).toEqual([]));
    expect(useRestorePoints.getState().points[0]?.answers.profile).toEqual(good.profile);
  });
});

describe('the quick look at the shape', () => {
  it('passes answers of the right shape and fails anything the first screen could not show', () => {
    expect(looksLikeAnswers(good)).toBe(true);
    expect(looksLikeAnswers({ ...good, meeting: { views: [], agreed: {} } })).toBe(true);
    expect(looksLikeAnswers(null)).toBe(false);
    expect(looksLikeAnswers({ ...good, profile: { 'school-name': 3 } })).toBe(false);
    expect(looksLikeAnswers({ ...good, trusts: [{ id: 't1', answers: {} }] })).toBe(false);
    expect(looksLikeAnswers({ ...good, trusts: [{ id: 't1', name: 'A', answers: { q: 'strong' } }] })).toBe(false);
    expect(looksLikeAnswers({ ...good, weights: undefined })).toBe(false);
    expect(looksLikeAnswers({ ...good, meeting: { views: {}, agreed: {} } })).toBe(false);
  });
});
