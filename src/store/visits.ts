import type { Location } from '../machine/location';

/**
 * What this device remembers about where the user has been, apart from their answers: the
 * journey page they were last on (so "Continue where you left off" goes back there) and the
 * questions whose guidance they have already seen. Not answers: a storage fault is ignored,
 * and "Start again" forgets both.
 */
export const LAST_PAGE_KEY = 'join-a-trust:last-page';
export const SEEN_KEY = 'join-a-trust:seen-guidance';

export interface LastPage {
  location: Location;
  /** The page's title when the user was there, to say where Continue goes. */
  title: string;
}

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Only a convenience: without storage, Continue goes to the task list as before.
  }
}

const pages = new Set<string>(['profile', 'tasks', 'trusts', 'step', 'question', 'check', 'report']);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** Reads the last page, or undefined if there is none or it is not one this version understands. */
export function lastPage(): LastPage | undefined {
  const saved = read(LAST_PAGE_KEY) as { location?: Record<string, unknown>; title?: unknown } | undefined;
  const l = saved?.location;
  if (!l || typeof l !== 'object' || !pages.has(String(l.page)) || !isText(saved.title)) return undefined;
  const ids = { profile: ['questionId'], step: ['stepId'], question: ['trustId', 'questionId'] }[String(l.page)] ?? [];
  if (!ids.every((k) => isText(l[k]))) return undefined;
  const location = Object.fromEntries([['page', l.page], ...ids.map((k) => [k, l[k]])]) as unknown as Location;
  return { location, title: saved.title };
}

export function rememberLastPage(location: Location, title: string): void {
  const { returnToCheck: _ignored, ...plain } = location as Location & { returnToCheck?: boolean };
  write(LAST_PAGE_KEY, { location: plain, title: title.slice(0, 200) });
}

export function hasSeenGuidance(questionId: string): boolean {
  const seen = read(SEEN_KEY);
  return Array.isArray(seen) && seen.includes(questionId);
}

export function rememberSeenGuidance(questionId: string): void {
  const seen = read(SEEN_KEY);
  const list = Array.isArray(seen) ? seen.filter((x): x is string => typeof x === 'string') : [];
  if (!list.includes(questionId)) write(SEEN_KEY, [...list, questionId].slice(-100));
}

/** "Start again": where the user was goes with their answers. */
export function forgetVisits(): void {
  write(LAST_PAGE_KEY, undefined);
  write(SEEN_KEY, undefined);
}
