import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { RatingAnswer } from '@/domain/answers';
import { type Invitation } from '@/domain/meeting-files';
import { draftKey, MAX_DRAFTS, memberDraftSchema, readyToSend, type MemberDraft } from '@/domain/meeting-link';
import { safeStorage } from './safe-storage';

/*
 * A governor's own device: each invitation they opened and their view of it, kept in its own
 * storage key (apart from any school's assessment on the same device) until they clear it.
 * Nothing here is sent anywhere: the governor sends their view themselves.
 */

export const MEMBER_KEY = 'join-a-trust:member-views';

interface MemberStore {
  drafts: MemberDraft[];
  /** Opens an invitation: a new draft, or the one already begun for the same assessment and trust. */
  open(invitation: Invitation, newId: string): string;
  update(key: string, fn: (draft: MemberDraft) => MemberDraft): void;
  setRating(key: string, questionId: string, rating: RatingAnswer): void;
  ready(key: string, today: string): void;
  /** Back to giving the view: the ratings stay. */
  change(key: string): void;
  clear(key: string): void;
  clearAll(): void;
}

/** Reads saved drafts; one that does not pass the checks is left out. */
function loadDrafts(saved: unknown): MemberDraft[] {
  const list = (saved as { drafts?: unknown } | null)?.drafts;
  if (!Array.isArray(list)) return [];
  return list
    .slice(0, MAX_DRAFTS)
    .map((d) => memberDraftSchema.safeParse(d))
    .filter((r) => r.success)
    .map((r) => r.data as MemberDraft);
}

export const useMemberViews = create<MemberStore>()(
  persist(
    (set, get) => {
      // A change storage would refuse (a name over its limit) is not kept: a draft that fails its
      // checks is left out when read back, so keeping it would lose the whole view.
      const update = (key: string, fn: (draft: MemberDraft) => MemberDraft) =>
        set({
          drafts: get().drafts.map((d) => {
            if (draftKey(d.invitation) !== key) return d;
            const next = fn(d);
            return memberDraftSchema.safeParse(next).success ? next : d;
          }),
        });
      return {
        drafts: [],
        open: (invitation, newId) => {
          const key = draftKey(invitation);
          const existing = get().drafts.find((d) => draftKey(d.invitation) === key);
          // The newest invitation's words (trust's answers, school's notes) replace the old ones; the view stays.
          const draft: MemberDraft = existing ? { ...existing, invitation } : { invitation, viewId: newId, name: '', ratings: {}, revision: 1 };
          set({ drafts: [draft, ...get().drafts.filter((d) => draftKey(d.invitation) !== key)].slice(0, MAX_DRAFTS) });
          return key;
        },
        update,
        setRating: (key, questionId, rating) => update(key, (d) => ({ ...d, ratings: { ...d.ratings, [questionId]: rating } })),
        ready: (key, today) => update(key, (d) => readyToSend(d, today)),
        change: (key) =>
          update(key, (d) => {
            const { readyOn: _readyOn, ...rest } = d;
            return rest;
          }),
        clear: (key) => set({ drafts: get().drafts.filter((d) => draftKey(d.invitation) !== key) }),
        clearAll: () => set({ drafts: [] }),
      };
    },
    {
      name: MEMBER_KEY,
      version: 1,
      storage: safeStorage<{ drafts: MemberDraft[] }>(),
      partialize: (state) => ({ drafts: state.drafts }),
      migrate: (persisted) => ({ drafts: loadDrafts(persisted) }),
      merge: (persisted, current) => (persisted === undefined ? current : { ...current, drafts: loadDrafts(persisted) }),
    },
  ),
);
