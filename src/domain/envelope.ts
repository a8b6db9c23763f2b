import { parseJsonObject } from './safe-json';

/**
 * Every kind of file the app writes says what it is (`format`) and which version of that
 * format it is, so any other file, or one of ours opened in the wrong place, gets a clear
 * message. One reader (readEnvelope) checks them all in the same order.
 */
export const FILE_FORMATS = {
  save: 'should-we-join-a-trust/assessment',
  pack: 'should-we-join-a-trust/trust-pack',
  memberView: 'should-we-join-a-trust/member-view',
  invitation: 'should-we-join-a-trust/meeting-invitation',
} as const;

export type FileResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** One kind of file: its mark, the newest version this tool reads, its size limit, and what to say in its words. */
export interface FileKind {
  format: string;
  version: number;
  /** A longer text is refused before it is parsed. */
  maxChars: number;
  says: {
    /** `kB`: the text's length in thousands of characters, rounded. */
    tooBig(kB: number): string;
    notJson(detail: string): string;
    forbidden(keys: string): string;
    notObject: string;
    /** The file says it is another format (one of FILE_FORMATS, or anything else, or nothing). */
    otherFormat(format: unknown): string;
    badVersion: string;
    newer(version: number): string;
  };
}

/**
 * The checks every file gets, in this order: size, JSON, no prototype names anywhere, this
 * format, a version number this tool can read. Never throws. What is in the file beyond its
 * envelope is for the caller to check.
 */
export function readEnvelope(text: string, kind: FileKind): FileResult<Record<string, unknown> & { version: number }> {
  const fail = (problem: string) => ({ ok: false as const, problems: [problem] });
  if (text.length > kind.maxChars) return fail(kind.says.tooBig(Math.round(text.length / 1000)));
  const json = parseJsonObject(text);
  if (!json.ok) {
    if (json.reason === 'syntax') return fail(kind.says.notJson(json.detail));
    if (json.reason === 'forbidden') return fail(kind.says.forbidden(json.detail));
    return fail(kind.says.notObject);
  }
  const file = json.value;
  if (file.format !== kind.format) return fail(kind.says.otherFormat(file.format));
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail(kind.says.badVersion);
  if (version > kind.version) return fail(kind.says.newer(version));
  return { ok: true, value: { ...file, version } };
}
