import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { applicableProfileQuestions, applicableStages, emptyAnswers, type Answers } from '@/domain/answers';
import { profilePosition, progress } from '@/domain/progress';
import { allSteps } from './helpers';
import { churchPrimary } from '../fixtures/profiles';

/** A Church of England primary weighing two trusts: the headteacher. */
const churchSchool = churchPrimary({ pfi: 'yes' });

const withTrusts = (profile: Record<string, string>, steps: Answers['steps'] = {}): Answers => ({
  ...emptyAnswers(),
  profile,
  steps,
  trusts: [
    { id: 't1', name: 'Oak Valley Learning Trust', answers: {} },
    { id: 't2', name: 'Fenland Schools Trust', answers: {} },
  ],
});

describe('the task list count', () => {
  const stages = applicableStages(content, churchSchool);
  const before = stages.filter((s) => !s.afterDecision).flatMap((s) => s.steps);
  const after = stages.filter((s) => s.afterDecision).flatMap((s) => s.steps);

  it('counts only what can be done before the decision: profile, naming the trusts, 10 questions a trust and the early steps', () => {
    expect(after.length).toBeGreaterThan(0);
    const { overall } = progress(content, withTrusts(churchSchool));
    expect(overall.total).toBe(1 + 1 + 2 * 10 + before.length);
    // The two rows already shown as "Completed" (the profile and the named trusts) are counted as done.
    expect(overall.done).toBe(2);
  });

  it('does not move when steps after the decision are marked done', () => {
    const afterIds = after.map((s) => s.id);
    const everythingElse = allSteps(content, 'not-started');
    const afterDone = Object.fromEntries(afterIds.map((id) => [id, { status: 'done' as const }]));
    const plain = progress(content, withTrusts(churchSchool, everythingElse)).overall;
    const withAfter = progress(content, withTrusts(churchSchool, { ...everythingElse, ...afterDone })).overall;
    expect(withAfter).toEqual(plain);
  });

  it('reaches "all done" when everything before the decision is done', () => {
    const answers = withTrusts(churchSchool, Object.fromEntries(before.map((s) => [s.id, { status: 'done' as const }])));
    const rated = Object.fromEntries(content.tenQuestions.questions.map((q) => [q.id, { rating: 'meets' as const, evidence: 'documents' as const }]));
    answers.trusts = answers.trusts.map((t) => ({ ...t, answers: rated }));
    const { overall } = progress(content, answers);
    expect(overall.done).toBe(overall.total);
  });
});

describe('the profile counter', () => {
  /** Walks the profile as the app does: the next applicable question after each answer. */
  function walk(school: Record<string, string>) {
    const profile: Record<string, string> = {};
    const seen: { id: string; number: number; total: number }[] = [];
    for (;;) {
      const next = applicableProfileQuestions(content, profile).find((q) => profile[q.id] === undefined);
      if (!next) return seen;
      seen.push({ id: next.id, ...profilePosition(content, profile, next.id) });
      const answer = school[next.id];
      if (!answer) throw new Error(`The test school has no answer to the profile question "${next.id}": add one`);
      profile[next.id] = answer;
    }
  }

  it('never grows as a church school answers (the diocese question appears without "4 of 9" becoming "5 of 10")', () => {
    const seen = walk(churchSchool);
    expect(seen.map((s) => s.id)).toContain('diocese');
    seen.forEach((s, i) => {
      expect(s.number).toBe(i + 1);
      if (i > 0) expect(s.total).toBeLessThanOrEqual(seen[i - 1]!.total);
    });
    expect(seen.at(-1)).toMatchObject({ number: seen.length, total: seen.length });
  });

  it('counts on by one and ends at "n of n" for a school the diocese question does not apply to', () => {
    const seen = walk({ ...churchSchool, church: 'none', diocese: '' });
    expect(seen.map((s) => s.id)).not.toContain('diocese');
    seen.forEach((s, i) => {
      expect(s.number).toBe(i + 1);
      if (i > 0) expect(s.total).toBeLessThanOrEqual(seen[i - 1]!.total);
    });
    expect(seen.at(-1)).toMatchObject({ number: seen.length, total: seen.length });
  });
});
