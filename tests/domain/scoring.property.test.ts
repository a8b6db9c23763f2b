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
} from '../../src/domain/answers';
import { answersSchema } from '../../src/domain/answers-schema';
import { assess, bandRank } from '../../src/domain/scoring';

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

/**
 * Valid Answers for the fixture content: any profile, steps, up to three trusts, weights 0–3.
 * Biased towards nearly complete assessments so that every band turns up (about half
 * Exploring, a quarter Developing, a fifth Ready to proceed or Ready to decide).
 */
const answersArb: fc.Arbitrary<Answers> = fc.record({
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
        const copy = clone(answers);
        const first = assess(content, answers);
        const second = assess(content, copy);
        expect(second).toEqual(first);
        expect(copy).toEqual(answers);
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
            expect(t.fit).toBeGreaterThanOrEqual(0.75 - 1e-9);
            expect(t.unsure).toBe(0);
          }
        }
      }),
      runs,
    );
  });
});

