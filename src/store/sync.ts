import { STORAGE_KEY, useAnswers } from './answers-store';
import { reportStorage } from './storage-status';

/**
 * Two tabs open: when the other tab saves, this one takes the change in at once, so
 * neither overwrites the other with an old copy. Returns a function that stops listening.
 */
export function syncAcrossTabs(target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    if (event.newValue === null) useAnswers.getState().reset();
    else void useAnswers.persist.rehydrate();
    reportStorage({ updatedFromOtherTab: true });
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
