import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { STORAGE_KEY, STORE_VERSION, useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';
import { syncAcrossTabs } from '@/store/sync';
import { StorageBanners } from '@/ui/components/StorageBanners';

/**
 * The answers store with real (jsdom) localStorage made to fail the ways browsers fail,
 * and the messages the user then sees.
 */

const saved = {
  profile: { 'school-name': 'Hill Primary School', phase: 'primary' },
  steps: { 'agree-why': { status: 'done' } },
  trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong', evidence: 'documents' } } }],
  weights: {},
};
const savedText = JSON.stringify({ state: { answers: saved }, version: STORE_VERSION });

function banners() {
  return render(
    <MemoryRouter>
      <StorageBanners />
    </MemoryRouter>,
  );
}

async function startFrom(text: string | null) {
  if (text !== null) localStorage.setItem(STORAGE_KEY, text);
  await act(async () => {
    await useAnswers.persist.rehydrate();
  });
}

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
  // Typing is saved after a pause: write the reset now, so clearing storage leaves nothing waiting.
  flushSaves();
  localStorage.clear();
  useStorageStatus.setState({ problem: undefined, savedAt: undefined, dropped: [], updatedFromOtherTab: false, backupKey: undefined }, true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('localStorage full', () => {
  it('shows "This device’s storage is full", keeps the saved answers as they were and the new one in memory', async () => {
    await startFrom(savedText);
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => {
      useAnswers.getState().setProfile('school-name', 'Hill Primary Academy');
      // Typing is saved after a pause; this writes it now, as hiding or leaving the page would.
      flushSaves();
    }).not.toThrow();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(savedText);
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary Academy');
    banners();
    expect(screen.getByRole('heading', { name: 'This device’s storage is full' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Save your answers to a file' })).toHaveAttribute('href', '/your-data');
  });
});

describe('localStorage unavailable', () => {
  it('shows "Your answers are not being saved" and still works in memory', async () => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(refuse);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(refuse);
    await startFrom(null);
    useAnswers.getState().setProfile('school-name', 'Private Window Primary');
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Private Window Primary');
    banners();
    expect(screen.getByRole('heading', { name: 'Your answers are not being saved' })).toBeInTheDocument();
  });
});

describe('saved data damaged', () => {
  it('cut-short JSON: shows "We could not read your saved answers" and keeps the raw text aside', async () => {
    const damaged = savedText.slice(0, 50);
    await startFrom(damaged);
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toBe(damaged);
    // The next save does not destroy the copy.
    useAnswers.getState().setProfile('school-name', 'Fresh Start Primary');
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toBe(damaged);
    banners();
    expect(screen.getByRole('heading', { name: 'We could not read your saved answers' })).toBeInTheDocument();
  });

  it('JSON that is not answers at all: the same message, and a copy is kept before anything overwrites it', async () => {
    const wrong = JSON.stringify({ state: { answers: [42] }, version: 1 });
    await startFrom(wrong);
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    expect(useStorageStatus.getState().problem).toBe('corrupt');
    useAnswers.getState().setProfile('school-name', 'Fresh Start Primary');
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toContain('[42]');
  });

  it('JSON with one part of the wrong shape: that part is set aside and named, the rest is kept, and a copy is kept', async () => {
    const wrong = JSON.stringify({ state: { answers: { ...saved, profile: 42 } }, version: 1 });
    await startFrom(wrong);
    expect(useAnswers.getState().answers.trusts[0]?.name).toBe('Riverside Learning Trust');
    expect(useAnswers.getState().answers.steps).toEqual(saved.steps);
    expect(useStorageStatus.getState().problem).toBeUndefined();
    expect(useStorageStatus.getState().setAside).toBe('One answer about your school could not be read and has been set aside; everything else is here.');
    useAnswers.getState().setProfile('school-name', 'Fresh Start Primary');
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toContain('"profile":42');
  });
});

describe('saves from other releases', () => {
  it('version 0 with answers to questions that no longer exist loads without a crash', async () => {
    const old = {
      state: { answers: { ...saved, profile: { ...saved.profile, 'old-question': 'yes' }, steps: { 'retired-step': { status: 'done' } } } },
      version: 0,
    };
    await startFrom(JSON.stringify(old));
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
    expect(useAnswers.getState().answers.trusts[0]?.answers['q01-values']?.rating).toBe('strong');
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });

  it('a newer version number loads the answers it can read', async () => {
    await startFrom(JSON.stringify({ state: { answers: saved }, version: 7 }));
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
  });

  it('a save with no answers at all starts empty, without a message', async () => {
    await startFrom(JSON.stringify({ state: {}, version: 1 }));
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    expect(useStorageStatus.getState().problem).toBeUndefined();
  });
});

describe('two tabs (storage events)', () => {
  it('takes in the other tab’s save at once, says so, and ignores other keys', async () => {
    await startFrom(savedText);
    const stop = syncAcrossTabs(window);
    const theirs = JSON.stringify({ state: { answers: { ...saved, profile: { ...saved.profile, phase: 'secondary' } } }, version: 1 });
    await act(async () => {
      localStorage.setItem(STORAGE_KEY, theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: theirs }));
      await Promise.resolve();
    });
    expect(useAnswers.getState().answers.profile.phase).toBe('secondary');
    expect(useStorageStatus.getState().updatedFromOtherTab).toBe(true);

    // Our next edit keeps their change.
    useAnswers.getState().setProfile('school-name', 'Hill Primary Academy');
    flushSaves();
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').state.answers.profile;
    expect(stored).toMatchObject({ phase: 'secondary', 'school-name': 'Hill Primary Academy' });

    useStorageStatus.setState({ updatedFromOtherTab: false });
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x' }));
    expect(useStorageStatus.getState().updatedFromOtherTab).toBe(false);

    // The other tab deleted everything.
    await act(async () => {
      localStorage.removeItem(STORAGE_KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: null }));
      await Promise.resolve();
    });
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: savedText }));
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
  });
});

describe('two tabs, and the other one writes something unreadable', () => {
  it('keeps this tab’s answers in memory and keeps a copy of what the other tab wrote', async () => {
    await startFrom(savedText);
    const stop = syncAcrossTabs(window);
    await act(async () => {
      localStorage.setItem(STORAGE_KEY, '{"state":');
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: '{"state":' }));
      await Promise.resolve();
    });
    stop();
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Hill Primary School');
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toBe('{"state":');
    expect(useStorageStatus.getState().problem).toBe('corrupt');
  });
});
