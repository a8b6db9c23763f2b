import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';
import { deleteAllData, toolKeys } from '@/store/delete-all';
import { advance } from '@/store/journey';
import { forgetRestorePoints, RESTORE_POINTS_KEY, useRestorePoints } from '@/store/restore-points';
import { useStorageStatus } from '@/store/storage-status';
import { syncAcrossTabs } from '@/store/sync';
import { TRUST_PACK_KEY, useTrustPack } from '@/store/trust-pack-store';
import { StorageBanners } from '@/ui/components/StorageBanners';

/** Nothing a school saves is ever lost: the store against real (jsdom) local storage. */

const decision = { trustId: 't1', outcome: 'proceed' as const, conditions: ['Keep our name'], actions: [], minorityViews: [], governorsPresent: 12 };
const hill: Answers = {
  profile: { 'school-name': 'Hill Primary School', phase: 'primary' },
  steps: { 'agree-why': { status: 'done' } },
  trusts: [
    { id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong', notes: 'Met the CEO' } } },
    { id: 't2', name: 'Oak Valley Learning Trust', answers: {} },
  ],
  weights: {},
  lastTrustNumber: 2,
  meeting: { views: [], agreed: {}, decision },
};
const stateText = (answers: unknown) => JSON.stringify({ state: { answers }, version: 1 });
/** What is in storage once waiting writes are made (as when the page is hidden or left). */
const stored = () => {
  flushSaves();
  return (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state: { answers: Answers } }).state.answers;
};

async function startFrom(text: string) {
  localStorage.setItem(STORAGE_KEY, text);
  await act(async () => {
    await useAnswers.persist.rehydrate();
  });
}

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
  // Typing is saved after a pause: write the reset now, so clearing storage leaves nothing waiting.
  flushSaves();
  localStorage.clear();
  forgetRestorePoints();
  useStorageStatus.setState({ problem: undefined, savedAt: undefined, dropped: [], updatedFromOtherTab: false, backupKey: undefined, setAside: undefined }, true);
});
afterEach(() => vi.restoreAllMocks());

describe('loading keeps every part that reads', () => {
  it('a decision record valid under older limits is set aside and named; every answer, trust and note stays', async () => {
    const old = { ...hill, meeting: { ...hill.meeting, decision: { ...decision, governorsPresent: 150, conditions: Array(21).fill('A condition') } } };
    const text = stateText(old);
    await startFrom(text);
    const { meeting, ...rest } = useAnswers.getState().answers;
    const { meeting: _m, ...hillRest } = hill;
    expect(rest).toEqual(hillRest);
    expect(meeting).toEqual({ views: [], agreed: {} });
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toBe(text);
    render(
      <MemoryRouter>
        <StorageBanners />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Part of your saved answers could not be read' })).toBeInTheDocument();
    expect(screen.getByText('One decision record could not be read and has been set aside; everything else is here.')).toBeInTheDocument();
    // The next save keeps the rest, and does not touch the copy.
    useAnswers.getState().setProfile('phase', 'secondary');
    expect(stored().trusts).toEqual(hill.trusts);
    expect(localStorage.getItem(`${STORAGE_KEY}:unreadable-copy`)).toBe(text);
  });
});

describe('two tabs writing at once', () => {
  it('a write from another tab that this tab has not heard of yet is merged, not overwritten', async () => {
    await startFrom(stateText(hill));
    // The other tab rates a question; its storage event has not arrived here yet.
    const theirs = { ...hill, trusts: [{ ...hill.trusts[0]!, answers: { 'q01-values': { rating: 'concern', notes: 'Met the CEO' } } }, hill.trusts[1]!] };
    localStorage.setItem(STORAGE_KEY, stateText(theirs));
    // This tab types a note on another question.
    useAnswers.getState().setQuestion('t2', 'q01-values', { notes: 'Typed here' });
    expect(stored().trusts[0]!.answers['q01-values']!.rating).toBe('concern');
    expect(stored().trusts[1]!.answers['q01-values']!.notes).toBe('Typed here');
    expect(useAnswers.getState().answers.trusts[0]!.answers['q01-values']!.rating).toBe('concern');
  });

  it('a storage event keeps this tab’s unsaved change (storage was full) and takes the other tab’s', async () => {
    await startFrom(stateText(hill));
    const stop = syncAcrossTabs(window);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useAnswers.getState().setProfile('phase', 'secondary');
    setItem.mockRestore();
    const theirs = stateText({ ...hill, profile: { ...hill.profile, 'school-name': 'Hill Academy' } });
    await act(async () => {
      localStorage.setItem(STORAGE_KEY, theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: theirs }));
      await Promise.resolve();
    });
    stop();
    expect(useAnswers.getState().answers.profile).toEqual({ 'school-name': 'Hill Academy', phase: 'secondary' });
  });
});

describe('two tabs, one reading a moment-old copy', () => {
  it('cannot put back an older value of a field this tab wrote since, and this tab writes its newer value back', async () => {
    await startFrom(stateText(hill));
    const stop = syncAcrossTabs(window);
    useAnswers.getState().setQuestion('t2', 'q01-values', { notes: 'The CEO came to our meeting' });
    // The other tab held the note as it was a moment ago, and wrote it back with its own change.
    const noteKey = JSON.stringify(['trusts', 't2', 'answers', 'q01-values', 'notes']);
    const phaseKey = JSON.stringify(['profile', 'phase']);
    const stale = {
      answers: { ...hill, profile: { ...hill.profile, phase: 'secondary' }, trusts: [hill.trusts[0]!, { ...hill.trusts[1]!, answers: { 'q01-values': { notes: 'The CEO came to' } } }] },
      stamps: { [noteKey]: 5, [phaseKey]: Date.now() + 1 },
    };
    const theirs = JSON.stringify({ state: stale, version: 1 });
    await act(async () => {
      localStorage.setItem(STORAGE_KEY, theirs);
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: theirs }));
      await Promise.resolve();
    });
    stop();
    expect(useAnswers.getState().answers.trusts[1]!.answers['q01-values']!.notes).toBe('The CEO came to our meeting');
    expect(useAnswers.getState().answers.profile.phase).toBe('secondary');
    expect(stored().trusts[1]!.answers['q01-values']!.notes).toBe('The CEO came to our meeting');
    expect(stored().profile.phase).toBe('secondary');
  });
});

describe('restore points', () => {
  it('removing a trust, starting again and restoring each keep one; restoring brings everything back', async () => {
    await startFrom(stateText(hill));
    useAnswers.getState().removeTrust('t1');
    expect(useRestorePoints.getState().points[0]).toMatchObject({ reason: 'remove-trust', label: 'Before you removed Riverside Learning Trust' });
    useAnswers.getState().reset();
    expect(useAnswers.getState().answers.trusts).toEqual([]);
    const points = useRestorePoints.getState().points;
    expect(points.map((p) => p.reason)).toEqual(['start-again', 'remove-trust']);
    useAnswers.getState().restore(points[1]!, 'Before you went back');
    expect(useAnswers.getState().answers).toEqual(hill);
    expect(useRestorePoints.getState().points).toHaveLength(2); // restoring from empty answers keeps nothing new
    // Ids stay unused after starting again and restoring.
    advance({ page: 'trusts' }, { type: 'TRUSTS.ADD', name: 'Elm Trust' });
    expect(useAnswers.getState().answers.trusts.map((t) => t.id)).toEqual([...hill.trusts.map((t) => t.id), 't3']);
  });

  it('keeps the last five, and gives them up before the answers when storage is full', async () => {
    await startFrom(stateText(hill));
    for (let i = 0; i < 7; i += 1) useAnswers.getState().replace({ ...hill, profile: { 'school-name': `School ${i}` } }, { reason: 'import', label: `Before file ${i}` });
    expect(useRestorePoints.getState().points.map((p) => p.label)).toEqual(['Before file 6', 'Before file 5', 'Before file 4', 'Before file 3', 'Before file 2']);
    // Storage is full: only room for the answers if restore points go.
    const real = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === STORAGE_KEY && this.getItem(RESTORE_POINTS_KEY) !== null) throw new DOMException('full', 'QuotaExceededError');
      real.call(this, key, value);
    });
    useAnswers.getState().setProfile('phase', 'special');
    expect(stored().profile.phase).toBe('special');
    expect(useStorageStatus.getState().problem).toBeUndefined();
    // The points are still there in this tab.
    expect(useRestorePoints.getState().points).toHaveLength(5);
  });
});

describe('trust ids are never given twice on this device', () => {
  it('a save file opened after a trust was removed gives the file’s trust a new id, not the removed one’s', async () => {
    await startFrom(stateText(hill));
    useAnswers.getState().removeTrust('t2');
    const file: Answers = { ...emptyAnswers(), profile: { 'school-name': 'Elm School' }, trusts: [{ id: 't2', name: 'Elm Trust', answers: {} }] };
    useAnswers.getState().replace(file, { reason: 'import', label: 'Before you opened elm.json' });
    expect(useAnswers.getState().answers.trusts.map((t) => [t.id, t.name])).toEqual([['t3', 'Elm Trust']]);
    expect(stored().trusts.map((t) => t.id)).toEqual(['t3']);
    advance({ page: 'trusts' }, { type: 'TRUSTS.ADD', name: 'Ash Trust' });
    expect(useAnswers.getState().answers.trusts.map((t) => t.id)).toEqual(['t3', 't4']);
  });
});

describe('Delete all data on this device', () => {
  it('removes every key the tool wrote, and can be undone in this tab', async () => {
    await startFrom(stateText({ ...hill, meeting: { ...hill.meeting, decision: { ...decision, governorsPresent: 500 } } }));
    useAnswers.getState().removeTrust('t2');
    useTrustPack.getState().update((d) => ({ ...d, trustName: 'Our Trust' }));
    localStorage.setItem('join-a-trust:meeting-high-contrast', 'on');
    sessionStorage.setItem('join-a-trust:reloaded-for-new-version', '1');
    localStorage.setItem('someone-else', 'keep me');
    expect(toolKeys(localStorage).sort()).toEqual(
      [STORAGE_KEY, `${STORAGE_KEY}:unreadable-copy`, 'join-a-trust:meeting-high-contrast', RESTORE_POINTS_KEY, TRUST_PACK_KEY].sort(),
    );
    const point = deleteAllData();
    expect(toolKeys(localStorage)).toEqual([]);
    expect(toolKeys(sessionStorage)).toEqual([]);
    expect(localStorage.getItem('someone-else')).toBe('keep me');
    expect(useAnswers.getState().answers).toEqual(emptyAnswers());
    expect(useTrustPack.getState().draft.trustName).toBe('');
    // Undo, until the tab is closed.
    expect(point?.memoryOnly).toBe(true);
    useAnswers.getState().restore(point!, 'Before you undid');
    expect(stored().trusts.map((t) => t.name)).toEqual(['Riverside Learning Trust']);
  });
});
