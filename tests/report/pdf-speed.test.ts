// @vitest-environment node
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { PRINTABLE_RANGES } from '@/report/fonts/coverage';
import { withFastMetrics, type TtfFont } from '@/report/pdf-font';
import { deflateFast, isUnicodeTextHandler, unicodeTextHandler, withFastPaths, type JsPdfApi } from '@/report/pdf/speed';

/*
 * The PDF's fast paths (pdf/speed.ts, withFastMetrics) must give exactly what jsPDF's own
 * code gives: the same glyph numbers for the same text, the same glyphs, widths and
 * characters recorded for the font, the same widths measured, and streams that inflate back
 * to what was compressed. Each is compared with jsPDF's own over generated text.
 */

const api = jsPDF.API as unknown as JsPdfApi & { TTFFont: { open(bytes: Uint8Array): TtfFont } };
const openFont = () => api.TTFFont.open(new Uint8Array(readFileSync('src/report/fonts/Arimo-Regular.ttf')));

/** A font as a jsPDF document holds it, with its own record of what was drawn. */
const docFont = (metadata: object) => ({
  encoding: 'Identity-H',
  metadata: Object.assign(metadata, {
    glyIdsUsed: [0],
    toUnicode: {},
    Unicode: { widths: [] as unknown[], kerning: {}, encoding: {} },
  }) as { glyIdsUsed: number[]; toUnicode: Record<number, number>; Unicode: { widths: unknown[] } },
});

/** Text mixing what the font has, what it lacks above 255, and what it lacks below 256. */
const printable = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));
const char = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...printable) },
  { weight: 1, arbitrary: fc.constantFrom('中', '🙂', '\u0627', '\u05d0', '\u200b') },
  { weight: 1, arbitrary: fc.constantFrom('\u0001', '\u007f', '\u0085', '\u0009') },
);
const text = fc.array(char, { maxLength: 40 }).map((chars) => chars.join(''));
const textEvent = fc.oneof(
  text,
  fc.array(fc.oneof(text, fc.tuple(text, fc.integer(), fc.integer())), { maxLength: 4 }),
);

const jsPdfHandler = () => {
  const found = api.events.filter(isUnicodeTextHandler);
  expect(found).toHaveLength(1);
  return found[0]![1] as (event: object) => void;
};

describe("the PDF's fast paths", () => {
  it("turn text into glyph numbers exactly as jsPDF's handler does, and record the same glyphs, widths and characters", () => {
    const theirs = jsPdfHandler();
    const fonts = [openFont(), withFastMetrics(openFont())];
    fc.assert(
      fc.property(fc.array(textEvent, { minLength: 1, maxLength: 6 }), (texts) => {
        const a = docFont(fonts[0]!);
        const b = docFont(fonts[1]!);
        for (const t of texts) {
          const run = (handler: (event: object) => void, f: typeof a) => {
            const event = { text: structuredClone(t), x: 1, y: 2, options: {}, mutex: { activeFontKey: 'F20', fonts: { F20: f } } as Record<string, unknown> };
            handler(event);
            return { text: event.text, isHex: event.mutex.isHex };
          };
          expect(run(unicodeTextHandler as (event: object) => void, b)).toEqual(run(theirs, a));
        }
        expect(new Set(b.metadata.glyIdsUsed)).toEqual(new Set(a.metadata.glyIdsUsed));
        expect(b.metadata.toUnicode).toEqual(a.metadata.toUnicode);
        expect([...b.metadata.Unicode.widths]).toEqual([...a.metadata.Unicode.widths]);
      }),
      { numRuns: 300 },
    );
  });

  it('leave text in any other font alone, as jsPDF does', () => {
    const event = { text: 'Dŵr', mutex: { activeFontKey: 'F1', fonts: { F1: { encoding: 'WinAnsiEncoding', metadata: {} } } } as Record<string, unknown> };
    unicodeTextHandler(event as never);
    expect(event.text).toBe('Dŵr');
    expect(event.mutex.isHex).toBeUndefined();
  });

  it("measure and look up glyphs exactly as jsPDF's font does", () => {
    const plain = openFont();
    const fast = withFastMetrics(openFont());
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 30 }), fc.constantFrom(0, 0.5), (t, size, space) => {
        expect(fast.widthOfString(t, size, space)).toBe(plain.widthOfString(t, size, space));
        for (let i = 0; i < t.length; i += 1) {
          const glyph = plain.characterToGlyph(t.charCodeAt(i));
          expect(fast.characterToGlyph(t.charCodeAt(i))).toBe(glyph);
          expect(fast.widthOfGlyph(glyph)).toBe(plain.widthOfGlyph(glyph));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('compress streams that inflate back to exactly what was compressed', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.string({ maxLength: 500 }), (bytes, words) => {
        const data = String.fromCharCode(...bytes.subarray(0, 30_000)) + [...words].filter((c) => c.charCodeAt(0) < 256).join('') + String.fromCharCode(...bytes.subarray(30_000));
        const packed = deflateFast(data);
        expect(Buffer.from(inflateSync(Buffer.from(packed, 'latin1'))).toString('latin1')).toBe(data);
      }),
      { numRuns: 50 },
    );
  });

  it('put jsPDF back as it was afterwards, even when drawing fails', () => {
    const events = api.events;
    const filters = api.processDataByFilters;
    const arabic = api.processArabic;
    let inside: { events: unknown; filters: unknown; arabic: unknown; flate: unknown; other: unknown } | undefined;
    expect(() =>
      withFastPaths(api, () => {
        inside = {
          events: api.events,
          filters: api.processDataByFilters,
          arabic: api.processArabic,
          flate: api.processDataByFilters('abc', ['FlateEncode']),
          other: api.processDataByFilters('abc', ['ASCIIHexEncode']),
        };
        throw new Error('drawing failed');
      }),
    ).toThrow('drawing failed');
    expect(api.events).toBe(events);
    expect(api.processDataByFilters).toBe(filters);
    expect(api.processArabic).toBe(arabic);
    // Inside: jsPDF's text handler replaced, Arabic shaping off, deflate at level 1, other filters as jsPDF's.
    expect(inside?.events).not.toBe(events);
    expect((inside?.events as JsPdfApi['events']).filter(isUnicodeTextHandler).map((e) => e[1])).toEqual([unicodeTextHandler]);
    expect(inside?.arabic).toBeUndefined();
    expect(inside?.flate).toEqual({ data: deflateFast('abc'), reverseChain: '/FlateDecode' });
    expect(inside?.other).toEqual(filters('abc', ['ASCIIHexEncode']));
  });
});
