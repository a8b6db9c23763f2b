import { act } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { emptyPack } from '@/domain/trust-pack-schema';
import { syncTrustPackAcrossTabs, TRUST_PACK_KEY, useTrustPack } from '@/store/trust-pack-store';

afterEach(() => useTrustPack.getState().reset());

it('keeps the pack being prepared the same in two tabs', async () => {
  const stop = syncTrustPackAcrossTabs();
  const theirs = JSON.stringify({ state: { draft: { ...emptyPack(), trustName: 'Oak Valley Learning Trust' } }, version: 1 });
  await act(async () => {
    localStorage.setItem(TRUST_PACK_KEY, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: TRUST_PACK_KEY, newValue: theirs }));
    await Promise.resolve();
  });
  expect(useTrustPack.getState().draft.trustName).toBe('Oak Valley Learning Trust');

  // The other tab started a new pack.
  await act(async () => {
    localStorage.removeItem(TRUST_PACK_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: TRUST_PACK_KEY, newValue: null }));
    await Promise.resolve();
  });
  expect(useTrustPack.getState().draft.trustName).toBe('');
  stop();
});
