import type { Content, Stage, Step, TenQuestion } from '../content/schema';
import {
  applicableStages,
  isProfileComplete,
  isQuestionAnswered,
  isUnresolvedRedFlag,
  type Answers,
  type EvidenceLevel,
  type QuestionAnswer,
  type Rating,
  type RatingAnswer,
  type TrustAnswers,
} from './answers';
import { formatPercent, listInWords, plural, ratingLabels, truncateWords } from './labels';

/*
 * Readiness scoring. Pure functions of (content, answers); nothing here reads the clock,
 * storage or the screen, so the same input always gives the same output.
 *
 * Two blocks are scored separately and never blended into one number:
 *  A. trust fit, per trust, from the ten questions (rating and evidence kept apart);
 *  B. process readiness, for the school, from the pre-decision stage steps.
 * Legal gates are listed, not scored. A band (four levels) is then set by rules over
 * both blocks, and every band comes with the reasons that put it there.
 */

// ---------------------------------------------------------------------------------------
// Constants (all printed in the report's "weights and thresholds" section)

/** Points per rating. "unsure" is an answer but has no points: it counts for coverage only. */
export const RATING_POINTS: Record<Rating, number> = { concern: 0, partial: 1, meets: 2, strong: 3 };
export const MAX_RATING_POINTS = 3;

/** How much a rating can be relied on, by what it rests on. */
export const EVIDENCE_CONFIDENCE: Record<EvidenceLevel, number> = { claim: 0.5, documents: 0.75, verified: 1 };

/**
 * A rated question with no evidence level recorded counts as resting on the trust's claim.
 * A rating the school has given must rest on something; with nothing recorded, the least it
 * can be is what the trust said. Counting it as 0 would punish a school for not filling in a
 * field; counting it higher would credit checks nobody recorded.
 */
export const DEFAULT_EVIDENCE: EvidenceLevel = 'claim';

/** Below this coverage a trust is still being explored. */
export const COVERAGE_TO_DEVELOP = 0.5;
/** Fit and evidence strength needed for "Ready to proceed, with conditions". */
export const FIT_TO_PROCEED = 0.6;
export const EVIDENCE_TO_PROCEED = 0.6;
/** Fit and evidence strength needed for "Ready to decide". */
export const FIT_TO_DECIDE = 0.75;
export const EVIDENCE_TO_DECIDE = 0.75;
/**
 * The 2×2 grid uses the same lines as "Ready to proceed", so the grid and the band never
 * disagree: a trust in "Strong fit" has cleared the fit and evidence bars to proceed.
 */
export const QUADRANT_FIT = FIT_TO_PROCEED;
export const QUADRANT_EVIDENCE = EVIDENCE_TO_PROCEED;

export const thresholds = {
  coverageToDevelop: COVERAGE_TO_DEVELOP,
  fitToProceed: FIT_TO_PROCEED,
  evidenceToProceed: EVIDENCE_TO_PROCEED,
  fitToDecide: FIT_TO_DECIDE,
  evidenceToDecide: EVIDENCE_TO_DECIDE,
  quadrantFit: QUADRANT_FIT,
  quadrantEvidence: QUADRANT_EVIDENCE,
} as const;
export type Thresholds = typeof thresholds;

/** Comparisons allow for float noise: 0.6 computed as 0.59999999999 still passes 0.6. */
const EPSILON = 1e-9;
const atLeast = (value: number | null, threshold: number) => value !== null && value >= threshold - EPSILON;

export const bands = ['exploring', 'developing', 'proceed', 'decide'] as const;
export type Band = (typeof bands)[number];
export const bandLabels: Record<Band, string> = {
  exploring: 'Exploring',
  developing: 'Developing',
  proceed: 'Ready to proceed, with conditions',
  decide: 'Ready to decide',
};
export const bandRank = (band: Band) => bands.indexOf(band);

export const quadrants = ['strong-fit', 'promising', 'unclear', 'poor-fit'] as const;
export type Quadrant = (typeof quadrants)[number];
export const quadrantLabels: Record<Quadrant, string> = {
  'strong-fit': 'Strong fit',
  promising: 'Promising — verify',
  unclear: 'Unclear — ask more',
  'poor-fit': 'Poor fit',
};
export const quadrantHints: Record<Quadrant, string> = {
  'strong-fit': 'Good answers, well evidenced.',
  promising: 'Good answers, but resting mostly on what the trust says: check them.',
  unclear: 'Weak answers on thin evidence: ask more before judging.',
  'poor-fit': 'Weak answers, and the evidence bears them out.',
};

// ---------------------------------------------------------------------------------------
// Types

export type RedFlagState = 'none' | 'unresolved' | 'resolved';

export interface QuestionScore {
  questionId: string;
  number: number;
  shortTitle: string;
  /** Weight used: the board's choice, or the content's default. */
  weight: number;
  /** Weight above zero: the question counts towards coverage, fit and evidence. */
  counted: boolean;
  rating: RatingAnswer | null;
  /** Points for the rating (0–3); null when unanswered or "not sure yet". */
  points: number | null;
  /** Evidence level as recorded (null when none was recorded). */
  evidence: EvidenceLevel | null;
  /** Confidence used in evidence strength; null unless the question is rated. */
  confidence: number | null;
  redFlag: RedFlagState;
  redFlagNote: string;
}

export interface RedFlag {
  questionId: string;
  number: number;
  shortTitle: string;
  note: string;
  resolved: boolean;
}

export interface TrustAssessment {
  trustId: string;
  trustName: string;
  questions: QuestionScore[];
  /** Questions with weight above zero. Normally 10. */
  countedQuestions: number;
  /** Counted questions with an answer ("not sure yet" included). */
  answered: number;
  /** Counted questions with a rating that scores (not "not sure yet"). */
  rated: number;
  unsure: number;
  /** answered ÷ counted questions, 0–1. */
  coverage: number;
  /** Σ(w × points) ÷ Σ(w × 3) over rated questions, 0–1; null when nothing is rated. */
  fit: number | null;
  /** The same with every weight 1, for the report's "with equal weights" comparison. */
  fitEqualWeights: number | null;
  /** Σ(w × confidence) ÷ Σ(w) over rated questions, 0–1; null when nothing is rated. */
  evidence: number | null;
  quadrant: Quadrant | null;
  redFlags: RedFlag[];
  band: Band;
  /** Why the band is what it is (what stops the next band up, and any red flag). */
  reasons: string[];
  /** For "Ready to proceed, with conditions": the conditions. Empty otherwise. */
  conditions: string[];
  /** "Developing because: …" */
  explanation: string;
  /** Two sentences: the verdict and why, then what to do. */
  summary: string;
}

export interface StageProgress {
  id: string;
  title: string;
  afterDecision: boolean;
  done: number;
  total: number;
  complete: boolean;
}

export interface GateStatus {
  stepId: string;
  title: string;
  stageId: string;
  stageTitle: string;
  afterDecision: boolean;
  done: boolean;
  /** The governing board's own resolution: the decision itself, not a condition for it. */
  isDecision: boolean;
}

export interface ProcessAssessment {
  profileComplete: boolean;
  /** Applicable steps in stages before the board's decision. */
  done: number;
  total: number;
  /** done ÷ total, 0–1 (0 when there are no steps). */
  readiness: number;
  stages: StageProgress[];
  /** Every applicable gate, in stage order. */
  gates: GateStatus[];
  /** Pre-decision gates not done, the board's resolution excluded. */
  outstandingGates: GateStatus[];
  /** The step taken to be the board's resolution, if the content has one before the decision. */
  decisionStepId: string | null;
  /** Pre-decision steps not done, the board's resolution excluded. */
  outstandingSteps: { stepId: string; title: string; stageTitle: string; gate: boolean }[];
}

export interface OverallVerdict {
  band: Band;
  bandLabel: string;
  /** The trust the overall band comes from (null when no trust has been added). */
  trustId: string | null;
  trustName: string | null;
  reasons: string[];
  conditions: string[];
  explanation: string;
  summary: string;
}

export interface Assessment {
  process: ProcessAssessment;
  trusts: TrustAssessment[];
  overall: OverallVerdict;
  weights: { questionId: string; number: number; shortTitle: string; weight: number; defaultWeight: number }[];
  thresholds: Thresholds;
}

// ---------------------------------------------------------------------------------------
// Block A: trust fit

export function weightFor(question: TenQuestion, answers: Pick<Answers, 'weights'>): number {
  const chosen = answers.weights[question.id];
  return chosen !== undefined && Number.isFinite(chosen) && chosen >= 0 ? chosen : question.defaultWeight;
}

function redFlagState(answer: QuestionAnswer | undefined): RedFlagState {
  if (answer?.redFlag !== true) return 'none';
  return isUnresolvedRedFlag(answer) ? 'unresolved' : 'resolved';
}

export function scoreQuestion(question: TenQuestion, answer: QuestionAnswer | undefined, weight: number): QuestionScore {
  const rating = isQuestionAnswered(answer) ? (answer?.rating ?? null) : null;
  const points = rating !== null && rating !== 'unsure' ? RATING_POINTS[rating] : null;
  const evidence = answer?.evidence ?? null;
  return {
    questionId: question.id,
    number: question.number,
    shortTitle: question.shortTitle,
    weight,
    counted: weight > 0,
    rating,
    points,
    evidence,
    confidence: points === null ? null : EVIDENCE_CONFIDENCE[evidence ?? DEFAULT_EVIDENCE],
    redFlag: redFlagState(answer),
    redFlagNote: (answer?.redFlagNote ?? '').trim(),
  };
}

/** Σ(w × points) ÷ Σ(w × 3) over counted, rated questions. */
export function fitScore(scores: QuestionScore[], weightOf: (s: QuestionScore) => number = (s) => s.weight): number | null {
  let got = 0;
  let max = 0;
  for (const s of scores) {
    const w = weightOf(s);
    if (s.points === null || w <= 0) continue;
    got += w * s.points;
    max += w * MAX_RATING_POINTS;
  }
  return max > 0 ? got / max : null;
}

/** Σ(w × confidence) ÷ Σ(w) over counted, rated questions. */
export function evidenceStrength(scores: QuestionScore[]): number | null {
  let got = 0;
  let max = 0;
  for (const s of scores) {
    if (s.confidence === null || s.weight <= 0) continue;
    got += s.weight * s.confidence;
    max += s.weight;
  }
  return max > 0 ? got / max : null;
}

export function quadrantFor(fit: number | null, evidence: number | null): Quadrant | null {
  if (fit === null || evidence === null) return null;
  const highFit = atLeast(fit, QUADRANT_FIT);
  const highEvidence = atLeast(evidence, QUADRANT_EVIDENCE);
  if (highFit) return highEvidence ? 'strong-fit' : 'promising';
  return highEvidence ? 'poor-fit' : 'unclear';
}

// ---------------------------------------------------------------------------------------
// Block B: process readiness

/**
 * The governing board's own resolution to join is the decision this tool helps a board
 * reach, so it cannot be a condition of being "Ready to decide". The content marks it.
 */
export function isDecisionStep(step: Pick<Step, 'gate' | 'decision'>): boolean {
  return step.gate && step.decision === true;
}

const isDone = (answers: Answers, stepId: string) => answers.steps[stepId]?.status === 'done';

export function assessProcess(content: Content, answers: Answers): ProcessAssessment {
  const stages: Stage[] = applicableStages(content, answers.profile);
  const preDecision = stages.filter((s) => !s.afterDecision);
  const decisionStep = preDecision.flatMap((s) => s.steps).find(isDecisionStep) ?? null;
  const stageProgress = stages.map((stage) => {
    const done = stage.steps.filter((step) => isDone(answers, step.id)).length;
    return {
      id: stage.id,
      title: stage.title,
      afterDecision: stage.afterDecision,
      done,
      total: stage.steps.length,
      complete: done === stage.steps.length,
    };
  });
  const gates: GateStatus[] = stages.flatMap((stage) =>
    stage.steps
      .filter((step) => step.gate)
      .map((step) => ({
        stepId: step.id,
        title: step.title,
        stageId: stage.id,
        stageTitle: stage.title,
        afterDecision: stage.afterDecision,
        done: isDone(answers, step.id),
        isDecision: step.id === decisionStep?.id,
      })),
  );
  const preSteps = preDecision.flatMap((stage) => stage.steps.map((step) => ({ step, stage })));
  const done = preSteps.filter(({ step }) => isDone(answers, step.id)).length;
  return {
    profileComplete: isProfileComplete(content, answers.profile),
    done,
    total: preSteps.length,
    readiness: preSteps.length > 0 ? done / preSteps.length : 0,
    stages: stageProgress,
    gates,
    outstandingGates: gates.filter((g) => !g.afterDecision && !g.done && !g.isDecision),
    decisionStepId: decisionStep?.id ?? null,
    outstandingSteps: preSteps
      .filter(({ step }) => !isDone(answers, step.id) && step.id !== decisionStep?.id)
      .map(({ step, stage }) => ({ stepId: step.id, title: step.title, stageTitle: stage.title, gate: step.gate })),
  };
}

// ---------------------------------------------------------------------------------------
// Bands

const questionName = (s: Pick<QuestionScore, 'number' | 'shortTitle'>) => `question ${s.number} (${s.shortTitle})`;

/** Longest red-flag note quoted in a reason; the report prints the full note elsewhere. */
export const REASON_NOTE_LENGTH = 160;

export function describeRedFlag(flag: RedFlag): string {
  return flag.note
    ? `red flag on ${questionName(flag)}: ${truncateWords(flag.note, REASON_NOTE_LENGTH)}`
    : `red flag on ${questionName(flag)}, not yet resolved`;
}

/**
 * The pre-decision stages fall into three groups, by position (the content names them, the
 * rules do not): the last is where the board consults and decides ("Engagement and
 * consultation"); the one before it is where fit is tested ("First considerations"); the
 * ones before that are exploring ("Deciding", "Getting started"). With three or fewer
 * stages, the first alone is exploring.
 */
export function stageGroups<T>(preDecision: T[]): { exploring: T[]; beforeDecision: T[] } {
  return {
    exploring: preDecision.slice(0, Math.max(1, preDecision.length - 2)),
    beforeDecision: preDecision.slice(0, -1),
  };
}

/**
 * The band for one trust. The rules, in order (each band needs everything the one below it
 * needs):
 *  - Exploring: fewer than half the questions answered, or the exploring stages (see
 *    stageGroups) not finished.
 *  - Developing: at least half answered and the exploring stages finished.
 *  - Ready to proceed, with conditions: every question answered and at least one rated;
 *    fit ≥ 60% and evidence strength ≥ 60%; no unresolved red flag; the school profile
 *    finished; every stage before the last pre-decision stage (where the board decides)
 *    finished. Conditions: questions rated "Concern", "Partly meets" or "Not sure yet", and
 *    pre-decision steps still to do.
 *  - Ready to decide: all of that, plus fit ≥ 75%, evidence strength ≥ 75%, no "Not sure
 *    yet" answers, and every pre-decision step done (gates included) except the board's
 *    own resolution, which is the decision itself.
 *  - An unresolved red flag caps the band at Developing, and is always named.
 *    A red flag the school has since had answered to its satisfaction does not cap the band:
 *    otherwise the tool would punish a school for recording a concern and following it up.
 */
function bandForTrust(
  trust: Omit<TrustAssessment, 'band' | 'reasons' | 'conditions' | 'explanation' | 'summary'>,
  process: ProcessAssessment,
): { band: Band; reasons: string[]; conditions: string[] } {
  const preStages = process.stages.filter((s) => !s.afterDecision);
  const { exploring: exploringStages, beforeDecision: earlyStages } = stageGroups(preStages);
  const unresolved = trust.redFlags.filter((f) => !f.resolved);
  const flagReasons = unresolved.map(describeRedFlag);
  const scored = trust.questions.filter((q) => q.counted);

  const coverageText =
    trust.countedQuestions === trust.questions.length
      ? `${trust.answered} of ${trust.countedQuestions} questions answered`
      : `${trust.answered} of ${trust.countedQuestions} questions answered (${plural(trust.questions.length - trust.countedQuestions, 'question')} set to weight 0)`;
  const stageText = (s: StageProgress) => `“${s.title}” not finished (${s.done} of ${s.total} steps done)`;
  const unsureList = scored.filter((q) => q.rating === 'unsure');
  const unsureText =
    unsureList.length === 1
      ? `${questionName(unsureList[0] as QuestionScore)} marked “Not sure yet”`
      : `${unsureList.length} questions marked “Not sure yet” (${listInWords(unsureList.map((q) => String(q.number)))})`;

  // Exploring
  const toDevelop: string[] = [];
  if (trust.countedQuestions === 0) toDevelop.push('every question has weight 0, so there is nothing to score');
  else if (!atLeast(trust.coverage, COVERAGE_TO_DEVELOP)) toDevelop.push(coverageText);
  for (const stage of exploringStages) if (!stage.complete) toDevelop.push(stageText(stage));
  if (toDevelop.length > 0) return { band: 'exploring', reasons: [...toDevelop, ...flagReasons], conditions: [] };

  // Developing, unless everything needed to proceed is there
  const toProceed: string[] = [];
  if (trust.answered < trust.countedQuestions) toProceed.push(coverageText);
  if (trust.rated === 0) toProceed.push('no question rated yet (only “Not sure yet” answers)');
  else {
    if (!atLeast(trust.fit, FIT_TO_PROCEED))
      toProceed.push(`fit ${formatPercent(trust.fit ?? 0)}, below the ${formatPercent(FIT_TO_PROCEED)} needed to proceed`);
    if (!atLeast(trust.evidence, EVIDENCE_TO_PROCEED))
      toProceed.push(
        `evidence strength ${formatPercent(trust.evidence ?? 0)}, below the ${formatPercent(EVIDENCE_TO_PROCEED)} needed to proceed`,
      );
  }
  for (const stage of earlyStages) if (!stage.complete) toProceed.push(stageText(stage));
  if (!process.profileComplete) toProceed.push('the school profile is not finished, so some steps may not be listed yet');
  if (toProceed.length > 0 || unresolved.length > 0) {
    return { band: 'developing', reasons: [...flagReasons, ...toProceed], conditions: [] };
  }

  // Ready to proceed, with conditions, unless nothing stands between the board and its decision
  const conditions: string[] = [];
  for (const q of scored) {
    if (q.rating === 'concern' || q.rating === 'partial') conditions.push(`${questionName(q)} rated “${ratingLabels[q.rating]}”`);
  }
  if (unsureList.length > 0) conditions.push(unsureText);
  for (const step of process.outstandingSteps) {
    conditions.push(`${step.gate ? 'legal gate' : 'step'} still to do: “${step.title}” (${step.stageTitle})`);
  }
  const toDecide: string[] = [];
  if (!atLeast(trust.fit, FIT_TO_DECIDE))
    toDecide.push(`fit ${formatPercent(trust.fit ?? 0)}, below the ${formatPercent(FIT_TO_DECIDE)} needed to decide`);
  if (!atLeast(trust.evidence, EVIDENCE_TO_DECIDE))
    toDecide.push(
      `evidence strength ${formatPercent(trust.evidence ?? 0)}, below the ${formatPercent(EVIDENCE_TO_DECIDE)} needed to decide`,
    );
  if (unsureList.length > 0) toDecide.push(unsureText);
  if (process.outstandingGates.length > 0) {
    toDecide.push(
      `${plural(process.outstandingGates.length, 'legal gate')} before the decision not done (${listInWords(process.outstandingGates.map((g) => `“${g.title}”`))})`,
    );
  }
  const otherSteps = process.outstandingSteps.filter((s) => !s.gate).length;
  if (otherSteps > 0) toDecide.push(`${plural(otherSteps, 'other step')} before the decision still to do`);
  if (toDecide.length > 0) return { band: 'proceed', reasons: toDecide, conditions };

  const met = [
    `all ${trust.countedQuestions} questions answered`,
    `fit ${formatPercent(trust.fit ?? 0)} (at least ${formatPercent(FIT_TO_DECIDE)})`,
    `evidence strength ${formatPercent(trust.evidence ?? 0)} (at least ${formatPercent(EVIDENCE_TO_DECIDE)})`,
    'no unresolved red flags',
    process.decisionStepId
      ? 'every step and legal gate before the decision done, except the board’s resolution itself'
      : 'every step and legal gate before the decision done',
  ];
  return { band: 'decide', reasons: met, conditions: [] };
}

/** "Developing because: 6 of 10 questions answered; red flag on question 7 (Local boards): …" */
export function explain(band: Band, reasons: string[]): string {
  return reasons.length > 0 ? endSentence(`${bandLabels[band]} because: ${reasons.join('; ')}`) : `${bandLabels[band]}.`;
}

/** Adds a full stop unless the text already ends a sentence (a note may end with one). */
function endSentence(text: string): string {
  return /[.!?…]["”’)]?$/.test(text) ? text : `${text}.`;
}

/**
 * Two sentences: the band and its main reasons, then what to do next.
 * `lead` names the band and trust, e.g. "“Developing” for Oak Trust".
 */
function summarise(band: Band, lead: string, reasons: string[], hasUnresolvedFlag: boolean): string {
  const why = reasons.slice(0, 2).join('; ');
  const next: Record<Band, string> = {
    exploring: 'Answer more of the ten questions and finish the early stages before reading much into the scores.',
    developing: hasUnresolvedFlag
      ? 'Resolve the red flag with the trust, and deal with the other reasons listed, before the board goes further.'
      : 'The reasons listed say what has to change before the board can proceed.',
    proceed: 'The board could go ahead on the conditions listed, and should meet them before it decides.',
    decide: 'What remains is the board’s own resolution, which is its decision to make.',
  };
  return `${endSentence(`${lead}${why ? `: ${why}` : ''}`)} ${next[band]}`;
}

// ---------------------------------------------------------------------------------------
// Everything together

export function assessTrust(content: Content, answers: Answers, trust: TrustAnswers, process: ProcessAssessment): TrustAssessment {
  const questions = [...content.tenQuestions.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => scoreQuestion(q, trust.answers[q.id], weightFor(q, answers)));
  const counted = questions.filter((q) => q.counted);
  const answered = counted.filter((q) => q.rating !== null).length;
  const rated = counted.filter((q) => q.points !== null).length;
  const fit = fitScore(questions);
  const evidence = evidenceStrength(questions);
  const redFlags: RedFlag[] = questions
    .filter((q) => q.redFlag !== 'none')
    .map((q) => ({
      questionId: q.questionId,
      number: q.number,
      shortTitle: q.shortTitle,
      note: q.redFlagNote,
      resolved: q.redFlag === 'resolved',
    }));
  const partial = {
    trustId: trust.id,
    trustName: trust.name.trim() || 'an unnamed trust',
    questions,
    countedQuestions: counted.length,
    answered,
    rated,
    unsure: counted.filter((q) => q.rating === 'unsure').length,
    coverage: counted.length > 0 ? answered / counted.length : 0,
    fit,
    fitEqualWeights: fitScore(questions, (s) => (s.counted ? 1 : 0)),
    evidence,
    quadrant: quadrantFor(fit, evidence),
    redFlags,
  };
  const { band, reasons, conditions } = bandForTrust(partial, process);
  const summary = summarise(band, `“${bandLabels[band]}” for ${partial.trustName}`, reasons, redFlags.some((f) => !f.resolved));
  return { ...partial, band, reasons, conditions, explanation: explain(band, reasons), summary };
}

/**
 * The overall verdict for the school. The verdict is really per trust; the overall band is
 * the highest band among the trusts, naming that trust. Ties go to the trust with the
 * stronger evidence, then the better fit, then the one added first.
 */
export function overallVerdict(trusts: TrustAssessment[]): OverallVerdict {
  const best = [...trusts].sort(
    (a, b) =>
      bandRank(b.band) - bandRank(a.band) ||
      (b.evidence ?? -1) - (a.evidence ?? -1) ||
      (b.fit ?? -1) - (a.fit ?? -1),
  )[0];
  if (!best) {
    const reasons = ['no trust added yet'];
    return {
      band: 'exploring',
      bandLabel: bandLabels.exploring,
      trustId: null,
      trustName: null,
      reasons,
      conditions: [],
      explanation: explain('exploring', reasons),
      summary:
        '“Exploring”: no trust has been added yet, so there is nothing to score. Add the trust or trusts you are considering and answer the ten questions for each.',
    };
  }
  return {
    band: best.band,
    bandLabel: bandLabels[best.band],
    trustId: best.trustId,
    trustName: best.trustName,
    reasons: best.reasons,
    conditions: best.conditions,
    explanation: best.explanation,
    summary:
      trusts.length > 1
        ? summarise(
            best.band,
            `Of ${trusts.length} trusts, ${best.trustName} is furthest along, at “${bandLabels[best.band]}”`,
            best.reasons,
            best.redFlags.some((f) => !f.resolved),
          )
        : best.summary,
  };
}

/** Scores everything the school has said. A plain object: safe to serialise and compare. */
export function assess(content: Content, answers: Answers): Assessment {
  const process = assessProcess(content, answers);
  const trusts = answers.trusts.map((t) => assessTrust(content, answers, t, process));
  return {
    process,
    trusts,
    overall: overallVerdict(trusts),
    weights: [...content.tenQuestions.questions]
      .sort((a, b) => a.number - b.number)
      .map((q) => ({
        questionId: q.id,
        number: q.number,
        shortTitle: q.shortTitle,
        weight: weightFor(q, answers),
        defaultWeight: q.defaultWeight,
      })),
    thresholds: { ...thresholds },
  };
}
