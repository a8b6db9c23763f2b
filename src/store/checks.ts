import type { AnswerChecks } from './answer-checks';

/*
 * The full checks of saved answers (answer-checks.ts) load after the first paint, so that the
 * first screen does not wait for zod and the schemas. Until then the answers store shows what
 * was saved after a cheap look at its shape (domain/answers-shape.ts), writes nothing, and
 * refuses changes; as soon as the checks are here it reads the save again, properly, setting
 * aside any part that does not read exactly as it always has.
 */

let loaded: AnswerChecks | undefined;
let listeners: ((checks: AnswerChecks) => void)[] = [];
let loading: Promise<AnswerChecks> | undefined;

/** The checks, if they have loaded. */
export const checksLoaded = (): AnswerChecks | undefined => loaded;

/** Makes the checks available (store/prune.ts does this with its own static import). */
export function installChecks(checks: AnswerChecks): void {
  if (loaded) return;
  loaded = checks;
  const waiting = listeners;
  listeners = [];
  for (const listener of waiting) listener(checks);
}

/** Runs `listener` once the checks are here (at once if they are). */
export function onChecksLoaded(listener: (checks: AnswerChecks) => void): void {
  if (loaded) listener(loaded);
  else listeners.push(listener);
}

/** Loads the checks (once) and installs them. */
export function loadChecks(): Promise<AnswerChecks> {
  if (loaded) return Promise.resolve(loaded);
  if (!loading) {
    const started = import('./answer-checks').then(({ answerChecks }) => {
      installChecks(answerChecks);
      return answerChecks;
    });
    // A failed download may work next time (back online).
    started.catch(() => {
      loading = undefined;
    });
    loading = started;
  }
  return loading;
}
