import { zlibSync } from 'fflate';

/*
 * jsPDF's slow paths, replaced for the length of one PDF. Each replacement gives the same PDF
 * text as jsPDF's own (tests/report/pdf-speed.test.ts compares them); drawing is synchronous,
 * so nothing else can use jsPDF while they are in place, and jsPDF is put back as it was.
 *
 * - Arabic shaping and right-to-left reordering are switched off: jsPDF runs both on every
 *   string it draws or measures; our font has no Arabic or Hebrew (toPdfSafe prints them as
 *   �), so every string is left to right and they change nothing.
 * - Text in the Unicode font is turned into glyph numbers by a loop of our own (textToGlyphs):
 *   jsPDF's builds each string a character at a time and searches its list of widths for
 *   every character.
 * - Streams are compressed at deflate level 1, not 6: a PDF about a fifth bigger, made in
 *   about three quarters of the time; jsPDF also turned the compressed bytes back into a
 *   string one byte at a time.
 */

/** jsPDF.API, as far as this file uses it. */
export interface JsPdfApi {
  events: [string, unknown][];
  processArabic?: unknown;
  processDataByFilters: (data: string, filters: string | string[]) => { data: string; reverseChain: string };
}

/** A font as jsPDF keeps it for a document, as far as textToGlyphs uses it. */
interface DocFont {
  encoding: string;
  metadata: {
    characterToGlyph(code: number): number;
    widthOfGlyph(glyph: number): number;
    glyIdsUsed: number[];
    toUnicode: Record<number, number>;
    Unicode: { widths: unknown[] };
  };
}

interface TextEvent {
  text?: unknown;
  mutex?: { activeFontKey: string; fonts: Record<string, DocFont>; isHex?: boolean };
}

/** jsPDF's right-to-left reordering (its bidi engine), found by what it calls. */
const isBidiEngine = ([event, handler]: [string, unknown]) =>
  event === 'postProcessText' && typeof handler === 'function' && handler.toString().includes('doBidiReorder');

/**
 * jsPDF's handler that turns text in a Unicode ("Identity-H") font into glyph numbers, found
 * by what it does to a word in a font made up for the purpose: the only handler that writes
 * glyph numbers in hexadecimal and marks the text as such.
 */
export function isUnicodeTextHandler([event, handler]: [string, unknown]): boolean {
  if (event !== 'postProcessText' || typeof handler !== 'function') return false;
  const metadata = {
    cmap: { unicode: { codeMap: { 65: 36 } as Record<number, number> } },
    characterToGlyph: (code: number) => (code === 65 ? 36 : 0),
    widthOfGlyph: () => 667,
    glyIdsUsed: [] as number[],
    toUnicode: {},
    Unicode: { widths: [] as unknown[], kerning: {}, encoding: {} },
  };
  const probe: TextEvent & Record<string, unknown> = {
    text: 'A',
    x: 0,
    y: 0,
    options: {},
    mutex: { activeFontKey: 'F99', fonts: { F99: { encoding: 'Identity-H', metadata } } },
  };
  try {
    (handler as (e: unknown) => void)(probe);
  } catch {
    return false;
  }
  return probe.text === '0024' && probe.mutex?.isHex === true;
}

const HEX: string[] = [];
const hex4 = (glyph: number) => (HEX[glyph] ??= glyph.toString(16).padStart(4, '0'));

/**
 * One string in a Unicode font as jsPDF writes it: each character's glyph number as four
 * hexadecimal digits; a character the font lacks is left out (one below 256 ends the string,
 * as jsPDF does); every glyph used, its width and the character it stands for are recorded
 * for the font's subset, widths and text extraction.
 */
export function textToGlyphs(text: string, font: DocFont): string {
  const m = font.metadata;
  const widths = m.Unicode.widths;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const glyph = m.characterToGlyph(code);
    if (glyph === 0 && code >= 256) continue;
    m.toUnicode[glyph] = code;
    if (widths.indexOf(glyph) === -1) {
      m.glyIdsUsed.push(glyph);
      widths.push(glyph, [parseInt(String(m.widthOfGlyph(glyph)), 10)]);
    }
    if (glyph === 0) break;
    out += hex4(glyph);
  }
  return out;
}

/** The replacement for jsPDF's handler (see isUnicodeTextHandler): the same, faster. */
export function unicodeTextHandler(event: TextEvent): void {
  const mutex = event.mutex;
  if (!mutex) return;
  const font = mutex.fonts[mutex.activeFontKey];
  if (!font || font.encoding !== 'Identity-H') return;
  const one = (text: unknown) => {
    mutex.isHex = true;
    return textToGlyphs(String(Array.isArray(text) ? text[0] : text), font);
  };
  const text = event.text || '';
  event.text = Array.isArray(text)
    ? text.map((item: unknown) => (Array.isArray(item) && item.length === 3 ? [one(item[0]), item[1], item[2]] : one(item)))
    : one(text);
}

/** Deflate at level 1, for a stream jsPDF would deflate at level 6. */
export function deflateFast(data: string): string {
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i += 1) bytes[i] = data.charCodeAt(i);
  const packed = zlibSync(bytes, { level: 1 });
  let out = '';
  for (let i = 0; i < packed.length; i += 0x2000) out += String.fromCharCode(...packed.subarray(i, i + 0x2000));
  return out;
}

/** Runs `draw` with jsPDF's slow paths replaced (see above), then puts jsPDF back as it was. */
export function withFastPaths<T>(api: JsPdfApi, draw: () => T): T {
  const { events, processArabic, processDataByFilters } = api;
  api.events = events
    .filter((entry) => entry[1] !== processArabic && !isBidiEngine(entry))
    .map((entry) => (isUnicodeTextHandler(entry) ? (['postProcessText', unicodeTextHandler] as [string, unknown]) : entry));
  delete api.processArabic;
  api.processDataByFilters = function (data, filters) {
    const only = typeof filters === 'string' ? [filters] : filters;
    if (only?.length === 1 && (only[0] === 'FlateEncode' || only[0] === '/FlateEncode')) {
      return { data: deflateFast(data ?? ''), reverseChain: '/FlateDecode' };
    }
    return processDataByFilters.call(this, data, filters);
  };
  try {
    return draw();
  } finally {
    api.events = events;
    api.processDataByFilters = processDataByFilters;
    if (processArabic) api.processArabic = processArabic;
  }
}
