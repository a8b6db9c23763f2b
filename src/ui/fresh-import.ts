import { reportStorage } from '@/store/storage-status';

/*
 * New versions. The app loads most of its code on demand, from files whose names change with
 * every release. When a new release is deployed while a page is open, the old page's files are
 * gone, and loading one fails ("Failed to fetch dynamically imported module"). Then the page
 * reloads itself into the new release: answers are saved as they are typed, so nothing is
 * lost; the new page says a new version is ready and, if the user was making the PDF, makes it.
 */

/** Marks the reload, in session storage (this tab only), with what to carry on with. */
export const RELOAD_KEY = 'join-a-trust:reloaded-for-new-version';
/** A second failure this soon after reloading is not a new version: show the error instead of reloading again. */
const RELOAD_GRACE_MS = 60_000;

export type Resume = 'pdf';

interface ReloadNote {
  at: number;
  resume?: Resume;
}

/** The errors browsers give when a module file cannot be fetched (Chromium, Firefox, Safari). */
export function isMissingFileError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    message,
  );
}

function session(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function readNote(): ReloadNote | undefined {
  try {
    const raw = session()?.getItem(RELOAD_KEY);
    if (!raw) return undefined;
    const note = JSON.parse(raw) as ReloadNote;
    return typeof note.at === 'number' ? note : undefined;
  } catch {
    return undefined;
  }
}

interface Env {
  now(): number;
  reload(): void;
}
const browser: Env = { now: () => Date.now(), reload: () => globalThis.location.reload() };

/**
 * Loads a module; if its file is gone (a new version was deployed), reloads the page into the
 * new version, once, noting what to carry on with. Any other error, or the same failure again
 * straight after reloading, is thrown as usual (the page's error boundary explains it).
 */
export async function importFresh<T>(load: () => Promise<T>, resume?: Resume, env: Env = browser): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!isMissingFileError(error)) throw error;
    const note = readNote();
    if (note && env.now() - note.at < RELOAD_GRACE_MS) throw error;
    try {
      session()?.setItem(RELOAD_KEY, JSON.stringify({ at: env.now(), ...(resume ? { resume } : {}) } satisfies ReloadNote));
    } catch {
      // Without session storage the reload still happens; only the message and the resume are lost.
    }
    env.reload();
    // The page is going away; nothing waits for this.
    return new Promise<T>(() => {});
  }
}

let pendingResume: Resume | undefined;

/**
 * At start-up: if this page was reloaded into a new version, say so, and remember what to carry
 * on with. The note stays (for the grace period) so a second failure does not reload again.
 */
export function noticeNewVersion(env: Pick<Env, 'now'> = browser): void {
  const note = readNote();
  if (!note) return;
  if (env.now() - note.at >= RELOAD_GRACE_MS) {
    try {
      session()?.removeItem(RELOAD_KEY);
    } catch {
      // Nothing to tidy.
    }
    return;
  }
  if (note.resume) pendingResume = note.resume;
  reportStorage({ newVersion: true });
  try {
    // Keep the time (no second reload straight away), drop the resume (do it once).
    session()?.setItem(RELOAD_KEY, JSON.stringify({ at: note.at }));
  } catch {
    // Nothing to tidy.
  }
}

/** True once, if the page was reloaded while making `what`: the page then carries on with it. */
export function takeResume(what: Resume): boolean {
  if (pendingResume !== what) return false;
  pendingResume = undefined;
  return true;
}
