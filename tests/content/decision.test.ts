// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content, ContentError, parseContent } from '@/content';
import { fixtureRaw } from '../fixtures/content';

type Raw = typeof fixtureRaw & { stages: { stages: { afterDecision: boolean; steps: { id: string; weight: { kind: string; preconditionOf?: string }; decision?: boolean }[] }[] } };

function problems(change: (raw: Raw) => void): string {
  const raw = structuredClone(fixtureRaw) as Raw;
  change(raw);
  try {
    parseContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the content to be refused');
}

describe('the board’s decision step', () => {
  it('is exactly one legal precondition (of the application), before the stages that follow the decision', () => {
    const decisions = content.stages.flatMap((s) => s.steps.filter((step) => step.decision).map((step) => ({ s, step })));
    expect(decisions.map((d) => d.step.id)).toEqual(['board-resolution']);
    expect(decisions[0]!.step.weight).toEqual({ kind: 'precondition', preconditionOf: 'application' });
    expect(decisions[0]!.s.afterDecision).toBe(false);
  });

  it('refuses a second decision, a decision that is not a legal precondition, or one after the decision', () => {
    expect(problems((raw) => (raw.stages.stages[0]!.steps[0]!.decision = true))).toMatch(/so it must be a legal precondition/);
    expect(
      problems((raw) => {
        raw.stages.stages[1]!.steps[0]!.decision = true;
      }),
    ).toMatch(/only one step can be the decision/);
    expect(
      problems((raw) => {
        const last = raw.stages.stages[3]!;
        last.steps[0]!.weight = { kind: 'precondition', preconditionOf: 'application' };
        (last.steps[0] as { legal?: unknown }).legal = { status: 'in-force', basis: 'Act', asOf: '2026-11-01' };
        last.steps[0]!.decision = true;
      }),
    ).toMatch(/cannot be in a stage after the decision/);
  });
});
