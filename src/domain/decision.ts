/*
 * The governing board's decision record, and the same record worded as a clerk would minute
 * it. Pure: the caller passes in everything, the clock included.
 */

import type { DecisionOutcome } from './decision-outcomes';
import { noDate, partsFrom, type DateParts, type DatePart } from './date-parts';

export { decisionOutcomes, type DecisionOutcome } from './decision-outcomes';

export const outcomeLabels: Record<DecisionOutcome, string> = {
  proceed: 'Agreed to proceed',
  'proceed-with-conditions': 'Agreed to proceed, with conditions',
  'not-proceed': 'Agreed not to proceed',
  deferred: 'Deferred, with reasons',
};

/**
 * On the intervention route the Regional Director chooses the trust, so the board does not
 * decide to join: the outcome is the view it gives DfE on the trust proposed.
 */
const interventionOutcomeLabels: Record<DecisionOutcome, string> = {
  proceed: 'Supports joining the trust proposed',
  'proceed-with-conditions': 'Supports joining the trust proposed, with conditions',
  'not-proceed': 'Does not support joining the trust proposed',
  deferred: 'Deferred giving its views, with reasons',
};

/** The outcome's short label, in the words of the school's route. */
export function outcomeLabel(outcome: DecisionOutcome, route: 'voluntary' | 'intervention' = 'voluntary'): string {
  return (route === 'intervention' ? interventionOutcomeLabels : outcomeLabels)[outcome];
}

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
  /** Typed in GOV.UK day, month and year boxes; saved as yyyy-mm-dd. */
  meetingDate: DateParts;
  /** One condition a line. */
  conditions: string;
  reasons: string;
  actions: { what: string; owner: string; due: DateParts }[];
  minorityViews: { name: string; view: string }[];
  governorsPresent: string;
  quorate: 'yes' | 'no' | '';
  quorumNote: string;
}

export interface DecisionError {
  /** The id of the field the message is about. */
  field: string;
  message: string;
  /** For a date: the id of its day/month/year group and the boxes that are wrong. */
  date?: { id: string; parts: DatePart[] };
}

/** An empty form; `meetingDate` (yyyy-mm-dd) fills the date of the meeting. */
export const emptyDraft = (meetingDate = ''): DecisionDraft => ({
  outcome: '',
  meetingDate: partsFrom(meetingDate),
  conditions: '',
  reasons: '',
  actions: [{ what: '', owner: '', due: noDate() }],
  minorityViews: [],
  governorsPresent: '',
  quorate: '',
  quorumNote: '',
});

export function draftFrom(record: DecisionRecord): DecisionDraft {
  return {
    outcome: record.outcome,
    meetingDate: partsFrom(record.meetingDate),
    conditions: record.conditions.join('\n'),
    reasons: record.reasons ?? '',
    actions: record.actions.length
      ? record.actions.map((a) => ({ what: a.what, owner: a.owner, due: partsFrom(a.due) }))
      : [{ what: '', owner: '', due: noDate() }],
    minorityViews: record.minorityViews.map((m) => ({ name: m.name ?? '', view: m.view })),
    governorsPresent: record.governorsPresent === undefined ? '' : String(record.governorsPresent),
    quorate: record.quorate === undefined ? '' : record.quorate ? 'yes' : 'no',
    quorumNote: record.quorumNote ?? '',
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
  /** The school's route: on the intervention route the board gives DfE its views rather than deciding to join. */
  route?: 'voluntary' | 'intervention';
  /** How many governors' views were recorded for this trust. */
  viewCount: number;
  /** The ten questions in order, each with the board's agreed rating (if set) and the range of views in words. */
  questions: { number: number; shortTitle: string; agreed?: string; range: string }[];
}

/**
 * The outcome as the minutes word it. On the intervention route (the school already has an
 * academy order) the Regional Director chooses the trust, so the board does not decide to join:
 * it agrees the views it gives DfE on the trust proposed.
 */
export function outcomeSentence(outcome: DecisionOutcome, trust: string, route: 'voluntary' | 'intervention' = 'voluntary'): string {
  if (route === 'intervention') {
    switch (outcome) {
      case 'proceed':
        return `The governing board agreed to tell DfE that it supports joining ${trust}, the trust proposed under the academy order.`;
      case 'proceed-with-conditions':
        return `The governing board agreed to tell DfE that it supports joining ${trust}, the trust proposed under the academy order, subject to the conditions below.`;
      case 'not-proceed':
        return `The governing board agreed to tell DfE that it does not support joining ${trust}, the trust proposed under the academy order.`;
      case 'deferred':
        return `The governing board agreed to defer giving DfE its views on joining ${trust}.`;
    }
  }
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
  out.push(outcomeSentence(record.outcome, trust, context.route));
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
