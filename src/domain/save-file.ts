import type { Content } from '../content/schema';
import type { Answers } from './answers';
import { answersSchema, describeIssues, pruneAnswers } from './answers-schema';
import { parseJsonObject } from './safe-json';
import { slug } from './slug';

/** Marks a file as one of ours, so any other JSON file gets a clear message. */
export const SAVE_FORMAT = 'should-we-join-a-trust/assessment';
/** Bump when the file's shape changes, and teach `upgrade` the old one. */
export const SAVE_VERSION = 1;
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
  | { ok: true; answers: Answers; dropped: string[]; savedAt?: string }
  | { ok: false; problems: string[] };

/** Older file versions, brought up to today's shape. None has shipped yet. */
function upgrade(file: Record<string, unknown>): Record<string, unknown> {
  return file;
}

/**
 * Reads a save file's text. Anything wrong gives a message that says what and where;
 * nothing here throws, and nothing in the file is ever treated as markup or code.
 */
export function readSaveFile(text: string, content: Content): ReadResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, problems: [`The file is too big (${Math.round(text.length / 1000)} kB). A save file from this tool is under ${MAX_FILE_BYTES / 1_000_000} MB.`] };
  }
  const json = parseJsonObject(text);
  if (!json.ok) {
    const why = {
      syntax: `The file is not a save file: it is damaged or cut short, or is not JSON (${json.detail}).`,
      forbidden: `The file contains a field name that is not allowed (${json.detail}), so it was not opened.`,
      'not-object': 'The file is not a save file from this tool.',
    };
    return { ok: false, problems: [why[json.reason]] };
  }
  const file = json.value;
  if (file.format !== SAVE_FORMAT) {
    return { ok: false, problems: ['The file is not a save file from this tool (it does not say it is one).'] };
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return { ok: false, problems: ['The file’s version number is missing or wrong.'] };
  }
  if (file.version > SAVE_VERSION) {
    return { ok: false, problems: [`The file was made by a newer version of this tool (file version ${file.version}). Update the tool, then try again.`] };
  }
  const parsed = answersSchema.safeParse(upgrade(file).answers);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error).map((p) => `In the answers: ${p}`) };
  const { answers, dropped } = pruneAnswers(content, parsed.data);
  return { ok: true, answers, dropped, savedAt: typeof file.savedAt === 'string' ? file.savedAt : undefined };
}

/** What an import would replace, in words: "Hill Primary: 2 trusts, 14 answers". */
export function describeAnswers(answers: Answers): string {
  const name = answers.profile['school-name']?.trim() || 'your school';
  const rated = answers.trusts.reduce((n, t) => n + Object.values(t.answers).filter((a) => a.rating).length, 0);
  const steps = Object.keys(answers.steps).length;
  const parts = [
    `${answers.trusts.length} trust${answers.trusts.length === 1 ? '' : 's'}`,
    `${rated} rated question${rated === 1 ? '' : 's'}`,
    `${steps} stage step${steps === 1 ? '' : 's'}`,
  ];
  return `${name}: ${parts.join(', ')}`;
}

export const hasAnything = (answers: Answers) =>
  Object.keys(answers.profile).length > 0 || Object.keys(answers.steps).length > 0 || answers.trusts.length > 0;

/** "join-a-trust-hill-primary-2026-11-25.json" */
export function saveFileName(answers: Answers, date: string): string {
  return `join-a-trust-${slug(answers.profile['school-name'] ?? 'school', 40) || 'school'}-${date}.json`;
}
