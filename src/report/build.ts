import type { Content } from '@/content/schema';
import type { Answers } from '@/domain/answers';
import { formatDateLong, today } from '@/domain/dates';
import { TOOL_NAME } from '@/domain/labels';
import { assess, type Assessment } from '@/domain/scoring';
import { buildMeeting } from './meeting';
import { buildMethod } from './method';
import { deriveNextSteps } from './next-steps';
import { buildProcess, buildSources, buildStages, contextNotes, groupContext } from './process';
import { routeOf } from '@/domain/legal-weight';
import { buildDecision, buildSections, buildSummary } from './summary';
import { buildComparison, buildTrust } from './trusts';
import type { BuildOptions, Report, ReportTrust } from './types';

export type * from './types';
export { schoolsInWords, sectionTitles } from './summary';

/*
 * The one report object. The HTML report and the PDF both render from this and nothing
 * else: every label is already in words, every figure already formatted, so the two can
 * never disagree. It is plain data (JSON round-trips unchanged). Each part is built by its
 * own module: trusts.ts, process.ts (steps, context, sources), next-steps.ts, method.ts,
 * summary.ts (the board summary and the order of sections), meeting.ts.
 */

export const REPORT_TITLE = 'Readiness report';
export const SHORT_DISCLAIMER = 'Guidance, not legal advice.';

/** The profile answer holding the school's name: "school-name", or the first text question about a name. */
export function schoolNameOf(content: Content, profile: Record<string, string>): string {
  const direct = profile['school-name']?.trim();
  if (direct) return direct;
  const question = content.profile.find((q) => q.kind === 'text' && /name/.test(q.id));
  return (question ? profile[question.id]?.trim() : '') || 'Your school';
}

function buildVerdict(assessment: Assessment, answers: Answers, trusts: ReportTrust[]): Report['verdict'] {
  const overall = assessment.overall;
  return {
    band: overall.band,
    bandLabel: overall.bandLabel,
    headline: overall.headline,
    decision: overall.decision ? buildDecision(answers.meeting?.decision, trusts, routeOf(answers.profile)) : null,
    trustName: overall.trustName,
    summary: overall.summary,
    explanation: overall.explanation,
    reasons: overall.reasons,
    conditions: overall.conditions,
  };
}

export function buildReport(content: Content, answers: Answers, options: BuildOptions = {}): Report {
  const assessment = assess(content, answers);
  const generatedOn = options.generatedOn ?? today();
  const schoolName = schoolNameOf(content, answers.profile);
  const trusts = assessment.trusts.map((t) => buildTrust(content, answers, t));
  const stages = buildStages(content, answers, assessment.process);
  const notes = contextNotes(content, answers);
  const verdict = buildVerdict(assessment, answers, trusts);
  const nextSteps = deriveNextSteps({
    trusts,
    stages,
    profileComplete: assessment.process.profileComplete,
    decision: verdict.decision ? (answers.meeting?.decision ?? null) : null,
  });
  const parts = {
    trusts,
    verdict,
    nextSteps,
    meeting: buildMeeting(content, answers, schoolName),
    comparison: buildComparison(trusts),
    context: groupContext(notes),
  };
  const summary = buildSummary(parts);
  return {
    toolName: TOOL_NAME,
    title: REPORT_TITLE,
    schoolName,
    trustNames: trusts.map((t) => t.name),
    generatedOn,
    generatedOnLabel: formatDateLong(generatedOn),
    contentVersion: content.meta.contentVersion,
    reviewedOn: content.meta.reviewedOn,
    reviewedOnLabel: formatDateLong(content.meta.reviewedOn),
    disclaimer: { short: SHORT_DISCLAIMER, full: content.meta.disclaimer },
    sections: buildSections({ ...parts, summary }),
    summary,
    process: buildProcess(content, answers, assessment.process, stages),
    method: buildMethod(content, assessment),
    sources: buildSources(content, answers, notes),
    ...parts,
  };
}
