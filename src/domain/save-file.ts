import type { Content } from '@/content/schema';
import type { Answers } from './answers';
import * as z from 'zod/mini';
import { describeIssues, duplicateTrustIds, pruneAnswers } from './answers-schema';
import { salvageAnswers, type SetAsidePart } from './salvage';
import { markRatingsCopiedFromBoard } from './migrations';
import { FILE_FORMATS, readEnvelope, type FileKind } from './envelope';
import { slug } from './slug';

/** Marks a file as one of ours, so any other JSON file gets a clear message. */
export const SAVE_FORMAT = FILE_FORMATS.save;
/**
 * Bump when the file's shape changes, and teach `upgrade` the old one.
 * 2: the board's agreed rating is kept beside the school's own, no longer written over it.
 */
export const SAVE_VERSION = 2;
/**
 * A bigger file is refused before it is read. Browsers keep about 5 million characters in
 * local storage, so every assessment the app can hold exports (with indentation) well under
 * this, and any file the app saved can be opened again.
 */
export const MAX_FILE_BYTES = 8_000_000;

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  savedAt: string;
  contentVersion: string;
  answers: Answers;
}

export function toSaveFile(answers: Answers, contentVersion: string, savedAt: string): SaveFile {
  return { format: SAVE_FORMAT, version: SAVE_VERSION, savedAt, contentVersion, answers };
}

export type ReadResult =
  | { ok: true; answers: Answers; dropped: string[]; savedAt?: string; setAside: SetAsidePart[] }
  | { ok: false; problems: string[] };

/** The outline a file's answers must have before anything in them is read part by part. */
const answersShapeSchema = z.object({
  profile: z.record(z.string(), z.unknown()),
  steps: z.record(z.string(), z.unknown()),
  trusts: z.array(z.object({ id: z.string() })),
});

/** Older file versions' answers (once read), brought up to today's meaning. */
function upgrade(answers: Answers, version: number): Answers {
  // Version 1 wrote the board's agreed rating over the school's own: mark those ratings.
  return version < 2 ? markRatingsCopiedFromBoard(answers) : answers;
}

/** A save file as readEnvelope reads it. */
export const saveFileKind: FileKind = {
  format: SAVE_FORMAT,
  version: SAVE_VERSION,
  maxChars: MAX_FILE_BYTES,
  says: {
    tooBig: (kB) => `The file is too big (${kB} kB). A save file from this tool is under ${MAX_FILE_BYTES / 1_000_000} MB.`,
    notJson: (detail) => `The file is not a save file: it is damaged or cut short, or is not JSON (${detail}).`,
    forbidden: (keys) => `The file contains a field name that is not allowed (${keys}), so it was not opened.`,
    notObject: 'The file is not a save file from this tool.',
    otherFormat: () => 'The file is not a save file from this tool (it does not say it is one).',
    badVersion: 'The file’s version number is missing or wrong.',
    newer: (version) => `The file was made by a newer version of this tool (file version ${version}). Update the tool, then try again.`,
  },
};

/**
 * Reads a save file's text. Anything wrong gives a message that says what and where;
 * nothing here throws, and nothing in the file is ever treated as markup or code.
 */
export function readSaveFile(text: string, content: Content): ReadResult {
  const envelope = readEnvelope(text, saveFileKind);
  if (!envelope.ok) return envelope;
  const file = envelope.value;
  const saved = file.answers;
  const shape = answersShapeSchema.safeParse(saved);
  if (!shape.success) return { ok: false, problems: describeIssues(shape.error).map((p) => `In the answers: ${p}`) };
  // Two trusts with one id cannot be told apart (removing one would remove both): refuse the file.
  const repeated = duplicateTrustIds(shape.data.trusts);
  if (repeated.length > 0) {
    return {
      ok: false,
      problems: [
        `Two or more trusts in the file have the same reference (${repeated.join(', ')}), so the tool cannot tell them apart. The file may have been edited by hand.`,
      ],
    };
  }
  // Everything that reads is kept; a part that does not (for example a note over a limit a later
  // version set) is left out and named, rather than the whole file being refused.
  const salvaged = salvageAnswers(saved);
  const { answers, dropped } = pruneAnswers(content, upgrade(salvaged.answers, file.version));
  return { ok: true, answers, dropped, setAside: salvaged.setAside, savedAt: typeof file.savedAt === 'string' ? file.savedAt : undefined };
}

// Kept apart (answers-summary.ts, no zod) so that the start page can use them without the checks.
export { describeAnswers, hasAnything } from './answers-summary';

/** "join-a-trust-hill-primary-2026-11-25.json" */
export function saveFileName(answers: Answers, date: string): string {
  return `join-a-trust-${slug(answers.profile['school-name'] ?? 'school', 40) || 'school'}-${date}.json`;
}
