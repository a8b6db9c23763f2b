import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { emptyPack, trustPackDraftSchema, type TrustPackDraft } from '@/domain/trust-pack-schema';
import { keepUnreadableCopy, safeStorage } from './safe-storage';
import { reportStorage } from './storage-status';
import { followOtherTabs } from './sync';

/**
 * Trust mode: the pack a trust is preparing. Kept apart from any school's assessment (its
 * own key), so a trust can prepare a pack on a device with no assessment on it, and a
 * school's answers are never mixed with a trust's.
 */
export const TRUST_PACK_KEY = 'join-a-trust:trust-pack';
export const TRUST_PACK_STORE_VERSION = 1;

interface TrustPackStore {
  draft: TrustPackDraft;
  /** False, and nothing changed, when storage would refuse the result. */
  update(fn: (draft: TrustPackDraft) => TrustPackDraft): boolean;
  /** Replaces the draft (a pack file opened to carry on editing it). */
  replace(draft: TrustPackDraft): void;
  reset(): void;
}

/** Reads a saved draft; anything unreadable gives an empty one, and a copy is kept. */
export function loadDraft(saved: unknown): TrustPackDraft {
  const candidate = (saved as { draft?: unknown } | null)?.draft;
  const parsed = trustPackDraftSchema.safeParse(candidate);
  if (parsed.success) return parsed.data as TrustPackDraft;
  if (candidate !== undefined) {
    reportStorage({ problem: 'corrupt', backupKey: keepUnreadableCopy(TRUST_PACK_KEY, JSON.stringify(saved)) });
  }
  return emptyPack();
}

export const useTrustPack = create<TrustPackStore>()(
  persist(
    (set, get) => ({
      draft: emptyPack(),
      // A change storage would refuse (a text over its limit, one link too many) is not kept;
      // the form's limits come from the same schema, so this is the last line, never the first.
      update: (fn) => {
        const draft = fn(get().draft);
        if (draft === get().draft) return true;
        if (!trustPackDraftSchema.safeParse(draft).success) return false;
        set({ draft });
        return true;
      },
      replace: (draft) => set({ draft }),
      reset: () => set({ draft: emptyPack() }),
    }),
    {
      name: TRUST_PACK_KEY,
      version: TRUST_PACK_STORE_VERSION,
      // An empty draft is never written over nothing (a tab following another tab's "Delete all").
      storage: safeStorage<{ draft: TrustPackDraft }>(undefined, {
        beforeWrite: (value, rawNow) => (rawNow === null && JSON.stringify(value.state.draft) === JSON.stringify(emptyPack()) ? undefined : value),
      }),
      partialize: (state) => ({ draft: state.draft }),
      migrate: (persisted) => ({ draft: loadDraft(persisted) }),
      merge: (persisted, current) => (persisted === undefined ? current : { ...current, draft: loadDraft(persisted) }),
    },
  ),
);

/** Two tabs open in trust mode: the pack being prepared stays the same in both. */
export function syncTrustPackAcrossTabs(): () => void {
  return followOtherTabs(TRUST_PACK_KEY, { rehydrate: () => useTrustPack.persist.rehydrate(), clear: () => useTrustPack.getState().reset() });
}
