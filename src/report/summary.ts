import type { Route } from '@/domain/legal-weight';
import { longDate, outcomeLabel, outcomeSentence, type DecisionRecord } from '@/domain/decision';
import { truncateWords } from '@/domain/labels';
import type { Report, ReportDecision, ReportNextStep, ReportSection, ReportSummary, ReportTrust, SectionId } from './types';

/*
 * The board summary that opens the report (at most two A4 pages): the verdict and why, the
 * board's decision if recorded, the trusts side by side, the open red flags and the next
 * steps. Long lists are cut here, once, so the HTML report and the PDF cut them alike; what
 * is cut is counted and is in the appendices in full.
 */

export const SUMMARY_LIMITS = { reasons: 5, conditions: 5, redFlags: 6, redFlagNote: 120, nextSteps: 8, item: 200, name: 60 } as const;

const shortName = (name: string) => truncateWords(name, SUMMARY_LIMITS.name);

export const sectionTitles: Record<SectionId, string> = {
  verdict: 'Verdict and why',
  trusts: 'The trusts side by side',
  'red-flags': 'Open red flags',
  'next-steps': 'Next steps',
  meeting: 'The governing board’s meeting and decision',
  reasons: 'Each trust: verdict and reasons',
  chart: 'The ten questions at a glance',
  questions: 'The ten questions in detail',
  notes: 'Notes on each question',
  comparison: 'Comparing the trusts, question by question',
  stages: 'Steps and legal gates',
  context: 'Your school’s context',
  'all-next-steps': 'Every next step',
  weights: 'Weights and thresholds used',
  method: 'How the scores work',
  sources: 'Sources',
  disclaimer: 'About this report',
};

export function buildDecision(record: DecisionRecord | undefined, trusts: ReportTrust[], route: Route = 'voluntary'): ReportDecision | null {
  const trust = record ? trusts.find((t) => t.id === record.trustId) : undefined;
  if (!record || !trust) return null;
  return {
    trustId: trust.id,
    trustName: trust.name,
    outcomeLabel: outcomeLabel(record.outcome, route),
    sentence: outcomeSentence(record.outcome, trust.name, route),
    meetingLabel: record.meetingDate ? `Decided at the governing board’s meeting on ${longDate(record.meetingDate)}.` : '',
    conditions: record.conditions,
    reasons: record.reasons?.trim() || null,
    actions: record.actions.map((a) => `${a.what} (${[a.owner, a.due ? `by ${longDate(a.due)}` : ''].filter(Boolean).join(', ')})`),
  };
}

/** The column the summary's table of trusts adds when a trust's pack gives its number of schools. */
export const SCHOOLS_COLUMN = 'Schools in the trust';

/** A trust's number of schools, as its pack says, in the words the compare page uses. */
export function schoolsInWords(t: Pick<ReportTrust, 'pack'>): string {
  return t.pack ? (t.pack.schools ?? 'Not given in the trust’s pack') : 'No pack';
}

const cut = (items: string[], max: number) => items.slice(0, max).map((item) => truncateWords(item, SUMMARY_LIMITS.item));

export function buildSummary(report: Pick<Report, 'trusts' | 'verdict' | 'nextSteps'>): ReportSummary {
  const { trusts, verdict, nextSteps } = report;
  const decided = verdict.decision;
  const open = trusts.flatMap((t) =>
    t.redFlags
      .filter((f) => !f.resolved)
      .map((f) => ({ trustName: shortName(t.name), number: f.number, shortTitle: f.shortTitle, note: truncateWords(f.note, SUMMARY_LIMITS.redFlagNote) })),
  );
  const where = (t: ReportTrust) =>
    decided?.trustId === t.id ? `${decided.outcomeLabel} (the board’s decision)` : t.bandLabel;
  // The board's conditions are listed with its decision, just above: one step names them all.
  const conditionSteps = nextSteps.filter((s) => s.kind === 'condition');
  const summarySteps: ReportNextStep[] = [
    ...(conditionSteps.length > 0
      ? [{ kind: 'condition' as const, text: `Meet the board’s ${conditionSteps.length === 1 ? 'condition' : `${conditionSteps.length} conditions`}, listed above.` }]
      : []),
    ...nextSteps.filter((s) => s.kind !== 'condition'),
  ];
  const listed = summarySteps.slice(0, SUMMARY_LIMITS.nextSteps).map((s): ReportNextStep => ({ ...s, text: truncateWords(s.text, SUMMARY_LIMITS.item) }));
  const scored = (label: string, figure: string) => (figure === 'Not yet scored' ? label : `${label} (${figure})`);
  // Only when some pack says: a column that says "not given" for every trust would tell the board nothing.
  const schools = trusts.some((t) => t.pack?.schools);
  return {
    trusts: {
      head: ['Trust', 'Where it stands', 'Fit', 'Evidence', 'Answered', 'Open red flags', ...(schools ? [SCHOOLS_COLUMN] : [])],
      rows: trusts.map((t) => [
        shortName(t.name),
        where(t),
        scored(t.fitLevelLabel, t.fitLabel),
        scored(t.evidenceGradeLabel, t.evidenceLabel),
        t.coverageLabel.replace(/ questions? answered$/, ''),
        String(t.redFlags.filter((f) => !f.resolved).length),
        ...(schools ? [schoolsInWords(t)] : []),
      ]),
    },
    openRedFlags: open.slice(0, SUMMARY_LIMITS.redFlags),
    moreRedFlags: Math.max(0, open.length - SUMMARY_LIMITS.redFlags),
    nextSteps: listed,
    moreNextSteps: Math.max(0, summarySteps.length - SUMMARY_LIMITS.nextSteps),
    // The board's conditions are one step here; the decision above lists them, and its appendix has them in full.
    everyNextStep: listed.length === summarySteps.length && listed.every((s, i) => s.text === summarySteps[i]!.text),
    reasons: decided ? [] : summaryReasons(verdict.reasons),
    conditions: cut(verdict.conditions, SUMMARY_LIMITS.conditions),
  };
}

/** The verdict's reasons, with the red flags (listed in their own section) named once, not one by one. */
function summaryReasons(reasons: string[]): string[] {
  const isFlag = (r: string) => /^red flag on question/i.test(r);
  const openFlags = reasons.filter(isFlag).length;
  const others = reasons.filter((r) => !isFlag(r));
  const flags = reasons.some(isFlag) ? [`${openFlags === 1 ? 'an open red flag' : `${openFlags} open red flags`} (listed below)`] : [];
  return cut([...others.slice(0, SUMMARY_LIMITS.reasons - flags.length), ...flags], SUMMARY_LIMITS.reasons);
}

const letter = (i: number) => String.fromCharCode(65 + i);

/** The sections in order: the summary's, then the appendices ("Appendix A: …"), each only when it has something to show. */
export function buildSections(report: Pick<Report, 'trusts' | 'meeting' | 'comparison' | 'context' | 'summary'>): ReportSection[] {
  const hasTrusts = report.trusts.length > 0;
  const summaryIds: SectionId[] = ['verdict', ...(hasTrusts ? (['trusts', 'red-flags'] as const) : []), 'next-steps'];
  const appendixIds: SectionId[] = [
    ...(report.meeting ? (['meeting'] as const) : []),
    ...(hasTrusts ? (['reasons'] as const) : []),
    'chart',
    'questions',
    'notes',
    ...(report.comparison ? (['comparison'] as const) : []),
    'stages',
    ...(report.context.length > 0 ? (['context'] as const) : []),
    // Only when the summary could not list every step in full (the PDF then never lists fewer).
    ...(report.summary.everyNextStep ? [] : (['all-next-steps'] as const)),
    'weights',
    'method',
    'sources',
    'disclaimer',
  ];
  const trustsTitle = report.trusts.length > 1 ? sectionTitles.trusts : 'The trust at a glance';
  return [
    ...summaryIds.map((id): ReportSection => ({ id, title: id === 'trusts' ? trustsTitle : sectionTitles[id], part: 'summary' })),
    ...appendixIds.map((id, i): ReportSection => ({ id, title: `Appendix ${letter(i)}: ${sectionTitles[id]}`, part: 'appendix' })),
  ];
}
