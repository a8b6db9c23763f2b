import type { EvidenceLevel, RatingAnswer } from '@/domain/answers';
import type { Band, EvidenceGrade, FitLevel, RedFlagState } from '@/domain/scoring';
import type { ReportMeeting } from './meeting';

/*
 * The shape of the one report object. The HTML report and the PDF both render from this and
 * nothing else: every label is already in words, every figure already formatted, so the two
 * can never disagree. It is plain data (JSON round-trips unchanged).
 */

export type SectionId =
  | 'verdict'
  | 'trusts'
  | 'red-flags'
  | 'all-next-steps'
  | 'reasons'
  | 'chart'
  | 'questions'
  | 'notes'
  | 'comparison'
  | 'stages'
  | 'context'
  | 'next-steps'
  | 'weights'
  | 'method'
  | 'sources'
  | 'disclaimer'
  | 'meeting';

export interface ReportSection {
  id: SectionId;
  /** "Verdict and why"; an appendix's title starts "Appendix A: ". */
  title: string;
  /** The board summary (at most two A4 pages) comes first; the appendices follow. */
  part: 'summary' | 'appendix';
}

/** The board's recorded decision, in the minutes' words. */
export interface ReportDecision {
  trustId: string;
  trustName: string;
  /** "Agreed to proceed, with conditions" */
  outcomeLabel: string;
  /** "The governing board agreed to proceed with joining Oak Trust, subject to the conditions below." */
  sentence: string;
  /** "Decided at the governing board’s meeting on 3 December 2026." ('' when no date was given). */
  meetingLabel: string;
  conditions: string[];
  reasons: string | null;
  /** "Write to the trust (Clerk, by 10 December 2026)" */
  actions: string[];
}

/**
 * The board summary: what a chair hands to the board, at most two A4 pages. Lists are cut to
 * what fits; what is left out is counted and lies in full in the appendices.
 */
export interface ReportSummary {
  /**
   * The trusts side by side, one row each. When a trust's pack gives its number of schools, a
   * last column "Schools in the trust" gives it for every trust ("12 schools", "Not given in the
   * trust’s pack", "No pack").
   */
  trusts: ReportTable;
  openRedFlags: { trustName: string; number: number; shortTitle: string; note: string }[];
  /** Open red flags not listed above (they are in the appendices). */
  moreRedFlags: number;
  nextSteps: ReportNextStep[];
  /** Next steps not listed above (all are in the appendix "Every next step"). */
  moreNextSteps: number;
  /** The list above is every next step, each in full: the report then has no appendix "Every next step" to repeat it. */
  everyNextStep: boolean;
  /** The reasons for the verdict, at most five. */
  reasons: string[];
  conditions: string[];
}

export interface ReportQuestionRow {
  questionId: string;
  number: number;
  /** Carter's wording, verbatim. */
  text: string;
  shortTitle: string;
  rating: RatingAnswer | null;
  /** The rating every figure uses: "Strong", "Not sure yet", "Not answered". */
  ratingLabel: string;
  /** Whose rating that is: "Board’s agreed rating" or "School’s assessment" ('' when unanswered). */
  ratingSourceLabel: string;
  /** The school's own assessment, in words ("Not answered" when none; says so when an older version lost it). */
  schoolRatingLabel: string;
  /** The board's agreed rating, in words; null when the board has not agreed one. */
  boardRatingLabel: string | null;
  /** 0–3, null unless rated. */
  points: number | null;
  evidence: EvidenceLevel | null;
  /** "Documents we have seen"; "None recorded (counted as what the trust has told us)" for a rated question with none. */
  evidenceLabel: string;
  /** 0.5–1, null unless rated. */
  confidence: number | null;
  weight: number;
  /** "1.5", "0 (left out)". */
  weightLabel: string;
  counted: boolean;
  redFlag: RedFlagState;
  /** "Red flag", "Red flag (resolved)", "None". */
  redFlagLabel: string;
  redFlagNote: string;
  notes: string;
  /**
   * What the trust says in its pack ("provided by the trust"), kept apart from the school's
   * own rating, evidence and notes ("checked by the school"). Null when the school has no
   * pack from this trust; '' when the pack has no answer to this question.
   */
  providedByTrust: string | null;
  providedLinks: { title: string; url: string }[];
}

/** A trust pack the school opened: what the trust says about itself, in words. */
export interface ReportTrustPack {
  /** "25 November 2026" */
  preparedOnLabel: string;
  /** "12 schools", "1 school"; null when the pack does not say. */
  schools: string | null;
  about: { label: string; text: string }[];
  /** "Sam Patel, Chief executive, ceo@oak.example" */
  contacts: string[];
  links: { title: string; url: string }[];
}

export interface ReportTrust {
  id: string;
  name: string;
  band: Band;
  bandLabel: string;
  summary: string;
  /** "Developing because: …" */
  explanation: string;
  reasons: string[];
  conditions: string[];
  fit: number | null;
  /** "72%" or "Not yet scored". */
  fitLabel: string;
  fitEqualWeightsLabel: string;
  evidence: number | null;
  evidenceLabel: string;
  coverage: number;
  /** "8 of 10 questions answered". */
  coverageLabel: string;
  /** The fit label; null until half the questions are rated. */
  fitLevel: FitLevel | null;
  /** "Good fit", or "Not judged yet". */
  fitLevelLabel: string;
  fitLevelHint: string;
  /** The open red flags, named beside the fit label: "an open red flag on question 7 (Local boards)"; '' when none. */
  fitFlags: string;
  /** The label and any open red flag together: "Good fit, with an open red flag on question 7 (Local boards)". */
  fitLabelWithFlags: string;
  evidenceGrade: EvidenceGrade | null;
  /** "Well checked", or "Not yet scored". */
  evidenceGradeLabel: string;
  questions: ReportQuestionRow[];
  /** Which rating the figures use: "Every figure uses the school’s assessment." */
  ratingsUsed: string;
  redFlags: { number: number; shortTitle: string; note: string; resolved: boolean }[];
  /** The trust's own pack, if the school opened one. */
  pack: ReportTrustPack | null;
}

export interface ReportTable {
  /** First column heading, then one per trust. */
  head: string[];
  rows: string[][];
}

export interface ReportStep {
  id: string;
  title: string;
  what: string;
  status: 'not-started' | 'in-progress' | 'done';
  statusLabel: string;
  /** Its legal weight: `label` "Legal precondition", `summary` one sentence on what that means here. */
  weight: { kind: 'precondition' | 'duty' | 'good-practice' | 'dfe-practice'; label: string; summary: string };
  /** A legal precondition of the board's decision or of the application it makes. */
  beforeDecision: boolean;
  /** The board's own resolution: the decision itself. */
  isDecision: boolean;
  /** `summary`: "The law now: Academies Act 2010 s5 (sources up to 30 June 2026)". */
  legal: { statusLabel: string; basis: string; asOf: string; asOfLabel: string; summary: string } | null;
  note: string;
}

export interface ReportStage {
  id: string;
  title: string;
  summary: string;
  afterDecision: boolean;
  done: number;
  total: number;
  /** "2 of 3 steps done". */
  progressLabel: string;
  steps: ReportStep[];
}

export interface ReportNextStep {
  kind: 'profile' | 'red-flag' | 'question' | 'evidence' | 'gate' | 'step' | 'decision' | 'condition' | 'action' | 'after-decision';
  text: string;
}

export interface Report {
  toolName: string;
  title: string;
  schoolName: string;
  trustNames: string[];
  /** yyyy-mm-dd */
  generatedOn: string;
  /** "3 December 2026" */
  generatedOnLabel: string;
  contentVersion: string;
  reviewedOn: string;
  reviewedOnLabel: string;
  disclaimer: { short: string; full: string };
  /** The sections in order, the summary's first; a renderer shows these titles, skipping none that it has data for. */
  sections: ReportSection[];
  summary: ReportSummary;
  verdict: {
    band: Band;
    bandLabel: string;
    /** What heads the report: the board's decision ("Agreed to proceed") once recorded, otherwise the band. */
    headline: string;
    /** The board's recorded decision; null until the board records one. */
    decision: ReportDecision | null;
    trustName: string | null;
    /** Two sentences: the verdict and why, then what to do. */
    summary: string;
    explanation: string;
    reasons: string[];
    conditions: string[];
  };
  trusts: ReportTrust[];
  /** Side by side, when more than one trust is assessed. */
  comparison: ReportTable | null;
  process: {
    done: number;
    total: number;
    /** "4 of 9 steps before the decision done (44%)". */
    label: string;
    profileComplete: boolean;
    stages: ReportStage[];
    /** Every legal precondition that applies; `preconditionOf` in words ("the funding agreement is signed"). */
    gates: { title: string; stageTitle: string; done: boolean; afterDecision: boolean; isDecision: boolean; beforeDecision: boolean; preconditionOf: string }[];
    /** Preconditions of the decision (or its application) still to do, the decision itself excluded. */
    gatesOutstanding: { title: string; stageTitle: string }[];
    /** Legal duties that apply, with what follows if one is not done. */
    duties: { title: string; stageTitle: string; done: boolean; consequence: string }[];
  };
  /** Notes for the profile answers that carry them, one entry per question; `checked`: "Checked against sources published up to 30 June 2026." from the notes' own dates. */
  context: { question: string; answer: string; notes: string[]; checked: string }[];
  nextSteps: ReportNextStep[];
  method: {
    weights: { number: number; shortTitle: string; weight: number; defaultWeight: number; changed: boolean }[];
    weightsChanged: boolean;
    thresholds: { label: string; value: string }[];
    ratingScale: { label: string; points: number }[];
    evidenceScale: { label: string; confidence: string }[];
    /** The grid of fit against evidence: the fit labels (best first) and evidence grades (weakest first), with where each starts (0–1). */
    grid: {
      fitLevels: { level: FitLevel; label: string; from: number }[];
      evidenceGrades: { grade: EvidenceGrade; label: string; from: number }[];
    };
    /** Paragraphs, in order. */
    paragraphs: string[];
    attribution: string;
  };
  sources: { id: string; title: string; publisher: string; url: string | null; date: string | null; dateLabel: string | null }[];
  /** The governing board meeting: range of views, agreed ratings, the decision. Null when there was none. */
  meeting: ReportMeeting | null;
}

export interface BuildOptions {
  /** yyyy-mm-dd; defaults to today (the only thing here that reads the clock). */
  generatedOn?: string;
}
