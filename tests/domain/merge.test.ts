import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import * as edit from '@/domain/edit';
import { mergeAnswers, sameAnswers, stampChanges, stampEveryChange, type Stamped } from '@/domain/merge';
import { answersArb, questionAnswerArb, questionIds } from '../fixtures/answers-arb';

const hill: Answers = {
  profile: { 'school-name': 'Hill Primary School' },
  steps: {},
  trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'meets' } } }],
  weights: {},
  lastTrustNumber: 1,
};
const start: Stamped = { answers: hill, stamps: stampChanges(undefined, hill, {}, 1_000) };

/** One tab's edit at time `now`: the answers change and the changed fields are stamped. */
function change(side: Stamped, now: number, fn: (a: Answers) => Answers): Stamped {
  const answers = fn(side.answers);
  return { answers, stamps: stampChanges(side.answers, answers, side.stamps, now) };
}

describe('mergeAnswers (two tabs, the newest write of each field wins)', () => {
  it('keeps a note typed in one tab and a rating clicked in the other, on the same question', () => {
    const ours = change(start, 2_000, (a) => edit.setQuestionAnswer(a, 't1', 'q01-values', { rating: 'meets', notes: 'Typed in tab A' }));
    const theirs = change(start, 3_000, (a) => edit.setQuestionAnswer(a, 't1', 'q01-values', { rating: 'strong' }));
    const expected = { rating: 'strong', notes: 'Typed in tab A' };
    expect(mergeAnswers(ours, theirs).answers.trusts[0]!.answers['q01-values']).toEqual(expected);
    expect(mergeAnswers(theirs, ours).answers.trusts[0]!.answers['q01-values']).toEqual(expected);
  });

  it('the newest write of a field wins, whichever tab merges', () => {
    const older = change(start, 2_000, (a) => edit.setProfileAnswer(a, 'school-name', 'Hill School'));
    const newer = change(start, 3_000, (a) => edit.setProfileAnswer(a, 'school-name', 'Hill Primary Academy'));
    expect(mergeAnswers(older, newer).answers.profile['school-name']).toBe('Hill Primary Academy');
    expect(mergeAnswers(newer, older).answers.profile['school-name']).toBe('Hill Primary Academy');
  });

  it('a tab that read a moment-old copy cannot put back an older value', () => {
    // Tab A types on; tab B, holding A's text from a moment ago, rates something else.
    const a1 = change(start, 2_000, (a) => edit.setQuestionAnswer(a, 't1', 'q01-values', { rating: 'meets', notes: 'The CEO came to' }));
    const a2 = change(a1, 2_100, (a) => edit.setQuestionAnswer(a, 't1', 'q01-values', { rating: 'meets', notes: 'The CEO came to our meeting' }));
    const b = change(a1, 2_200, (a) => edit.setProfileAnswer(a, 'phase', 'primary'));
    const merged = mergeAnswers(a2, b).answers;
    expect(merged.trusts[0]!.answers['q01-values']!.notes).toBe('The CEO came to our meeting');
    expect(merged.profile.phase).toBe('primary');
  });

  it('two trusts added at once in two tabs are both kept, with different ids', () => {
    const ours = change(start, 2_000, (a) => edit.addTrust(a, 'Oak Valley Learning Trust').answers);
    const theirs = change(start, 2_500, (a) => edit.addTrust(a, 'Elm Trust').answers);
    const merged = mergeAnswers(ours, theirs).answers;
    expect(merged.trusts.map((t) => t.name).sort()).toEqual(['Elm Trust', 'Oak Valley Learning Trust', 'Riverside Learning Trust']);
    expect(new Set(merged.trusts.map((t) => t.id)).size).toBe(3);
    expect(edit.nextTrustId(merged)).toBe('t4');
  });

  it('a trust removed in one tab stays removed; the counter never goes down', () => {
    const ours = change(start, 2_000, (a) => edit.removeTrust(a, 't1'));
    const theirs = change(start, 1_500, (a) => edit.setProfileAnswer(a, 'phase', 'primary'));
    const merged = mergeAnswers(theirs, ours).answers;
    expect(merged.trusts).toEqual([]);
    expect(merged.profile.phase).toBe('primary');
    expect(edit.nextTrustId(merged)).toBe('t2');
  });

  it('answers saved before stamps: a field on either side is kept', () => {
    const old: Stamped = { answers: hill, stamps: {} };
    const empty: Stamped = { answers: { profile: {}, steps: {}, trusts: [], weights: {} }, stamps: {} };
    expect(sameAnswers(mergeAnswers(empty, old).answers, hill)).toBe(true);
  });

  it('property: every field changed in only one tab survives, merging either way gives the same, and the result is valid', () => {
    fc.assert(
      fc.property(answersArb, fc.array(fc.tuple(fc.constantFrom(...questionIds), questionAnswerArb), { minLength: 1, maxLength: 3 }), fc.string({ maxLength: 20 }), (base, edits, name) => {
        fc.pre(base.trusts.length > 0);
        const from: Stamped = { answers: base, stamps: stampChanges(undefined, base, {}, 1_000) };
        const trustId = base.trusts[0]!.id;
        let ours = from;
        edits.forEach(([q, answer], i) => {
          ours = change(ours, 2_000 + i, (a) => edit.setQuestionAnswer(a, trustId, q, answer));
        });
        const last = base.trusts.at(-1)!.id;
        const theirs = change(from, 3_000, (a) => edit.renameTrust(edit.setProfileAnswer(a, 'school-name', name), last, `${name} Trust`));
        const merged = mergeAnswers(ours, theirs).answers;
        expect(answersSchema.safeParse(merged).success).toBe(true);
        expect(sameAnswers(merged, mergeAnswers(theirs, ours).answers)).toBe(true);
        expect(merged.profile['school-name']).toBe(name);
        // The name is kept as typed (a space is part of a name until the form saves it, trimmed).
        expect(merged.trusts.find((t) => t.id === last)!.name).toBe(`${name} Trust`);
        for (const q of new Set(edits.map(([q]) => q))) expect(merged.trusts.find((t) => t.id === trustId)!.answers[q]).toEqual(ours.answers.trusts[0]!.answers[q]);
        expect(sameAnswers(mergeAnswers(from, from).answers, base)).toBe(true);
        expect(sameAnswers(mergeAnswers(ours, from).answers, ours.answers)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('stampChanges compares only the parts that changed', () => {
  /** One edit the store makes: every part it does not touch stays the same object. */
  const editArb: fc.Arbitrary<(a: Answers) => Answers> = fc.oneof(
    fc.tuple(fc.constantFrom('school-name', 'phase', 'size'), fc.string({ maxLength: 5 })).map(([id, v]) => (a: Answers) => edit.setProfileAnswer(a, id, v)),
    fc
      .tuple(fc.constantFrom('step-explore', 'agree-why'), fc.constantFrom('not-started', 'in-progress', 'done' as const), fc.option(fc.string({ maxLength: 5 }), { nil: undefined }))
      .map(([id, status, note]) => (a: Answers) => edit.setStepAnswer(a, id, note === undefined ? { status } : { status, note })),
    fc
      .tuple(fc.nat(3), fc.constantFrom(...questionIds), questionAnswerArb)
      .map(([i, q, answer]) => (a: Answers) => (a.trusts[i % Math.max(1, a.trusts.length)] ? edit.setQuestionAnswer(a, a.trusts[i % a.trusts.length]!.id, q, answer) : a)),
    fc.string({ maxLength: 5 }).map((name) => (a: Answers) => edit.addTrust(a, name).answers),
    fc.tuple(fc.nat(3), fc.string({ maxLength: 5 })).map(([i, name]) => (a: Answers) => (a.trusts[i % Math.max(1, a.trusts.length)] ? edit.renameTrust(a, a.trusts[i % a.trusts.length]!.id, name) : a)),
    fc.nat(3).map((i) => (a: Answers) => (a.trusts[i % Math.max(1, a.trusts.length)] ? edit.removeTrust(a, a.trusts[i % a.trusts.length]!.id) : a)),
    fc.tuple(fc.constantFrom(...questionIds), fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined })).map(([q, w]) => (a: Answers) => edit.setWeight(a, q, w)),
    fc.uuid().map((id) => (a: Answers) => ({ ...a, assessmentId: id })),
    fc.constant((a: Answers) => ({ ...a, meeting: a.meeting ? undefined : { views: [], agreed: { t1: { 'q01-values': 'meets' as const } } } })),
  );

  it('property: stamps the same fields as comparing every field of the whole assessment', () => {
    fc.assert(
      fc.property(answersArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), (base, edits) => {
        let answers = base;
        let stamps = stampChanges(undefined, base, {}, 1_000);
        edits.forEach((fn, i) => {
          const next = fn(answers);
          const now = 2_000 + i;
          const compared = stampEveryChange(answers, next, stamps, now);
          const walked = stampChanges(answers, next, stamps, now);
          expect(walked).toEqual(compared);
          answers = next;
          stamps = walked;
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a keystroke in one note stamps that note only', () => {
    const typed = edit.setQuestionAnswer(hill, 't1', 'q01-values', { rating: 'meets', notes: 'A' });
    const stamped = stampChanges(hill, typed, start.stamps, 5_000);
    expect(Object.keys(stamped).filter((k) => stamped[k] === 5_000)).toEqual([JSON.stringify(['trusts', 't1', 'answers', 'q01-values', 'notes'])]);
  });
});
