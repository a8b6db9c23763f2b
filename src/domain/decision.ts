import { count, DECISION_LIMITS as D } from './limits';

/*
 * The governing board's decision record, and the same record worded as a clerk would minute
 * it. Pure: the caller passes in everything, the clock included.
 */

export const decisionOutcomes = ['proceed', 'proceed-with-conditions', 'not-proceed', 'deferred'] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

export const outcomeLabels: Record<DecisionOutcome, string> = {
  proceed: 'Agreed to proceed',
  'proceed-with-conditions': 'Agreed to proceed, with conditions',
  'not-proceed': 'Agreed not to proceed',
  deferred: 'Deferred, with reasons',
};

export interface DecisionAction {
  what: string;
  owner: string;
  /** yyyy-mm-dd */
  due?: string;
}

/** A governor's own view, recorded because they asked for it to be. The name is theirs to give. */
export interface MinorityView {
  name?: string;
  view: string;
}

export interface DecisionRecord {
  trustId: string;
  outcome: DecisionOutcome;
  /** yyyy-mm-dd */
  meetingDate?: string;
  conditions: string[];
  reasons?: string;
  actions: DecisionAction[];
  minorityViews: MinorityView[];
  governorsPresent?: number;
  quorate?: boolean;
  quorumNote?: string;
}

/** The form as typed: every field a string, nothing checked yet. */
export interface DecisionDraft {
  outcome: DecisionOutcome | '';
  meetingDate: string;
  /** One condition a line. */
  conditions: string;
  reasons: string;
  actions: { what: string; owner: string; due: string }[];
  minorityViews: { name: string; view: string }[];
  governorsPresent: string;
  quorate: 'yes' | 'no' | '';
  quorumNote: string;
}

export interface DecisionError {
  /** The id of the field the message is about. */
  field: string;
  message: string;
}

export const emptyDraft = (meetingDate = ''): DecisionDraft => ({
  outcome: '',
  meetingDate,
  conditions: '',
  reasons: '',
  actions: [{ what: '', owner: '', due: '' }],
  minorityViews: [],
  governorsPresent: '',
  quorate: '',
  quorumNote: '',
});

export function draftFrom(record: DecisionRecord): DecisionDraft {
  return {
    outcome: record.outcome,
    meetingDate: record.meetingDate ?? '',
    conditions: record.conditions.join('\n'),
    reasons: record.reasons ?? '',
    actions: record.actions.length
      ? record.actions.map((a) => ({ what: a.what, owner: a.owner, due: a.due ?? '' }))
      : [{ what: '', owner: '', due: '' }],
    minorityViews: record.minorityViews.map((m) => ({ name: m.name ?? '', view: m.view })),
    governorsPresent: record.governorsPresent === undefined ? '' : String(record.governorsPresent),
    quorate: record.quorate === undefined ? '' : record.quorate ? 'yes' : 'no',
    quorumNote: record.quorumNote ?? '',
  };
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(new Date(`${s}T12:00:00Z`).getTime());
const optional = (s: string) => (s.trim() ? s.trim() : undefined);

/** "Reasons must be 5,000 characters or fewer (you wrote 5,210)": GOV.UK wording for a text over its limit. */
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
  if (draft.meetingDate && !isDate(draft.meetingDate)) {
    errors.push({ field: 'decision-date', message: 'Enter the date of the meeting as a real date' });
  }
  const present = draft.governorsPresent.trim();
  if (present && !/^\d{1,3}$/.test(present)) {
    errors.push({ field: 'decision-present', message: 'Enter the number of governors present as a whole number, like 9' });
  } else if (present && Number(present) > D.governorsPresentMax) {
    errors.push({ field: 'decision-present', message: `The number of governors present must be ${D.governorsPresentMax} or fewer` });
  }
  push('decision-quorum-note', tooLong('The quorum note', draft.quorumNote.trim(), D.quorumNote));
  const actions = draft.actions.filter((a) => a.what.trim() || a.owner.trim() || a.due.trim());
  if (actions.length > D.actions) {
    errors.push({ field: 'action-0-what', message: `Record ${D.actions} actions or fewer (there are ${actions.length})` });
  }
  draft.actions.forEach((a, i) => {
    if (!(a.what.trim() || a.owner.trim() || a.due.trim())) return;
    if (!a.what.trim()) errors.push({ field: `action-${i}-what`, message: `Action ${i + 1}: say what is to be done` });
    if (!a.owner.trim()) errors.push({ field: `action-${i}-owner`, message: `Action ${i + 1}: say who will do it` });
    push(`action-${i}-what`, tooLong(`Action ${i + 1}: what is to be done`, a.what.trim(), D.actionWhat));
    push(`action-${i}-owner`, tooLong(`Action ${i + 1}: who will do it`, a.owner.trim(), D.actionOwner));
    if (a.due && !isDate(a.due)) errors.push({ field: `action-${i}-due`, message: `Action ${i + 1}: enter the date as a real date` });
  });
  const minorityViews = draft.minorityViews.filter((m) => m.view.trim());
  if (minorityViews.length > D.minorityViews) {
    errors.push({ field: 'minority-0-view', message: `Record ${D.minorityViews} minority views or fewer (there are ${minorityViews.length})` });
  }
  draft.minorityViews.forEach((m, i) => {
    if (m.name.trim() && !m.view.trim()) {
      errors.push({ field: `minority-${i}-view`, message: `Minority view ${i + 1}: write the view the governor asked to be recorded` });
    }
    push(`minority-${i}-name`, tooLong(`Minority view ${i + 1}: the governor’s name`, m.name.trim(), D.minorityName));
    push(`minority-${i}-view`, tooLong(`Minority view ${i + 1}: their view`, m.view.trim(), D.minorityView));
  });
  if (errors.length > 0 || !draft.outcome) return { errors };
  return {
    record: {
      trustId,
      outcome: draft.outcome,
      meetingDate: optional(draft.meetingDate),
      conditions: draft.outcome === 'proceed-with-conditions' ? conditions : [],
      reasons: optional(draft.reasons),
      actions: actions.map((a) => ({ what: a.what.trim(), owner: a.owner.trim(), due: optional(a.due) })),
      minorityViews: minorityViews.map((m) => ({ name: optional(m.name), view: m.view.trim() })),
      governorsPresent: present ? Number(present) : undefined,
      quorate: draft.quorate === '' ? undefined : draft.quorate === 'yes',
      quorumNote: optional(draft.quorumNote),
    },
  };
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3 December 2026" from "2026-12-03"; anything else unchanged. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? months[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** What the minutes need to know besides the record itself. */
export interface MinuteContext {
  schoolName: string;
  trustName: string;
  /** How many governors' views were recorded for this trust. */
  viewCount: number;
  /** The ten questions in order, each with the board's agreed rating (if set) and the range of views in words. */
  questions: { number: number; shortTitle: string; agreed?: string; range: string }[];
}

/** The outcome as the minutes word it. */
export function outcomeSentence(outcome: DecisionOutcome, trust: string): string {
  switch (outcome) {
    case 'proceed':
      return `The governing board agreed to proceed with joining ${trust}.`;
    case 'proceed-with-conditions':
      return `The governing board agreed to proceed with joining ${trust}, subject to the conditions below.`;
    case 'not-proceed':
      return `The governing board agreed not to proceed with joining ${trust}.`;
    case 'deferred':
      return `The governing board agreed to defer its decision on joining ${trust}.`;
  }
}

function quorumSentence(record: DecisionRecord): string | null {
  const parts: string[] = [];
  if (record.governorsPresent !== undefined) {
    parts.push(`${record.governorsPresent} governor${record.governorsPresent === 1 ? ' was' : 's were'} present.`);
  }
  if (record.quorate === true) parts.push('The meeting was quorate.');
  if (record.quorate === false) parts.push('The meeting was not quorate, so this decision must be confirmed at a quorate meeting.');
  if (record.quorumNote) parts.push(record.quorumNote.replace(/\s+/g, ' ').trim());
  return parts.length ? `Quorum: ${parts.join(' ')}` : null;
}

/**
 * The decision as a clerk would minute it, as plain text paragraphs (joined with blank
 * lines by minuteText). Names appear only where a governor gave theirs with a minority view.
 */
export function minuteParagraphs(record: DecisionRecord, context: MinuteContext, options: { ratings?: boolean } = {}): string[] {
  const trust = context.trustName;
  const out: string[] = [`Decision on joining ${trust}`];
  out.push(
    `Meeting of the governing board of ${context.schoolName}${record.meetingDate ? ` held on ${longDate(record.meetingDate)}` : ''}.`,
  );
  const quorum = quorumSentence(record);
  if (quorum) out.push(quorum);
  out.push(
    `The governing board considered ${trust}’s answers to Sir David Carter’s ten questions${
      context.viewCount > 0 ? `, with the views of ${context.viewCount} governor${context.viewCount === 1 ? '' : 's'} recorded before or during the meeting` : ''
    }.`,
  );
  out.push(outcomeSentence(record.outcome, trust));
  if (record.conditions.length > 0) {
    out.push(['Conditions:', ...record.conditions.map((c, i) => `${i + 1}. ${c}`)].join('\n'));
  }
  if (record.reasons) out.push(`Reasons: ${record.reasons.trim()}`);
  const rated = context.questions.filter((q) => q.agreed || context.viewCount > 0);
  if (rated.length > 0 && options.ratings !== false) {
    out.push(
      [
        'The board’s agreed ratings, with the range of governors’ views:',
        ...rated.map((q) => `Question ${q.number} (${q.shortTitle}): ${q.agreed ? `agreed ${q.agreed}` : 'no rating agreed'}. Views: ${q.range}.`),
      ].join('\n'),
    );
  }
  if (record.actions.length > 0) {
    out.push(
      [
        'Actions:',
        ...record.actions.map((a, i) => `${i + 1}. ${a.what.replace(/[.\s]+$/, '')}. Owner: ${a.owner}.${a.due ? ` By ${longDate(a.due)}.` : ''}`),
      ].join('\n'),
    );
  }
  if (record.minorityViews.length > 0) {
    out.push(
      [
        'Minority views, recorded at the request of the governors concerned:',
        ...record.minorityViews.map((m) => `${m.name ? m.name : 'A governor'} asked that their view be recorded: ${m.view}`),
      ].join('\n'),
    );
  }
  return out;
}

/** The text for the minutes, ready to paste. */
export function minuteText(record: DecisionRecord, context: MinuteContext): string {
  return minuteParagraphs(record, context).join('\n\n');
}
