import type { Content, PreconditionOf, Stage, Step, TenQuestion } from '@/content/schema';
import {
  applicableStages,
  isProfileComplete,
  isQuestionAnswered,
  isStepDone,
  isUnresolvedRedFlag,
  type Answers,
  type EvidenceLevel,
  type QuestionAnswer,
  type Rating,
  type RatingAnswer,
  type TrustAnswers,
} from './answers';
import { outcomeLabel, outcomeSentence, type DecisionOutcome, type DecisionRecord } from './decision';
import { formatPercent, listInWords, plural, ratingLabels, truncateWords } from './labels';
import { isPreconditionBeforeDecision, routeOf, type Route } from './legal-weight';

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

/*
 * The fit label: how well the trust's answers meet the school's needs, in four levels, from
 * the weighted fit. The lines are 35 points apart: one rating moved one step moves fit by at
 * most a third (when that question carries all the weight), so it can never jump a label.
 * "Meets what we need" everywhere is 67%, a good fit; strong everywhere is 100%.
 */
export const fitLevels = ['poor', 'mixed', 'good', 'strong'] as const;
export type FitLevel = (typeof fitLevels)[number];
export const FIT_LINES: Record<Exclude<FitLevel, 'poor'>, number> = { mixed: 0.25, good: 0.6, strong: 0.95 };
export const fitLevelLabels: Record<FitLevel, string> = {
  strong: 'Strong fit',
  good: 'Good fit',
  mixed: 'Mixed fit',
  poor: 'Poor fit',
};
export const fitLevelHints: Record<FitLevel, string> = {
  strong: 'Strong answers almost everywhere.',
  good: 'The answers meet what the school needs.',
  mixed: 'Some answers meet what the school needs; others fall short.',
  poor: 'Most answers fall short of what the school needs.',
};
export const fitRank = (level: FitLevel) => fitLevels.indexOf(level);

/** How well the school has checked the answers, in three levels, from evidence strength. */
export const evidenceGrades = ['told', 'partly', 'checked'] as const;
export type EvidenceGrade = (typeof evidenceGrades)[number];
export const evidenceGradeLabels: Record<EvidenceGrade, string> = {
  told: 'Mostly what the trust has told us',
  partly: 'Partly checked',
  checked: 'Well checked',
};
export const evidenceRank = (grade: EvidenceGrade) => evidenceGrades.indexOf(grade);

/** Fit needed to proceed or decide: a good fit. */
export const FIT_TO_PROCEED = FIT_LINES.good;
/** Evidence strength needed for "Ready to proceed, with conditions". */
export const EVIDENCE_TO_PROCEED = 0.6;
/** Evidence strength needed for "Ready to decide": documents seen, on average. */
export const EVIDENCE_TO_DECIDE = 0.75;

export const thresholds = {
  coverageToDevelop: COVERAGE_TO_DEVELOP,
  fitMixed: FIT_LINES.mixed,
  fitGood: FIT_LINES.good,
  fitStrong: FIT_LINES.strong,
  fitToProceed: FIT_TO_PROCEED,
  evidenceToProceed: EVIDENCE_TO_PROCEED,
  evidenceToDecide: EVIDENCE_TO_DECIDE,
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
/**
 * On the intervention route the Regional Director chooses the trust and the board does not
 * decide, so the top two bands say what the board is ready to do: tell DfE its views. The rules
 * behind each band are the same on both routes.
 */
export const bandLabelsByRoute: Record<Route, Record<Band, string>> = {
  voluntary: bandLabels,
  intervention: {
    exploring: 'Exploring',
    developing: 'Developing',
    proceed: 'Ready to tell DfE its views, with conditions',
    decide: 'Ready to tell DfE the board’s views',
  },
};
/** What each route's bands need the evidence for, in words after "needed to". */
const bandAims: Record<Route, { proceed: string; decide: string }> = {
  voluntary: { proceed: 'proceed', decide: 'decide' },
  intervention: { proceed: 'give views', decide: 'give firm views' },
};
export const bandRank = (band: Band) => bands.indexOf(band);

// ---------------------------------------------------------------------------------------
// Types

export type RedFlagState = 'none' | 'unresolved' | 'resolved';
export type RatingSource = 'school' | 'board';

export interface QuestionScore {
  questionId: string;
  number: number;
  shortTitle: string;
  /** Weight used: the board's choice, or the content's default. */
  weight: number;
  /** Weight above zero: the question counts towards coverage, fit and evidence. */
  counted: boolean;
  /** The rating every figure uses: the board's agreed rating when it agreed one, otherwise the school's own. */
  rating: RatingAnswer | null;
  /** Where `rating` comes from (null when unanswered). */
  ratingSource: RatingSource | null;
  /** The school's own assessment (the headteacher's rating on the question page). */
  schoolRating: RatingAnswer | null;
  /** The rating the board agreed in its meeting, if it agreed one. */
  boardRating: RatingAnswer | null;
  /** The school's rating was overwritten by the board's before both were kept (an older save). */
  schoolRatingLost: boolean;
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
  /** The fit label; null until at least half the counted questions are rated. Capped at "good" by an open red flag. */
  fitLevel: FitLevel | null;
  /** True when an open red flag holds the fit label below the level the answers reach. */
  fitCapped: boolean;
  /** How well checked; null when nothing is rated. */
  evidenceGrade: EvidenceGrade | null;
  /** Questions whose figures use the board's agreed rating, by number. */
  boardRated: number[];
  redFlags: RedFlag[];
  band: Band;
  /** The band in words, for the school's route ("Ready to decide", or on the intervention route "Ready to tell DfE the board’s views"). */
  bandLabel: string;
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
  /** What the law makes it a precondition of. */
  preconditionOf: PreconditionOf;
  /** A precondition of the decision or of the application it makes (see legal-weight.ts). */
  beforeDecision: boolean;
}

export interface ProcessAssessment {
  /** The school's route: on the intervention route the Regional Director chooses the trust and the board does not decide. */
  route: Route;
  profileComplete: boolean;
  /** Applicable steps in stages before the board's decision. */
  done: number;
  total: number;
  /** done ÷ total, 0–1 (0 when there are no steps). */
  readiness: number;
  stages: StageProgress[];
  /** Every applicable legal precondition ("gate"), in stage order. */
  gates: GateStatus[];
  /** Preconditions of the decision (or its application) not done, the board's resolution excluded. */
  outstandingGates: GateStatus[];
  /** The step taken to be the board's resolution, if the content has one before the decision. */
  decisionStepId: string | null;
  /** Pre-decision steps not done, the board's resolution excluded. */
  outstandingSteps: { stepId: string; title: string; stageTitle: string; gate: boolean }[];
}

/** The board's recorded decision, in the minutes' words. */
export interface RecordedDecision {
  trustId: string;
  trustName: string;
  outcome: DecisionOutcome;
  /** "Agreed to proceed, with conditions" */
  outcomeLabel: string;
  /** "The governing board agreed to proceed with joining Oak Trust, subject to the conditions below." */
  sentence: string;
  meetingDate: string | null;
  conditions: string[];
  reasons: string | null;
}

export interface OverallVerdict {
  band: Band;
  bandLabel: string;
  /** What heads the report: the board's decision when it has recorded one, otherwise the band. */
  headline: string;
  decision: RecordedDecision | null;
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

export function scoreQuestion(
  question: TenQuestion,
  answer: QuestionAnswer | undefined,
  weight: number,
  boardRating: RatingAnswer | null = null,
): QuestionScore {
  const schoolRating = isQuestionAnswered(answer) ? (answer?.rating ?? null) : null;
  const rating = boardRating ?? schoolRating;
  const points = rating !== null && rating !== 'unsure' ? RATING_POINTS[rating] : null;
  const evidence = answer?.evidence ?? null;
  return {
    questionId: question.id,
    number: question.number,
    shortTitle: question.shortTitle,
    weight,
    counted: weight > 0,
    rating,
    ratingSource: boardRating !== null ? 'board' : schoolRating !== null ? 'school' : null,
    schoolRating,
    boardRating,
    schoolRatingLost: answer?.ratingCopiedFromBoard === true,
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

/**
 * The fit label for a weighted fit. Null until at least half the counted questions are rated
 * (a label from one or two answers would say more than they can). An open red flag holds it
 * below the top label: a trust cannot be a strong fit while a red flag is unanswered.
 */
export function fitLevelFor(fit: number | null, rated: number, counted: number, openRedFlag: boolean): FitLevel | null {
  if (fit === null || counted === 0 || rated * 2 < counted) return null;
  const level: FitLevel = atLeast(fit, FIT_LINES.strong)
    ? 'strong'
    : atLeast(fit, FIT_LINES.good)
      ? 'good'
      : atLeast(fit, FIT_LINES.mixed)
        ? 'mixed'
        : 'poor';
  return openRedFlag && level === 'strong' ? 'good' : level;
}

export function evidenceGradeFor(evidence: number | null): EvidenceGrade | null {
  if (evidence === null) return null;
  return atLeast(evidence, EVIDENCE_TO_DECIDE) ? 'checked' : atLeast(evidence, EVIDENCE_TO_PROCEED) ? 'partly' : 'told';
}

// ---------------------------------------------------------------------------------------
// Block B: process readiness

/**
 * The governing board's own resolution to join is the decision this tool helps a board
 * reach, so it cannot be a condition of being "Ready to decide". The content marks it.
 */
export function isDecisionStep(step: Pick<Step, 'weight' | 'decision'>): boolean {
  return step.weight.kind === 'precondition' && step.decision === true;
}

export function assessProcess(content: Content, answers: Answers): ProcessAssessment {
  const isDone = (stepId: string) => isStepDone(content, answers, stepId);
  const stages: Stage[] = applicableStages(content, answers.profile);
  const preDecision = stages.filter((s) => !s.afterDecision);
  const decisionStep = preDecision.flatMap((s) => s.steps).find(isDecisionStep) ?? null;
  const stageProgress = stages.map((stage) => {
    const done = stage.steps.filter((step) => isDone(step.id)).length;
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
      .flatMap((step) => (step.weight.kind === 'precondition' ? [{ step, of: step.weight.preconditionOf }] : []))
      .map(({ step, of }) => ({
        stepId: step.id,
        title: step.title,
        stageId: stage.id,
        stageTitle: stage.title,
        afterDecision: stage.afterDecision,
        done: isDone(step.id),
        isDecision: step.id === decisionStep?.id,
        preconditionOf: of,
        beforeDecision: isPreconditionBeforeDecision(step),
      })),
  );
  const preSteps = preDecision.flatMap((stage) => stage.steps.map((step) => ({ step, stage })));
  const done = preSteps.filter(({ step }) => isDone(step.id)).length;
  return {
    route: routeOf(answers.profile),
    profileComplete: isProfileComplete(content, answers.profile),
    done,
    total: preSteps.length,
    readiness: preSteps.length > 0 ? done / preSteps.length : 0,
    stages: stageProgress,
    gates,
    outstandingGates: gates.filter((g) => g.beforeDecision && !g.afterDecision && !g.done && !g.isDecision),
    decisionStepId: decisionStep?.id ?? null,
    outstandingSteps: preSteps
      .filter(({ step }) => !isDone(step.id) && step.id !== decisionStep?.id)
      .map(({ step, stage }) => ({ stepId: step.id, title: step.title, stageTitle: stage.title, gate: isPreconditionBeforeDecision(step) })),
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
 * "12 of 21 steps before the decision done": the school's progress, as a count, never as a
 * judgement of a trust. On the intervention route the board makes no decision: "12 of 21 early steps done".
 */
export function stepsDoneText(process: Pick<ProcessAssessment, 'done' | 'total'> & { route?: Route }): string {
  return process.route === 'intervention'
    ? `${process.done} of ${plural(process.total, 'early step')} done`
    : `${process.done} of ${plural(process.total, 'step')} before the decision done`;
}

type TrustFigures = Omit<TrustAssessment, 'band' | 'bandLabel' | 'reasons' | 'conditions' | 'explanation' | 'summary'>;

/**
 * The band for one trust: how ready the school is to decide about it, from the trust's fit
 * and the school's own steps. The rules, in order (each band needs everything the one below
 * it needs):
 *  - Exploring: fewer than half the questions answered, or the exploring stages (see
 *    stageGroups) not finished.
 *  - Developing: at least half answered and the exploring stages finished.
 *  - Ready to proceed, with conditions: every question answered and at least one rated; a
 *    good fit (fit ≥ 60%) and evidence strength ≥ 60%; no open red flag; the school profile
 *    finished; every stage before the last pre-decision stage (where the board decides)
 *    finished. Conditions: questions rated "Concern", "Partly meets" or "Not sure yet", and
 *    pre-decision steps still to do.
 *  - Ready to decide: all of that, plus evidence strength ≥ 75% (documents seen, on
 *    average), no "Not sure yet" answers, and every pre-decision step done (gates included)
 *    except the board's own resolution, which is the decision itself. "Meets what we need"
 *    everywhere, with documents seen, is enough.
 *  - An open red flag caps the band at Developing, and is always named. A red flag the school
 *    has since had answered to its satisfaction does not cap the band: otherwise the tool
 *    would punish a school for recording a concern and following it up.
 * Unfinished steps are given as counts ("12 of 21 steps before the decision done").
 */
function bandForTrust(trust: TrustFigures, process: ProcessAssessment): { band: Band; reasons: string[]; conditions: string[] } {
  const aim = bandAims[process.route];
  const preStages = process.stages.filter((s) => !s.afterDecision);
  const { exploring: exploringStages, beforeDecision: earlyStages } = stageGroups(preStages);
  const unresolved = trust.redFlags.filter((f) => !f.resolved);
  const flagReasons = unresolved.map(describeRedFlag);
  const scored = trust.questions.filter((q) => q.counted);

  const coverageText =
    trust.countedQuestions === trust.questions.length
      ? `${trust.answered} of ${trust.countedQuestions} questions answered`
      : `${trust.answered} of ${trust.countedQuestions} questions answered (${plural(trust.questions.length - trust.countedQuestions, 'question')} set to weight 0)`;
  const stepsText = (open: StageProgress[]) =>
    `${stepsDoneText(process)} (${open.map((s) => `“${s.title}”: ${s.done} of ${s.total} done`).join(', ')})`;
  const unsureList = scored.filter((q) => q.rating === 'unsure');
  const unsureText =
    unsureList.length === 1
      ? `${questionName(unsureList[0] as QuestionScore)} marked “${ratingLabels.unsure}”`
      : `${unsureList.length} questions marked “${ratingLabels.unsure}” (${listInWords(unsureList.map((q) => String(q.number)))})`;

  // Exploring
  const toDevelop: string[] = [];
  if (trust.countedQuestions === 0) toDevelop.push('every question has weight 0, so there is nothing to score');
  else if (!atLeast(trust.coverage, COVERAGE_TO_DEVELOP)) toDevelop.push(coverageText);
  const openExploring = exploringStages.filter((s) => !s.complete);
  if (openExploring.length > 0) toDevelop.push(stepsText(openExploring));
  if (toDevelop.length > 0) return { band: 'exploring', reasons: [...toDevelop, ...flagReasons], conditions: [] };

  // Developing, unless everything needed to proceed is there
  const toProceed: string[] = [];
  if (trust.answered < trust.countedQuestions) toProceed.push(coverageText);
  if (trust.rated === 0) toProceed.push(`no question rated yet (only “${ratingLabels.unsure}” answers)`);
  else {
    if (!atLeast(trust.fit, FIT_TO_PROCEED))
      toProceed.push(`fit ${formatPercent(trust.fit ?? 0)}, below the ${formatPercent(FIT_TO_PROCEED)} of a good fit needed to ${aim.proceed}`);
    if (!atLeast(trust.evidence, EVIDENCE_TO_PROCEED))
      toProceed.push(
        `evidence strength ${formatPercent(trust.evidence ?? 0)}, below the ${formatPercent(EVIDENCE_TO_PROCEED)} needed to ${aim.proceed}`,
      );
  }
  const openEarly = earlyStages.filter((s) => !s.complete);
  if (openEarly.length > 0) toProceed.push(stepsText(openEarly));
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
  if (!atLeast(trust.evidence, EVIDENCE_TO_DECIDE))
    toDecide.push(
      `evidence strength ${formatPercent(trust.evidence ?? 0)}, below the ${formatPercent(EVIDENCE_TO_DECIDE)} needed to ${aim.decide}`,
    );
  if (unsureList.length > 0) toDecide.push(unsureText);
  if (process.outstandingSteps.length > 0) {
    const gates = process.outstandingGates;
    toDecide.push(
      `${stepsDoneText(process)}${gates.length > 0 ? ` (still to do: ${plural(gates.length, 'legal gate')}, ${listInWords(gates.map((g) => `“${g.title}”`))})` : ''}`,
    );
  }
  if (toDecide.length > 0) return { band: 'proceed', reasons: toDecide, conditions };

  const met = [
    `all ${trust.countedQuestions} questions answered`,
    `fit ${formatPercent(trust.fit ?? 0)}, ${fitPhrase[trust.fitLevel ?? 'good']} (at least ${formatPercent(FIT_TO_PROCEED)})`,
    `evidence strength ${formatPercent(trust.evidence ?? 0)} (at least ${formatPercent(EVIDENCE_TO_DECIDE)})`,
    'no open red flags',
    process.route === 'intervention'
      ? 'every early step done (the Regional Director, not the board, chooses the trust)'
      : process.decisionStepId
        ? 'every step and legal gate before the decision done, except the board’s resolution itself'
        : 'every step and legal gate before the decision done',
  ];
  return { band: 'decide', reasons: met, conditions: [] };
}

/** "Developing because: 6 of 10 questions answered; red flag on question 7 (Local boards): …" */
export function explain(band: Band, reasons: string[], route: Route = 'voluntary'): string {
  const label = bandLabelsByRoute[route][band];
  return reasons.length > 0 ? endSentence(`${label} because: ${reasons.join('; ')}`) : `${label}.`;
}

/** Adds a full stop unless the text already ends a sentence (a note may end with one). */
function endSentence(text: string): string {
  return /[.!?…]["”’)]?$/.test(text) ? text : `${text}.`;
}


/** The fit label inside a sentence: "a good fit". */
export const fitPhrase: Record<FitLevel, string> = {
  strong: 'a strong fit',
  good: 'a good fit',
  mixed: 'a mixed fit',
  poor: 'a poor fit',
};
const evidencePhrase: Record<EvidenceGrade, string> = {
  checked: 'well checked',
  partly: 'partly checked',
  told: 'resting mostly on what the trust has told us',
};

/** "an open red flag on question 7 (Local boards)", "2 open red flags (questions 2 and 7)". */
export function openFlagsText(flags: Pick<RedFlag, 'number' | 'shortTitle' | 'resolved'>[]): string {
  const open = flags.filter((f) => !f.resolved);
  if (open.length === 0) return '';
  if (open.length === 1) return `an open red flag on ${questionName(open[0] as RedFlag)}`;
  return `${open.length} open red flags (questions ${listInWords(open.map((f) => String(f.number)))})`;
}

/** "Oak Trust is a good fit (fit 67%), well checked (evidence strength 75%), with an open red flag on question 7 (Local boards)." */
export function fitSentence(t: TrustFigures): string {
  const flags = openFlagsText(t.redFlags);
  const withFlags = flags ? `, with ${flags}` : '';
  if (t.countedQuestions === 0) return `${t.trustName} cannot be scored: every question has weight 0.`;
  if (t.rated === 0) return `${t.trustName} has no rated answers yet (${t.answered} of ${t.countedQuestions} questions answered)${withFlags}.`;
  const evidence = t.evidenceGrade ? `, ${evidencePhrase[t.evidenceGrade]} (evidence strength ${formatPercent(t.evidence ?? 0)})` : '';
  if (t.fitLevel === null) {
    return `It is too early to judge how well ${t.trustName} fits: ${t.rated} of ${t.countedQuestions} questions rated so far (fit ${formatPercent(t.fit ?? 0)})${withFlags}.`;
  }
  return `${t.trustName} is ${fitPhrase[t.fitLevel]} (fit ${formatPercent(t.fit ?? 0)})${evidence}${withFlags}.`;
}

/** What to do next, naming only what is actually missing. */
function nextSentence(t: TrustFigures, process: ProcessAssessment, band: Band): string {
  const items: string[] = [];
  const unanswered = t.countedQuestions - t.answered;
  const open = t.redFlags.filter((f) => !f.resolved).length;
  if (t.countedQuestions === 0) items.push('give at least one question a weight above 0');
  if (unanswered > 0) items.push(`answer the ${plural(unanswered, 'question')} not yet answered`);
  if (open > 0) items.push(`resolve the open red flag${open === 1 ? '' : 's'} with the trust`);
  if (t.unsure > 0) {
    items.push(`find out enough to rate ${t.unsure === 1 ? 'the question' : `the ${t.unsure} questions`} marked “${ratingLabels.unsure}”`);
  }
  if (t.rated > 0 && !atLeast(t.fit, FIT_TO_PROCEED)) items.push('talk to the trust about its weaker answers');
  if (t.rated > 0 && !atLeast(t.evidence, EVIDENCE_TO_DECIDE)) items.push('check more of the answers against documents or a visit');
  if (!process.profileComplete) items.push('finish the school profile');
  const nextStage = process.outstandingSteps[0]?.stageTitle;
  if (nextStage) items.push(`carry on with the steps in “${nextStage}”`);
  if (items.length === 0) {
    if (band !== 'decide') return '';
    return process.route === 'intervention'
      ? 'What remains is to tell DfE the board’s views on the trust; the Regional Director chooses it.'
      : 'What remains is the board’s own resolution, which is its decision to make.';
  }
  return `Next: ${listInWords(items.slice(0, 3))}.`;
}

/** Three sentences: how the trust fits, how ready the school is, and what to do next. */
function summarise(t: TrustFigures, band: Band, reasons: string[], process: ProcessAssessment): string {
  const why = band === 'decide' ? '' : reasons.slice(0, 2).join('; ');
  const readiness = endSentence(`Readiness: “${bandLabelsByRoute[process.route][band]}”${why ? `, because ${why}` : ''}`);
  return [fitSentence(t), readiness, nextSentence(t, process, band)].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------------------------------
// Everything together

export function assessTrust(content: Content, answers: Answers, trust: TrustAnswers, process: ProcessAssessment): TrustAssessment {
  const agreed = answers.meeting?.agreed[trust.id] ?? {};
  const questions = [...content.tenQuestions.questions]
    .sort((a, b) => a.number - b.number)
    .map((q) => scoreQuestion(q, trust.answers[q.id], weightFor(q, answers), agreed[q.id] ?? null));
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
  const openFlag = redFlags.some((f) => !f.resolved);
  const fitLevel = fitLevelFor(fit, rated, counted.length, openFlag);
  const partial: TrustFigures = {
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
    fitLevel,
    fitCapped: openFlag && fitLevel !== null && fitLevel !== fitLevelFor(fit, rated, counted.length, false),
    evidenceGrade: evidenceGradeFor(evidence),
    boardRated: counted.filter((q) => q.ratingSource === 'board').map((q) => q.number),
    redFlags,
  };
  const { band, reasons, conditions } = bandForTrust(partial, process);
  return {
    ...partial,
    band,
    bandLabel: bandLabelsByRoute[process.route][band],
    reasons,
    conditions,
    explanation: explain(band, reasons, process.route),
    summary: summarise(partial, band, reasons, process),
  };
}

/** The facts of the school's record, with no judgement of readiness: what sits beside a decision. */
function recordFacts(t: TrustAssessment, process: ProcessAssessment): string[] {
  const facts = [
    `${t.answered} of ${t.countedQuestions} questions answered`,
    t.fit === null ? 'no question rated' : `fit ${formatPercent(t.fit)}${t.fitLevel ? `, ${fitPhrase[t.fitLevel]}` : ''}`,
    ...(t.evidence === null ? [] : [`evidence strength ${formatPercent(t.evidence)}, ${evidencePhrase[t.evidenceGrade ?? 'told']}`]),
    stepsDoneText(process),
  ];
  const flags = openFlagsText(t.redFlags);
  return flags ? [...facts, flags] : facts;
}

function decisionFor(record: DecisionRecord | undefined, trusts: TrustAssessment[], route: Route): RecordedDecision | null {
  const trust = record ? trusts.find((t) => t.trustId === record.trustId) : undefined;
  if (!record || !trust) return null;
  return {
    trustId: trust.trustId,
    trustName: trust.trustName,
    outcome: record.outcome,
    outcomeLabel: outcomeLabel(record.outcome, route),
    sentence: outcomeSentence(record.outcome, trust.trustName, route),
    meetingDate: record.meetingDate ?? null,
    conditions: record.conditions,
    reasons: record.reasons?.trim() || null,
  };
}

/**
 * The overall verdict for the school. The verdict is really per trust; the overall band is
 * the highest band among the trusts, naming that trust. Ties go to the trust with the
 * stronger evidence, then the better fit, then the one added first.
 *
 * A decision the board has recorded heads the verdict, in the minutes' words, and the verdict
 * then describes the school's record beside it: it never argues with the board. Only a
 * deferred decision keeps the list of what is still missing, since that is what the board is
 * waiting for.
 */
export function overallVerdict(trusts: TrustAssessment[], process: ProcessAssessment, record?: DecisionRecord): OverallVerdict {
  const labels = bandLabelsByRoute[process.route];
  const lead = process.route === 'intervention' ? `${INTERVENTION_LEAD} ` : '';
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
      bandLabel: labels.exploring,
      headline: labels.exploring,
      decision: null,
      trustId: null,
      trustName: null,
      reasons,
      conditions: [],
      explanation: explain('exploring', reasons, process.route),
      summary:
        process.route === 'intervention'
          ? `${lead}No trust has been added yet. Add the trust DfE proposes and answer the ten questions for it.`
          : 'No trust has been added yet, so there is nothing to score. Add the trust or trusts you are considering and answer the ten questions for each.',
    };
  }
  const decision = decisionFor(record, trusts, process.route);
  if (decision) {
    const trust = trusts.find((t) => t.trustId === decision.trustId) as TrustAssessment;
    const facts = recordFacts(trust, process);
    const deferred = decision.outcome === 'deferred';
    const next: Record<DecisionOutcome, string> = {
      proceed: 'Next: carry out the board’s decision and the steps after it.',
      'proceed-with-conditions': 'Next: meet the board’s conditions, and carry out the steps after the decision.',
      'not-proceed': trusts.length > 1 ? 'The other trusts’ records are in the report.' : '',
      deferred: nextSentence(trust, process, trust.band),
    };
    const summary = [
      lead.trim(),
      decision.sentence,
      deferred && decision.reasons ? endSentence(`Reasons: ${truncateWords(decision.reasons, REASON_NOTE_LENGTH)}`) : '',
      `The school’s record: ${endSentence(listInWords(facts))}`,
      next[decision.outcome],
    ]
      .filter(Boolean)
      .join(' ');
    return {
      band: trust.band,
      bandLabel: labels[trust.band],
      headline: decision.outcomeLabel,
      decision,
      trustId: trust.trustId,
      trustName: trust.trustName,
      reasons: deferred ? trust.reasons : facts,
      conditions: deferred ? trust.conditions : decision.conditions,
      explanation: deferred ? trust.explanation : endSentence(`${decision.outcomeLabel}: ${listInWords(facts)}`),
      summary,
    };
  }
  return {
    band: best.band,
    bandLabel: labels[best.band],
    headline: labels[best.band],
    decision: null,
    trustId: best.trustId,
    trustName: best.trustName,
    reasons: best.reasons,
    conditions: best.conditions,
    explanation: best.explanation,
    summary: `${lead}${trusts.length > 1 ? `Of ${trusts.length} trusts, ${best.trustName} is furthest along. ${best.summary}` : best.summary}`,
  };
}

/** The verdict's first sentence on the intervention route. */
export const INTERVENTION_LEAD =
  'Your school already has an academy order after an Ofsted judgement, so the Regional Director chooses the trust, not the board.';

/** Scores everything the school has said. A plain object: safe to serialise and compare. */
export function assess(content: Content, answers: Answers): Assessment {
  const process = assessProcess(content, answers);
  const trusts = answers.trusts.map((t) => assessTrust(content, answers, t, process));
  return {
    process,
    trusts,
    overall: overallVerdict(trusts, process, answers.meeting?.decision),
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
