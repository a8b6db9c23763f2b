import { longDate, type DecisionRecord } from '@/domain/decision';
import { listInWords, plural } from '@/domain/labels';
import type { ReportNextStep, ReportStage, ReportTrust } from './types';

/*
 * What to do next, from what the school has recorded. Before the board decides, the steps
 * lead to the decision. Once it has decided, they follow the decision: to proceed, its
 * conditions, its actions and the steps after the decision (never "decide" again); not to
 * proceed, its actions and any other trust still being weighed; deferred, what the board is
 * waiting for, then the decision.
 */

export interface NextStepsInput {
  trusts: ReportTrust[];
  stages: ReportStage[];
  profileComplete: boolean;
  /** The board's recorded decision, if any (for a trust that is in `trusts`). */
  decision: DecisionRecord | null;
}

const questionList = (rows: ReportTrust['questions']) => listInWords(rows.map((q) => `${q.number} (${q.shortTitle})`));

function redFlagSteps(t: ReportTrust): ReportNextStep[] {
  return t.questions
    .filter((q) => q.redFlag === 'unresolved')
    .map((q) => ({ kind: 'red-flag', text: `Resolve the red flag on question ${q.number} (${q.shortTitle}) with ${t.name}.` }));
}

/** Questions to answer or check for a trust the board is still weighing. */
function questionSteps(t: ReportTrust): ReportNextStep[] {
  const steps: ReportNextStep[] = [];
  const unanswered = t.questions.filter((q) => q.counted && q.rating === null);
  if (unanswered.length > 0) {
    steps.push({ kind: 'question', text: `Answer ${plural(unanswered.length, 'question')} for ${t.name}: ${questionList(unanswered)}.` });
  }
  const unsure = t.questions.filter((q) => q.counted && q.rating === 'unsure');
  if (unsure.length > 0) {
    steps.push({
      kind: 'question',
      text: `Find out more, then rate ${unsure.length === 1 ? 'question' : 'questions'} ${questionList(unsure)} for ${t.name}, now marked “Not sure yet”.`,
    });
  }
  const claimOnly = t.questions.filter((q) => q.counted && q.points !== null && (q.evidence ?? 'claim') === 'claim');
  if (claimOnly.length > 0) {
    steps.push({
      kind: 'evidence',
      text: `Ask ${t.name} for documents, or visit, to check ${plural(claimOnly.length, 'rating')} resting only on what the trust has told us: ${
        claimOnly.length === 1 ? 'question' : 'questions'
      } ${listInWords(claimOnly.map((q) => String(q.number)))}.`,
    });
  }
  return steps;
}

/** Legal preconditions of the decision or its application still to do. */
function gateSteps(pre: ReportStage[]): ReportNextStep[] {
  return pre.flatMap((stage) =>
    stage.steps
      .filter((step) => step.beforeDecision && !step.isDecision && step.status !== 'done')
      .map((step): ReportNextStep => ({ kind: 'gate', text: `Complete the legal precondition “${step.title}” (${stage.title}).` })),
  );
}

/** The next unfinished stage before the decision: its steps that are not gates. */
function stageStep(pre: ReportStage[]): ReportNextStep[] {
  const open = (step: ReportStage['steps'][number]) => step.status !== 'done' && !step.beforeDecision && !step.isDecision;
  const current = pre.find((s) => s.steps.some(open));
  if (!current) return [];
  const todo = current.steps.filter(open);
  return [
    {
      kind: 'step',
      text: `Next in “${current.title}”: ${listInWords(todo.map((s) => `“${s.title}”${s.status === 'in-progress' ? ' (in progress)' : ''}`))}.`,
    },
  ];
}

/** The first stage after the decision with something still to do. */
function afterDecisionStep(stages: ReportStage[], lead: string): ReportNextStep[] {
  const after = stages.find((s) => s.afterDecision && s.steps.some((step) => step.status !== 'done'));
  if (!after) return [];
  const todo = after.steps.filter((s) => s.status !== 'done').map((s) => `“${s.title}”${s.status === 'in-progress' ? ' (in progress)' : ''}`);
  return [{ kind: 'after-decision', text: `${lead} “${after.title}”: ${listInWords(todo)}.` }];
}

function decisionRecordSteps(decision: DecisionRecord): ReportNextStep[] {
  const conditions = decision.outcome === 'proceed-with-conditions' ? decision.conditions : [];
  return [
    ...conditions.map((c): ReportNextStep => ({ kind: 'condition', text: `Meet the board’s condition: ${c.trim().replace(/[.]$/, '')}.` })),
    ...decision.actions.map(
      (a): ReportNextStep => ({
        kind: 'action',
        text: `${a.what.trim().replace(/[.]$/, '')} (${[a.owner.trim(), a.due ? `by ${longDate(a.due)}` : ''].filter(Boolean).join(', ')}).`,
      }),
    ),
  ];
}

export function deriveNextSteps({ trusts, stages, profileComplete, decision }: NextStepsInput): ReportNextStep[] {
  const steps: ReportNextStep[] = decision ? decisionRecordSteps(decision) : [];
  const decidedTrust = decision ? trusts.find((t) => t.id === decision.trustId) : undefined;
  const outcome = decidedTrust ? decision!.outcome : null;
  const proceeding = outcome === 'proceed' || outcome === 'proceed-with-conditions';
  // The trusts the board is still weighing: none once it has agreed to join one.
  const weighing = proceeding ? [] : trusts.filter((t) => !(outcome === 'not-proceed' && t.id === decidedTrust?.id));
  const pre = stages.filter((s) => !s.afterDecision);

  if (!profileComplete) {
    steps.push({ kind: 'profile', text: 'Finish the school profile, so that every step that applies to your school is listed.' });
  }
  if (trusts.length === 0) {
    steps.push({ kind: 'question', text: 'Add the trust or trusts you are considering, and answer the ten questions for each.' });
  }
  if (proceeding && decidedTrust) steps.push(...redFlagSteps(decidedTrust));
  for (const t of weighing) steps.push(...redFlagSteps(t));
  for (const t of weighing) steps.push(...questionSteps(t));
  steps.push(...gateSteps(pre));

  if (proceeding) {
    steps.push(...afterDecisionStep(stages, 'Next, after the board’s decision, in'));
    return steps;
  }
  if (outcome === 'not-proceed' && weighing.length === 0) {
    steps.push({
      kind: 'step',
      text: `Nothing more is needed for ${decidedTrust!.name}. To consider another trust, add it and answer the ten questions.`,
    });
    return steps;
  }
  steps.push(...stageStep(pre));
  const decisionStep = pre.flatMap((s) => s.steps).find((s) => s.isDecision);
  if (decisionStep && decisionStep.status !== 'done') {
    const when = outcome === 'deferred' ? 'When the board is ready to decide again' : 'When the board is ready';
    steps.push({ kind: 'decision', text: `${when}: “${decisionStep.title}”, the board’s decision.` });
  }
  if (pre.every((s) => s.steps.every((step) => step.status === 'done'))) steps.push(...afterDecisionStep(stages, 'After the decision, in'));
  return steps;
}
