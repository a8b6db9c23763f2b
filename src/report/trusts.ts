import type { Content } from '@/content/schema';
import { formatDateLong } from '@/domain/dates';
import type { Answers, QuestionAnswer } from '@/domain/answers';
import { evidenceLabels, formatPercent, listInWords, plural, ratingLabels, ratingSourceLabels } from '@/domain/labels';
import {
  DEFAULT_EVIDENCE,
  evidenceGradeLabels,
  fitLevelHints,
  fitLevelLabels,
  openFlagsText,
  type QuestionScore,
  type TrustAssessment,
} from '@/domain/scoring';
import type { TrustPack } from '@/domain/trust-pack-schema';
import { aboutFields, aboutLabels, packSchools } from '@/domain/trust-pack-schema';
import type { ReportQuestionRow, ReportTable, ReportTrust, ReportTrustPack } from './types';

/* Each trust in words: its figures, its ten questions, and the pack it sent, if any. */

export const weightText = (w: number) => (w === 0 ? '0 (left out)' : String(Math.round(w * 100) / 100));

function redFlagLabel(q: QuestionScore): string {
  return q.redFlag === 'unresolved' ? 'Red flag' : q.redFlag === 'resolved' ? 'Red flag (resolved)' : 'None';
}

function evidenceText(q: QuestionScore): string {
  if (q.evidence) return evidenceLabels[q.evidence];
  return q.points !== null ? `None recorded (counted as ${evidenceLabels[DEFAULT_EVIDENCE].toLowerCase()})` : 'None recorded';
}

function questionRow(q: QuestionScore, text: string, answer: QuestionAnswer | undefined, pack: TrustPack | undefined): ReportQuestionRow {
  return {
    questionId: q.questionId,
    number: q.number,
    text,
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
    evidenceLabel: evidenceText(q),
    confidence: q.confidence,
    weight: q.weight,
    weightLabel: weightText(q.weight),
    counted: q.counted,
    redFlag: q.redFlag,
    redFlagLabel: redFlagLabel(q),
    redFlagNote: q.redFlagNote,
    notes: (answer?.notes ?? '').trim(),
    providedByTrust: pack ? (pack.answers[q.questionId]?.answer ?? '').trim() : null,
    providedLinks: (pack?.answers[q.questionId]?.links ?? []).map((l) => ({ title: l.title, url: l.url })),
  };
}

/** Which rating the figures use: "Every figure uses the school’s assessment." */
function ratingsUsed(t: TrustAssessment): string {
  const school = ratingSourceLabels.school.toLowerCase();
  const board = ratingSourceLabels.board.toLowerCase();
  if (t.boardRated.length === 0) return `Every figure uses the ${school}.`;
  if (t.boardRated.length === t.countedQuestions) return `Every figure uses the ${board}.`;
  const which = `${t.boardRated.length === 1 ? 'question' : 'questions'} ${listInWords(t.boardRated.map(String))}`;
  return `Figures use the ${board} for ${which}, and the ${school} for the rest.`;
}

function packInWords(pack: TrustPack): ReportTrustPack {
  return {
    preparedOnLabel: formatDateLong(pack.preparedOn),
    schools: packSchools(pack),
    about: aboutFields.flatMap((f) => (pack.about?.[f]?.trim() ? [{ label: aboutLabels[f].label, text: pack.about[f]!.trim() }] : [])),
    contacts: pack.contacts.map((c) => [c.name, c.role, c.email, c.phone].filter((x) => x && x.trim()).join(', ')),
    links: pack.links.map((l) => ({ title: l.title, url: l.url })),
  };
}

function fitHint(t: TrustAssessment): string {
  if (!t.fitLevel) return 'Rate at least half the questions to judge the fit.';
  return `${fitLevelHints[t.fitLevel]}${t.fitCapped ? ' An open red flag holds it below “Strong fit”.' : ''}`;
}

export function buildTrust(content: Content, answers: Answers, t: TrustAssessment): ReportTrust {
  const saved = answers.trusts.find((a) => a.id === t.trustId);
  const textOf = new Map(content.tenQuestions.questions.map((q) => [q.id, q.text]));
  const fitLevelLabel = t.fitLevel ? fitLevelLabels[t.fitLevel] : 'Not judged yet';
  const fitFlags = openFlagsText(t.redFlags);
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
    fitLevelLabel,
    fitLevelHint: fitHint(t),
    fitFlags,
    fitLabelWithFlags: `${fitLevelLabel}${fitFlags ? `, with ${fitFlags}` : ''}`,
    evidenceGrade: t.evidenceGrade,
    evidenceGradeLabel: t.evidenceGrade ? evidenceGradeLabels[t.evidenceGrade] : 'Not yet scored',
    questions: t.questions.map((q) => questionRow(q, textOf.get(q.questionId) ?? q.shortTitle, saved?.answers[q.questionId], saved?.pack)),
    ratingsUsed: ratingsUsed(t),
    redFlags: t.redFlags.map((f) => ({ number: f.number, shortTitle: f.shortTitle, note: f.note, resolved: f.resolved })),
    pack: saved?.pack ? packInWords(saved.pack) : null,
  };
}

/** Every trust side by side, question by question (when more than one is assessed). */
export function buildComparison(trusts: ReportTrust[]): ReportTable | null {
  if (trusts.length < 2) return null;
  const perTrust = (cell: (t: ReportTrust) => string) => trusts.map(cell);
  return {
    head: ['', ...trusts.map((t) => t.name)],
    rows: [
      ['Band', ...perTrust((t) => t.bandLabel)],
      ['Fit', ...perTrust((t) => `${t.fitLevelLabel} (${t.fitLabel})`)],
      ['Evidence strength', ...perTrust((t) => t.evidenceLabel)],
      ['Questions answered', ...perTrust((t) => t.coverageLabel.replace(/ questions? answered$/, ''))],
      ['Unresolved red flags', ...perTrust((t) => String(t.redFlags.filter((f) => !f.resolved).length))],
      ...(trusts.some((t) => t.pack)
        ? [['Trust pack', ...perTrust((t) => (t.pack ? `Provided by the trust, ${t.pack.preparedOnLabel}` : 'None'))]]
        : []),
      ...(trusts[0]?.questions ?? []).map((q, i) => [
        `${q.number}. ${q.shortTitle}`,
        ...perTrust((t) => {
          const row = t.questions[i];
          return row ? `${row.ratingLabel}${row.redFlag === 'unresolved' ? ' (red flag)' : ''}` : '';
        }),
      ]),
    ],
  };
}
