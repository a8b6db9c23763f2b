import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import { answersSchema } from '../../src/domain/answers-schema';
import * as edit from '../../src/domain/edit';
import { mergeAnswers } from '../../src/domain/merge';
import { answersArb, questionAnswerArb, questionIds } from '../fixtures/answers-arb';

const hill: Answers = {
  profile: { 'school-name': 'Hill Primary School' },
  steps: {},
  trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'meets' } } }],
  weights: {},
  lastTrustNumber: 1,
};

describe('mergeAnswers (two tabs, field by field)', () => {
  it('keeps a note typed in one tab and a rating clicked in the other, on the same question', () => {
    const ours = edit.setQuestionAnswer(hill, 't1', 'q01-values', { rating: 'meets', notes: 'Typed in tab A' });
    const theirs = edit.setQuestionAnswer(hill, 't1', 'q01-values', { rating: 'strong' });
    expect(mergeAnswers(hill, ours, theirs).trusts[0]!.answers['q01-values']).toEqual({ rating: 'strong', notes: 'Typed in tab A' });
  });

  it('the newest write of a field wins', () => {
    const ours = edit.setProfileAnswer(hill, 'school-name', 'Hill Primary Academy');
    const theirs = edit.setProfileAnswer(hill, 'school-name', 'Hill School');
    expect(mergeAnswers(hill, ours, theirs).profile['school-name']).toBe('Hill Primary Academy');
  });

  it('two trusts added at once in two tabs are both kept, with different ids', () => {
    const ours = edit.addTrust(hill, 'Oak Valley Learning Trust').answers;
    const theirs = edit.addTrust(hill, 'Elm Trust').answers;
    const merged = mergeAnswers(hill, ours, theirs);
    expect(merged.trusts.map((t) => t.name).sort()).toEqual(['Elm Trust', 'Oak Valley Learning Trust', 'Riverside Learning Trust']);
    expect(new Set(merged.trusts.map((t) => t.id)).size).toBe(3);
    expect(merged.lastTrustNumber).toBe(3);
    // The next trust gets an id never used in either tab.
    expect(edit.nextTrustId(merged)).toBe('t4');
  });

  it('a trust removed in one tab stays removed; the counter never goes down', () => {
    const ours = edit.removeTrust(hill, 't1');
    const theirs = edit.setProfileAnswer(hill, 'phase', 'primary');
    const merged = mergeAnswers(hill, ours, theirs);
    expect(merged.trusts).toEqual([]);
    expect(merged.profile.phase).toBe('primary');
    expect(edit.nextTrustId(merged)).toBe('t2');
  });

  it('property: every field changed in only one tab survives, and the result is always valid', () => {
    fc.assert(
      fc.property(answersArb, fc.array(fc.tuple(fc.constantFrom(...questionIds), questionAnswerArb), { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 20 }), (base, edits, name) => {
        fc.pre(base.trusts.length > 0);
        const trustId = base.trusts[0]!.id;
        // Tab A answers some questions of the first trust; tab B renames the school and the last trust.
        let ours = base;
        for (const [q, answer] of edits) ours = edit.setQuestionAnswer(ours, trustId, q, answer);
        const last = base.trusts.at(-1)!.id;
        const theirs = edit.renameTrust(edit.setProfileAnswer(base, 'school-name', name), last, `${name} Trust`.trim());
        const merged = mergeAnswers(base, ours, theirs);
        expect(answersSchema.safeParse(merged).success).toBe(true);
        expect(merged.profile['school-name']).toBe(name);
        expect(merged.trusts.find((t) => t.id === last)!.name).toBe(`${name} Trust`.trim());
        for (const q of new Set(edits.map(([q]) => q))) expect(merged.trusts.find((t) => t.id === trustId)!.answers[q]).toEqual(ours.trusts[0]!.answers[q]);
        // Nothing changed in either tab: nothing changes.
        expect(mergeAnswers(base, base, base)).toEqual(base);
        expect(mergeAnswers(base, ours, base)).toEqual(ours);
        expect(mergeAnswers(base, base, theirs)).toEqual(theirs);
      }),
      { numRuns: 200 },
    );
  });
});
