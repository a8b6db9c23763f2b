import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import { SAVE_TIMING, STORAGE_KEY, useAnswers } from '@/store/answers-store';
import { flushSaves } from '@/store/safe-storage';
import { downloadFile } from '@/ui/components/download';

/*
 * The answers are saved after a pause in typing (SAVE_TIMING), not on every keypress; a file
 * made from them (save file, PDF, meeting files: all go through downloadFile) is never ahead
 * of what the device holds.
 */

const savedName = () => (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as { state?: { answers?: { profile?: Record<string, string> } } }).state?.answers?.profile?.['school-name'];

beforeEach(() => {
  useAnswers.setState({ answers: emptyAnswers() });
  flushSaves();
  localStorage.clear();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('a keypress is not written at once; a pause in typing writes it', () => {
  vi.useFakeTimers();
  useAnswers.getState().setProfile('school-name', 'Hill Primary');
  expect(savedName()).toBeUndefined();
  vi.advanceTimersByTime(SAVE_TIMING.pauseMs);
  expect(savedName()).toBe('Hill Primary');
});

it('downloading a file writes what typing had waiting first', () => {
  vi.useFakeTimers();
  Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  useAnswers.getState().setProfile('school-name', 'Hill Primary School');
  expect(savedName()).toBeUndefined();
  downloadFile('a.json', '{}', 'application/json');
  expect(savedName()).toBe('Hill Primary School');
});
