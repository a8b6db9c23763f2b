import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '@/domain/answers';
import * as edit from '@/domain/edit';
import { openPack } from '@/domain/trust-pack';
import { emptyPack } from '@/domain/trust-pack-schema';

describe('trust ids are never reused', () => {
  it('removing the newest trust and adding another gives a new id', () => {
    const one = edit.addTrust(emptyAnswers(), 'Oak Valley Learning Trust');
    expect(one.trustId).toBe('t1');
    const removed = edit.removeTrust(one.answers, 't1');
    const two = edit.addTrust(removed, 'Riverside Learning Trust');
    expect(two.trustId).toBe('t2');
    expect(two.answers.lastTrustNumber).toBe(2);
  });

  it('a save from before the counter counts from its highest id', () => {
    const old = { ...emptyAnswers(), trusts: [{ id: 't3', name: 'Oak', answers: {} }] };
    expect(edit.nextTrustId(old)).toBe('t4');
  });

  it('a trust added by opening a pack takes the next id too', () => {
    const removed = edit.removeTrust(edit.addTrust(emptyAnswers(), 'Oak').answers, 't1');
    const opened = openPack(removed, { ...emptyPack(), trustName: 'Elm Trust', preparedOn: '2026-11-25' });
    expect(opened.ok && opened.trustId).toBe('t2');
    expect(opened.ok && edit.nextTrustId(opened.answers)).toBe('t3');
  });
});

describe('a file opened on a device that has given ids before', () => {
  it('takes new ids for trusts whose ids were given here, with their views, agreed ratings and decision', () => {
    const here = edit.removeTrust(edit.addTrust(emptyAnswers(), 'Oak').answers, 't1');
    const file = {
      ...emptyAnswers(),
      trusts: [{ id: 't1', name: 'Elm Trust', answers: {} }],
      meeting: {
        views: [{ id: 'aaaaaaaa-0001', trustId: 't1', trustName: 'Elm Trust', ratings: {}, recordedOn: '2026-11-20' }],
        agreed: { t1: { 'q01-values': 'strong' as const } },
        decision: { trustId: 't1', outcome: 'proceed' as const, conditions: [], actions: [], minorityViews: [] },
      },
    };
    const opened = edit.withUnusedTrustIds(file, here);
    expect(opened.trusts[0]!.id).toBe('t2');
    expect(opened.meeting!.views[0]!.trustId).toBe('t2');
    expect(Object.keys(opened.meeting!.agreed)).toEqual(['t2']);
    expect(opened.meeting!.decision!.trustId).toBe('t2');
    expect(edit.nextTrustId(opened)).toBe('t3');
    // On a device that has given no ids, the file keeps its own (so governors' view files still match).
    expect(edit.withUnusedTrustIds(file, emptyAnswers()).trusts[0]!.id).toBe('t1');
  });
});
