import { describe, expect, it } from 'vitest';
import { fixtureContent as content } from '../fixtures/content';
import type { Answers } from '../../src/domain/answers';
import {
  assess,
  assessProcess,
  bandLabels,
  DEFAULT_EVIDENCE,
  EVIDENCE_CONFIDENCE,
  isDecisionStep,
  quadrantFor,
  stageGroups,
  thresholds,
} from '../../src/domain/scoring';
import { allQuestions, allSteps, firstQuestions, plainProfile, rated } from './helpers';

const withTrust = (answers: Partial<Answers>, trustAnswers: Answers['trusts'][number]['answers']): Answers => ({
  profile: plainProfile,
  steps: {},
  weights: {},
  ...answers,
  trusts: [{ id: 't1', name: 'Oak Learning Trust', answers: trustAnswers }],
});

describe('fit, evidence and coverage', () => {
  it('uses weighted ratings over rated questions only', () => {
    // fq1 (weight 1.5) strong, fq2 (weight 1) concern; the rest unanswered.
    const a = assess(content, withTrust({}, { fq1: rated('strong', 'verified'), fq2: rated('concern', 'documents') }));
    const t = a.trusts[0]!;
    expect(t.fit).toBeCloseTo((1.5 * 3 + 0) / (2.5 * 3));
    expect(t.evidence).toBeCloseTo((1.5 * 1 + 1 * 0.75) / 2.5);
    expect(t.coverage).toBeCloseTo(0.2);
    expect(t.answered).toBe(2);
  });

  it('counts "not sure yet" for coverage but not for fit or evidence', () => {
    const t = assess(content, withTrust({}, { fq1: rated('unsure'), fq2: rated('meets', 'verified') })).trusts[0]!;
    expect(t.coverage).toBeCloseTo(0.2);
    expect(t.rated).toBe(1);
    expect(t.fit).toBeCloseTo(2 / 3);
    expect(t.evidence).toBeCloseTo(1);
  });

  it('counts a rating with no evidence recorded as the trust’s claim', () => {
    expect(DEFAULT_EVIDENCE).toBe('claim');
    const t = assess(content, withTrust({}, { fq2: rated('meets') })).trusts[0]!;
    expect(t.evidence).toBeCloseTo(EVIDENCE_CONFIDENCE.claim);
    expect(t.questions[1]!.evidence).toBeNull();
  });

  it('gives no fit, evidence or quadrant when nothing is rated', () => {
    const t = assess(content, withTrust({}, {})).trusts[0]!;
    expect(t.fit).toBeNull();
    expect(t.evidence).toBeNull();
    expect(t.quadrant).toBeNull();
    expect(t.coverage).toBe(0);
  });

  it('uses the board’s weights and drops weight-0 questions everywhere', () => {
    const a = assess(
      content,
      withTrust({ weights: { fq1: 0 } }, { fq1: rated('concern', 'claim'), fq2: rated('strong', 'verified') }),
    );
    const t = a.trusts[0]!;
    expect(t.fit).toBeCloseTo(1);
    expect(t.evidence).toBeCloseTo(1);
    expect(t.countedQuestions).toBe(9);
    expect(t.coverage).toBeCloseTo(1 / 9);
    expect(a.weights.find((w) => w.questionId === 'fq1')).toMatchObject({ weight: 0, defaultWeight: 1.5 });
  });

  it('reports fit with equal weights beside the weighted fit', () => {
    const t = assess(content, withTrust({}, { fq1: rated('strong'), fq2: rated('concern') })).trusts[0]!;
    expect(t.fitEqualWeights).toBeCloseTo(0.5);
    expect(t.fit).toBeCloseTo(0.6);
  });
});

describe('quadrant', () => {
  it.each([
    [0.8, 0.8, 'strong-fit'],
    [0.8, 0.5, 'promising'],
    [0.4, 0.5, 'unclear'],
    [0.4, 0.9, 'poor-fit'],
    [thresholds.quadrantFit, thresholds.quadrantEvidence, 'strong-fit'],
    [0.6 - 1e-12, 0.6 - 1e-12, 'strong-fit'],
    [0.59, 0.59, 'unclear'],
  ] as const)('fit %s, evidence %s → %s', (fit, evidence, expected) => {
    expect(quadrantFor(fit, evidence)).toBe(expected);
  });
});

describe('process and gates', () => {
  it('counts only applicable pre-decision steps', () => {
    const p = assessProcess(content, { ...withTrust({}, {}), steps: { 'step-explore': { status: 'done' } } });
    // Not a church school: explore, diligence, consult, resolution.
    expect(p.total).toBe(4);
    expect(p.done).toBe(1);
    expect(p.readiness).toBeCloseTo(0.25);
  });

  it('adds church-only steps and gates for a church school', () => {
    const p = assessProcess(content, { ...withTrust({ profile: { ...plainProfile, church: 'yes', diocese: 'Leeds' } }, {}) });
    expect(p.total).toBe(6);
    expect(p.gates.map((g) => g.stepId)).toEqual(['step-consent', 'step-consult', 'step-resolution']);
    expect(p.outstandingGates.map((g) => g.stepId)).toEqual(['step-consent', 'step-consult']);
  });

  it('treats the board’s resolution as the decision, not a condition for it', () => {
    const p = assessProcess(content, withTrust({}, {}));
    expect(p.decisionStepId).toBe('step-resolution');
    expect(p.gates.find((g) => g.stepId === 'step-resolution')?.isDecision).toBe(true);
    expect(isDecisionStep({ gate: true })).toBe(false);
    expect(isDecisionStep({ gate: false, decision: true })).toBe(false);
    expect(isDecisionStep({ gate: true, decision: true })).toBe(true);
  });
});

describe('bands', () => {
  it('is Exploring with no trust, and says so', () => {
    const a = assess(content, { profile: {}, steps: {}, trusts: [], weights: {} });
    expect(a.overall.band).toBe('exploring');
    expect(a.overall.reasons).toEqual(['no trust added yet']);
    expect(a.overall.trustName).toBeNull();
  });

  it('is Exploring below half coverage, naming the count and the unfinished first stage', () => {
    const a = assess(content, withTrust({}, firstQuestions(content, 4, rated('strong', 'verified'))));
    const t = a.trusts[0]!;
    expect(t.band).toBe('exploring');
    expect(t.explanation).toBe(
      'Exploring because: 4 of 10 questions answered; “Getting started” not finished (0 of 1 steps done).',
    );
  });

  it('is Exploring when the first stage is not finished even with every question answered', () => {
    const t = assess(content, withTrust({}, allQuestions(content, rated('strong', 'verified')))).trusts[0]!;
    expect(t.band).toBe('exploring');
    expect(t.reasons).toEqual(['“Getting started” not finished (0 of 1 steps done)']);
  });

  it('is Developing from half coverage with the first stage done, naming what stops it proceeding', () => {
    const t = assess(
      content,
      withTrust({ steps: { 'step-explore': { status: 'done' } } }, firstQuestions(content, 6, rated('partial', 'claim'))),
    ).trusts[0]!;
    expect(t.band).toBe('developing');
    expect(t.reasons).toEqual([
      '6 of 10 questions answered',
      'fit 33%, below the 60% needed to proceed',
      'evidence strength 50%, below the 60% needed to proceed',
      '“First considerations” not finished (0 of 1 steps done)',
    ]);
    expect(t.summary).toBe(
      '“Developing” for Oak Learning Trust: 6 of 10 questions answered; fit 33%, below the 60% needed to proceed. The reasons listed say what has to change before the board can proceed.',
    );
  });

  it('caps the band at Developing for an unresolved red flag, and names it with its note', () => {
    const answers = allQuestions(content, rated('strong', 'verified'));
    answers.fq7 = rated('strong', 'verified', { redFlag: true, redFlagNote: 'No scheme of delegation offered.' });
    const t = assess(content, withTrust({ steps: allSteps(content) }, answers)).trusts[0]!;
    expect(t.band).toBe('developing');
    expect(t.reasons).toEqual(['red flag on question 7 (Question 7): No scheme of delegation offered.']);
    expect(t.explanation).toBe('Developing because: red flag on question 7 (Question 7): No scheme of delegation offered.');
    expect(t.summary).toContain('Resolve the red flag');
  });

  it('names an unresolved red flag even while Exploring', () => {
    const t = assess(content, withTrust({}, { fq3: { redFlag: true } })).trusts[0]!;
    expect(t.band).toBe('exploring');
    expect(t.reasons).toContain('red flag on question 3 (Question 3), not yet resolved');
  });

  it('does not cap the band for a red flag the school has had answered', () => {
    const answers = allQuestions(content, rated('strong', 'verified'));
    answers.fq7 = rated('strong', 'verified', { redFlag: true, redFlagNote: 'Top slice unclear.', redFlagResolved: true });
    const t = assess(content, withTrust({ steps: allSteps(content) }, answers)).trusts[0]!;
    expect(t.band).toBe('decide');
    expect(t.redFlags).toEqual([{ questionId: 'fq7', number: 7, shortTitle: 'Question 7', note: 'Top slice unclear.', resolved: true }]);
  });

  it('is Ready to proceed, with conditions, listing partial ratings and steps still to do', () => {
    const answers = allQuestions(content, rated('meets', 'documents'));
    answers.fq4 = rated('partial', 'documents');
    const t = assess(
      content,
      withTrust({ steps: { 'step-explore': { status: 'done' }, 'step-diligence': { status: 'done' } } }, answers),
    ).trusts[0]!;
    expect(t.band).toBe('proceed');
    expect(t.conditions).toEqual([
      'question 4 (Question 4) rated “Partly meets”',
      'legal gate still to do: “Consult” (Engagement and consultation)',
    ]);
    expect(t.reasons).toEqual([
      'fit 63%, below the 75% needed to decide',
      '1 legal gate before the decision not done (“Consult”)',
    ]);
  });

  it('is Ready to proceed (not decide) while any answer is "not sure yet"', () => {
    const answers = allQuestions(content, rated('strong', 'verified'));
    answers.fq9 = rated('unsure');
    const t = assess(content, withTrust({ steps: allSteps(content) }, answers)).trusts[0]!;
    expect(t.band).toBe('proceed');
    expect(t.reasons).toEqual(['question 9 (Question 9) marked “Not sure yet”']);
  });

  it('is Ready to decide with everything done except the board’s own resolution', () => {
    const t = assess(
      content,
      withTrust({ steps: allSteps(content, 'done', ['step-resolution', 'step-apply']) }, allQuestions(content, rated('strong', 'documents'))),
    ).trusts[0]!;
    expect(t.band).toBe('decide');
    expect(t.explanation).toBe(
      'Ready to decide because: all 10 questions answered; fit 100% (at least 75%); evidence strength 75% (at least 75%); no unresolved red flags; every step and legal gate before the decision done, except the board’s resolution itself.',
    );
    expect(t.summary).toContain('What remains is the board’s own resolution');
  });

  it('needs an unfinished profile finished before proceeding', () => {
    const t = assess(
      content,
      withTrust({ profile: { church: 'no' }, steps: allSteps(content) }, allQuestions(content, rated('strong', 'verified'))),
    ).trusts[0]!;
    expect(t.band).toBe('developing');
    expect(t.reasons).toEqual(['the school profile is not finished, so some steps may not be listed yet']);
  });

  it('needs the church steps and gates for a church school', () => {
    const profile = { ...plainProfile, church: 'yes', diocese: 'Leeds' };
    const answers = allQuestions(content, rated('strong', 'verified'));
    const noConsent = assess(content, withTrust({ profile, steps: allSteps(content, 'done', ['step-consent']) }, answers));
    expect(noConsent.trusts[0]!.band).toBe('developing');
    expect(noConsent.trusts[0]!.reasons).toEqual(['“First considerations” not finished (1 of 2 steps done)']);
    const notConsulted = assess(content, withTrust({ profile, steps: allSteps(content, 'done', ['step-consult']) }, answers));
    expect(notConsulted.trusts[0]!.band).toBe('proceed');
    expect(notConsulted.trusts[0]!.reasons).toEqual(['1 legal gate before the decision not done (“Consult”)']);
    expect(notConsulted.trusts[0]!.conditions).toEqual(['legal gate still to do: “Consult” (Engagement and consultation)']);
  });

  it('gives the overall band from the furthest-along trust, naming it', () => {
    const steps = allSteps(content);
    const answers: Answers = {
      profile: plainProfile,
      steps,
      weights: {},
      trusts: [
        { id: 't1', name: 'Ash Trust', answers: firstQuestions(content, 6, rated('meets', 'claim')) },
        { id: 't2', name: 'Birch Trust', answers: allQuestions(content, rated('strong', 'verified')) },
      ],
    };
    const a = assess(content, answers);
    expect(a.trusts.map((t) => t.band)).toEqual(['developing', 'decide']);
    expect(a.overall).toMatchObject({ band: 'decide', bandLabel: bandLabels.decide, trustId: 't2', trustName: 'Birch Trust' });
    expect(a.overall.summary).toMatch(/^Of 2 trusts, Birch Trust is furthest along, at “Ready to decide”: /);
  });

  it('breaks ties between trusts on evidence strength', () => {
    const answers: Answers = {
      profile: plainProfile,
      steps: {},
      weights: {},
      trusts: [
        { id: 't1', name: 'Ash Trust', answers: allQuestions(content, rated('strong', 'claim')) },
        { id: 't2', name: 'Birch Trust', answers: allQuestions(content, rated('strong', 'documents')) },
      ],
    };
    expect(assess(content, answers).overall.trustName).toBe('Birch Trust');
  });
});

describe('long red-flag notes', () => {
  it('quotes at most the start of a long note in the reasons', () => {
    const note = `${'word '.repeat(200)}end`;
    const t = assess(content, withTrust({}, { fq7: { rating: 'meets', redFlag: true, redFlagNote: note } })).trusts[0]!;
    const reason = t.reasons.find((r) => r.startsWith('red flag'))!;
    expect(reason.length).toBeLessThan(220);
    expect(reason.endsWith('word…')).toBe(true);
  });
});

describe('stage groups', () => {
  it('treats the stages before the fit stage as exploring, and all but the decision stage as needed to proceed', () => {
    expect(stageGroups(['deciding', 'getting-started', 'first-considerations', 'engagement'])).toEqual({
      exploring: ['deciding', 'getting-started'],
      beforeDecision: ['deciding', 'getting-started', 'first-considerations'],
    });
    expect(stageGroups(['getting-started', 'first-considerations', 'engagement'])).toEqual({
      exploring: ['getting-started'],
      beforeDecision: ['getting-started', 'first-considerations'],
    });
    expect(stageGroups(['only'])).toEqual({ exploring: ['only'], beforeDecision: [] });
  });
});
