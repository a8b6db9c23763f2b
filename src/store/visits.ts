/**
 * The journey page the user was last on, kept apart from their answers, so "Continue where you
 * left off" can go back there (the journey machine checks it can still open). Not an answer:
 * a storage fault is ignored, and "Start again" forgets it.
 */
export const LAST_PAGE_KEY = 'join-a-trust:last-page';

export interface LastPage {
  /** The page's address inside the app, as "/trusts/t1/questions/q06-members-trustees". */
  path: string;
  /** The page's title when the user was there, to say where Continue goes. */
  title: string;
}

const journeyPath = /^\/(profile\/|tasks$|trusts($|\/)|steps\/|check$|report$)/;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 300;

export function lastPage(): LastPage | undefined {
  try {
    const saved = JSON.parse(localStorage.getItem(LAST_PAGE_KEY) ?? 'null') as Partial<LastPage> | null;
    return saved && isText(saved.path) && journeyPath.test(saved.path) && isText(saved.title) ? { path: saved.path, title: saved.title } : undefined;
  } catch {
    return undefined;
  }
}

/** Called by every page; only the journey's pages are kept. */
export function rememberLastPage(path: string, title: string): void {
  if (!journeyPath.test(path)) return;
  try {
    localStorage.setItem(LAST_PAGE_KEY, JSON.stringify({ path, title: title.slice(0, 300) }));
  } catch {
    // Only a convenience: without storage, Continue goes to the task list as before.
  }
}

export function forgetLastPage(): void {
  try {
    localStorage.removeItem(LAST_PAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

/**
 * Which of the ten questions the user has seen, per trust, so "What to look for in the answer"
 * opens by itself only the first time. A display choice, not an answer: a storage fault is ignored.
 */
export const GUIDANCE_SEEN_KEY = 'join-a-trust:guidance-seen';
/** 10 trusts × 10 questions, with room: the oldest are dropped first. */
const GUIDANCE_SEEN_MAX = 200;

const seenKey = (trustId: string, questionId: string) => `${trustId}/${questionId}`;

function seenList(): string[] {
  try {
    const saved = JSON.parse(localStorage.getItem(GUIDANCE_SEEN_KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? saved.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

export function guidanceSeen(trustId: string, questionId: string): boolean {
  return seenList().includes(seenKey(trustId, questionId));
}

export function markGuidanceSeen(trustId: string, questionId: string): void {
  const key = seenKey(trustId, questionId);
  const list = seenList();
  if (list.includes(key)) return;
  try {
    localStorage.setItem(GUIDANCE_SEEN_KEY, JSON.stringify([...list, key].slice(-GUIDANCE_SEEN_MAX)));
  } catch {
    // Only a convenience: the guidance opens again next time.
  }
}
