import { emptyAnswers } from '@/domain/answers';
import { useAnswers } from './answers-store';
import { forgetRestorePoints, keepRestorePoint, type RestorePoint } from './restore-points';
import { flushSaves } from './safe-storage';
import { reportStorage } from './storage-status';
import { useTrustPack } from './trust-pack-store';
import { toolKeys } from './tool-keys';

export { KEY_PREFIX, toolKeys } from './tool-keys';

function removeToolKeys(area: () => Storage | undefined): void {
  try {
    const store = area();
    if (store) for (const key of toolKeys(store)) store.removeItem(key);
  } catch {
    // Storage switched off: the tool could not have written anything there.
  }
}

/**
 * "Delete all data on this device": every key the tool has written, in local and session
 * storage, goes. A copy of the answers is kept in this tab's memory only (never written), so
 * the user can undo it until the tab is closed. Returns that copy.
 */
export function deleteAllData(): RestorePoint | undefined {
  const point = keepRestorePoint('delete-all', 'Before you deleted all data on this device', useAnswers.getState().answers, { memoryOnly: true });
  // Empty the stores first (they write as they change), then remove every key.
  useAnswers.setState({ answers: emptyAnswers() });
  useTrustPack.getState().reset();
  flushSaves();
  removeToolKeys(() => globalThis.localStorage);
  removeToolKeys(() => globalThis.sessionStorage);
  forgetRestorePoints(point ? [{ ...point, memoryOnly: true }] : []);
  reportStorage({ problem: undefined, setAside: undefined, backupKey: undefined, dropped: [] });
  return point;
}
