// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allIds, content } from '@/content';

const snapshotPath = path.resolve(__dirname, 'ids.snapshot.json');
const snapshot: string[] = JSON.parse(readFileSync(snapshotPath, 'utf8'));
const current = allIds(content)
  .map((i) => i.id)
  .sort();

describe('content ids', () => {
  it('are unique across every file', () => {
    expect(new Set(current).size).toBe(current.length);
  });

  it('never disappear once published (saved answers are keyed by them)', () => {
    const gone = snapshot.filter((id) => !current.includes(id));
    expect(gone, `These ids have gone. Ids are permanent: put them back, never rename or reuse them: ${gone.join(', ')}`).toEqual([]);
  });

  it('are only added on purpose', () => {
    const added = current.filter((id) => !snapshot.includes(id));
    expect(
      added,
      `New ids found. If they are meant, add them to tests/content/ids.snapshot.json (kept sorted): ${added.join(', ')}`,
    ).toEqual([]);
  });

  it('keeps the snapshot sorted and free of repeats', () => {
    expect(snapshot).toEqual([...new Set(snapshot)].sort());
  });
});
