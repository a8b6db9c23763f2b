import type { Content } from '@/content/schema';
import type { EvidenceLevel } from '@/domain/answers';
import { evidenceLabels, formatPercent, listInWords, ratingLabels } from '@/domain/labels';
import type { Route } from '@/domain/legal-weight';
import {
  bandLabelsByRoute,
  EVIDENCE_CONFIDENCE,
  evidenceGradeLabels,
  evidenceGrades,
  fitLevelLabels,
  fitLevels,
  RATING_POINTS,
  type Assessment,
} from '@/domain/scoring';
import type { Report } from './types';

/* How the scores work: the weights used, the thresholds, the scales and the method in words. */

export function buildMethod(content: Content, assessment: Assessment): Report['method'] {
  const weights = assessment.weights.map((w) => ({
    number: w.number,
    shortTitle: w.shortTitle,
    weight: w.weight,
    defaultWeight: w.defaultWeight,
    changed: w.weight !== w.defaultWeight,
  }));
  const th = assessment.thresholds;
  const attribution = content.tenQuestions.attribution;
  return {
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
    paragraphs: methodParagraphs(assessment.process.route),
    attribution: `The ten questions are attributed to ${attribution.author} (${attribution.role}), as published by ${attribution.publishedBy}. ${attribution.note}`,
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
