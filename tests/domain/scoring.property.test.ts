import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fixtureContent as content } from '../fixtures/content';
import {
  evidenceLevels,
  ratings,
  stepStatuses,
  type Answers,
  type QuestionAnswer,
  type TrustAnswers,
} from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import { decisionOutcomes, outcomeLabels, outcomeSentence, type DecisionRecord } from '@/domain/decision';
import type { Meeting } from '@/domain/answers';
import {
  assess,
  bandLabels,
  bandRank,
  evidenceRank,
  fitRank,
  type EvidenceGrade,
  type FitLevel,
} from '@/domain/scoring';

const questionIds = content.tenQuestions.questions.map((q) => q.id);
const stepIds = content.stages.flatMap((s) => s.steps.map((step) => step.id));

/** Any answer at all: every field optional, any value. */
const anyQuestionAnswer: fc.Arbitrary<QuestionAnswer> = fc.record(
  {
    rating: fc.constantFrom(...ratings, 'unsure' as const),
    evidence: fc.constantFrom(...evidenceLevels),
    redFlag: fc.boolean(),
    redFlagNote: fc.string({ maxLength: 40 }),
    redFlagResolved: fc.boolean(),
    notes: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: [] },
);

/** A good, well-evidenced answer, with the odd "not sure yet", partial rating or resolved flag. */
const goodQuestionAnswer: fc.Arbitrary<QuestionAnswer> = fc.record(
  {
    rating: fc.oneof(
      { arbitrary: fc.constantFrom('meets', 'strong'), weight: 16 },
      { arbitrary: fc.constantFrom('partial', 'concern', 'unsure'), weight: 1 },
    ),
    evidence: fc.constantFrom('documents', 'verified', 'verified'),
    redFlag: fc.constantFrom(false, false, false, true),
    redFlagResolved: fc.constant(true),
  },
  { requiredKeys: ['rating', 'evidence'] },
);

/**
 * A trust's answers: half the time anything at all (mostly Exploring), half the time nearly
 * every question answered well, so that every band turns up often enough to test.
 */
const trustAnswers = (index: number): fc.Arbitrary<TrustAnswers> =>
  fc.record({
    id: fc.constant(`t${index + 1}`),
    name: fc.constantFrom('Oak Trust', 'St Mary’s Catholic Academy Trust', 'Zoë’s Trust', ''),
    answers: fc.oneof(
      { arbitrary: fc.dictionary(fc.constantFrom(...questionIds), anyQuestionAnswer, { maxKeys: 10 }), weight: 1 },
      {
        arbitrary: fc
          .tuple(...questionIds.map(() => fc.option(goodQuestionAnswer, { freq: 40 })))
          .map((list) =>
            Object.fromEntries(list.flatMap((answer, i) => (answer ? [[questionIds[i] as string, answer] as const] : []))),
          ),
        weight: 2,
      },
    ),
  });

/** Steps: a quarter of the time anything, otherwise nearly all done. */
const stepsArb: fc.Arbitrary<Answers['steps']> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom(...stepIds), fc.record({ status: fc.constantFrom(...stepStatuses) }), {
      maxKeys: stepIds.length,
    }),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        ...stepIds.map(() =>
          fc.oneof(
            { weight: 15, arbitrary: fc.constant('done' as const) },
            { weight: 1, arbitrary: fc.constantFrom('in-progress' as const, 'not-started' as const) },
          ),
        ),
      )
      .map((statuses) => Object.fromEntries(statuses.map((status, i) => [stepIds[i] as string, { status }]))),
  },
);

const profileArb: fc.Arbitrary<Answers['profile']> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record(
      {
        'school-name': fc.constantFrom('Oakfield Primary', 'Fr. José Academy', ''),
        church: fc.constantFrom('yes', 'no'),
        diocese: fc.constantFrom('Leeds', ''),
      },
      { requiredKeys: [] },
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Answers['profile']>(
      { 'school-name': 'Oakfield Primary', church: 'no' },
      { 'school-name': 'St Mary’s C of E Primary', church: 'yes', diocese: 'Leeds' },
    ),
  },
);

/** Some of the board's agreed ratings, for trusts t1–t3 (those not in the answers are pruned below). */
const agreedArb: fc.Arbitrary<Meeting['agreed']> = fc.dictionary(
  fc.constantFrom('t1', 't2', 't3'),
  fc.dictionary(fc.constantFrom(...questionIds), fc.constantFrom(...ratings, 'unsure' as const), { maxKeys: 4 }),
  { maxKeys: 2 },
);

const decisionArb: fc.Arbitrary<DecisionRecord> = fc.record({
  trustId: fc.constantFrom('t1', 't2', 't3'),
  outcome: fc.constantFrom(...decisionOutcomes),
  conditions: fc.array(fc.constantFrom('Scheme of delegation in writing', 'Staff consulted'), { maxLength: 2 }),
  reasons: fc.option(fc.constantFrom('We need the growth plan first.', 'Waiting for the diocese.'), { nil: undefined }),
  actions: fc.constant([]),
  minorityViews: fc.constant([]),
});

/**
 * Valid Answers for the fixture content: any profile, steps, up to three trusts, weights 0–3,
 * and a third of the time a board meeting with agreed ratings and perhaps a decision.
 * Biased towards nearly complete assessments so that every band turns up (about half
 * Exploring, a quarter Developing, a fifth Ready to proceed or Ready to decide).
 */
const answersArb: fc.Arbitrary<Answers> = fc
  .record({
    profile: profileArb,
    steps: stepsArb,
    trusts: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => trustAnswers(i)))),
    weights: fc.oneof(
      fc.constant({}),
      fc.dictionary(
        fc.constantFrom(...questionIds),
        fc.oneof(fc.constantFrom(0, 0.5, 1, 1.5, 3), fc.double({ min: 0, max: 3, noNaN: true })),
        { maxKeys: 10 },
      ),
    ),
    meeting: fc.option(fc.record({ agreed: agreedArb, decision: fc.option(decisionArb, { nil: undefined }) }), { freq: 2, nil: undefined }),
  })
  .map(({ meeting, ...answers }) => {
    if (!meeting) return answers;
    const ids = new Set(answers.trusts.map((t) => t.id));
    const agreed = Object.fromEntries(Object.entries(meeting.agreed).filter(([id]) => ids.has(id)));
    const decision = meeting.decision && ids.has(meeting.decision.trustId) ? meeting.decision : undefined;
    return { ...answers, meeting: { views: [], agreed, ...(decision ? { decision } : {}) } };
  });

/** Answers with at least one trust, for properties about a trust. */
const withTrustArb = answersArb.filter((a) => a.trusts.length > 0);

const clone = <T>(value: T): T => structuredClone(value);
const inUnit = (x: number | null) => x === null || (x >= 0 && x <= 1);

/** Enough runs that the rarer bands (Ready to proceed, Ready to decide) turn up dozens of times. */
const runs = { numRuns: 300 };

describe('scoring properties', () => {
  it('the arbitrary makes answers the app itself would accept', () => {
    fc.assert(fc.property(answersArb, (answers) => answersSchema.safeParse(answers).success), runs);
  });

  it('every score is within [0, 1]', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const a = assess(content, answers);
        expect(a.process.readiness).toBeGreaterThanOrEqual(0);
        expect(a.process.readiness).toBeLessThanOrEqual(1);
        for (const t of a.trusts) {
          expect(inUnit(t.fit) && inUnit(t.fitEqualWeights) && inUnit(t.evidence) && inUnit(t.coverage)).toBe(true);
          expect(t.answered).toBeLessThanOrEqual(t.countedQuestions);
          expect(t.reasons.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('adding a red flag never raises the band, for the trust or overall', () => {
    fc.assert(
      fc.property(
        withTrustArb,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.string({ maxLength: 20 }),
        (answers, trustPick, questionId, note) => {
          const before = assess(content, answers);
          const flagged = clone(answers);
          const index = trustPick % flagged.trusts.length;
          const trust = flagged.trusts[index]!;
          trust.answers[questionId] = { ...trust.answers[questionId], redFlag: true, redFlagResolved: false, redFlagNote: note };
          const after = assess(content, flagged);
          expect(bandRank(after.trusts[index]!.band)).toBeLessThanOrEqual(bandRank(before.trusts[index]!.band));
          expect(bandRank(after.overall.band)).toBeLessThanOrEqual(bandRank(before.overall.band));
          expect(after.trusts[index]!.band === 'proceed' || after.trusts[index]!.band === 'decide').toBe(false);
          expect(after.trusts[index]!.reasons.some((r) => r.startsWith(`red flag on question `))).toBe(true);
        },
      ),
      runs,
    );
  });

  it('answering a question never lowers coverage', () => {
    fc.assert(
      fc.property(
        withTrustArb,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.constantFrom(...ratings, 'unsure' as const),
        (answers, trustPick, questionId, rating) => {
          const index = trustPick % answers.trusts.length;
          const before = assess(content, answers).trusts[index]!;
          const answered = clone(answers);
          const trust = answered.trusts[index]!;
          trust.answers[questionId] = { ...trust.answers[questionId], rating };
          const after = assess(content, answered).trusts[index]!;
          expect(after.coverage).toBeGreaterThanOrEqual(before.coverage);
          expect(after.answered).toBeGreaterThanOrEqual(before.answered);
        },
      ),
      runs,
    );
  });

  it('a question with weight 0 is dropped: changing its rating or evidence changes nothing', () => {
    fc.assert(
      fc.property(
        withTrustArb,
        fc.nat(),
        fc.constantFrom(...questionIds),
        fc.option(fc.constantFrom(...ratings, 'unsure' as const), { nil: undefined }),
        fc.option(fc.constantFrom(...evidenceLevels), { nil: undefined }),
        (answers, trustPick, questionId, rating, evidence) => {
          const zeroed = clone(answers);
          zeroed.weights[questionId] = 0;
          const index = trustPick % zeroed.trusts.length;
          const changed = clone(zeroed);
          const trust = changed.trusts[index]!;
          const { rating: _r, evidence: _e, ...rest } = trust.answers[questionId] ?? {};
          trust.answers[questionId] = { ...rest, ...(rating ? { rating } : {}), ...(evidence ? { evidence } : {}) };
          const a = assess(content, zeroed);
          const b = assess(content, changed);
          const strip = (t: (typeof a.trusts)[number]) => ({
            ...t,
            questions: t.questions.filter((q) => q.questionId !== questionId),
          });
          expect(a.trusts.map(strip)).toEqual(b.trusts.map(strip));
          expect(a.overall).toEqual(b.overall);
        },
      ),
      runs,
    );
  });

  it('the same input gives the same output, and the input is not changed', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        // Copies taken before any call: a mutation by assess would show against them.
        const before = clone(answers);
        const copy = clone(answers);
        const first = assess(content, answers);
        expect(answers).toEqual(before);
        const second = assess(content, copy);
        expect(copy).toEqual(before);
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      runs,
    );
  });

  it('a higher band always needs at least half the questions answered and the fit and evidence lines met', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        for (const t of assess(content, answers).trusts) {
          if (t.band !== 'exploring') expect(t.coverage).toBeGreaterThanOrEqual(0.5);
          if (t.band === 'proceed' || t.band === 'decide') {
            expect(t.coverage).toBe(1);
            expect(t.fit).toBeGreaterThanOrEqual(0.6 - 1e-9);
            expect(t.evidence).toBeGreaterThanOrEqual(0.6 - 1e-9);
            expect(t.redFlags.every((f) => f.resolved)).toBe(true);
          }
          if (t.band === 'decide') {
            expect(t.evidence).toBeGreaterThanOrEqual(0.75 - 1e-9);
            expect(t.unsure).toBe(0);
          }
        }
      }),
      runs,
    );
  });
});


// ---------------------------------------------------------------------------------------
// The verdict a board can act on (issue 17)

const ratingUp = { concern: 'partial', partial: 'meets', meets: 'strong' } as const;
const ratingDown = { strong: 'meets', meets: 'partial', partial: 'concern' } as const;
const evidenceUp = { claim: ['documents', 'verified'], documents: ['verified'] } as const;
const fitRankOf = (level: FitLevel | null) => (level === null ? null : fitRank(level));
const evidenceRankOf = (grade: EvidenceGrade | null) => (grade === null ? null : evidenceRank(grade));

/** Every applicable pre-decision step done (the board's resolution optional), for a complete profile. */
const decidableSteps = (resolutionDone: boolean) =>
  Object.fromEntries(
    content.stages
      .filter((s) => !s.afterDecision)
      .flatMap((s) => s.steps)
      .filter((step) => resolutionDone || !step.decision)
      .map((step) => [step.id, { status: 'done' as const }]),
  );

/** Weights with at least one question counted. */
const countedWeightsArb = fc
  .dictionary(fc.constantFrom(...questionIds), fc.oneof(fc.constantFrom(0, 0.5, 1, 3), fc.double({ min: 0, max: 3, noNaN: true })), {
    maxKeys: 10,
  })
  .filter((w) => questionIds.some((id) => w[id] === undefined || (w[id] as number) > 0));

/** A trust whose every answer is `rating` or better and `evidence` or better, with red flags only resolved ones. */
const passingTrust = (lowest: 'meets' | 'strong', evidence: 'documents' | 'verified') =>
  fc.tuple(
    ...questionIds.map(() =>
      fc.record(
        {
          rating: lowest === 'meets' ? fc.constantFrom('meets' as const, 'strong' as const) : fc.constant('strong' as const),
          evidence: evidence === 'documents' ? fc.constantFrom('documents' as const, 'verified' as const) : fc.constant('verified' as const),
          redFlag: fc.boolean(),
          redFlagResolved: fc.constant(true),
          notes: fc.string({ maxLength: 10 }),
        },
        { requiredKeys: ['rating', 'evidence', 'redFlagResolved'] },
      ),
    ),
  );

const profiles: Record<string, string>[] = [
  { 'school-name': 'Oakfield Primary', church: 'no' },
  { 'school-name': 'St Mary’s C of E Primary', church: 'yes', diocese: 'Leeds' },
];

describe('a verdict a board can act on', () => {
  it('“Meets what we need” is a pass: every answer meeting needs, documents seen, no open red flag and every step done can be decided on', () => {
    fc.assert(
      fc.property(
        passingTrust('meets', 'documents'),
        countedWeightsArb,
        fc.constantFrom(...profiles),
        fc.boolean(),
        (list, weights, profile, resolutionDone) => {
          const answers: Answers = {
            profile,
            steps: decidableSteps(resolutionDone),
            weights,
            trusts: [{ id: 't1', name: 'Oak Trust', answers: Object.fromEntries(list.map((a, i) => [questionIds[i] as string, a])) }],
          };
          const t = assess(content, answers).trusts[0]!;
          expect(t.band).toBe('decide');
          expect(t.fitLevel === 'good' || t.fitLevel === 'strong').toBe(true);
          expect(t.summary).toContain('What remains is the board’s own resolution');
        },
      ),
      runs,
    );
  });

  it('all strong and verified is the top fit label, and can be decided on', () => {
    fc.assert(
      fc.property(passingTrust('strong', 'verified'), countedWeightsArb, fc.constantFrom(...profiles), (list, weights, profile) => {
        const answers: Answers = {
          profile,
          steps: decidableSteps(false),
          weights,
          trusts: [{ id: 't1', name: 'Oak Trust', answers: Object.fromEntries(list.map((a, i) => [questionIds[i] as string, a])) }],
        };
        const t = assess(content, answers).trusts[0]!;
        expect(t.fitLevel).toBe('strong');
        expect(t.evidenceGrade).toBe('checked');
        expect(t.band).toBe('decide');
      }),
      runs,
    );
  });

  it('monotone: raising one rating or one evidence level never lowers a label, for the trust or overall', () => {
    fc.assert(
      fc.property(withTrustArb, fc.nat(), fc.constantFrom(...questionIds), fc.boolean(), fc.nat(), (answers, trustPick, questionId, raiseRating, pick) => {
        const index = trustPick % answers.trusts.length;
        const raised = clone(answers);
        const answer = raised.trusts[index]!.answers[questionId] ?? {};
        if (raiseRating) {
          const rating = answer.rating;
          if (rating === undefined || rating === 'unsure' || rating === 'strong') return;
          answer.rating = ratingUp[rating];
        } else {
          const options = evidenceUp[(answer.evidence ?? 'claim') as keyof typeof evidenceUp];
          if (!options) return;
          answer.evidence = options[pick % options.length];
        }
        raised.trusts[index]!.answers[questionId] = answer;
        const a = assess(content, answers);
        const b = assess(content, raised);
        const [before, after] = [a.trusts[index]!, b.trusts[index]!];
        if (before.fitLevel !== null) expect(fitRankOf(after.fitLevel)).toBeGreaterThanOrEqual(fitRankOf(before.fitLevel)!);
        if (before.evidenceGrade !== null) expect(evidenceRankOf(after.evidenceGrade)).toBeGreaterThanOrEqual(evidenceRankOf(before.evidenceGrade)!);
        expect(bandRank(after.band)).toBeGreaterThanOrEqual(bandRank(before.band));
        expect(bandRank(b.overall.band)).toBeGreaterThanOrEqual(bandRank(a.overall.band));
      }),
      runs,
    );
  });

  it('adding an open red flag never raises the fit label, and an open red flag holds it below the top', () => {
    fc.assert(
      fc.property(withTrustArb, fc.nat(), fc.constantFrom(...questionIds), (answers, trustPick, questionId) => {
        const index = trustPick % answers.trusts.length;
        const flagged = clone(answers);
        const trust = flagged.trusts[index]!;
        trust.answers[questionId] = { ...trust.answers[questionId], redFlag: true, redFlagResolved: false };
        const before = assess(content, answers).trusts[index]!;
        const after = assess(content, flagged).trusts[index]!;
        if (before.fitLevel !== null) expect(fitRankOf(after.fitLevel)).toBeLessThanOrEqual(fitRankOf(before.fitLevel)!);
        expect(after.fitLevel).not.toBe('strong');
        for (const t of assess(content, answers).trusts) {
          if (t.redFlags.some((f) => !f.resolved)) expect(t.fitLevel).not.toBe('strong');
        }
      }),
      runs,
    );
  });

  it('no cliffs: one rating moved one step moves the fit label by at most one step', () => {
    fc.assert(
      fc.property(withTrustArb, fc.nat(), fc.constantFrom(...questionIds), fc.boolean(), (answers, trustPick, questionId, up) => {
        const index = trustPick % answers.trusts.length;
        const moved = clone(answers);
        const answer = moved.trusts[index]!.answers[questionId];
        const rating = answer?.rating;
        if (!answer || rating === undefined || rating === 'unsure') return;
        const next = up ? ratingUp[rating as keyof typeof ratingUp] : ratingDown[rating as keyof typeof ratingDown];
        if (!next) return;
        answer.rating = next;
        const before = assess(content, answers).trusts[index]!;
        const after = assess(content, moved).trusts[index]!;
        expect(after.fitLevel === null).toBe(before.fitLevel === null);
        if (before.fitLevel !== null && after.fitLevel !== null) {
          expect(Math.abs(fitRank(after.fitLevel) - fitRank(before.fitLevel))).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('there is a middle fit label between good and poor', () => {
    const middle = questionIds.map((id, i) => [id, { rating: i % 2 === 0 ? ('meets' as const) : ('concern' as const), evidence: 'documents' as const }]);
    const equal = Object.fromEntries(questionIds.map((id) => [id, 1]));
    const t = assess(content, { profile: {}, steps: {}, weights: equal, trusts: [{ id: 't1', name: 'Oak', answers: Object.fromEntries(middle) }] }).trusts[0]!;
    expect(t.fit).toBeCloseTo(1 / 3);
    expect(t.fitLevel).toBe('mixed');
  });

  it('the verdict names what is actually missing: it asks for answers only when questions are unanswered, and gives steps as counts', () => {
    fc.assert(
      fc.property(withTrustArb, (answers) => {
        const a = assess(content, { ...answers, meeting: undefined });
        const trust = a.trusts.find((t) => t.trustId === a.overall.trustId)!;
        const unanswered = trust.countedQuestions - trust.answered;
        expect(/answer the \d+ questions? not yet answered/.test(a.overall.summary)).toBe(unanswered > 0);
        expect(a.overall.summary).not.toMatch(/answer more|early stages/i);
        for (const t of a.trusts) {
          expect(t.summary).not.toMatch(/answer more|early stages/i);
          // A stage is never named as "not finished": unfinished steps are a count.
          for (const r of t.reasons) expect(r).not.toMatch(/” not finished/);
          if (t.reasons.some((r) => /steps? before the decision done/.test(r))) {
            expect(t.reasons.join(' ')).toContain(`${a.process.done} of ${a.process.total} step`);
          }
        }
      }),
      runs,
    );
  });

  it('a recorded decision heads the verdict in the minutes’ words, and the verdict never contradicts it', () => {
    fc.assert(
      fc.property(withTrustArb, decisionArb, fc.nat(), (answers, record, pick) => {
        const trust = answers.trusts[pick % answers.trusts.length]!;
        const decided: Answers = { ...answers, meeting: { views: [], agreed: {}, decision: { ...record, trustId: trust.id } } };
        const before = clone(decided);
        const { overall, trusts } = assess(content, decided);
        expect(decided).toEqual(before);
        const name = trusts.find((t) => t.trustId === trust.id)!.trustName;
        expect(overall.headline).toBe(outcomeLabels[record.outcome]);
        expect(overall.decision?.outcome).toBe(record.outcome);
        expect(overall.summary.startsWith(outcomeSentence(record.outcome, name))).toBe(true);
        if (record.outcome !== 'deferred') {
          // Nothing in the verdict argues with the board: no band, no "not ready", no list of what it still needs.
          const said = [overall.summary, overall.explanation, ...overall.reasons, ...overall.conditions].join(' ');
          for (const label of Object.values(bandLabels)) expect(said).not.toContain(label);
          expect(said).not.toMatch(/needed to (proceed|decide)|not yet answered|before the board/);
        }
      }),
      runs,
    );
  });
});
