import { describe, expect, it } from 'vitest';
import { assess, assessProcess } from '@/domain/scoring';
import { completeAssessment, emptyAssessment, fullProfile } from '../report/scenarios';

/** The scoring rules against the real content in questions/ (which must be there and valid). */
describe('scoring with the real content', () => {
  it('finds the board’s resolution as the decision step, before the decision', async () => {
    const { content } = await import('@/content');
    const p = assessProcess(content, { ...emptyAssessment(), profile: fullProfile(content) });
    expect(p.decisionStepId).not.toBeNull();
    expect(p.gates.filter((g) => g.isDecision)).toHaveLength(1);
    expect(p.gates.find((g) => g.isDecision)?.afterDecision).toBe(false);
  });

  it('reaches "Ready to decide" with everything done and strong, well-evidenced answers', async () => {
    const { content } = await import('@/content');
    const answers = completeAssessment(content);
    const a = assess(content, answers);
    expect(a.trusts[0]?.band).toBe('decide');
    expect(a.overall.trustName).toBe('Oak Learning Trust');
  });

  it('stays "Exploring" until the early stages are done, naming them', async () => {
    const { content } = await import('@/content');
    const answers = completeAssessment(content);
    const a = assess(content, { ...answers, steps: {} });
    expect(a.trusts[0]?.band).toBe('exploring');
    const pre = content.stages.filter((s) => !s.afterDecision);
    // One step is done even with no steps marked: every trust's ten questions are answered, which completes "Put the ten questions to each trust".
    expect(a.trusts[0]?.reasons[0]).toMatch(new RegExp(`^1 of \\d+ steps before the decision done \\(“${pre[0]?.title.replace(/[?]/g, '\\?')}”: 0 of \\d+ done`));
    // Every question is answered, so the verdict does not ask for more answers.
    expect(a.overall.summary).not.toMatch(/answer (more|the \d+)/i);
  });
});
