import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { FILE_FORMATS, readEnvelope, type FileKind } from '@/domain/envelope';
import { memberViewKind, readMemberViewFile } from '@/domain/meeting-files';
import { invitationKind, readInvitationFile } from '@/domain/meeting-link';
import { readSaveFile, saveFileKind } from '@/domain/save-file';
import { packFileKind, readTrustPack } from '@/domain/trust-pack';

/** The four kinds of file, each with its reader. */
const kinds: { name: string; kind: FileKind; read(text: string): { ok: boolean; problems?: string[] } }[] = [
  { name: 'save file', kind: saveFileKind, read: (text) => readSaveFile(text, content) },
  { name: 'trust pack', kind: packFileKind, read: (text) => readTrustPack(text, content) },
  { name: 'governor’s view', kind: memberViewKind, read: (text) => readMemberViewFile(text, ['q01-values'], { assessmentId: 'assessment-1', trusts: [] }) },
  { name: 'meeting invitation', kind: invitationKind, read: (text) => readInvitationFile(text) },
];

/** What JSON.parse says about text that is not JSON. */
function parserMessage(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('it is JSON');
}

/** Files that fail at each step of the envelope, in the order the steps run. */
const broken = (kind: FileKind) => ({
  tooBig: ' '.repeat(kind.maxChars + 1),
  notJson: '{"format": ',
  forbidden: JSON.stringify({ format: kind.format, version: 1 }).replace('{', '{"__proto__":{"x":1},'),
  notObject: '[1, 2]',
  otherFormat: JSON.stringify({ format: 'someone-else/file', version: 1 }),
  noFormat: JSON.stringify({ version: 1 }),
  badVersion: JSON.stringify({ format: kind.format, version: 1.5 }),
  noVersion: JSON.stringify({ format: kind.format }),
  newer: JSON.stringify({ format: kind.format, version: kind.version + 1 }),
});

describe('one reader for every file envelope', () => {
  it('every kind of file has its own format, and every format its kind', () => {
    expect(kinds.map((k) => k.kind.format).sort()).toEqual(Object.values(FILE_FORMATS).sort());
  });

  for (const { name, kind, read } of kinds) {
    it(`a ${name}: each broken envelope is refused with its own message, and the reader says exactly that`, () => {
      const files = broken(kind);
      const says = kind.says;
      const expected: Record<keyof typeof files, string> = {
        tooBig: says.tooBig(Math.round(files.tooBig.length / 1000)),
        notJson: says.notJson(parserMessage(files.notJson)),
        forbidden: says.forbidden('__proto__'),
        notObject: says.notObject,
        otherFormat: says.otherFormat('someone-else/file'),
        noFormat: says.otherFormat(undefined),
        badVersion: says.badVersion,
        noVersion: says.badVersion,
        newer: says.newer(kind.version + 1),
      };
      for (const [step, text] of Object.entries(files) as [keyof typeof files, string][]) {
        const envelope = readEnvelope(text, kind);
        expect(envelope, step).toEqual({ ok: false, problems: [expect.any(String)] });
        const problem = (envelope as { problems: string[] }).problems[0]!;
        expect(problem, step).toBe(expected[step]);
        // The kind's own reader goes through the same envelope.
        expect(read(text), step).toEqual({ ok: false, problems: [problem] });
      }
    });

    it(`a ${name}: another of this tool's files is named, not just refused`, () => {
      for (const other of Object.values(FILE_FORMATS).filter((f) => f !== kind.format)) {
        const text = JSON.stringify({ format: other, version: 1 });
        expect(readEnvelope(text, kind)).toEqual({ ok: false, problems: [kind.says.otherFormat(other)] });
      }
      const envelope = readEnvelope(JSON.stringify({ format: kind.format, version: kind.version, extra: 1 }), kind);
      expect(envelope).toEqual({ ok: true, value: { format: kind.format, version: kind.version, extra: 1 } });
    });
  }

  it('a trust pack opened as a save file, and a save file opened as a pack, say what they are', () => {
    expect(packFileKind.says.otherFormat(FILE_FORMATS.save)).toMatch(/saved answers, not a trust pack/);
    expect(memberViewKind.says.otherFormat(FILE_FORMATS.invitation)).toMatch(/meeting invitation, not a governor’s view/);
    expect(invitationKind.says.otherFormat(FILE_FORMATS.memberView)).toMatch(/governor’s view, not a meeting invitation/);
  });
});
