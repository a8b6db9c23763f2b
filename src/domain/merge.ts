import type { Answers, Meeting, MemberView, QuestionAnswer, StepAnswer, TrustAnswers } from './answers';
import { lastTrustNumber, renumberTrust } from './edit';

/*
 * Two tabs (or two windows) editing one assessment: the newest write of each field wins, not
 * of the whole assessment. Every field (a profile answer, a step's status, a note, a rating,
 * a trust's name, a governor's view…) carries the time it was last written, kept beside the
 * answers in storage. Merging takes, field by field, the value written last; a field removed
 * keeps its time too, so a removal is not undone by a tab that has not heard of it. Browsers
 * share local storage between tabs lazily (a tab can read a copy a moment old), so comparing
 * times, not whole copies, is what keeps two people typing at once from losing anything.
 * Pure: the caller passes the clock in.
 */

/** When each field was last written (ms since 1970), by field path. */
export type Stamps = Record<string, number>;

export interface Stamped {
  answers: Answers;
  stamps: Stamps;
}

type Path = (string | number)[];
type Flat = Map<string, string>;

const key = (path: Path) => JSON.stringify(path);

type Put = (path: Path, value: unknown) => void;

/* The fields of each part of the answers, in the order flatten lists them. */
const profileFields = (put: Put, profile: Answers['profile']) => {
  for (const [id, value] of Object.entries(profile)) put(['profile', id], value);
};
const stepFields = (put: Put, id: string, step: StepAnswer | undefined) => {
  if (!step) return;
  put(['steps', id, 'status'], step.status);
  put(['steps', id, 'note'], step.note);
};
/** A trust's own fields (its marker, name and pack), not its answers. */
const trustHeadFields = (put: Put, trust: TrustAnswers | undefined) => {
  if (!trust) return;
  put(['trusts', trust.id, '@'], true);
  put(['trusts', trust.id, 'name'], trust.name);
  put(['trusts', trust.id, 'pack'], trust.pack);
};
const answerFields = (put: Put, trustId: string, q: string, answer: QuestionAnswer | undefined) => {
  if (!answer) return;
  put(['trusts', trustId, 'answers', q, '@'], true);
  for (const [field, value] of Object.entries(answer)) put(['trusts', trustId, 'answers', q, field], value);
};
const weightFields = (put: Put, weights: Answers['weights']) => {
  for (const [id, weight] of Object.entries(weights)) put(['weights', id], weight);
};
const meetingFields = (put: Put, meeting: Meeting | undefined) => {
  if (!meeting) return;
  put(['meeting', '@'], true);
  for (const view of meeting.views) put(['meeting', 'views', view.id], view);
  for (const [trustId, byQuestion] of Object.entries(meeting.agreed)) {
    put(['meeting', 'agreed', trustId, '@'], true);
    for (const [q, rating] of Object.entries(byQuestion)) put(['meeting', 'agreed', trustId, q], rating);
  }
  put(['meeting', 'decision'], meeting.decision);
};

/** The fields that `fill` lists, by path, each value as JSON. */
function fieldsOf(fill: (put: Put) => void): Flat {
  const flat: Flat = new Map();
  fill((path, value) => {
    if (value !== undefined) flat.set(key(path), JSON.stringify(value));
  });
  return flat;
}

function flatten(answers: Answers): Flat {
  return fieldsOf((put) => {
    profileFields(put, answers.profile);
    for (const [id, step] of Object.entries(answers.steps)) stepFields(put, id, step);
    for (const trust of answers.trusts) {
      trustHeadFields(put, trust);
      for (const [q, answer] of Object.entries(trust.answers)) answerFields(put, trust.id, q, answer);
    }
    weightFields(put, answers.weights);
    put(['assessmentId'], answers.assessmentId);
    meetingFields(put, answers.meeting);
  });
}

function unflatten(flat: Flat, trustOrder: string[], lastNumber: number | undefined): Answers {
  const answers: Answers = { profile: {}, steps: {}, trusts: [], weights: {} };
  const trusts = new Map<string, TrustAnswers>();
  const stepParts = new Map<string, Partial<StepAnswer>>();
  const questionParts = new Map<string, Map<string, Record<string, unknown>>>();
  let meeting: Meeting | undefined;
  const views: MemberView[] = [];
  const agreed: Meeting['agreed'] = {};
  // Fields whose parent is gone (a trust removed in one tab while the other rated it) are
  // dropped with the parent: removal wins, and a restore point has the trust.
  const entries = [...flat].map(([k, v]) => [JSON.parse(k) as string[], JSON.parse(v) as unknown] as const);
  for (const [path, value] of entries) {
    const [area, a, b, c] = path;
    if (area === 'profile' && a !== undefined) answers.profile[a] = value as string;
    else if (area === 'steps' && a !== undefined && b !== undefined) {
      const part = stepParts.get(a) ?? {};
      (part as Record<string, unknown>)[b] = value;
      stepParts.set(a, part);
    } else if (area === 'trusts' && a !== undefined && b === '@') trusts.set(a, { id: a, name: '', answers: {} });
    else if (area === 'weights' && a !== undefined) answers.weights[a] = value as number;
    else if (area === 'assessmentId') answers.assessmentId = value as string;
    else if (area === 'meeting' && a === '@') meeting = { views: [], agreed: {} };
    else if (area === 'meeting' && a === 'views') views.push(value as MemberView);
    else if (area === 'meeting' && a === 'agreed' && b !== undefined && c === '@') agreed[b] = agreed[b] ?? {};
  }
  for (const [path, value] of entries) {
    const [area, a, b, c, d] = path;
    if (area === 'trusts' && a !== undefined) {
      const trust = trusts.get(a);
      if (!trust) continue;
      if (b === 'name') trust.name = value as string;
      else if (b === 'pack') trust.pack = value as TrustAnswers['pack'];
      else if (b === 'answers' && c !== undefined && d !== undefined) {
        const byQuestion = questionParts.get(a) ?? new Map<string, Record<string, unknown>>();
        questionParts.set(a, byQuestion);
        const answer = byQuestion.get(c) ?? {};
        if (d !== '@') answer[d] = value;
        byQuestion.set(c, answer);
      }
    } else if (area === 'meeting' && a === 'agreed' && b !== undefined && c !== undefined && c !== '@') {
      if (agreed[b]) agreed[b][c] = value as Meeting['agreed'][string][string];
    } else if (area === 'meeting' && a === 'decision' && meeting) meeting.decision = value as Meeting['decision'];
  }
  for (const [id, part] of stepParts) if (part.status !== undefined) answers.steps[id] = part as StepAnswer;
  for (const [trustId, byQuestion] of questionParts) {
    const trust = trusts.get(trustId);
    if (!trust) continue;
    // A question answer exists only if its marker survived (it was not cleared in the newer tab).
    for (const [q, answer] of byQuestion) if (flat.has(key(['trusts', trustId, 'answers', q, '@']))) trust.answers[q] = answer as QuestionAnswer;
  }
  const ordered = [...new Set([...trustOrder, ...trusts.keys()])];
  answers.trusts = ordered.flatMap((id) => trusts.get(id) ?? []);
  if (meeting) {
    meeting.views = views.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    meeting.agreed = agreed;
    answers.meeting = meeting;
  }
  if (lastNumber !== undefined) answers.lastTrustNumber = lastNumber;
  return answers;
}

/** Gives a trust another id everywhere in the answers and their stamps (a trust added in both tabs at once). */
function renumberStamped(side: Stamped, from: string, to: string): Stamped {
  const prefix = key(['trusts', from]).slice(0, -1);
  const stamps: Stamps = {};
  for (const [path, time] of Object.entries(side.stamps)) {
    stamps[path.startsWith(prefix + ',') ? key(['trusts', to]).slice(0, -1) + path.slice(prefix.length) : path] = time;
  }
  return { answers: renumberTrust(side.answers, from, to), stamps };
}

/** The same answers in the same order of keys, whatever order they were built in. */
function canonical(flat: Flat): string {
  return JSON.stringify([...flat].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** True when two sets of answers hold the same fields with the same values. */
export function sameAnswers(a: Answers, b: Answers): boolean {
  return canonical(flatten(a)) === canonical(flatten(b)) && (a.lastTrustNumber ?? 0) === (b.lastTrustNumber ?? 0);
}

/**
 * Stamps every field that differs between `before` and `after` (added, changed or removed)
 * with `now`. Times only go forward: a field is never stamped earlier than it already is.
 */
export function stampChanges(before: Answers | undefined, after: Answers, stamps: Stamps, now: number): Stamps {
  let out: Stamps | undefined;
  const mark = (b: Flat, a: Flat) => {
    for (const k of new Set([...b.keys(), ...a.keys()])) {
      if (b.get(k) === a.get(k)) continue;
      out = out ?? { ...stamps };
      out[k] = Math.max(now, (stamps[k] ?? 0) + 1);
    }
  };
  /** Compares the fields two fills list. */
  const compare = (fill: (put: Put) => void, fillAfter: (put: Put) => void) => mark(fieldsOf(fill), fieldsOf(fillAfter));
  // A part that is the same object in both (the store never changes answers in place) has
  // the same fields: only the parts that changed are listed and compared, so a keystroke in
  // one note costs that note, not the whole assessment.
  if (!before || hasDuplicateTrusts(before) || hasDuplicateTrusts(after)) return stampEveryChange(before, after, stamps, now);
  if (before === after) return stamps;
  if (before.profile !== after.profile) compare((put) => profileFields(put, before.profile), (put) => profileFields(put, after.profile));
  if (before.steps !== after.steps) {
    for (const id of new Set([...Object.keys(before.steps), ...Object.keys(after.steps)])) {
      if (before.steps[id] !== after.steps[id]) compare((put) => stepFields(put, id, before.steps[id]), (put) => stepFields(put, id, after.steps[id]));
    }
  }
  if (before.trusts !== after.trusts) {
    const was = new Map(before.trusts.map((t) => [t.id, t]));
    const is = new Map(after.trusts.map((t) => [t.id, t]));
    for (const id of new Set([...was.keys(), ...is.keys()])) {
      const x = was.get(id);
      const y = is.get(id);
      if (x === y) continue;
      compare((put) => trustHeadFields(put, x), (put) => trustHeadFields(put, y));
      const xa = x?.answers ?? {};
      const ya = y?.answers ?? {};
      if (xa === ya) continue;
      for (const q of new Set([...Object.keys(xa), ...Object.keys(ya)])) {
        if (xa[q] !== ya[q]) compare((put) => answerFields(put, id, q, xa[q]), (put) => answerFields(put, id, q, ya[q]));
      }
    }
  }
  if (before.weights !== after.weights) compare((put) => weightFields(put, before.weights), (put) => weightFields(put, after.weights));
  if (before.assessmentId !== after.assessmentId) compare((put) => put(['assessmentId'], before.assessmentId), (put) => put(['assessmentId'], after.assessmentId));
  if (before.meeting !== after.meeting) compare((put) => meetingFields(put, before.meeting), (put) => meetingFields(put, after.meeting));
  return out ?? stamps;
}

/** stampChanges by comparing every field of the whole assessment (slower; the same result). */
export function stampEveryChange(before: Answers | undefined, after: Answers, stamps: Stamps, now: number): Stamps {
  const b = before ? flatten(before) : new Map<string, string>();
  const a = flatten(after);
  let out: Stamps | undefined;
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    if (b.get(k) === a.get(k)) continue;
    out = out ?? { ...stamps };
    out[k] = Math.max(now, (stamps[k] ?? 0) + 1);
  }
  return out ?? stamps;
}

/** Two trusts with one id (damaged answers): their fields share paths, so only a whole comparison is right. */
const hasDuplicateTrusts = (answers: Answers) => new Set(answers.trusts.map((t) => t.id)).size !== answers.trusts.length;

/** Forgets the times of fields removed more than `maxAge` ago, so the stamps do not grow for ever. */
export function pruneStamps(stamped: Stamped, now: number, maxAge = 7 * 24 * 3_600_000): Stamped {
  const present = flatten(stamped.answers);
  const stamps: Stamps = {};
  for (const [k, t] of Object.entries(stamped.stamps)) if (present.has(k) || now - t < maxAge) stamps[k] = t;
  return { answers: stamped.answers, stamps };
}

/**
 * Merges two copies of the answers field by field: each field (and each removal) written
 * last wins. When neither side knows when a field was written (saves from before stamps), a
 * field present on one side is kept. Trust numbers only go up, and a trust added in both tabs
 * at once (same id, made at different times) is kept as two trusts.
 */
export function mergeAnswers(ours: Stamped, theirs: Stamped): Stamped {
  let mine = ours;
  let highest = Math.max(lastTrustNumber(ours.answers), lastTrustNumber(theirs.answers));
  let renumbered = false;
  for (const trust of ours.answers.trusts) {
    const marker = key(['trusts', trust.id, '@']);
    const other = theirs.answers.trusts.find((t) => t.id === trust.id);
    const mineAt = mine.stamps[marker];
    const theirsAt = theirs.stamps[marker];
    if (other && mineAt !== undefined && theirsAt !== undefined && mineAt !== theirsAt) {
      highest += 1;
      renumbered = true;
      mine = renumberStamped(mine, trust.id, `t${highest}`);
    }
  }
  const o = flatten(mine.answers);
  const t = flatten(theirs.answers);
  const merged: Flat = new Map();
  const stamps: Stamps = {};
  const keys = [...new Set([...o.keys(), ...t.keys(), ...Object.keys(mine.stamps), ...Object.keys(theirs.stamps)])].sort();
  for (const k of keys) {
    const so = mine.stamps[k] ?? 0;
    const st = theirs.stamps[k] ?? 0;
    const value = so > st ? o.get(k) : st > so ? t.get(k) : (t.get(k) ?? o.get(k));
    if (value !== undefined) merged.set(k, value);
    if (so > 0 || st > 0) stamps[k] = Math.max(so, st);
  }
  const counted = renumbered || ours.answers.lastTrustNumber !== undefined || theirs.answers.lastTrustNumber !== undefined;
  const answers = unflatten(merged, [...mine.answers.trusts.map((x) => x.id), ...theirs.answers.trusts.map((x) => x.id)], counted ? highest : undefined);
  return { answers, stamps };
}
