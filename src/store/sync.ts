import { emptyAnswers } from '@/domain/answers';
import { STORAGE_KEY, takeInOtherTab, useAnswers } from './answers-store';
import { refreshRestorePoints, RESTORE_POINTS_KEY } from './restore-points';
import { reportStorage } from './storage-status';

type Target = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/**
 * When another tab saves under `key`, take its copy in at once (or clear, if it deleted it),
 * so neither tab overwrites the other with an old copy. Returns a function that stops.
 */
export function followOtherTabs(key: string, store: { rehydrate(): unknown; clear(): void }, target: Target = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key) return;
    if (event.newValue === null) store.clear();
    else void store.rehydrate();
    reportStorage({ updatedFromOtherTab: true });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}

/** Two tabs open on one assessment: changes in one show up in the other. */
export function syncAcrossTabs(target: Target = window): () => void {
  // Restore points kept in the other tab show in this tab's list too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === RESTORE_POINTS_KEY) refreshRestorePoints();
  };
  target.addEventListener('storage', onStorage);
  const stop = followOtherTabs(
    STORAGE_KEY,
    // Deleted in the other tab: empty here too, without a restore point or a write (see answers-store).
    { rehydrate: takeInOtherTab, clear: () => useAnswers.setState({ answers: emptyAnswers() }) },
    target,
  );
  return () => {
    stop();
    target.removeEventListener('storage', onStorage);
  };
}
