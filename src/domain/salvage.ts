import * as z from 'zod/mini';
import { emptyAnswers, type Answers, type Meeting, type QuestionAnswer, type StepAnswer, type TrustAnswers } from './answers';
import { answersSchema, questionAnswerSchema, stepAnswerSchema, trustSchema, weightSchema } from './answers-schema';
import { canAddTrust } from './edit';
import { plural } from './labels';
import { ANSWER_LIMITS } from './limits';
import { decisionSchema, MAX_VIEWS, memberViewSchema, randomIdSchema, ratingAnswerSchema, trustIdSchema } from './meeting-schema';
import { safeKey, text } from './schema-parts';
import { trustPackSchema } from './trust-pack-schema';

/*
 * Salvage: reading saved answers part by part, so one part that cannot be read (damaged, or
 * over a limit that a later version tightened) never costs the school the rest. Every part
 * that passes its own check is kept; each part that does not is set aside, with a name a
 * person understands ("a decision record", "a note"), and the caller keeps a copy of the
 * whole original so nothing is destroyed. Pure: no storage, no clock.
 */

/** What one set-aside part was, in words, and where it was. */
export interface SetAsidePart {
  /** Singular, for counting: "decision record", "note". */
  kind: SetAsideKind;
  /** Where it was, for the technical details: "trusts → t1 → answers → q01-values → notes". */
  path: string;
}

export type SetAsideKind =
  | 'whole save'
  | 'profile answer'
  | 'step'
  | 'step note'
  | 'trust'
  | 'trust name'
  | 'rating or note'
  | 'question note'
  | 'red flag note'
  | 'trust pack'
  | 'weight'
  | 'assessment reference'
  | 'trust number counter'
  | 'governor’s view'
  | 'agreed rating'
  | 'decision record'
  | 'meeting record';

const kindWords: Record<SetAsideKind, [string, string]> = {
  'whole save': ['saved assessment', 'saved assessments'],
  'profile answer': ['answer about your school', 'answers about your school'],
  step: ['stage step', 'stage steps'],
  'step note': ['note on a stage step', 'notes on stage steps'],
  trust: ['trust', 'trusts'],
  'trust name': ['trust’s name', 'trusts’ names'],
  'rating or note': ['answer to one of the ten questions', 'answers to the ten questions'],
  'question note': ['note on one of the ten questions', 'notes on the ten questions'],
  'red flag note': ['note on a red flag', 'notes on red flags'],
  'trust pack': ['trust pack', 'trust packs'],
  weight: ['question weight', 'question weights'],
  'assessment reference': ['assessment reference', 'assessment references'],
  'trust number counter': ['trust number counter', 'trust number counters'],
  'governor’s view': ['governor’s view', 'governors’ views'],
  'agreed rating': ['agreed rating', 'agreed ratings'],
  'decision record': ['decision record', 'decision records'],
  'meeting record': ['board meeting record', 'board meeting records'],
};

export interface SalvageResult {
  answers: Answers;
  setAside: SetAsidePart[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ok = <T>(schema: z.ZodMiniType<T>, value: unknown): value is T => schema.safeParse(value).success;
const keyOk = (key: string) => ok(safeKey, key);

/** Keeps the valid entries of a record, one by one; sets aside the rest. */
function salvageRecord<T>(
  value: unknown,
  path: string,
  kind: SetAsideKind,
  keep: (entry: unknown, path: string) => T | undefined,
  out: SetAsidePart[],
): Record<string, T> {
  const result: Record<string, T> = {};
  if (value === undefined) return result;
  if (!isRecord(value)) {
    out.push({ kind, path });
    return result;
  }
  for (const [key, entry] of Object.entries(value)) {
    const where = `${path} → ${key}`;
    if (!keyOk(key)) {
      out.push({ kind, path: where });
      continue;
    }
    const kept = keep(entry, where);
    if (kept === undefined) out.push({ kind, path: where });
    else result[key] = kept;
  }
  return result;
}

const profileValue = text(200);

/** What losing one field of a question answer costs, in words: a note is only a note. */
const questionFieldKind = (field: string): SetAsideKind =>
  field === 'notes' ? 'question note' : field === 'redFlagNote' ? 'red flag note' : 'rating or note';

/** A question answer keeps every field that passes on its own: a too-long note never costs the rating. */
function salvageQuestionAnswer(value: unknown, path: string, out: SetAsidePart[]): QuestionAnswer | undefined {
  if (!isRecord(value)) return undefined;
  const shape = questionAnswerSchema.shape;
  const result: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    if (!(field in value) || value[field] === undefined) continue;
    if (ok(schema as z.ZodMiniType, value[field])) result[field] = value[field];
    else out.push({ kind: questionFieldKind(field), path: `${path} → ${field}` });
  }
  return result as QuestionAnswer;
}

function salvageStep(value: unknown, path: string, out: SetAsidePart[]): StepAnswer | undefined {
  if (ok(stepAnswerSchema, value)) return value;
  if (!isRecord(value) || !ok(stepAnswerSchema.shape.status, value.status)) return undefined;
  // The status reads; only the note does not.
  out.push({ kind: 'step note', path: `${path} → note` });
  return { status: value.status };
}

function salvageTrust(value: unknown, path: string, seen: Set<string>, out: SetAsidePart[]): TrustAnswers | undefined {
  if (!isRecord(value) || !ok(trustIdSchema, value.id) || seen.has(value.id)) return undefined;
  const id = value.id;
  seen.add(id);
  let name = '';
  if (ok(trustSchema.shape.name, value.name)) name = value.name;
  else {
    out.push({ kind: 'trust name', path: `${path} → name` });
    // Keep as much of the name as the limit allows, so the trust is still recognisable.
    if (typeof value.name === 'string') name = value.name.slice(0, 120);
  }
  const answers = salvageRecord(value.answers, `${path} → answers`, 'rating or note', (a, p) => salvageQuestionAnswer(a, p, out), out);
  const trust: TrustAnswers = { id, name, answers };
  if (value.pack !== undefined) {
    const pack = trustPackSchema.safeParse(value.pack);
    if (pack.success) trust.pack = pack.data;
    else out.push({ kind: 'trust pack', path: `${path} → pack` });
  }
  return trust;
}

function salvageMeeting(value: unknown, out: SetAsidePart[]): Meeting | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    out.push({ kind: 'meeting record', path: 'meeting' });
    return undefined;
  }
  const views: Meeting['views'] = [];
  const viewIds = new Set<string>();
  if (Array.isArray(value.views)) {
    value.views.forEach((view: unknown, i) => {
      const where = `meeting → views → ${i}`;
      if (ok(memberViewSchema, view) && !viewIds.has(view.id) && views.length < MAX_VIEWS) {
        viewIds.add(view.id);
        views.push(view);
      } else out.push({ kind: 'governor’s view', path: where });
    });
  } else if (value.views !== undefined) out.push({ kind: 'governor’s view', path: 'meeting → views' });
  const agreed: Meeting['agreed'] = {};
  if (isRecord(value.agreed)) {
    for (const [trustId, byQuestion] of Object.entries(value.agreed)) {
      const where = `meeting → agreed → ${trustId}`;
      if (!ok(trustIdSchema, trustId) || Object.keys(agreed).length >= ANSWER_LIMITS.trusts) {
        out.push({ kind: 'agreed rating', path: where });
        continue;
      }
      const ratings = salvageRecord(byQuestion, where, 'agreed rating', (r) => (ok(ratingAnswerSchema, r) ? r : undefined), out);
      const kept = Object.entries(ratings).slice(0, 20);
      for (const [q] of Object.entries(ratings).slice(20)) out.push({ kind: 'agreed rating', path: `${where} → ${q}` });
      agreed[trustId] = Object.fromEntries(kept);
    }
  } else if (value.agreed !== undefined) out.push({ kind: 'agreed rating', path: 'meeting → agreed' });
  const meeting: Meeting = { views, agreed };
  if (value.decision !== undefined) {
    if (ok(decisionSchema, value.decision)) meeting.decision = value.decision;
    else out.push({ kind: 'decision record', path: 'meeting → decision' });
  }
  return meeting;
}

/**
 * Reads saved answers (from storage or a file) part by part. Never throws. Whatever passes its
 * check is kept exactly as it was; everything else is listed in `setAside`. Something that is
 * not saved answers at all gives empty answers and one "whole save" part.
 */
export function salvageAnswers(saved: unknown): SalvageResult {
  // The common case: everything reads. Keep it exactly (and fast).
  const whole = answersSchema.safeParse(saved);
  if (whole.success) return { answers: whole.data, setAside: [] };
  const out: SetAsidePart[] = [];
  if (!isRecord(saved)) return { answers: emptyAnswers(), setAside: [{ kind: 'whole save', path: 'the saved answers as a whole' }] };

  const answers = emptyAnswers();
  answers.profile = salvageRecord(saved.profile, 'profile', 'profile answer', (v) => (ok(profileValue, v) ? v : undefined), out);
  answers.steps = salvageRecord(saved.steps, 'steps', 'step', (v, p) => salvageStep(v, p, out), out);

  const seen = new Set<string>();
  if (Array.isArray(saved.trusts)) {
    saved.trusts.forEach((value: unknown, i) => {
      const where = `trusts → ${isRecord(value) && typeof value.id === 'string' ? value.id.slice(0, 20) : i}`;
      const trust = canAddTrust(answers) ? salvageTrust(value, where, seen, out) : undefined;
      if (trust) answers.trusts.push(trust);
      else out.push({ kind: 'trust', path: where });
    });
  } else if (saved.trusts !== undefined) out.push({ kind: 'trust', path: 'trusts' });

  answers.weights = salvageRecord(saved.weights, 'weights', 'weight', (v) => (ok(weightSchema, v) ? v : undefined), out);

  if (saved.assessmentId !== undefined) {
    if (ok(randomIdSchema, saved.assessmentId)) answers.assessmentId = saved.assessmentId;
    else out.push({ kind: 'assessment reference', path: 'assessmentId' });
  }
  if (saved.lastTrustNumber !== undefined) {
    if (ok(answersSchema.shape.lastTrustNumber, saved.lastTrustNumber) && typeof saved.lastTrustNumber === 'number') {
      answers.lastTrustNumber = saved.lastTrustNumber;
    } else out.push({ kind: 'trust number counter', path: 'lastTrustNumber' });
  }
  const meeting = salvageMeeting(saved.meeting, out);
  if (meeting) answers.meeting = meeting;

  // Belt and braces: what is kept must pass the whole check. If some rule across parts still
  // fails, fall back to the parts that certainly read on their own.
  const check = answersSchema.safeParse(answers);
  if (check.success) return { answers: check.data, setAside: out };
  const { meeting: _dropped, ...rest } = answers;
  void _dropped;
  const again = answersSchema.safeParse(rest);
  if (again.success) return { answers: again.data, setAside: [...out, { kind: 'meeting record', path: 'meeting' }] };
  return { answers: emptyAnswers(), setAside: [{ kind: 'whole save', path: 'the saved answers as a whole' }] };
}

/**
 * "One decision record could not be read and has been set aside; everything else is here."
 * Empty when nothing was set aside.
 */
export function describeSetAside(parts: SetAsidePart[]): string {
  if (parts.length === 0) return '';
  if (parts.some((p) => p.kind === 'whole save')) return 'Your saved answers could not be read at all, so they have been set aside.';
  const counts = new Map<SetAsideKind, number>();
  for (const part of parts) counts.set(part.kind, (counts.get(part.kind) ?? 0) + 1);
  const words = [...counts].map(([kind, n]) => {
    const [one, many] = kindWords[kind];
    return n === 1 ? `One ${one}` : plural(n, one, many);
  });
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!.replace(/^One /, 'one ')}`;
  const sentenceStart = list.charAt(0).toUpperCase() + list.slice(1);
  const verb = parts.length === 1 ? 'could not be read and has been set aside' : 'could not be read and have been set aside';
  return `${sentenceStart} ${verb}; everything else is here.`;
}
