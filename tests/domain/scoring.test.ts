import { describe, expect, it } from 'vitest';
import { fixtureContent as content } from '../fixtures/content';
import type { Answers } from '@/domain/answers';
import {
  assess,
  assessProcess,
  bandLabels,
  DEFAULT_EVIDENCE,
  EVIDENCE_CONFIDENCE,
  isDecisionStep,
  fitLevelFor,
  evidenceGradeFor,
  stageGroups,
} from '@/domain/scoring';
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

  it('gives no fit, evidence or labels when nothing is rated', () => {
    const t = assess(content, withTrust({}, {})).trusts[0]!;
    expect(t.fit).toBeNull();
    expect(t.evidence).toBeNull();
    expect(t.fitLevel).toBeNull();
    expect(t.evidenceGrade).toBeNull();
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

describe('fit label and evidence in words', () => {
  it.each([
    [1, 'strong'],
    [0.95, 'strong'],
    [0.95 - 1e-12, 'strong'],
    [0.94, 'good'],
    [2 / 3, 'good'],
    [0.6, 'good'],
    [0.59, 'mixed'],
    [0.25, 'mixed'],
    [0.24, 'poor'],
    [0, 'poor'],
  ] as const)('fit %s → %s', (fit, expected) => {
    expect(fitLevelFor(fit, 10, 10, false)).toBe(expected);
  });

  it('holds the label below the top while a red flag is open', () => {
    expect(fitLevelFor(1, 10, 10, true)).toBe('good');
    expect(fitLevelFor(0.7, 10, 10, true)).toBe('good');
    expect(fitLevelFor(0.3, 10, 10, true)).toBe('mixed');
  });

  it('gives no label until half the counted questions are rated', () => {
    expect(fitLevelFor(1, 4, 10, false)).toBeNull();
    expect(fitLevelFor(1, 5, 10, false)).toBe('strong');
    expect(fitLevelFor(null, 0, 10, false)).toBeNull();
  });

  it.each([
    [1, 'checked'],
    [0.75, 'checked'],
    [0.74, 'partly'],
    [0.6, 'partly'],
    [0.59, 'told'],
    [0.5, 'told'],
  ] as const)('evidence %s → %s', (evidence, expected) => {
    expect(evidenceGradeFor(evidence)).toBe(expected);
  });

  it('names the issue’s examples fairly: 60% with a red flag and a concern is not “Strong”, 56% is “Mixed”', () => {
    // Two strong, three meets, three partly, one concern, one not sure yet: 15 of 27 points, 56%.
    const mixed = ['strong', 'strong', 'meets', 'meets', 'meets', 'partial', 'partial', 'partial', 'concern', 'unsure'] as const;
    const answers = Object.fromEntries(mixed.map((r, i) => [`fq${i + 1}`, rated(r, 'documents')]));
    const t = assess(content, withTrust({ weights: Object.fromEntries(mixed.map((_, i) => [`fq${i + 1}`, 1])) }, answers)).trusts[0]!;
    expect(t.fit).toBeCloseTo(15 / 27);
    expect(t.fitLevel).toBe('mixed');
    const flagged = assess(content, withTrust({}, allQuestions(content, rated('strong', 'verified', { redFlag: true })))).trusts[0]!;
    expect(flagged.fitLevel).toBe('good');
    expect(flagged.fitCapped).toBe(true);
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
    expect(isDecisionStep({ weight: { kind: 'precondition', preconditionOf: 'application' } })).toBe(false);
    expect(isDecisionStep({ weight: { kind: 'good-practice' }, decision: true })).toBe(false);
    expect(isDecisionStep({ weight: { kind: 'duty', consequence: 'A tribunal award can follow.' }, decision: true })).toBe(false);
    expect(isDecisionStep({ weight: { kind: 'precondition', preconditionOf: 'application' }, decision: true })).toBe(true);
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
      'Exploring because: 4 of 10 questions answered; 0 of 4 steps before the decision done (“Getting started”: 0 of 1 done).',
    );
  });

  it('is Exploring when the first stage is not finished even with every question answered', () => {
    const t = assess(content, withTrust({}, allQuestions(content, rated('strong', 'verified')))).trusts[0]!;
    expect(t.band).toBe('exploring');
    expect(t.reasons).toEqual(['0 of 4 steps before the decision done (“Getting started”: 0 of 1 done)']);
    // Steps are the school's, given as a count; the trust itself is judged on its answers.
    expect(t.summary).toBe(
      'Oak Learning Trust is a strong fit (fit 100%), well checked (evidence strength 100%). Readiness: “Exploring”, because 0 of 4 steps before the decision done (“Getting started”: 0 of 1 done). Next: carry on with the steps in “Getting started”.',
    );
    expect(t.summary).not.toMatch(/answer/i);
  });

  it('is Developing from half coverage with the first stage done, naming what stops it proceeding', () => {
    const t = assess(
      content,
      withTrust({ steps: { 'step-explore': { status: 'done' } } }, firstQuestions(content, 6, rated('partial', 'claim'))),
    ).trusts[0]!;
    expect(t.band).toBe('developing');
    expect(t.reasons).toEqual([
      '6 of 10 questions answered',
      'fit 33%, below the 60% of a good fit needed to proceed',
      'evidence strength 50%, below the 60% needed to proceed',
      '1 of 4 steps before the decision done (“First considerations”: 0 of 1 done)',
    ]);
    expect(t.summary).toBe(
      'Oak Learning Trust is a mixed fit (fit 33%), resting mostly on what the trust has told us (evidence strength 50%). Readiness: “Developing”, because 6 of 10 questions answered; fit 33%, below the 60% of a good fit needed to proceed. Next: answer the 4 questions not yet answered, talk to the trust about its weaker answers and check more of the answers against documents or a visit.',
    );
  });

  it('caps the band at Developing for an unresolved red flag, and names it with its note', () => {
    const answers = allQuestions(content, rated('strong', 'verified'));
    answers.fq7 = rated('strong', 'verified', { redFlag: true, redFlagNote: 'No scheme of delegation offered.' });
    const t = assess(content, withTrust({ steps: allSteps(content) }, answers)).trusts[0]!;
    expect(t.band).toBe('developing');
    expect(t.reasons).toEqual(['red flag on question 7 (Question 7): No scheme of delegation offered.']);
    expect(t.explanation).toBe('Developing because: red flag on question 7 (Question 7): No scheme of delegation offered.');
    expect(t.summary).toContain('Next: resolve the open red flag with the trust.');
    expect(t.fitLevel).toBe('good');
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
    expect(t.reasons).toEqual(['2 of 4 steps before the decision done (still to do: 1 legal gate, “Consult”)']);
  });

  it('lets a board decide on a trust that meets every need, with documents seen (“Meets what we need” is a pass)', () => {
    const t = assess(
      content,
      withTrust({ steps: allSteps(content, 'done', ['step-resolution', 'step-apply']) }, allQuestions(content, rated('meets', 'documents'))),
    ).trusts[0]!;
    expect(t.fit).toBeCloseTo(2 / 3);
    expect(t.fitLevel).toBe('good');
    expect(t.evidenceGrade).toBe('checked');
    expect(t.band).toBe('decide');
    expect(t.summary).toBe(
      'Oak Learning Trust is a good fit (fit 66%), well checked (evidence strength 75%). Readiness: “Ready to decide”. What remains is the board’s own resolution, which is its decision to make.',
    );
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
      'Ready to decide because: all 10 questions answered; fit 100%, a strong fit (at least 60%); evidence strength 75% (at least 75%); no open red flags; every step and legal gate before the decision done, except the board’s resolution itself.',
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
    expect(noConsent.trusts[0]!.reasons).toEqual(['5 of 6 steps before the decision done (“First considerations”: 1 of 2 done)']);
    const notConsulted = assess(content, withTrust({ profile, steps: allSteps(content, 'done', ['step-consult']) }, answers));
    expect(notConsulted.trusts[0]!.band).toBe('proceed');
    expect(notConsulted.trusts[0]!.reasons).toEqual(['5 of 6 steps before the decision done (still to do: 1 legal gate, “Consult”)']);
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
    expect(a.overall.summary).toMatch(/^Of 2 trusts, Birch Trust is furthest along\. Birch Trust is a strong fit .* Readiness: “Ready to decide”\./);
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
