import * as z from 'zod/mini';
import { type MemberView, type QuestionAnswer, type RatingAnswer } from './answers';
import { describeIssues } from './answers-schema';
import { FILE_FORMATS, readEnvelope, type FileKind, type FileResult } from './envelope';
import { plural } from './labels';
import { mergeViews, type MergeOutcome } from './meeting';
import { isoDateSchema, MAX_VIEWS, memberViewSchema, randomIdSchema, trustIdSchema } from './meeting-schema';
import { slug } from './slug';

/*
 * The meeting's files: the clerk's invitation and a governor's view, written, read and
 * checked, and a batch of views added (meeting-link.ts carries the same files as links).
 * Pure functions; nothing here reads the clock, storage or the screen.
 */

/** What a file must match to belong to this assessment. */
export interface AssessmentIdentity {
  assessmentId: string;
  trusts: { id: string; name: string }[];
}


// ---------------------------------------------------------------------------------------
// Files: the clerk's invitation, and a governor's view

export const MEMBER_VIEW_FORMAT = FILE_FORMATS.memberView;
export const MEMBER_VIEW_VERSION = 1;
export const INVITATION_FORMAT = FILE_FORMATS.invitation;
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


/**
 * A meeting file as readEnvelope reads it. `what` names it in a sentence ("A governor’s view",
 * "A meeting invitation").
 */
export function meetingFileKind(format: string, version: number, what: string, maxChars = MAX_MEETING_FILE_CHARS): FileKind {
  const a = what.toLowerCase();
  return {
    format,
    version,
    maxChars,
    says: {
      tooBig: (kB) => `The file is too big (${kB} kB). ${what} from this tool is under ${maxChars / 1000} kB.`,
      notJson: () => `The file is damaged or cut short, or is not ${a} at all.`,
      forbidden: (keys) => `The file contains a field name that is not allowed (${keys}), so it was not read.`,
      notObject: `The file is not ${a}.`,
      otherFormat: (other) =>
        `The file is not ${a}. ` +
        (other === FILE_FORMATS.save
          ? 'It is a whole assessment save file. Open that from “Your data” instead.'
          : other === FILE_FORMATS.invitation
            ? 'It is a meeting invitation, not a governor’s view.'
            : other === FILE_FORMATS.memberView
              ? 'It is a governor’s view, not a meeting invitation.'
              : 'It does not say it is one.'),
      badVersion: 'The file’s version number is missing or wrong.',
      newer: (v) => `The file was made by a newer version of this tool (file version ${v}). Update the tool, then try again.`,
    },
  };
}
export const memberViewKind = meetingFileKind(MEMBER_VIEW_FORMAT, MEMBER_VIEW_VERSION, 'A governor’s view');

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
  const envelope = readEnvelope(text, memberViewKind);
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
// Adding a batch of files

export interface ImportFile {
  name: string;
  text: string;
  /** Where it came from, within a sentence ("the link", "link 2"); the file's name when not given. */
  from?: string;
}

export interface ImportResult {
  fileName: string;
  outcome: MergeOutcome | 'refused';
  /** One sentence that names the file and says what happened. */
  message: string;
  view?: MemberView;
}

/**
 * "a governor’s view of Oak Valley Learning Trust from the link (8 of 10 questions answered)".
 * Never the governor's name: the meeting page shows names only when the clerk asks ("Show
 * names"), since it may be on the projected screen.
 */
function describeView(view: MemberView, from: string, total: number): string {
  const answered = Object.keys(view.ratings).length;
  return `a governor’s view of ${view.trustName} from ${from} (${answered} of ${plural(total, 'question')} answered)`;
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
    const described = describeView(read.value.view, file.from ?? file.name, questionIds.length);
    const message = {
      added: `Added ${described}.${dropped}`,
      replaced: `Updated ${described}. The governor changed their view, so it replaces the one they sent before.${dropped}`,
      duplicate: `${file.name} was not added. This view is already recorded (the same file was added before), so nothing changed.`,
      conflict: `${file.name} was not added. A different view with the same reference is already recorded (the file may have been edited); the view already recorded was kept.`,
      full: `${file.name} was not added. This assessment already holds ${MAX_VIEWS} views, the most it can keep.`,
    }[merged.outcome];
    results.push({ fileName: file.name, outcome: merged.outcome, message, view: read.value.view });
  }
  return { views, results };
}

