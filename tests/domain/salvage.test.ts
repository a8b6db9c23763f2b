import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import { describeSetAside, salvageAnswers } from '@/domain/salvage';
import { answersArb } from '../fixtures/answers-arb';

/** Every leaf of a JSON value, by path ("trusts/0/answers/q01-values/notes"). */
function leaves(value: unknown, path: string[] = [], out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof value === 'object' && value !== null) {
    // Items of a list are known by their id (a trust, a view), so one set aside does not shift the rest.
    const entries = Array.isArray(value)
      ? value.map((v: unknown, i) => [typeof v === 'object' && v !== null && 'id' in v ? String((v as { id: unknown }).id) : String(i), v] as const)
      : Object.entries(value);
    if (entries.length === 0) out.set(path.join('/'), Array.isArray(value) ? [] : {});
    for (const [k, v] of entries) leaves(v, [...path, k], out);
  } else out.set(path.join('/'), value);
  return out;
}

/** Things no schema of ours accepts in place of a field. */
const garbage = fc.constantFrom<unknown>('LONG', -1, 1e9, { nested: true }, [1, 2], null, 'not-a-status', true);
const LONG = 'x'.repeat(60_000);

const decision = {
  trustId: 't1',
  outcome: 'proceed-with-conditions' as const,
  conditions: ['Keep our name'],
  actions: [],
  minorityViews: [],
  governorsPresent: 12,
};
const full: Answers = {
  profile: { 'school-name': 'Hill Primary School', phase: 'primary' },
  steps: { 'agree-why': { status: 'done', note: 'Agreed in March' } },
  trusts: [
    { id: 't1', name: 'Riverside Learning Trust', answers: { 'q01-values': { rating: 'strong', notes: 'Met the CEO' } } },
    { id: 't2', name: 'Oak Valley Learning Trust', answers: { 'q01-values': { rating: 'partial' } } },
  ],
  weights: { 'q01-values': 2 },
  assessmentId: '11111111-2222-4333-8444-555555555555',
  lastTrustNumber: 2,
  meeting: { views: [], agreed: { t1: { 'q01-values': 'strong' } }, decision },
};

describe('salvageAnswers', () => {
  it('keeps valid answers exactly as they are', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = salvageAnswers(JSON.parse(JSON.stringify(answers)));
        expect(result.setAside).toEqual([]);
        expect(result.answers).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it('with any one field spoiled, keeps every other part, names what it set aside, and always gives valid answers', () => {
    fc.assert(
      fc.property(answersArb, fc.nat(), garbage, (answers, pick, bad) => {
        const all = [...leaves(answers).keys()].filter((p) => p !== '');
        fc.pre(all.length > 0);
        const target = all[pick % all.length]!.split('/');
        const spoiled = JSON.parse(JSON.stringify(answers)) as Record<string, unknown>;
        let parent: Record<string, unknown> = spoiled;
        for (const step of target.slice(0, -1)) {
          const list = Array.isArray(parent) ? (parent as { id?: string }[]) : undefined;
          parent = (list ? (list.find((v) => v.id === step) ?? list[Number(step)]) : parent[step]) as Record<string, unknown>;
        }
        parent[target.at(-1)!] = bad === 'LONG' ? LONG : bad;
        fc.pre(!answersSchema.safeParse(spoiled).success);

        const result = salvageAnswers(spoiled);
        expect(answersSchema.safeParse(result.answers).success).toBe(true);
        expect(result.setAside.length).toBeGreaterThan(0);
        expect(describeSetAside(result.setAside)).toMatch(/set aside; everything else is here\.$/);
        // Every leaf outside the spoiled field's own entry (its trust, step, view, decision) is kept.
        const depth = target[0] !== 'meeting' ? 2 : target[1] === 'decision' ? 2 : target[1] === 'views' ? 3 : 4;
        const entry = target.slice(0, depth).join('/');
        const kept = leaves(result.answers);
        for (const [path, value] of leaves(answers)) {
          if (path.startsWith(entry)) continue;
          expect(kept.get(path), path).toEqual(value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = salvageAnswers(value);
        expect(answersSchema.safeParse(result.answers).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a decision record over a limit a later version set costs nothing else', () => {
    // Valid before the decision page enforced the limits: 150 governors present, 25 conditions.
    const old = { ...full, meeting: { ...full.meeting, decision: { ...decision, governorsPresent: 150, conditions: Array(25).fill('A condition') } } };
    const { answers, setAside } = salvageAnswers(JSON.parse(JSON.stringify(old)));
    expect(answers).toEqual({ ...full, meeting: { views: [], agreed: full.meeting!.agreed } });
    expect(describeSetAside(setAside)).toBe('One decision record could not be read and has been set aside; everything else is here.');
  });

  it('a note over its limit loses only the note: the rating beside it stays', () => {
    const old = structuredClone(full);
    old.trusts[0]!.answers['q01-values']!.notes = 'n'.repeat(50_001);
    old.steps['agree-why']!.note = 's'.repeat(20_001);
    const { answers, setAside } = salvageAnswers(old);
    expect(answers.trusts[0]!.answers['q01-values']).toEqual({ rating: 'strong' });
    expect(answers.steps['agree-why']).toEqual({ status: 'done' });
    expect(answers.trusts[1]).toEqual(full.trusts[1]);
    expect(describeSetAside(setAside)).toBe(
      'One note on a stage step and one note on one of the ten questions could not be read and have been set aside; everything else is here.',
    );
  });

  it('names what was lost: a red flag note is a note, a rating is an answer', () => {
    const old = structuredClone(full) as unknown as { trusts: { answers: Record<string, Record<string, unknown>> }[] };
    old.trusts[0]!.answers['q01-values'] = { rating: 'marvellous', redFlag: true, redFlagNote: 'r'.repeat(50_001) };
    const { answers, setAside } = salvageAnswers(old);
    expect(answers.trusts[0]!.answers['q01-values']).toEqual({ redFlag: true });
    expect(describeSetAside(setAside)).toBe(
      'One answer to one of the ten questions and one note on a red flag could not be read and have been set aside; everything else is here.',
    );
  });

  it('a second trust with an id already used is set aside, not merged with the first', () => {
    const twins = { ...full, trusts: [full.trusts[0], { ...full.trusts[1], id: 't1' }] };
    const { answers, setAside } = salvageAnswers(twins);
    expect(answers.trusts).toEqual([full.trusts[0]]);
    expect(setAside).toEqual([{ kind: 'trust', path: 'trusts → t1' }]);
  });

  it('something that is not answers at all gives empty answers and says so', () => {
    expect(salvageAnswers('hello')).toEqual({ answers: emptyAnswers(), setAside: [{ kind: 'whole save', path: 'the saved answers as a whole' }] });
    expect(describeSetAside(salvageAnswers(7).setAside)).toMatch(/could not be read at all/);
  });
});
