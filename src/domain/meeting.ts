import * as z from 'zod/mini';
import { parseJsonObject } from './safe-json';
import type { TenQuestion } from '../content/schema';
import { ratings, type Answers, type Meeting, type MemberView, type QuestionAnswer, type Rating, type RatingAnswer } from './answers';
import { describeIssues } from './answers-schema';
import type { DecisionRecord, MinuteContext } from './decision';
import { ratingLabels, listInWords, plural } from './labels';
import { isoDateSchema, MAX_VIEWS, memberViewSchema, randomIdSchema, trustIdSchema } from './meeting-schema';
import { SAVE_FORMAT } from './save-file';
import { RATING_POINTS } from './scoring';
import { slug } from './slug';

/*
 * The governing board meeting: governors' own views of a trust, merged from small files (or
 * recorded in turn on one device), where they differ, the ratings the board agrees, and the
 * decision. Pure functions; nothing here reads the clock, storage or the screen.
 */

// ---------------------------------------------------------------------------------------
// The meeting's part of the answers (its types are in answers.ts)

export const emptyMeeting = (): Meeting => ({ views: [], agreed: {} });
export const meetingOf = (answers: Pick<Answers, 'meeting'>): Meeting => answers.meeting ?? emptyMeeting();
export const viewsFor = (meeting: Meeting, trustId: string) => meeting.views.filter((v) => v.trustId === trustId);

/** What a file must match to belong to this assessment. */
export interface AssessmentIdentity {
  assessmentId: string;
  trusts: { id: string; name: string }[];
}

// ---------------------------------------------------------------------------------------
// Files: the clerk's invitation, and a governor's view

export const MEMBER_VIEW_FORMAT = 'should-we-join-a-trust/member-view';
export const MEMBER_VIEW_VERSION = 1;
export const INVITATION_FORMAT = 'should-we-join-a-trust/meeting-invitation';
export const INVITATION_VERSION = 1;
/** A real view is about 1 kB; anything far bigger is refused before it is read. */
export const MAX_MEETING_FILE_CHARS = 50_000;
/**
 * An invitation may carry the trust's own answers (up to 5,000 characters each) and the
 * school's notes, so it may be bigger than a view; anything bigger than this is refused.
 */
export const MAX_INVITATION_CHARS = 200_000;

/** What the school has found about one question, shared with governors if the clerk chooses. */
export type SharedAnswer = Pick<QuestionAnswer, 'rating' | 'evidence' | 'redFlag' | 'redFlagNote' | 'redFlagResolved' | 'notes'>;

export interface Invitation {
  assessmentId: string;
  schoolName: string;
  trust: { id: string; name: string };
  /** The trust's own answer to each question, from its pack, by question id. */
  trustAnswers?: Record<string, string>;
  /** The school's own assessment, by question id: only when the clerk chose to include it. */
  school?: Record<string, SharedAnswer>;
}

export interface InvitationFile extends Invitation {
  format: typeof INVITATION_FORMAT;
  version: number;
}

export interface MemberViewFile {
  format: typeof MEMBER_VIEW_FORMAT;
  version: number;
  assessmentId: string;
  trust: { id: string; name: string };
  view: { id: string; name?: string; ratings: Record<string, RatingAnswer>; recordedOn: string; revision?: number };
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export const trustRef = z.object({ id: trustIdSchema, name: z.string().check(z.maxLength(120)) });
const memberFileSchema = z.object({
  assessmentId: randomIdSchema,
  trust: trustRef,
  view: z.object({
    id: memberViewSchema.shape.id,
    name: memberViewSchema.shape.name,
    ratings: memberViewSchema.shape.ratings,
    recordedOn: isoDateSchema,
    revision: memberViewSchema.shape.revision,
  }),
});


/** The checks every file gets: size, JSON, no prototype names, our format, a version we know. */
export function readEnvelope(text: string, format: string, version: number, kind: string, maxChars = MAX_MEETING_FILE_CHARS): FileResult<Record<string, unknown>> {
  if (text.length > maxChars) {
    return { ok: false, problems: [`The file is too big (${Math.round(text.length / 1000)} kB). ${kind} from this tool is under ${maxChars / 1000} kB.`] };
  }
  const json = parseJsonObject(text);
  if (!json.ok) {
    const why = {
      syntax: `The file is damaged or cut short, or is not ${kind.toLowerCase()} at all.`,
      forbidden: `The file contains a field name that is not allowed (${json.detail}), so it was not read.`,
      'not-object': `The file is not ${kind.toLowerCase()}.`,
    };
    return { ok: false, problems: [why[json.reason]] };
  }
  const file = json.value;
  if (file.format !== format) {
    const what =
      file.format === SAVE_FORMAT
        ? 'It is a whole assessment save file. Open that from “Your data” instead.'
        : file.format === INVITATION_FORMAT
          ? 'It is a meeting invitation, not a governor’s view.'
          : file.format === MEMBER_VIEW_FORMAT
            ? 'It is a governor’s view, not a meeting invitation.'
            : 'It does not say it is one.';
    return { ok: false, problems: [`The file is not ${kind.toLowerCase()}. ${what}`] };
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, problems: ['The file’s version number is missing or wrong.'] };
  }
  if (file.version > version) {
    return { ok: false, problems: [`The file was made by a newer version of this tool (file version ${file.version}). Update the tool, then try again.`] };
  }
  return { ok: true, value: file };
}

export function toMemberViewFile(assessmentId: string, view: MemberView): MemberViewFile {
  return {
    format: MEMBER_VIEW_FORMAT,
    version: MEMBER_VIEW_VERSION,
    assessmentId,
    trust: { id: view.trustId, name: view.trustName },
    view: {
      id: view.id,
      ...(view.name ? { name: view.name } : {}),
      ratings: view.ratings,
      recordedOn: view.recordedOn,
      ...(view.revision && view.revision > 1 ? { revision: view.revision } : {}),
    },
  };
}

/**
 * Reads a governor's view file. Refuses, with a reason, anything damaged or cut short, too
 * big, with prototype names, not a view, from a newer version, from another assessment or
 * for a trust this assessment does not have. Ratings for questions the content does not
 * have are left out, and listed.
 */
export function readMemberViewFile(
  text: string,
  questionIds: readonly string[],
  assessment: AssessmentIdentity,
): FileResult<{ view: MemberView; dropped: string[] }> {
  const envelope = readEnvelope(text, MEMBER_VIEW_FORMAT, MEMBER_VIEW_VERSION, 'A governor’s view');
  if (!envelope.ok) return envelope;
  const parsed = memberFileSchema.safeParse(envelope.value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  const file = parsed.data;
  if (file.assessmentId !== assessment.assessmentId) {
    return {
      ok: false,
      problems: ['It was made for a different assessment (another school, or another copy of this school’s answers), so it cannot be added to this one.'],
    };
  }
  const trust = assessment.trusts.find((t) => t.id === file.trust.id);
  if (!trust) return { ok: false, problems: [`It is about a trust (“${file.trust.name}”) that is no longer in this assessment.`] };
  // The id alone is not enough: a view of a removed trust must never count for another one.
  if (sameName(trust.name) !== sameName(file.trust.name)) {
    return {
      ok: false,
      problems: [
        `It is about “${file.trust.name}”, but that trust’s reference (${file.trust.id}) in this assessment belongs to “${trust.name}”. ` +
          'If you renamed the trust, change its name back on the trusts page and add the file again; otherwise ask the governor to record their view again from a new invitation.',
      ],
    };
  }
  const known = new Set(questionIds);
  const ratingsKept: Record<string, RatingAnswer> = {};
  const dropped: string[] = [];
  for (const [id, rating] of Object.entries(file.view.ratings)) {
    if (known.has(id)) ratingsKept[id] = rating;
    else dropped.push(id);
  }
  if (Object.keys(ratingsKept).length === 0) return { ok: false, problems: ['It has no ratings in it.'] };
  const view: MemberView = {
    id: file.view.id,
    ...(file.view.name?.trim() ? { name: file.view.name.trim() } : {}),
    trustId: trust.id,
    trustName: trust.name,
    ratings: ratingsKept,
    recordedOn: file.view.recordedOn,
    ...(file.view.revision && file.view.revision > 1 ? { revision: file.view.revision } : {}),
  };
  return { ok: true, value: { view, dropped } };
}

/** Names compared as a person would: case, spaces and curly or straight quotes do not matter. */
const sameName = (name: string) => name.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").toLocaleLowerCase('en-GB');

export const trustSlug = (name: string) => slug(name, 40) || 'trust';

/** "my-view-riverside-learning-trust-2026-12-03-1a2b3c.json": no name in it, and never two the same. */
export const memberViewFileName = (view: MemberView) => `my-view-${trustSlug(view.trustName)}-${view.recordedOn}-${view.id.slice(0, 6)}.json`;

// ---------------------------------------------------------------------------------------
// Merging views

export type MergeOutcome = 'added' | 'replaced' | 'duplicate' | 'conflict' | 'full';

/** Same content, whatever the order of keys. */
function canonical(view: MemberView): string {
  const ratingsSorted = Object.keys(view.ratings)
    .sort()
    .map((k) => [k, view.ratings[k]]);
  return JSON.stringify([view.id, view.name ?? '', view.trustId, view.trustName, view.recordedOn, view.revision ?? 1, ratingsSorted]);
}

const byId = (a: MemberView, b: MemberView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Adds one view. A view is known by its id: the same file twice changes nothing
 * ("duplicate"); a later revision of a view (the governor changed it after sending) replaces
 * the one recorded ("replaced"), for the same trust only; any other different view with an
 * id already recorded is refused ("conflict") and the one recorded is kept. Views are kept
 * sorted by id, so the order of import never matters.
 */
export function mergeViews(existing: MemberView[], incoming: MemberView): { views: MemberView[]; outcome: MergeOutcome } {
  const same = existing.find((v) => v.id === incoming.id);
  if (same) {
    if (canonical(same) === canonical(incoming)) return { views: existing, outcome: 'duplicate' };
    if ((incoming.revision ?? 1) > (same.revision ?? 1) && incoming.trustId === same.trustId) {
      return { views: existing.map((v) => (v.id === incoming.id ? incoming : v)), outcome: 'replaced' };
    }
    return { views: existing, outcome: 'conflict' };
  }
  if (existing.length >= MAX_VIEWS) return { views: existing, outcome: 'full' };
  return { views: [...existing, incoming].sort(byId), outcome: 'added' };
}

export interface ImportFile {
  name: string;
  text: string;
}

export interface ImportResult {
  fileName: string;
  outcome: MergeOutcome | 'refused';
  /** One sentence that names the file and says what happened. */
  message: string;
  view?: MemberView;
}

function describeAdded(view: MemberView, total: number): string {
  const answered = Object.keys(view.ratings).length;
  return `added a view of ${view.trustName} (${answered} of ${plural(total, 'question')} answered)`;
}

/**
 * Reads and merges a batch of governors' files, one after another, into the views already
 * recorded. A file that is refused is not merged, and nothing already recorded changes.
 */
export function importMemberFiles(
  existing: MemberView[],
  files: ImportFile[],
  questionIds: readonly string[],
  assessment: AssessmentIdentity,
): { views: MemberView[]; results: ImportResult[] } {
  let views = existing;
  const results: ImportResult[] = [];
  for (const file of files) {
    const read = readMemberViewFile(file.text, questionIds, assessment);
    if (!read.ok) {
      results.push({ fileName: file.name, outcome: 'refused', message: `${file.name} was not added. ${read.problems.join(' ')}` });
      continue;
    }
    const merged = mergeViews(views, read.value.view);
    views = merged.views;
    const dropped = read.value.dropped.length ? ` ${plural(read.value.dropped.length, 'rating')} for questions this tool no longer asks left out.` : '';
    const message = {
      added: `${file.name}: ${describeAdded(read.value.view, questionIds.length)}.${dropped}`,
      replaced: `${file.name}: the governor changed their view, so it replaced the one they sent before (${describeAdded(read.value.view, questionIds.length)}).${dropped}`,
      duplicate: `${file.name} was not added. This view is already recorded (the same file was added before), so nothing changed.`,
      conflict: `${file.name} was not added. A different view with the same reference is already recorded (the file may have been edited); the view already recorded was kept.`,
      full: `${file.name} was not added. This assessment already holds ${MAX_VIEWS} views, the most it can keep.`,
    }[merged.outcome];
    results.push({ fileName: file.name, outcome: merged.outcome, message, view: read.value.view });
  }
  return { views, results };
}

// ---------------------------------------------------------------------------------------
// Where views differ

/** Best first, as on the question pages; "Not sure yet" last. */
export const ratingOrder: RatingAnswer[] = ['strong', 'meets', 'partial', 'concern', 'unsure'];

export interface QuestionSpread {
  questionId: string;
  number: number;
  shortTitle: string;
  text: string;
  /** How many views gave each answer. */
  counts: Record<RatingAnswer, number>;
  /** Who gave each answer ("" for a governor who gave no name). Shown only on request. */
  names: Record<RatingAnswer, string[]>;
  /** Views that rated it (not "Not sure yet"). */
  rated: number;
  unsure: number;
  lowest: Rating | null;
  highest: Rating | null;
  /** Points between the lowest and highest rating (0–3); null when nobody rated it. */
  spread: number | null;
  agreed: RatingAnswer | null;
}

const zeroCounts = (): Record<RatingAnswer, number> => ({ strong: 0, meets: 0, partial: 0, concern: 0, unsure: 0 });

/** Counts per rating, and the spread between the lowest and highest, for each question in order. */
export function divergence(
  questions: Pick<TenQuestion, 'id' | 'number' | 'shortTitle' | 'text'>[],
  views: MemberView[],
  agreed: Record<string, RatingAnswer> = {},
): QuestionSpread[] {
  return questions.map((q) => {
    const counts = zeroCounts();
    const names: Record<RatingAnswer, string[]> = { strong: [], meets: [], partial: [], concern: [], unsure: [] };
    for (const view of views) {
      const rating = view.ratings[q.id];
      if (rating === undefined) continue;
      counts[rating] += 1;
      names[rating].push(view.name ?? '');
    }
    const given = ratings.filter((r) => counts[r] > 0);
    const lowest = given[0] ?? null;
    const highest = given[given.length - 1] ?? null;
    return {
      questionId: q.id,
      number: q.number,
      shortTitle: q.shortTitle,
      text: q.text,
      counts,
      names,
      rated: given.reduce((n, r) => n + counts[r], 0),
      unsure: counts.unsure,
      lowest,
      highest,
      spread: lowest && highest ? RATING_POINTS[highest] - RATING_POINTS[lowest] : null,
      agreed: agreed[q.id] ?? null,
    };
  });
}

/** Most disagreement first: the widest spread, then the most "Not sure yet", then question number. */
export function discussionOrder(spreads: QuestionSpread[]): QuestionSpread[] {
  return [...spreads].sort((a, b) => (b.spread ?? -1) - (a.spread ?? -1) || b.unsure - a.unsure || a.number - b.number);
}

/** "4 Strong, 2 Meets, 1 Not sure yet"; "no views yet". */
export function rangeInWords(spread: Pick<QuestionSpread, 'counts'>): string {
  const parts = ratingOrder.filter((r) => spread.counts[r] > 0).map((r) => `${spread.counts[r]} ${ratingLabels[r]}`);
  return parts.length ? parts.join(', ') : 'no views yet';
}

/** How far apart the views are, in words. */
export function agreementInWords(spread: QuestionSpread): string {
  if (spread.rated === 0) return spread.unsure > 0 ? 'Nobody could judge this yet' : 'No views yet';
  if (spread.rated === 1) return 'Only one rating so far';
  switch (spread.spread) {
    case 0:
      return 'Everyone who rated it agrees';
    case 1:
      return 'Views are close';
    case 2:
      return 'Views differ';
    default:
      return 'Views differ widely';
  }
}

/** "Partly meets to Strong" */
export function rangeEnds(spread: QuestionSpread): string {
  if (!spread.lowest || !spread.highest) return '';
  return spread.lowest === spread.highest ? ratingLabels[spread.lowest] : `${ratingLabels[spread.lowest]} to ${ratingLabels[spread.highest]}`;
}

/** "Anna Khan, Ben Ode and 1 governor who gave no name" */
export function namesInWords(names: string[]): string {
  const named = names.filter(Boolean).sort((a, b) => a.localeCompare(b));
  const anonymous = names.length - named.length;
  return listInWords([...named, ...(anonymous ? [`${plural(anonymous, 'governor')} who gave no name`] : [])]);
}

// ---------------------------------------------------------------------------------------
// Edits (pure; the store applies them to the latest answers)

export function withViews(answers: Answers, views: MemberView[]): Answers {
  return { ...answers, meeting: { ...meetingOf(answers), views } };
}

export function addViews(answers: Answers, incoming: MemberView[]): { answers: Answers; outcomes: MergeOutcome[] } {
  let views = meetingOf(answers).views;
  const outcomes = incoming.map((view) => {
    const merged = mergeViews(views, view);
    views = merged.views;
    return merged.outcome;
  });
  // Nothing new: the answers are returned as they were, not a copy.
  return { answers: outcomes.some((o) => o === 'added' || o === 'replaced') ? withViews(answers, views) : answers, outcomes };
}

export function removeView(answers: Answers, viewId: string): Answers {
  return withViews(
    answers,
    meetingOf(answers).views.filter((v) => v.id !== viewId),
  );
}

/**
 * The chair records the board's agreed rating. It is kept beside the school's own assessment,
 * never over it: the report shows both and its figures use the board's rating. The governors'
 * views stay on record.
 */
export function agreeRating(answers: Answers, trustId: string, questionId: string, rating: RatingAnswer): Answers {
  const meeting = meetingOf(answers);
  return {
    ...answers,
    meeting: { ...meeting, agreed: { ...meeting.agreed, [trustId]: { ...meeting.agreed[trustId], [questionId]: rating } } },
  };
}

// In edit.ts (with the other edits to answers), so that saving does not load the meeting code.
export { meetingWithoutTrust } from './edit';

export function withDecision(answers: Answers, decision: DecisionRecord | undefined): Answers {
  const meeting = { ...meetingOf(answers) };
  if (decision) meeting.decision = decision;
  else delete meeting.decision;
  return { ...answers, meeting };
}

// ---------------------------------------------------------------------------------------
// For the minutes and the report

/** What the minutes say about the views and agreed ratings for one trust. */
export function minuteContext(
  questions: Pick<TenQuestion, 'id' | 'number' | 'shortTitle' | 'text'>[],
  answers: Answers,
  trustId: string,
  schoolName: string,
): MinuteContext {
  const meeting = meetingOf(answers);
  const views = viewsFor(meeting, trustId);
  const spreads = divergence(questions, views, meeting.agreed[trustId]);
  return {
    schoolName,
    trustName: answers.trusts.find((t) => t.id === trustId)?.name ?? 'the trust',
    viewCount: views.length,
    questions: spreads.map((s) => ({
      number: s.number,
      shortTitle: s.shortTitle,
      ...(s.agreed ? { agreed: ratingLabels[s.agreed] } : {}),
      range: rangeInWords(s),
    })),
  };
}
