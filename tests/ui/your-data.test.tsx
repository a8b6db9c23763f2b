import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { SAVE_FORMAT } from '@/domain/save-file';
import { STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { toolKeys } from '@/store/delete-all';
import { forgetRestorePoints } from '@/store/restore-points';
import { useTrustPack } from '@/store/trust-pack-store';
import { YourDataPage } from '@/ui/data/YourDataPage';

/** "Your data": earlier copies listed and brought back, the unreadable copy, an import, and Delete all (with Undo). */

const hill: Answers = {
  profile: { 'school-name': 'Hill Primary School' },
  steps: {},
  trusts: [
    { id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong' } } },
    { id: 't2', name: 'Oak Valley Learning Trust', answers: {} },
  ],
  weights: {},
  lastTrustNumber: 2,
};

function page() {
  return render(
    <MemoryRouter>
      <YourDataPage />
    </MemoryRouter>,
  );
}

beforeEach(() => {
  localStorage.clear();
  forgetRestorePoints();
  useAnswers.setState({ answers: hill });
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
});

afterEach(() => vi.restoreAllMocks());

describe('Your data', () => {
  it('lists what changed and when, and goes back to an earlier copy after asking; going back can itself be undone', async () => {
    const user = userEvent.setup();
    act(() => useAnswers.getState().removeTrust('t1'));
    page();
    const item = screen.getByRole('heading', { level: 3, name: 'Before you removed Riverside Learning Trust' }).closest('li')!;
    expect(item).toHaveTextContent(/Kept on \d{1,2} \w+ \d{4} at \d\d:\d\d\. It holds: Hill Primary School: 2 trusts, 1 rated question, 0 stage steps\./);
    await user.click(within(item).getByRole('button', { name: /Go back to this copy/ }));
    const dialog = screen.getByRole('dialog', { name: 'Go back to this copy?' });
    expect(dialog).toHaveTextContent('Your answers now (Hill Primary School: 1 trust, 0 rated questions, 0 stage steps)');
    await user.click(within(dialog).getByRole('button', { name: 'Yes, go back to this copy' }));
    expect(useAnswers.getState().answers).toEqual(hill);
    expect(screen.getByText(/^Your answers are now as they were on/)).toBeInTheDocument();
    // The answers from just before are kept too.
    expect(screen.getByRole('heading', { level: 3, name: /^Before you went back to the copy from/ })).toBeInTheDocument();
  });

  it('opening a save file keeps a copy of what was there first', async () => {
    const user = userEvent.setup();
    page();
    const file = { format: SAVE_FORMAT, version: 1, savedAt: '2026-11-25T10:00:00Z', contentVersion: 'x', answers: { ...emptyAnswers(), profile: { 'school-name': 'Elm School' } } };
    await user.upload(screen.getByLabelText('Choose a save file (.json)'), new File([JSON.stringify(file)], 'elm.json', { type: 'application/json' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, replace my answers' }));
    expect(useAnswers.getState().answers.profile['school-name']).toBe('Elm School');
    expect(await screen.findByRole('heading', { level: 3, name: 'Before you opened elm.json' })).toBeInTheDocument();
  });

  it('says only what just happened: going back to the earlier copy replaces “Opened elm.json …”', async () => {
    const user = userEvent.setup();
    page();
    const file = { format: SAVE_FORMAT, version: 1, savedAt: '2026-11-25T10:00:00Z', contentVersion: 'x', answers: { ...emptyAnswers(), profile: { 'school-name': 'Elm School' } } };
    await user.upload(screen.getByLabelText('Choose a save file (.json)'), new File([JSON.stringify(file)], 'elm.json', { type: 'application/json' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, replace my answers' }));
    expect(await screen.findByText(/^Opened elm\.json/)).toBeInTheDocument();
    const copy = (await screen.findByRole('heading', { level: 3, name: 'Before you opened elm.json' })).closest('li')!;
    await user.click(within(copy).getByRole('button', { name: /Go back to this copy/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: /^Yes/ }));
    expect(useAnswers.getState().answers.profile['school-name']).not.toBe('Elm School');
    expect(await screen.findByText(/^Your answers are now as they were on /)).toBeInTheDocument();
    expect(screen.queryByText(/^Opened elm\.json/)).toBeNull();
    // One status says it, not two.
    expect(screen.getAllByRole('status').filter((s) => s.textContent?.trim()).map((s) => s.textContent)).toEqual([expect.stringMatching(/^Your answers are now as they were on /)]);
  });

  it('offers the copy of data that could not be read, to download or to restore', async () => {
    const user = userEvent.setup();
    const copy = JSON.stringify({ state: { answers: { ...hill, meeting: { views: [], agreed: {}, decision: { trustId: 't1', governorsPresent: 150 } } } }, version: 1 });
    localStorage.setItem(`${STORAGE_KEY}:unreadable-copy`, copy);
    useAnswers.setState({ answers: emptyAnswers() });
    page();
    expect(screen.getByRole('heading', { name: 'Saved data that could not be read' })).toBeInTheDocument();
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    let saveAs = '';
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saveAs = this.download;
    });
    await user.click(screen.getByRole('button', { name: 'Download the copy' }));
    expect(click).toHaveBeenCalled();
    // The file is the copy exactly as it was saved, unreadable part and all.
    await expect(blob!.text()).resolves.toBe(copy);
    expect(saveAs).toMatch(/^join-a-trust-unreadable-copy-\d{4}-\d\d-\d\d\.json$/);
    await user.click(screen.getByRole('button', { name: 'Restore the copy' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, restore the copy' }));
    expect(useAnswers.getState().answers.trusts).toEqual(hill.trusts);
    expect(screen.getByText(/One decision record could not be read and has been set aside\./)).toBeInTheDocument();
  });

  it('Delete all removes every key the tool wrote, and Undo brings the answers back in this tab', async () => {
    const user = userEvent.setup();
    act(() => useAnswers.getState().removeTrust('t2'));
    act(() => useTrustPack.getState().update((d) => ({ ...d, trustName: 'Our Trust' })));
    localStorage.setItem(`${STORAGE_KEY}:unreadable-copy`, '{"state":');
    localStorage.setItem('join-a-trust:meeting-high-contrast', 'on');
    expect(toolKeys(localStorage).length).toBe(5);
    page();
    await user.click(screen.getByRole('button', { name: 'Delete all data on this device' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, delete everything' }));
    expect(toolKeys(localStorage)).toEqual([]);
    expect(screen.getByText('All data this tool saved has been deleted from this device.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo: bring my answers back' }));
    expect(useAnswers.getState().answers.trusts.map((t) => t.name)).toEqual(['Riverside Learning Trust']);
  });
});
