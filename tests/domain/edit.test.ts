import { describe, expect, it } from 'vitest';
import { emptyAnswers } from '../../src/domain/answers';
import * as edit from '../../src/domain/edit';
import { openPack } from '../../src/domain/trust-pack';
import { emptyPack } from '../../src/domain/trust-pack-schema';

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
