import { loadSaved, STORAGE_KEY } from '@/store/answers-store';
import { MEMBER_KEY } from '@/store/member';
import { flushSaves } from '@/store/safe-storage';
import { useStorageStatus } from '@/store/storage-status';
import { loadDraft, TRUST_PACK_KEY } from '@/store/trust-pack-store';

/**
 * What a page reload would read: each store's own loader run on what localStorage holds now
 * (the loaders a new page runs; a new page has nothing in memory to merge with). Gives what
 * each store would then hold, and what the loaders reported (nothing set aside, no problem,
 * when all is well).
 */
export function reload() {
  // Leaving the page (pagehide) writes what typing had waiting for a pause.
  flushSaves();
  useStorageStatus.setState({ problem: undefined, setAside: undefined });
  const state = (key: string) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { state?: unknown } | null)?.state;
  const answers = loadSaved(state(STORAGE_KEY));
  const pack = localStorage.getItem(TRUST_PACK_KEY) === null ? undefined : loadDraft(state(TRUST_PACK_KEY));
  const member = (state(MEMBER_KEY) as { drafts?: unknown[] } | undefined)?.drafts;
  const { problem, setAside } = useStorageStatus.getState();
  return { answers, pack, member, problem, setAside };
}
