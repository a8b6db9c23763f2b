import { act, renderHook } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { useRememberedFlag } from '@/ui/meeting/use-remembered-flag';

it('remembers a display choice on this device, for the next visit', () => {
  const first = renderHook(() => useRememberedFlag('test-flag'));
  expect(first.result.current[0]).toBe(false);
  act(() => first.result.current[1](true));
  expect(first.result.current[0]).toBe(true);
  first.unmount();
  const again = renderHook(() => useRememberedFlag('test-flag'));
  expect(again.result.current[0]).toBe(true);
});

it('still works for this visit when storage refuses it', () => {
  const spy = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  const { result } = renderHook(() => useRememberedFlag('test-flag'));
  act(() => result.current[1](true));
  expect(result.current[0]).toBe(true);
  spy.mockRestore();
});
