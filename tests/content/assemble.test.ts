import { describe, expect, it } from 'vitest';
import { assemble, type ContentFiles } from '@/content/assemble';
import { parseContent, raw, type RawContent } from '@/content';

/**
 * Production builds read the content with assemble() alone, without the schemas (see
 * src/content/index.ts); development and tests read it with parseContent(). They must give
 * the same content: a schema that fills in a default, trims, renames or leaves out a field
 * would make the app show something the checks never saw.
 */
const unchecked = (files: RawContent) => assemble(files as unknown as ContentFiles);

describe('assemble(raw) is parseContent(raw)', () => {
  it('for the content in questions/', () => {
    expect(unchecked(raw)).toStrictEqual(parseContent(raw));
  });

  it('would see the difference if a schema changed what it reads', () => {
    // A field the schemas do not know: parseContent either leaves it out or refuses the file;
    // either way the content differs from what assemble() gives.
    const copy = structuredClone(raw) as RawContent & { meta: Record<string, unknown> };
    copy.meta = { ...copy.meta, notInTheSchema: 'x' };
    let parsed: unknown;
    try {
      parsed = parseContent(copy);
    } catch {
      parsed = 'refused';
    }
    expect(unchecked(copy)).not.toStrictEqual(parsed);
  });
});
