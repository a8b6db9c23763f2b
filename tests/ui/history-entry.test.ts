import { describe, expect, it } from 'vitest';
import { markHistoryEntry } from '@/main';

/** A history stand-in that records writes, with the address kept apart from the state. */
function fakeHistory(state: unknown) {
  const writes: { state: unknown; url: string | URL | null | undefined }[] = [];
  return {
    writes,
    history: {
      state,
      replaceState(next: unknown, _unused: string, url?: string | URL | null) {
        writes.push({ state: next, url });
        this.state = next;
      },
    },
  };
}

describe('marking the first history entry before the router loads (src/main.tsx)', () => {
  it('gives the entry the index React Router expects, keeping its other state and never passing an address', () => {
    const { history, writes } = fakeHistory({ usr: 'kept', key: 'abc' });
    markHistoryEntry(history);
    expect(writes).toEqual([{ state: { usr: 'kept', key: 'abc', idx: 0 }, url: undefined }]);
  });

  it('starts from no state', () => {
    const { history, writes } = fakeHistory(null);
    markHistoryEntry(history);
    expect(writes).toEqual([{ state: { idx: 0 }, url: undefined }]);
  });

  it('leaves an entry the router has already marked alone (a reload, or back to the page)', () => {
    const { history, writes } = fakeHistory({ idx: 3, key: 'x' });
    markHistoryEntry(history);
    expect(writes).toEqual([]);
  });

  it('leaves the address as it is in a real document', () => {
    window.history.replaceState(null, '', '/somewhere/#/trusts?x=1');
    markHistoryEntry();
    expect(window.location.pathname + window.location.hash).toBe('/somewhere/#/trusts?x=1');
    expect((window.history.state as { idx: number }).idx).toBe(0);
  });
});
