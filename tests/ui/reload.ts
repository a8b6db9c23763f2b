import { vi } from 'vitest';

/**
 * A page reload as far as the stores go: fresh copies of the store modules, which read
 * localStorage as a new page would. Gives what each store then holds, and what the storage
 * status says about reading it (nothing set aside, no problem, when all is well).
 */
export async function reload() {
  vi.resetModules();
  const [answers, pack, member, status] = await Promise.all([
    import('../../src/store/answers-store'),
    import('../../src/store/trust-pack-store'),
    import('../../src/store/member'),
    import('../../src/store/storage-status'),
  ]);
  await answers.useAnswers.persist.rehydrate();
  await pack.useTrustPack.persist.rehydrate();
  await member.useMemberViews.persist.rehydrate();
  const { problem, setAside } = status.useStorageStatus.getState();
  return {
    answers: answers.useAnswers.getState().answers,
    pack: pack.useTrustPack.getState().draft,
    member: member.useMemberViews.getState().drafts,
    problem,
    setAside,
  };
}
