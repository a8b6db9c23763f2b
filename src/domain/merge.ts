import type { Answers, QuestionAnswer, StepAnswer, TrustAnswers } from './answers';
import { lastTrustNumber } from './edit';
import type { Meeting, MemberView } from './meeting';

/*
 * Two tabs (or two windows) editing one assessment: a three-way merge, field by field. Each
 * tab remembers the answers it last read from storage or wrote there (the base). When it
 * finds that another tab has written since, every field it changed itself since the base is
 * its own (the newest write of that field), and every other field is the other tab's. So two
 * people typing in different fields, or one rating while another types a note, lose nothing.
 * Pure: no storage, no clock.
 */

type Path = (string | number)[];
type Flat = Map<string, string>;

const key = (path: Path) => JSON.stringify(path);

function flatten(answers: Answers): Flat {
  const flat: Flat = new Map();
  const put = (path: Path, value: unknown) => {
    if (value !== undefined) flat.set(key(path), JSON.stringify(value));
  };
  for (const [id, value] of Object.entries(answers.profile)) put(['profile', id], value);
  for (const [id, step] of Object.entries(answers.steps)) {
    put(['steps', id, 'status'], step.status);
    put(['steps', id, 'note'], step.note);
  }
  for (const trust of answers.trusts) {
    put(['trusts', trust.id, '@'], true);
    put(['trusts', trust.id, 'name'], trust.name);
    put(['trusts', trust.id, 'pack'], trust.pack);
    for (const [q, answer] of Object.entries(trust.answers)) {
      put(['trusts', trust.id, 'answers', q, '@'], true);
      for (const [field, value] of Object.entries(answer)) put(['trusts', trust.id, 'answers', q, field], value);
    }
  }
  for (const [id, weight] of Object.entries(answers.weights)) put(['weights', id], weight);
  put(['assessmentId'], answers.assessmentId);
  if (answers.meeting) {
    put(['meeting', '@'], true);
    for (const view of answers.meeting.views) put(['meeting', 'views', view.id], view);
    for (const [trustId, byQuestion] of Object.entries(answers.meeting.agreed)) {
      put(['meeting', 'agreed', trustId, '@'], true);
      for (const [q, rating] of Object.entries(byQuestion)) put(['meeting', 'agreed', trustId, q], rating);
    }
    put(['meeting', 'decision'], answers.meeting.decision);
  }
  return flat;
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

/** Gives a trust another id everywhere in the answers (a trust added in both tabs at once). */
function renumberTrust(answers: Answers, from: string, to: string): Answers {
  const swap = (id: string) => (id === from ? to : id);
  const out: Answers = { ...answers, trusts: answers.trusts.map((t) => (t.id === from ? { ...t, id: to } : t)) };
  if (answers.meeting) {
    const agreed = Object.fromEntries(Object.entries(answers.meeting.agreed).map(([id, r]) => [swap(id), r]));
    const meeting: Meeting = { ...answers.meeting, agreed, views: answers.meeting.views.map((v) => ({ ...v, trustId: swap(v.trustId) })) };
    if (answers.meeting.decision) meeting.decision = { ...answers.meeting.decision, trustId: swap(answers.meeting.decision.trustId) };
    out.meeting = meeting;
  }
  return out;
}

/**
 * `ours` and `theirs` both started from `base`. Returns one set of answers with every field
 * changed in `ours` taken from `ours` (the newer write), and every other field from `theirs`.
 * With no base (nothing read yet), `theirs` is taken as it is and `ours` adds to it.
 */
export function mergeAnswers(base: Answers | undefined, ours: Answers, theirs: Answers): Answers {
  const start = base ?? { profile: {}, steps: {}, trusts: [], weights: {} };
  // A trust added in both tabs since the base got the same id in each: they are two trusts.
  const baseIds = new Set(start.trusts.map((t) => t.id));
  let highest = Math.max(lastTrustNumber(start), lastTrustNumber(ours), lastTrustNumber(theirs));
  let mine = ours;
  let renumbered = false;
  for (const trust of ours.trusts) {
    if (baseIds.has(trust.id)) continue;
    const other = theirs.trusts.find((t) => t.id === trust.id);
    if (other && JSON.stringify(other) !== JSON.stringify(trust)) {
      highest += 1;
      renumbered = true;
      mine = renumberTrust(mine, trust.id, `t${highest}`);
    }
  }
  const b = flatten(start);
  const o = flatten(mine);
  const t = flatten(theirs);
  const merged: Flat = new Map();
  for (const k of new Set([...b.keys(), ...o.keys(), ...t.keys()])) {
    const value = o.get(k) !== b.get(k) ? o.get(k) : t.get(k);
    if (value !== undefined) merged.set(k, value);
  }
  // The counter only ever goes up, so an id given in either tab is never given again.
  const counted = renumbered || [start, ours, theirs].some((a) => a.lastTrustNumber !== undefined);
  return unflatten(merged, [...mine.trusts.map((x) => x.id), ...theirs.trusts.map((x) => x.id)], counted ? highest : undefined);
}
