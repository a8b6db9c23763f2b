import type { DecisionDraft, DecisionError, DecisionRecord } from './decision';
import { checkDateParts, isBlank, type DateParts } from './date-parts';
import { count, DECISION_LIMITS as D } from './limits';

/*
 * The decision form's checks, apart from decision.ts so that they load only with the decision
 * page (decision.ts is part of the saved answers' schema, which every page loads).
 */

const optional = (s: string) => (s.trim() ? s.trim() : undefined);

/** "The reasons must be 5,000 characters or fewer (it has 5,210)": GOV.UK wording for a text over its limit. */
function tooLong(what: string, value: string, max: number): string | undefined {
  return value.length > max ? `${what} must be ${count(max)} characters or fewer (it has ${count(value.length)})` : undefined;
}

/**
 * Checks the form; gives the record, or messages that say what to fix and where. Every
 * length, count and range is the saved record's own (DECISION_LIMITS, which the schema in
 * meeting-schema.ts also reads), so a record this gives is always one storage accepts.
 */
export function checkDecision(draft: DecisionDraft, trustId: string): { record: DecisionRecord } | { errors: DecisionError[] } {
  const errors: DecisionError[] = [];
  const push = (field: string, message: string | undefined) => {
    if (message) errors.push({ field, message });
  };
  /** A date's boxes checked; a problem links to the first wrong box. */
  const date = (id: string, parts: DateParts, how: Parameters<typeof checkDateParts>[1]) => {
    const result = checkDateParts(parts, how);
    if ('iso' in result) return result.iso;
    errors.push({ field: `${id}-${result.parts[0] ?? 'day'}`, message: result.message, date: { id, parts: result.parts } });
    return undefined;
  };
  const used = (a: DecisionDraft['actions'][number]) => Boolean(a.what.trim() || a.owner.trim() || !isBlank(a.due));
  const conditions = draft.conditions
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  if (!draft.outcome) errors.push({ field: 'decision-outcome', message: 'Select what the governing board decided' });
  if (draft.outcome === 'proceed-with-conditions') {
    if (conditions.length === 0) errors.push({ field: 'decision-conditions', message: 'Write the conditions, one on each line' });
    else if (conditions.length > D.conditions) {
      errors.push({
        field: 'decision-conditions',
        message: `Write ${D.conditions} conditions or fewer, one on each line (there are ${conditions.length})`,
      });
    } else {
      const long = conditions.findIndex((c) => c.length > D.condition);
      if (long >= 0) push('decision-conditions', tooLong(`Condition ${long + 1}`, conditions[long] ?? '', D.condition));
    }
  }
  if (draft.outcome === 'deferred' && !draft.reasons.trim()) {
    errors.push({ field: 'decision-reasons', message: 'Say why the decision was deferred' });
  }
  push('decision-reasons', tooLong('The reasons', draft.reasons.trim(), D.reasons));
  const meetingDate = date('decision-date', draft.meetingDate, { subject: 'Date of the meeting', enter: 'Enter the date of the meeting' });
  const present = draft.governorsPresent.trim();
  if (present && !/^\d{1,3}$/.test(present)) {
    errors.push({ field: 'decision-present', message: 'Enter the number of governors present as a whole number, like 9' });
  } else if (present && Number(present) > D.governorsPresentMax) {
    errors.push({ field: 'decision-present', message: `The number of governors present must be ${D.governorsPresentMax} or fewer` });
  }
  push('decision-quorum-note', tooLong('The quorum note', draft.quorumNote.trim(), D.quorumNote));
  const actions = draft.actions.filter(used);
  if (actions.length > D.actions) {
    errors.push({ field: 'action-0-what', message: `Record ${D.actions} actions or fewer (there are ${actions.length})` });
  }
  const due: (string | undefined)[] = [];
  draft.actions.forEach((a, i) => {
    if (!used(a)) return;
    const n = i + 1;
    if (!a.what.trim()) errors.push({ field: `action-${i}-what`, message: `Say what is to be done for action ${n}` });
    if (!a.owner.trim()) errors.push({ field: `action-${i}-owner`, message: `Say who will do action ${n}` });
    push(`action-${i}-what`, tooLong(`What is to be done for action ${n}`, a.what.trim(), D.actionWhat));
    push(`action-${i}-owner`, tooLong(`The name of who will do action ${n}`, a.owner.trim(), D.actionOwner));
    due[i] = date(`action-${i}-due`, a.due, { subject: `The date for action ${n}`, year: `The year for action ${n} must include 4 numbers` });
  });
  const minorityViews = draft.minorityViews.filter((m) => m.view.trim());
  if (minorityViews.length > D.minorityViews) {
    errors.push({ field: 'minority-0-view', message: `Record ${D.minorityViews} minority views or fewer (there are ${minorityViews.length})` });
  }
  draft.minorityViews.forEach((m, i) => {
    const n = i + 1;
    if (m.name.trim() && !m.view.trim()) {
      errors.push({ field: `minority-${i}-view`, message: `Write the view the governor asked to be recorded in minority view ${n}` });
    }
    push(`minority-${i}-name`, tooLong(`The governor’s name in minority view ${n}`, m.name.trim(), D.minorityName));
    push(`minority-${i}-view`, tooLong(`Minority view ${n}`, m.view.trim(), D.minorityView));
  });
  if (errors.length > 0 || !draft.outcome) return { errors };
  return {
    record: {
      trustId,
      outcome: draft.outcome,
      meetingDate,
      conditions: draft.outcome === 'proceed-with-conditions' ? conditions : [],
      reasons: optional(draft.reasons),
      actions: draft.actions.flatMap((a, i) => (used(a) ? [{ what: a.what.trim(), owner: a.owner.trim(), due: due[i] }] : [])),
      minorityViews: minorityViews.map((m) => ({ name: optional(m.name), view: m.view.trim() })),
      governorsPresent: present ? Number(present) : undefined,
      quorate: draft.quorate === '' ? undefined : draft.quorate === 'yes',
      quorumNote: optional(draft.quorumNote),
    },
  };
}
