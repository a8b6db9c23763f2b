import type { Content } from '../content/schema';
import { checkedAgainst, formatDateLong, today } from '../domain/dates';
import {
  applicableContextNotes,
  applicableProfileQuestions,
  applicableStages,
  stepState,
  type Answers,
  type RatingAnswer,
  type EvidenceLevel,
} from '../domain/answers';
import { describeLegalWeight, isPreconditionBeforeDecision, legalWeightLabels, preconditionOfLabels, type Route } from '../domain/legal-weight';
import {
  evidenceLabels,
  formatPercent,
  legalStatusLabels,
  listInWords,
  plural,
  ratingLabels,
  ratingSourceLabels,
  stepStatusLabels,
  truncateWords,
} from '../domain/labels';
import {
  assess,
  DEFAULT_EVIDENCE,
  EVIDENCE_CONFIDENCE,
  evidenceGradeLabels,
  evidenceGrades,
  fitLevelHints,
  fitLevelLabels,
  fitLevels,
  bandLabelsByRoute,
  openFlagsText,
  RATING_POINTS,
  stepsDoneText,
  type Band,
  type EvidenceGrade,
  type FitLevel,
  type RedFlagState,
} from '../domain/scoring';
import { aboutFields, aboutLabels } from '../domain/trust-pack-schema';
import { buildMeeting, type ReportMeeting } from './meeting';

/*
 * The one report object. The HTML report and the PDF both render from this and nothing
 * else: every label is already in words, every figure already formatted, so the two can
 * never disagree. It is plain data (JSON round-trips unchanged).
 */

export const TOOL_NAME = 'Should we join a trust?';
export const REPORT_TITLE = 'Readiness report';
export const SHORT_DISCLAIMER = 'Guidance, not legal advice.';

export type SectionId =
  | 'verdict'
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
  title: string;
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
  kind: 'profile' | 'red-flag' | 'question' | 'evidence' | 'gate' | 'step' | 'decision';
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
  /** The sections in order; a renderer shows these titles, skipping none that it has data for. */
  sections: ReportSection[];
  verdict: {
    band: Band;
    bandLabel: string;
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



/** "Good practice: CST guidance on … (sources up to 30 June 2026)". */
function legalSummary(label: string, basis: string, asOf: string): string {
  return `${label}: ${basis.trim()} (sources up to ${asOf})`;
}

function groupContext(items: { question: string; answer: string; note: string; asOf: string }[]) {
  const grouped: { question: string; answer: string; notes: string[]; asOf: string[] }[] = [];
  for (const item of items) {
    const last = grouped[grouped.length - 1];
    if (last && last.question === item.question && last.answer === item.answer) {
      last.notes.push(item.note);
      last.asOf.push(item.asOf);
    } else grouped.push({ question: item.question, answer: item.answer, notes: [item.note], asOf: [item.asOf] });
  }
  // Each note carries its own date; a group's notes are checked up to the earliest of them.
  return grouped.map(({ asOf, ...g }) => ({ ...g, checked: checkedAgainst([...asOf].sort()[0] ?? '') }));
}


/** The profile answer holding the school's name: "school-name", or the first text question about a name. */
export function schoolNameOf(content: Content, profile: Record<string, string>): string {
  const direct = profile['school-name']?.trim();
  if (direct) return direct;
  const question = content.profile.find((q) => q.kind === 'text' && /name/.test(q.id));
  return (question ? profile[question.id]?.trim() : '') || 'Your school';
}

const weightText = (w: number) => (w === 0 ? '0 (left out)' : String(Math.round(w * 100) / 100));

export const sectionTitles: Record<SectionId, string> = {
  verdict: 'Verdict and reasons',
  chart: 'The ten questions at a glance',
  questions: 'The ten questions in detail',
  notes: 'Notes on each question',
  comparison: 'Comparing the trusts',
  stages: 'Steps and legal gates',
  context: 'Your school’s context',
  'next-steps': 'Next steps',
  weights: 'Weights and thresholds used',
  method: 'How the scores work',
  sources: 'Sources',
  disclaimer: 'About this report',
  meeting: 'The governing board’s meeting and decision',
};

export function buildReport(content: Content, answers: Answers, options: BuildOptions = {}): Report {
  const assessment = assess(content, answers);
  const questionsById = new Map(content.tenQuestions.questions.map((q) => [q.id, q]));
  const generatedOn = options.generatedOn ?? today();

  const trusts: ReportTrust[] = assessment.trusts.map((t) => {
    const trustAnswers = answers.trusts.find((a) => a.id === t.trustId)?.answers ?? {};
    const pack = answers.trusts.find((a) => a.id === t.trustId)?.pack;
    return {
      id: t.trustId,
      name: t.trustName,
      band: t.band,
      bandLabel: t.bandLabel,
      summary: t.summary,
      explanation: t.explanation,
      reasons: t.reasons,
      conditions: t.conditions,
      fit: t.fit,
      fitLabel: t.fit === null ? 'Not yet scored' : formatPercent(t.fit),
      fitEqualWeightsLabel: t.fitEqualWeights === null ? 'Not yet scored' : formatPercent(t.fitEqualWeights),
      evidence: t.evidence,
      evidenceLabel: t.evidence === null ? 'Not yet scored' : formatPercent(t.evidence),
      coverage: t.coverage,
      coverageLabel: `${t.answered} of ${plural(t.countedQuestions, 'question')} answered`,
      fitLevel: t.fitLevel,
      fitLevelLabel: t.fitLevel ? fitLevelLabels[t.fitLevel] : 'Not judged yet',
      fitLevelHint: t.fitLevel
        ? `${fitLevelHints[t.fitLevel]}${t.fitCapped ? ' An open red flag holds it below “Strong fit”.' : ''}`
        : 'Rate at least half the questions to judge the fit.',
      fitFlags: openFlagsText(t.redFlags),
      fitLabelWithFlags: `${t.fitLevel ? fitLevelLabels[t.fitLevel] : 'Not judged yet'}${openFlagsText(t.redFlags) ? `, with ${openFlagsText(t.redFlags)}` : ''}`,
      evidenceGrade: t.evidenceGrade,
      evidenceGradeLabel: t.evidenceGrade ? evidenceGradeLabels[t.evidenceGrade] : 'Not yet scored',
      questions: t.questions.map((q) => ({
        questionId: q.questionId,
        number: q.number,
        text: questionsById.get(q.questionId)?.text ?? q.shortTitle,
        shortTitle: q.shortTitle,
        rating: q.rating,
        ratingLabel: q.rating ? ratingLabels[q.rating] : 'Not answered',
        ratingSourceLabel: q.ratingSource ? ratingSourceLabels[q.ratingSource] : '',
        schoolRatingLabel: `${q.schoolRating ? ratingLabels[q.schoolRating] : 'Not answered'}${
          q.schoolRatingLost ? ' (an earlier version of this tool wrote the board’s rating over the school’s own)' : ''
        }`,
        boardRatingLabel: q.boardRating ? ratingLabels[q.boardRating] : null,
        points: q.points,
        evidence: q.evidence,
        evidenceLabel: q.evidence
          ? evidenceLabels[q.evidence]
          : q.points !== null
            ? `None recorded (counted as ${evidenceLabels[DEFAULT_EVIDENCE].toLowerCase()})`
            : 'None recorded',
        confidence: q.confidence,
        weight: q.weight,
        weightLabel: weightText(q.weight),
        counted: q.counted,
        redFlag: q.redFlag,
        redFlagLabel: q.redFlag === 'unresolved' ? 'Red flag' : q.redFlag === 'resolved' ? 'Red flag (resolved)' : 'None',
        redFlagNote: q.redFlagNote,
        notes: (trustAnswers[q.questionId]?.notes ?? '').trim(),
        providedByTrust: pack ? (pack.answers[q.questionId]?.answer ?? '').trim() : null,
        providedLinks: (pack?.answers[q.questionId]?.links ?? []).map((l) => ({ title: l.title, url: l.url })),
      })),
      ratingsUsed:
        t.boardRated.length === 0
          ? `Every figure uses the ${ratingSourceLabels.school.toLowerCase()}.`
          : t.boardRated.length === t.countedQuestions
            ? `Every figure uses the ${ratingSourceLabels.board.toLowerCase()}.`
            : `Figures use the ${ratingSourceLabels.board.toLowerCase()} for ${t.boardRated.length === 1 ? 'question' : 'questions'} ${listInWords(
                t.boardRated.map(String),
              )}, and the ${ratingSourceLabels.school.toLowerCase()} for the rest.`,
      redFlags: t.redFlags.map((f) => ({ number: f.number, shortTitle: f.shortTitle, note: f.note, resolved: f.resolved })),
      pack: pack
        ? {
            preparedOnLabel: formatDateLong(pack.preparedOn),
            about: aboutFields.flatMap((f) => (pack.about?.[f]?.trim() ? [{ label: aboutLabels[f].label, text: pack.about[f]!.trim() }] : [])),
            contacts: pack.contacts.map((c) => [c.name, c.role, c.email, c.phone].filter((x) => x && x.trim()).join(', ')),
            links: pack.links.map((l) => ({ title: l.title, url: l.url })),
          }
        : null,
    };
  });

  const comparison: ReportTable | null =
    trusts.length > 1
      ? {
          head: ['', ...trusts.map((t) => t.name)],
          rows: [
            ['Band', ...trusts.map((t) => t.bandLabel)],
            ['Fit', ...trusts.map((t) => `${t.fitLevelLabel} (${t.fitLabel})`)],
            ['Evidence strength', ...trusts.map((t) => t.evidenceLabel)],
            ['Questions answered', ...trusts.map((t) => t.coverageLabel.replace(/ questions? answered$/, ''))],
            ['Unresolved red flags', ...trusts.map((t) => String(t.redFlags.filter((f) => !f.resolved).length))],
            ...(trusts.some((t) => t.pack)
              ? [['Trust pack', ...trusts.map((t) => (t.pack ? `Provided by the trust, ${t.pack.preparedOnLabel}` : 'None'))]]
              : []),
            ...(trusts[0]?.questions ?? []).map((q, i) => [
              `${q.number}. ${q.shortTitle}`,
              ...trusts.map((t) => {
                const row = t.questions[i];
                return row ? `${row.ratingLabel}${row.redFlag === 'unresolved' ? ' (red flag)' : ''}` : '';
              }),
            ]),
          ],
        }
      : null;

  // Stages and gates
  const stages = applicableStages(content, answers.profile);
  const process = assessment.process;
  const reportStages: ReportStage[] = stages.map((stage) => {
    const progress = process.stages.find((s) => s.id === stage.id);
    const done = progress?.done ?? 0;
    return {
      id: stage.id,
      title: stage.title,
      summary: stage.summary,
      afterDecision: stage.afterDecision,
      done,
      total: stage.steps.length,
      progressLabel: `${done} of ${plural(stage.steps.length, 'step')} done`,
      steps: stage.steps.map((step) => {
        const status = stepState(content, answers, step);
        return {
          id: step.id,
          title: step.title,
          what: step.what,
          status,
          statusLabel: stepStatusLabels[status],
          weight: { kind: step.weight.kind, label: legalWeightLabels[step.weight.kind], summary: describeLegalWeight(step.weight) },
          beforeDecision: isPreconditionBeforeDecision(step),
          isDecision: step.id === process.decisionStepId,
          legal: step.legal
            ? {
                statusLabel: legalStatusLabels[step.legal.status],
                basis: step.legal.basis,
                asOf: step.legal.asOf,
                asOfLabel: formatDateLong(step.legal.asOf),
                summary: legalSummary(legalStatusLabels[step.legal.status], step.legal.basis, formatDateLong(step.legal.asOf)),
              }
            : null,
          note: (answers.steps[step.id]?.note ?? '').trim(),
        };
      }),
    };
  });

  // Context notes: the profile answers that carry a note
  const context = applicableProfileQuestions(content, answers.profile).flatMap((q) => {
    const answer = answers.profile[q.id];
    if (answer === undefined) return [];
    const label = q.options.find((o) => o.value === answer)?.label ?? answer;
    return applicableContextNotes(q, answers.profile).map((n) => ({ question: q.question, answer: label, note: n.note, asOf: n.asOf, cites: n.cites }));
  });

  const nextSteps = deriveNextSteps(trusts, reportStages, process.profileComplete);

  // Sources: every source the report's content rests on, in order of first use
  const citedIds: string[] = [content.tenQuestions.attribution.sourceId];
  for (const q of content.tenQuestions.questions) citedIds.push(...q.cites);
  for (const stage of stages) {
    citedIds.push(...stage.cites);
    for (const step of stage.steps) citedIds.push(...step.cites);
  }
  for (const c of context) citedIds.push(...c.cites);
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const sources = [...new Set(citedIds)].flatMap((id) => {
    const s = sourceById.get(id);
    return s
      ? [
          {
            id: s.id,
            title: s.title,
            publisher: s.publisher,
            url: s.url ?? null,
            date: s.date ?? null,
            dateLabel: s.date ? formatDateLong(s.date) : null,
          },
        ]
      : [];
  });

  const weights = assessment.weights.map((w) => ({
    number: w.number,
    shortTitle: w.shortTitle,
    weight: w.weight,
    defaultWeight: w.defaultWeight,
    changed: w.weight !== w.defaultWeight,
  }));
  const th = assessment.thresholds;
  const attribution = content.tenQuestions.attribution;

  const meeting = buildMeeting(content, answers, schoolNameOf(content, answers.profile));
  const sectionIds: SectionId[] = [
    'verdict',
    ...(meeting ? (['meeting'] as const) : []),
    'chart',
    'questions',
    'notes',
    ...(comparison ? (['comparison'] as const) : []),
    'stages',
    ...(context.length > 0 ? (['context'] as const) : []),
    'next-steps',
    'weights',
    'method',
    'sources',
    'disclaimer',
  ];

  return {
    toolName: TOOL_NAME,
    title: REPORT_TITLE,
    schoolName: schoolNameOf(content, answers.profile),
    trustNames: trusts.map((t) => t.name),
    generatedOn,
    generatedOnLabel: formatDateLong(generatedOn),
    contentVersion: content.meta.contentVersion,
    reviewedOn: content.meta.reviewedOn,
    reviewedOnLabel: formatDateLong(content.meta.reviewedOn),
    disclaimer: { short: SHORT_DISCLAIMER, full: content.meta.disclaimer },
    sections: sectionIds.map((id) => ({ id, title: sectionTitles[id] })),
    verdict: {
      band: assessment.overall.band,
      bandLabel: assessment.overall.bandLabel,
      trustName: assessment.overall.trustName,
      summary: assessment.overall.summary,
      explanation: assessment.overall.explanation,
      reasons: assessment.overall.reasons,
      conditions: assessment.overall.conditions,
    },
    trusts,
    comparison,
    process: {
      done: process.done,
      total: process.total,
      label: `${stepsDoneText(process)} (${formatPercent(process.readiness)})`,
      profileComplete: process.profileComplete,
      stages: reportStages,
      gates: process.gates.map((g) => ({
        title: g.title,
        stageTitle: g.stageTitle,
        done: g.done,
        afterDecision: g.afterDecision,
        isDecision: g.isDecision,
        beforeDecision: g.beforeDecision,
        preconditionOf: preconditionOfLabels[g.preconditionOf],
      })),
      gatesOutstanding: process.outstandingGates.map((g) => ({ title: g.title, stageTitle: g.stageTitle })),
      duties: stages.flatMap((stage) =>
        stage.steps.flatMap((step) =>
          step.weight.kind === 'duty'
            ? [{ title: step.title, stageTitle: stage.title, done: stepState(content, answers, step) === 'done', consequence: step.weight.consequence }]
            : [],
        ),
      ),
    },
    context: groupContext(context),
    nextSteps,
    method: {
      weights,
      weightsChanged: weights.some((w) => w.changed),
      thresholds: [
        { label: 'Questions answered to leave “Exploring”', value: `at least ${formatPercent(th.coverageToDevelop)}` },
        { label: '“Strong fit” from', value: `fit ${formatPercent(th.fitStrong)}, with no open red flag` },
        { label: '“Good fit” from', value: `fit ${formatPercent(th.fitGood)}` },
        { label: '“Mixed fit” from', value: `fit ${formatPercent(th.fitMixed)} (below that, “Poor fit”)` },
        { label: 'Fit needed to proceed or decide', value: `at least ${formatPercent(th.fitToProceed)} (a good fit)` },
        { label: 'Evidence strength needed to proceed (“Partly checked”)', value: `at least ${formatPercent(th.evidenceToProceed)}` },
        { label: 'Evidence strength needed to decide (“Well checked”)', value: `at least ${formatPercent(th.evidenceToDecide)}` },
      ],
      ratingScale: (Object.keys(RATING_POINTS) as (keyof typeof RATING_POINTS)[]).map((r) => ({
        label: ratingLabels[r],
        points: RATING_POINTS[r],
      })),
      evidenceScale: (Object.keys(EVIDENCE_CONFIDENCE) as EvidenceLevel[]).map((e) => ({
        label: evidenceLabels[e],
        confidence: formatPercent(EVIDENCE_CONFIDENCE[e]),
      })),
      grid: {
        fitLevels: [...fitLevels].reverse().map((level) => ({
          level,
          label: fitLevelLabels[level],
          from: level === 'poor' ? 0 : { mixed: th.fitMixed, good: th.fitGood, strong: th.fitStrong }[level],
        })),
        evidenceGrades: evidenceGrades.map((grade) => ({
          grade,
          label: evidenceGradeLabels[grade],
          from: { told: 0, partly: th.evidenceToProceed, checked: th.evidenceToDecide }[grade],
        })),
      },
      paragraphs: methodParagraphs(process.route),
      attribution: `The ten questions are attributed to ${attribution.author} (${attribution.role}), as published by ${attribution.publishedBy}. ${attribution.note}`,
    },
    sources,
    meeting,
  };
}

function methodParagraphs(route: Route): string[] {
  const intervention =
    route === 'intervention'
      ? [
          `Your school is on the intervention route: it already has an academy order after an Ofsted judgement, so the Regional Director chooses the trust and the board does not decide. The bands follow the same rules, but the top two are called “${bandLabelsByRoute.intervention.proceed}” and “${bandLabelsByRoute.intervention.decide}”.`,
        ]
      : [];
  return [
    ...intervention,
    'The report keeps two things apart: how good the trust’s answers are (fit) and how sure the school is of them (evidence strength). They are never multiplied into one number, because a weak answer you have checked and a strong answer you have only been told about call for different next steps.',
    `Fit: each rated question scores ${listInWords(
      (Object.keys(RATING_POINTS) as (keyof typeof RATING_POINTS)[]).map((r) => `${ratingLabels[r]} ${RATING_POINTS[r]}`),
    )}. Fit is the weighted total of those points divided by the most the same questions could score. Only rated questions count; “Not sure yet” counts as answered but not in the fit.`,
    `Evidence strength: each rated question counts ${listInWords(
      (Object.keys(EVIDENCE_CONFIDENCE) as EvidenceLevel[]).map((e) => `${evidenceLabels[e].toLowerCase()} ${formatPercent(EVIDENCE_CONFIDENCE[e])}`),
    )}, weighted the same way. A rating with no evidence recorded counts as resting on what the trust has told us.`,
    'Weights are the board’s choice. The defaults give more weight to questions about education and standards, and less to supporting other schools; a weight of 0 leaves a question out altogether. The fit with equal weights is shown beside the weighted fit.',
    'Each step says what weight the law gives it. A legal precondition (a “gate”) must be done before something else can lawfully happen, such as applying for an academy order; the report lists those the board must meet before it decides and applies. A legal duty must be done, but missing it does not stop the process: it has a consequence, which the report names. Good practice and DfE practice are advised, not required by law. None of this is scored: a strong trust cannot make up for a missing precondition.',
    'The fit label puts the fit in words: “Strong fit” from 95% (strong answers almost everywhere), “Good fit” from 60% (“Meets what we need” everywhere is 67%), “Mixed fit” from 25%, and “Poor fit” below that. The lines are far enough apart that changing one rating by one step never moves the label by more than one step. It is given once at least half the questions are rated. An open red flag holds it at “Good fit” at most, and is named beside it.',
    'Evidence in words: “Well checked” from 75% (documents seen, on average), “Partly checked” from 60%, and “Mostly what the trust has told us” below that.',
    'Bands say how ready the school is to decide, from the trust’s fit and the school’s own steps. “Exploring” until at least half the questions are answered and the early stages (those before the stage where fit is tested) are finished. “Developing” after that. “Ready to proceed, with conditions” once every question is answered, the trust is a good fit (fit at least 60%), evidence strength is at least 60%, there is no open red flag, the school profile is finished and every stage before the decision stage is done; the conditions are the weaker ratings and the steps still to do. “Ready to decide” also needs evidence strength of at least 75%, no “Not sure yet” answers, and every step and legal gate before the decision done, except the board’s own resolution, which is the decision itself. A trust whose answers all meet what the school needs, with documents seen, can be decided on.',
    'Any open red flag holds the band at “Developing” at most, however good the rest. A red flag the school has since had answered to its satisfaction is still shown, but no longer holds the band back.',
    'Where the board has agreed a rating in its meeting, every figure uses the board’s agreed rating; elsewhere it uses the school’s own assessment. Both are shown beside each question.',
    'Once the board records its decision, the decision heads the report in the minutes’ words; the report then describes the school’s record beside it.',
    'With more than one trust, each trust has its own band. The overall verdict is the highest band among them, naming that trust; ties go to the stronger evidence, then the better fit.',
    'The thresholds are starting points for a board’s judgement, not rules from law or the DfE. The band is a summary of what the school has recorded; the decision is the board’s.',
  ];
}

function deriveNextSteps(trusts: ReportTrust[], stages: ReportStage[], profileComplete: boolean): ReportNextStep[] {
  const steps: ReportNextStep[] = [];
  if (!profileComplete) {
    steps.push({ kind: 'profile', text: 'Finish the school profile, so that every step that applies to your school is listed.' });
  }
  if (trusts.length === 0) {
    steps.push({ kind: 'question', text: 'Add the trust or trusts you are considering, and answer the ten questions for each.' });
  }
  for (const t of trusts) {
    for (const q of t.questions) {
      if (q.redFlag === 'unresolved') {
        steps.push({
          kind: 'red-flag',
          text: `Resolve the red flag on question ${q.number} (${q.shortTitle}) with ${t.name}${q.redFlagNote ? `: ${truncateWords(q.redFlagNote, 200)}` : '.'}`,
        });
      }
    }
  }
  for (const t of trusts) {
    const unanswered = t.questions.filter((q) => q.counted && q.rating === null);
    if (unanswered.length > 0) {
      steps.push({
        kind: 'question',
        text: `Answer ${plural(unanswered.length, 'question')} for ${t.name}: ${listInWords(unanswered.map((q) => `${q.number} (${q.shortTitle})`))}.`,
      });
    }
    const unsure = t.questions.filter((q) => q.counted && q.rating === 'unsure');
    if (unsure.length > 0) {
      steps.push({
        kind: 'question',
        text: `Find out more, then rate ${unsure.length === 1 ? 'question' : 'questions'} ${listInWords(unsure.map((q) => `${q.number} (${q.shortTitle})`))} for ${t.name}, now marked “Not sure yet”.`,
      });
    }
    const claimOnly = t.questions.filter((q) => q.counted && q.points !== null && (q.evidence ?? 'claim') === 'claim');
    if (claimOnly.length > 0) {
      steps.push({
        kind: 'evidence',
        text: `Ask ${t.name} for documents, or visit, to check ${plural(claimOnly.length, 'rating')} resting only on what the trust has told us: ${claimOnly.length === 1 ? 'question' : 'questions'} ${listInWords(claimOnly.map((q) => String(q.number)))}.`,
      });
    }
  }
  const pre = stages.filter((s) => !s.afterDecision);
  for (const stage of pre) {
    for (const step of stage.steps) {
      if (step.beforeDecision && !step.isDecision && step.status !== 'done') {
        steps.push({ kind: 'gate', text: `Complete the legal precondition “${step.title}” (${stage.title}).` });
      }
    }
  }
  const current = pre.find((s) => s.steps.some((step) => step.status !== 'done' && !step.beforeDecision && !step.isDecision));
  if (current) {
    const todo = current.steps.filter((step) => step.status !== 'done' && !step.beforeDecision && !step.isDecision);
    steps.push({
      kind: 'step',
      text: `Next in “${current.title}”: ${listInWords(todo.map((s) => `“${s.title}”${s.status === 'in-progress' ? ' (in progress)' : ''}`))}.`,
    });
  }
  const decision = pre.flatMap((s) => s.steps).find((s) => s.isDecision);
  if (decision && decision.status !== 'done') {
    steps.push({ kind: 'decision', text: `When the board is ready: “${decision.title}”, the board’s decision.` });
  }
  const after = stages.find((s) => s.afterDecision && s.steps.some((step) => step.status !== 'done'));
  if (after && pre.every((s) => s.steps.every((step) => step.status === 'done'))) {
    steps.push({
      kind: 'step',
      text: `After the decision, in “${after.title}”: ${listInWords(after.steps.filter((s) => s.status !== 'done').map((s) => `“${s.title}”`))}.`,
    });
  }
  return steps;
}
