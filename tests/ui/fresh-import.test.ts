import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useStorageStatus } from '@/store/storage-status';
import { importFresh, isMissingFileError, noticeNewVersion, RELOAD_KEY, takeResume } from '@/ui/fresh-import';

const gone = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: http://x/assets/pdf-abc.js'));

beforeEach(() => {
  sessionStorage.clear();
  useStorageStatus.setState({ newVersion: false });
});

describe('a file gone after a new version was deployed', () => {
  it('reloads into the new version, once, and carries on making the PDF there', async () => {
    const reload = vi.fn();
    let now = 1_000_000;
    const env = { now: () => now, reload };
    void importFresh(gone, 'pdf', env);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));

    // The new page starts: it says so, and makes the PDF once.
    now += 2_000;
    noticeNewVersion(env);
    expect(useStorageStatus.getState().newVersion).toBe(true);
    expect(takeResume('pdf')).toBe(true);
    expect(takeResume('pdf')).toBe(false);

    // The same failure straight away is not a new version: it is shown, with no second reload.
    await expect(importFresh(gone, 'pdf', env)).rejects.toThrow(/Failed to fetch/);
    expect(reload).toHaveBeenCalledTimes(1);

    // Long after, a later release reloads again.
    now += 120_000;
    noticeNewVersion(env);
    expect(sessionStorage.getItem(RELOAD_KEY)).toBeNull();
    void importFresh(gone, undefined, env);
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2));
  });

  it('other errors are thrown as they are, with no reload', async () => {
    const reload = vi.fn();
    await expect(importFresh(() => Promise.reject(new Error('content broke')), undefined, { now: () => 0, reload })).rejects.toThrow('content broke');
    expect(reload).not.toHaveBeenCalled();
    expect(await importFresh(() => Promise.resolve(42))).toBe(42);
  });

  it('knows the messages of Chromium, Firefox and Safari', () => {
    expect(isMissingFileError(new TypeError('Failed to fetch dynamically imported module: x'))).toBe(true);
    expect(isMissingFileError(new TypeError('error loading dynamically imported module: x'))).toBe(true);
    expect(isMissingFileError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isMissingFileError(new Error('Something else'))).toBe(false);
  });
});
