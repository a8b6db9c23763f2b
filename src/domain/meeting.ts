import type { TenQuestion } from '@/content/schema';
import { ratings, type Answers, type Meeting, type MemberView, type Rating, type RatingAnswer } from './answers';
import type { DecisionRecord, MinuteContext } from './decision';
import { ratingLabels, listInWords, plural } from './labels';
import { MAX_VIEWS } from './meeting-schema';
import { RATING_POINTS } from './scoring';
import { routeOf } from './legal-weight';

/*
 * The governing board meeting: governors' own views of a trust (recorded in turn on one
 * device, or added from their files: see meeting-files.ts), where they differ, the ratings the
 * board agrees, and the decision. Pure functions; nothing here reads the clock, storage or the screen.
 */

// ---------------------------------------------------------------------------------------
// The meeting's part of the answers (its types are in answers.ts)

export const emptyMeeting = (): Meeting => ({ views: [], agreed: {} });
export const meetingOf = (answers: Pick<Answers, 'meeting'>): Meeting => answers.meeting ?? emptyMeeting();
export const viewsFor = (meeting: Meeting, trustId: string) => meeting.views.filter((v) => v.trustId === trustId);

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
    route: routeOf(answers.profile),
    viewCount: views.length,
    questions: spreads.map((s) => ({
      number: s.number,
      shortTitle: s.shortTitle,
      ...(s.agreed ? { agreed: ratingLabels[s.agreed] } : {}),
      range: rangeInWords(s),
    })),
  };
}
