import type { Content } from '@/content/schema';
import { applicableContextNotes, applicableProfileQuestions, applicableStages, stepState, type Answers } from '@/domain/answers';
import { checkedAgainst, formatDateLong } from '@/domain/dates';
import { describeLegalWeight, isPreconditionBeforeDecision, legalWeightLabels, preconditionOfLabels } from '@/domain/legal-weight';
import { formatPercent, legalStatusLabels, plural, stepStatusLabels } from '@/domain/labels';
import { stepsDoneText, type ProcessAssessment } from '@/domain/scoring';
import type { Report, ReportStage, ReportStep } from './types';

/* The school's own steps: the joining stages, the legal gates and duties, and the notes its profile brings. */

type Stage = ReturnType<typeof applicableStages>[number];
type Step = Stage['steps'][number];

/** "Good practice: CST guidance on … (sources up to 30 June 2026)". */
function legalSummary(label: string, basis: string, asOf: string): string {
  return `${label}: ${basis.trim()} (sources up to ${asOf})`;
}

function reportStep(content: Content, answers: Answers, step: Step, decisionStepId: string | null): ReportStep {
  const status = stepState(content, answers, step);
  return {
    id: step.id,
    title: step.title,
    what: step.what,
    status,
    statusLabel: stepStatusLabels[status],
    weight: { kind: step.weight.kind, label: legalWeightLabels[step.weight.kind], summary: describeLegalWeight(step.weight) },
    beforeDecision: isPreconditionBeforeDecision(step),
    isDecision: step.id === decisionStepId,
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
}

export function buildStages(content: Content, answers: Answers, process: ProcessAssessment): ReportStage[] {
  return applicableStages(content, answers.profile).map((stage) => {
    const done = process.stages.find((s) => s.id === stage.id)?.done ?? 0;
    return {
      id: stage.id,
      title: stage.title,
      summary: stage.summary,
      afterDecision: stage.afterDecision,
      done,
      total: stage.steps.length,
      progressLabel: `${done} of ${plural(stage.steps.length, 'step')} done`,
      steps: stage.steps.map((step) => reportStep(content, answers, step, process.decisionStepId)),
    };
  });
}

export function buildProcess(content: Content, answers: Answers, process: ProcessAssessment, stages: ReportStage[]): Report['process'] {
  return {
    done: process.done,
    total: process.total,
    label: `${stepsDoneText(process)} (${formatPercent(process.readiness)})`,
    profileComplete: process.profileComplete,
    stages,
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
    duties: applicableStages(content, answers.profile).flatMap((stage) =>
      stage.steps.flatMap((step) =>
        step.weight.kind === 'duty'
          ? [{ title: step.title, stageTitle: stage.title, done: stepState(content, answers, step) === 'done', consequence: step.weight.consequence }]
          : [],
      ),
    ),
  };
}

export interface ContextNote {
  question: string;
  answer: string;
  note: string;
  /** yyyy-mm-dd: the sources the note was checked against go up to this date. */
  asOf: string;
  cites: string[];
}

/** The notes the school's profile answers carry, one entry per answer. */
export function contextNotes(content: Content, answers: Answers): ContextNote[] {
  return applicableProfileQuestions(content, answers.profile).flatMap((q) => {
    const answer = answers.profile[q.id];
    if (answer === undefined) return [];
    const label = q.options.find((o) => o.value === answer)?.label ?? answer;
    return applicableContextNotes(q, answers.profile).map((n) => ({ question: q.question, answer: label, note: n.note, asOf: n.asOf, cites: n.cites }));
  });
}

export function groupContext(items: ContextNote[]): Report['context'] {
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

/** Every source the report's content rests on, in order of first use. */
export function buildSources(content: Content, answers: Answers, context: ContextNote[]): Report['sources'] {
  const citedIds: string[] = [content.tenQuestions.attribution.sourceId];
  for (const q of content.tenQuestions.questions) citedIds.push(...q.cites);
  for (const stage of applicableStages(content, answers.profile)) {
    citedIds.push(...stage.cites);
    for (const step of stage.steps) citedIds.push(...step.cites);
  }
  for (const c of context) citedIds.push(...c.cites);
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  return [...new Set(citedIds)].flatMap((id) => {
    const s = sourceById.get(id);
    if (!s) return [];
    return [{ id: s.id, title: s.title, publisher: s.publisher, url: s.url ?? null, date: s.date ?? null, dateLabel: s.date ? formatDateLong(s.date) : null }];
  });
}
