import type { jsPDF as JsPdf } from 'jspdf';

/*
 * The PDF's font: Arimo (SIL Open Font License 1.1, fonts/OFL.txt), which has the same
 * widths as Helvetica, cut down by tests/tools/make-pdf-font.mjs to the characters in
 * fonts/coverage.ts. Each face is its own chunk (the font file as base64, through Vite's
 * "?inline"), loaded only when a PDF is made, so the first visit does not grow; the service
 * worker precaches the chunks like any other, so the PDF works offline. jsPDF embeds only the
 * glyphs a PDF uses.
 */

export const PDF_FONT = 'Arimo';

export type PdfFontStyle = 'normal' | 'bold' | 'italic';

/** The three faces, as base64. */
export type PdfFontFiles = Record<PdfFontStyle, string>;

const FILE_NAMES: Record<PdfFontStyle, string> = {
  normal: 'Arimo-Regular.ttf',
  bold: 'Arimo-Bold.ttf',
  italic: 'Arimo-Italic.ttf',
};

let loading: Promise<PdfFontFiles> | null = null;

const base64 = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** Loads the three faces once; later calls get the same files. */
export function loadPdfFont(): Promise<PdfFontFiles> {
  loading ??= Promise.all([
    import('./fonts/Arimo-Regular.ttf?inline'),
    import('./fonts/Arimo-Bold.ttf?inline'),
    import('./fonts/Arimo-Italic.ttf?inline'),
  ]).then(([normal, bold, italic]) => ({ normal: base64(normal.default), bold: base64(bold.default), italic: base64(italic.default) }));
  // A failed load (the network dropped before the service worker had the files) may be tried again.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/** Each face's bytes, decoded once. */
const decoded = new Map<string, Uint8Array>();

function bytesOf(base64: string): Uint8Array {
  let bytes = decoded.get(base64);
  if (!bytes) {
    const binary = atob(base64);
    bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    decoded.set(base64, bytes);
  }
  return bytes;
}

/** What jsPDF makes of a TrueType font, as far as this file uses it. */
interface TtfMetadata {
  subset: { encode: (glyphs: number[]) => Uint8Array };
  Unicode: { encoding: object; kerning: object; widths: unknown[] };
  toUnicode: Record<number, number>;
  glyIdsUsed: number[];
}
/** jsPDF.API, as far as this file uses it. */
export interface PdfFontApi {
  TTFFont: { open(bytes: Uint8Array): unknown };
}

/** Each face as jsPDF has read it, by file: read once, not for every PDF. */
const parsed = new Map<string, unknown>();
/** jsPDF takes a font file that starts like this as bytes, not as base64 (see addPdfFont). */
const TRUETYPE_START = '\x00\x01\x00\x00';

/**
 * Adds the font to a new document, in all three styles, and makes it the current font.
 *
 * Three of jsPDF's ways with a Unicode font are slow, and replaced here for our three faces
 * only. It reads each font file afresh for every PDF: here each face is read once and the
 * result used again (what jsPDF records about one document's use of it starts afresh for
 * each). Its subsetter took a fifth of the time of a whole PDF: subsetTrueType gives the same
 * result (a font with the same glyph numbers, the unused glyphs empty) in well under a
 * millisecond. And its list of the glyph widths used is slow to search (see GlyphWidths).
 */
export function addPdfFont(doc: JsPdf, files: PdfFontFiles, api: PdfFontApi) {
  const open = api.TTFFont.open;
  try {
    for (const style of ['normal', 'bold', 'italic'] as const) {
      const file = files[style];
      const bytes = bytesOf(file);
      api.TTFFont.open = () => {
        if (!parsed.has(file)) parsed.set(file, withFastMetrics(open.call(api.TTFFont, bytes) as TtfFont));
        return parsed.get(file);
      };
      doc.addFileToVFS(FILE_NAMES[style], TRUETYPE_START);
      doc.addFont(FILE_NAMES[style], PDF_FONT, style, undefined, 'Identity-H');
      doc.setFont(PDF_FONT, style);
      const metadata = doc.getFont().metadata as TtfMetadata;
      metadata.toUnicode = {};
      metadata.glyIdsUsed = [0];
      metadata.Unicode = { encoding: {}, kerning: {}, widths: new GlyphWidths() };
      metadata.subset.encode = (glyphs) => subsetTrueType(bytes, glyphs);
    }
  } finally {
    api.TTFFont.open = open;
  }
  doc.setFont(PDF_FONT, 'normal');
}

/** jsPDF's reading of a TrueType font, as far as withFastMetrics uses it. */
export interface TtfFont {
  characterToGlyph(code: number): number;
  widthOfGlyph(glyph: number): number;
  widthOfString(text: string, size: number, charSpace: number): number;
}

/**
 * The font's glyph for a character and width of a character, remembered: jsPDF looks both up
 * afresh (through the font's tables) for every character it measures or draws, and a PDF
 * measures each line several times while laying it out. Same answers, kept in tables of the
 * 65,536 basic characters on the font object, which is itself kept between PDFs.
 */
export function withFastMetrics<T extends TtfFont>(font: T): T {
  const glyphOf = font.characterToGlyph.bind(font);
  const widthOfGlyph = font.widthOfGlyph.bind(font);
  const glyphs = new Int32Array(0x10000).fill(-1);
  const widths = new Float64Array(0x10000).fill(NaN);
  const glyphWidths = new Map<number, number>();
  font.characterToGlyph = (code) => {
    if (code >= 0x10000 || code < 0) return glyphOf(code);
    let glyph = glyphs[code]!;
    if (glyph < 0) glyph = glyphs[code] = glyphOf(code);
    return glyph;
  };
  font.widthOfGlyph = (glyph) => {
    let width = glyphWidths.get(glyph);
    if (width === undefined) glyphWidths.set(glyph, (width = widthOfGlyph(glyph)));
    return width;
  };
  const charWidth = (code: number) => {
    let width = widths[code]!;
    if (Number.isNaN(width)) width = widths[code] = font.widthOfGlyph(font.characterToGlyph(code));
    return width;
  };
  // As jsPDF's widthOfString, with the width of each character remembered.
  font.widthOfString = (text, size, charSpace) => {
    const string = `${text}`;
    const space = charSpace * (1000 / size);
    let width = 0;
    for (let i = 0; i < string.length; i += 1) width += charWidth(string.charCodeAt(i)) + space || 0;
    return width * (size / 1000);
  };
  return font;
}

/**
 * jsPDF keeps the widths of the glyphs a document uses as a list, [glyph, [width], glyph,
 * [width], …], written into the PDF at the end; for every character it draws it looks the
 * glyph up with indexOf, a search through the whole list. This list is the same list, and
 * finds a glyph from a map instead.
 */
export class GlyphWidths extends Array<unknown> {
  static override get [Symbol.species]() {
    return Array;
  }

  private readonly positions = new Map<unknown, number>();

  override push(...items: unknown[]): number {
    items.forEach((item, i) => {
      if (typeof item === 'number' && !this.positions.has(item)) this.positions.set(item, this.length + i);
    });
    return super.push(...items);
  }

  override indexOf(item: unknown, fromIndex?: number): number {
    if (fromIndex !== undefined || typeof item !== 'number') return super.indexOf(item, fromIndex);
    return this.positions.get(item) ?? -1;
  }
}

/**
 * A TrueType font with only the given glyphs' outlines (and the glyphs they are built from,
 * and glyph 0); every other glyph is left empty, so glyph numbers do not change and every
 * other table is copied as it is. The "loca" table is written in its long form.
 */
export function subsetTrueType(font: Uint8Array, glyphs: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const table = (tag: string) => {
    const found = tables.get(tag);
    if (!found) throw new Error(`The font has no ${tag} table.`);
    return found;
  };
  const head = table('head');
  const glyf = table('glyf');
  const loca = table('loca');
  const numGlyphs = view.getUint16(table('maxp').offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const start = (g: number) => glyf.offset + (longLoca ? view.getUint32(loca.offset + 4 * g) : 2 * view.getUint16(loca.offset + 2 * g));

  // The glyphs to keep, with the parts of composite glyphs.
  const keep = new Set<number>([0]);
  const todo = [0];
  for (const g of glyphs) {
    if (g >= 0 && g < numGlyphs && !keep.has(g)) {
      keep.add(g);
      todo.push(g);
    }
  }
  while (todo.length > 0) {
    const g = todo.pop()!;
    const from = start(g);
    if (start(g + 1) <= from || view.getInt16(from) >= 0) continue;
    let at = from + 10;
    let flags: number;
    do {
      flags = view.getUint16(at);
      const part = view.getUint16(at + 2);
      if (part < numGlyphs && !keep.has(part)) {
        keep.add(part);
        todo.push(part);
      }
      at += 4 + (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0);
    } while (flags & 0x0020);
  }

  // New glyf and loca.
  const pad = (n: number) => (n + 3) & ~3;
  let glyfLength = 0;
  for (const g of keep) glyfLength += pad(start(g + 1) - start(g));
  const newGlyf = new Uint8Array(glyfLength);
  const newLoca = new Uint8Array(4 * (numGlyphs + 1));
  const locaView = new DataView(newLoca.buffer);
  let at = 0;
  for (let g = 0; g < numGlyphs; g += 1) {
    locaView.setUint32(4 * g, at);
    if (!keep.has(g)) continue;
    const from = start(g);
    const to = start(g + 1);
    newGlyf.set(font.subarray(from, to), at);
    at += pad(to - from);
  }
  locaView.setUint32(4 * numGlyphs, at);

  // Every table, in the original order of tags, the new ones in place of the old.
  const data = new Map<string, Uint8Array>();
  for (const [tag, { offset, length }] of tables) data.set(tag, font.slice(offset, offset + length));
  data.set('glyf', newGlyf);
  data.set('loca', newLoca);
  const newHead = data.get('head')!;
  const headView = new DataView(newHead.buffer, newHead.byteOffset, newHead.byteLength);
  headView.setUint32(8, 0); // checksumAdjustment, set below
  headView.setInt16(50, 1); // indexToLocFormat: long

  const tags = [...tables.keys()];
  const directoryLength = 12 + 16 * tags.length;
  let total = directoryLength;
  for (const tag of tags) total += pad(data.get(tag)!.length);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  out.set(font.subarray(0, 12));
  let offset = directoryLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const bytes = data.get(tag)!;
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k += 1) out[entry + k] = tag.charCodeAt(k);
    out.set(bytes, offset);
    outView.setUint32(entry + 4, checksum(out, offset, bytes.length));
    outView.setUint32(entry + 8, offset);
    outView.setUint32(entry + 12, bytes.length);
    if (tag === 'head') headOffset = offset;
    offset += pad(bytes.length);
  });
  outView.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, total)) >>> 0);
  return out;
}

/** The TrueType checksum: the sum of the big-endian 32-bit words, the last one padded with zeros. */
function checksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  const end = offset + length;
  for (let i = offset; i < end; i += 4) {
    sum = (sum + (((bytes[i] ?? 0) << 24) | ((i + 1 < end ? bytes[i + 1]! : 0) << 16) | ((i + 2 < end ? bytes[i + 2]! : 0) << 8) | (i + 3 < end ? bytes[i + 3]! : 0))) >>> 0;
  }
  return sum;
}
