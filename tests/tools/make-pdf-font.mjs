#!/usr/bin/env node
/**
 * Makes the font the PDF is printed in: Arimo (regular, bold, italic), cut down to the
 * letters that names of schools, trusts and people need (Latin with every extension used in
 * Europe and Vietnam, Greek, Cyrillic, punctuation, currency, arrows and a few symbols).
 * Arimo has the same widths as Helvetica and Arial, so pages lay out as before.
 *
 * Source: the npm package @expo-google-fonts/arimo (SIL Open Font License 1.1; the licence
 * is copied beside the fonts). Cut with subset-font (HarfBuzz's hb-subset): no layout tables
 * (jsPDF uses none), no hinting.
 *
 * Two characters that share one drawing (a glyph) would read back from the PDF as the same
 * character (a PDF maps each glyph back to one character), so the later of each such pair
 * (U+04D8 Ә beside U+018F Ə, for example) gets a copy of the glyph. Every face covers
 * exactly the same characters.
 *
 * Writes src/report/fonts/*.ttf and src/report/fonts/coverage.ts (the characters covered,
 * as ranges, for src/report/pdf-safe.ts). The output is committed: run this only to change
 * the font or the characters (npm run pdf-font), and commit what it writes.
 * tests/report/pdf-font.test.ts checks the committed files against each other.
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import subsetFont from 'subset-font';
import { jsPDF } from 'jspdf';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'src/report/fonts');
const source = join(root, 'node_modules/@expo-google-fonts/arimo');

/** Output file name → source face. */
export const FACES = {
  'Arimo-Regular.ttf': '400Regular/Arimo_400Regular.ttf',
  'Arimo-Bold.ttf': '700Bold/Arimo_700Bold.ttf',
  'Arimo-Italic.ttf': '400Regular_Italic/Arimo_400Regular_Italic.ttf',
};

/** The characters wanted (where the font has them), as inclusive ranges. */
const WANTED = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A (Welsh ŵ ŷ, Polish ł ń ś ź ż, Czech, Hungarian, Turkish…)
  [0x0180, 0x024f], // Latin Extended-B (Romanian ș ț, Pinyin ǎ, Ə…)
  [0x0250, 0x02af], // IPA extensions (Azerbaijani ə, and letters used in African languages)
  [0x02b0, 0x02ff], // Spacing modifier letters (ʻ ʼ ˆ ˇ ˘ ˙ ˚ ˛ ˜ ˝)
  [0x0300, 0x036f], // Combining marks, for letters with no precomposed form
  [0x0370, 0x03ff], // Greek
  [0x0400, 0x04ff], // Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian, Kazakh…)
  [0x1e00, 0x1eff], // Latin Extended Additional (Welsh ẁ ẃ ẅ ỳ, Vietnamese)
  [0x2000, 0x206f], // General punctuation (dashes, quotes, bullets, spaces)
  [0x20a0, 0x20c0], // Currency symbols
  [0x2103, 0x2103], // ℃
  [0x2113, 0x2113], // ℓ
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x212e, 0x212e], // ℮
  [0x2150, 0x215f], // Fractions ⅓ ⅔ ⅛…
  [0x2190, 0x21ff], // Arrows
  [0x2200, 0x22ff], // Mathematical operators (≤ ≥ ≠ ≈ −)
  [0x25a0, 0x25ff], // Geometric shapes (■ □ ● ○)
  [0xfb00, 0xfb06], // Latin ligatures (ﬁ ﬂ), as text copied from other PDFs has them
  [0xfffd, 0xfffd], // The replacement character, printed for any character the font lacks
];

const codePoints = (ranges) => ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
const textOf = (points) => String.fromCodePoint(...points);

/** What jsPDF itself reads from a font: code point → glyph id (glyph 0 is "missing"). */
function cmapOf(bytes) {
  const font = jsPDF.API.TTFFont.open(new Uint8Array(bytes));
  const map = new Map();
  for (const [code, glyph] of Object.entries(font.cmap.unicode.codeMap)) if (glyph) map.set(Number(code), glyph);
  return map;
}

/** Code points that share a glyph with a lower code point. */
function sharing(cmap) {
  const first = new Map();
  const out = [];
  for (const code of [...cmap.keys()].sort((a, b) => a - b)) {
    const glyph = cmap.get(code);
    if (first.has(glyph)) out.push(code);
    else first.set(glyph, code);
  }
  return out;
}

async function cut(points) {
  const result = {};
  for (const [name, file] of Object.entries(FACES)) {
    result[name] = await subsetFont(readFileSync(join(source, file)), textOf(points), {
      targetFormat: 'sfnt',
      noHinting: true,
      keepFeatures: [],
      dropTables: ['GSUB', 'GPOS', 'GDEF', 'STAT', 'gasp'],
    });
  }
  return result;
}

/** Code points → sorted inclusive ranges. */
function toRanges(points) {
  const sorted = [...points].sort((a, b) => a - b);
  const ranges = [];
  for (const p of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === p - 1) last[1] = p;
    else ranges.push([p, p]);
  }
  return ranges;
}

const hex = (n) => `0x${n.toString(16).padStart(4, '0')}`;

/** The font's tables: tag → { offset, length }, in the order of the directory. */
function tablesOf(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map();
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

const pad4 = (n) => (n + 3) & ~3;

function checksum(bytes) {
  const padded = new Uint8Array(pad4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** A font file from its tables (tag → bytes), with checksums. */
function assemble(sfntVersion, data) {
  const tags = [...data.keys()];
  const directoryLength = 12 + 16 * tags.length;
  const total = directoryLength + tags.reduce((n, tag) => n + pad4(data.get(tag).length), 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(tags.length));
  view.setUint32(0, sfntVersion);
  view.setUint16(4, tags.length);
  view.setUint16(6, 16 * 2 ** log2);
  view.setUint16(8, log2);
  view.setUint16(10, 16 * tags.length - 16 * 2 ** log2);
  let offset = directoryLength;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const bytes = data.get(tag);
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k += 1) out[entry + k] = tag.charCodeAt(k);
    view.setUint32(entry + 4, checksum(bytes));
    view.setUint32(entry + 8, offset);
    view.setUint32(entry + 12, bytes.length);
    out.set(bytes, offset);
    if (tag === 'head') headOffset = offset;
    offset += pad4(bytes.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** A cmap table with one format 4 subtable (code points up to U+FFFF), for Unicode and Windows. */
function cmapTable(map) {
  const codes = [...map.keys()].sort((a, b) => a - b);
  if (codes.some((code) => code > 0xfffe)) throw new Error('Only the Basic Multilingual Plane is written.');
  const runs = [];
  for (const code of codes) {
    const last = runs[runs.length - 1];
    if (last && last.end === code - 1) last.end = code;
    else runs.push({ start: code, end: code });
  }
  runs.push({ start: 0xffff, end: 0xffff, last: true });
  const segCount = runs.length;
  const glyphIds = [];
  const length = 16 + 8 * segCount + 2 * codes.length;
  const sub = new DataView(new ArrayBuffer(length));
  const log2 = Math.floor(Math.log2(segCount));
  sub.setUint16(0, 4);
  sub.setUint16(2, length);
  sub.setUint16(6, segCount * 2);
  sub.setUint16(8, 2 * 2 ** log2);
  sub.setUint16(10, log2);
  sub.setUint16(12, segCount * 2 - 2 * 2 ** log2);
  const endAt = 14;
  const startAt = endAt + 2 * segCount + 2;
  const deltaAt = startAt + 2 * segCount;
  const rangeAt = deltaAt + 2 * segCount;
  const glyphsAt = rangeAt + 2 * segCount;
  runs.forEach((run, i) => {
    sub.setUint16(endAt + 2 * i, run.end);
    sub.setUint16(startAt + 2 * i, run.start);
    if (run.last) {
      sub.setUint16(deltaAt + 2 * i, 1);
      sub.setUint16(rangeAt + 2 * i, 0);
      return;
    }
    sub.setUint16(deltaAt + 2 * i, 0);
    // From this idRangeOffset entry to the run's first glyph id.
    sub.setUint16(rangeAt + 2 * i, glyphsAt + 2 * glyphIds.length - (rangeAt + 2 * i));
    for (let code = run.start; code <= run.end; code += 1) glyphIds.push(map.get(code));
  });
  glyphIds.forEach((glyph, i) => sub.setUint16(glyphsAt + 2 * i, glyph));
  const table = new Uint8Array(20 + length);
  const view = new DataView(table.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, 2);
  view.setUint16(4, 0); // Unicode
  view.setUint16(6, 3); // BMP
  view.setUint32(8, 20);
  view.setUint16(12, 3); // Windows
  view.setUint16(14, 1); // Unicode BMP
  view.setUint32(16, 20);
  table.set(new Uint8Array(sub.buffer), 20);
  return table;
}

/**
 * Gives each character a glyph of its own: where two characters share a drawing (Ə and Ә),
 * the later one gets a copy. A PDF maps glyphs back to characters, one character a glyph,
 * so without this one of the two would read back as the other.
 */
function separateSharedGlyphs(file) {
  // A copy, as a plain Uint8Array (a Node Buffer's slice() is a view, not a copy).
  const font = new Uint8Array(file);
  const tables = tablesOf(font);
  const table = (tag) => font.slice(tables.get(tag).offset, tables.get(tag).offset + tables.get(tag).length);
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const at = (tag) => tables.get(tag).offset;
  const numGlyphs = view.getUint16(at('maxp') + 4);
  const numberOfHMetrics = view.getUint16(at('hhea') + 34);
  const longLoca = view.getInt16(at('head') + 50) === 1;
  if (view.getUint32(at('post')) !== 0x00030000) throw new Error('Expected a post table without glyph names (format 3).');
  const start = (g) => at('glyf') + (longLoca ? view.getUint32(at('loca') + 4 * g) : 2 * view.getUint16(at('loca') + 2 * g));
  const advance = (g) => view.getUint16(at('hmtx') + 4 * Math.min(g, numberOfHMetrics - 1));
  const bearing = (g) =>
    g < numberOfHMetrics ? view.getInt16(at('hmtx') + 4 * g + 2) : view.getInt16(at('hmtx') + 4 * numberOfHMetrics + 2 * (g - numberOfHMetrics));

  const cmap = cmapOf(font);
  const sources = Array.from({ length: numGlyphs }, (_, g) => g);
  const seen = new Set();
  for (const code of [...cmap.keys()].sort((a, b) => a - b)) {
    const glyph = cmap.get(code);
    if (!seen.has(glyph)) {
      seen.add(glyph);
      continue;
    }
    cmap.set(code, sources.length);
    sources.push(glyph);
  }
  if (sources.length === numGlyphs) return file;

  // Glyphs on two-byte boundaries, so that the short form of loca (offsets / 2) will do.
  const pad2 = (n) => (n + 1) & ~1;
  const glyfLength = sources.reduce((n, g) => n + pad2(start(g + 1) - start(g)), 0);
  const short = glyfLength / 2 <= 0xffff;
  const glyf = new Uint8Array(glyfLength);
  const loca = new Uint8Array((short ? 2 : 4) * (sources.length + 1));
  const hmtx = new Uint8Array(4 * sources.length);
  const locaView = new DataView(loca.buffer);
  const hmtxView = new DataView(hmtx.buffer);
  const setLoca = (i, value) => (short ? locaView.setUint16(2 * i, value / 2) : locaView.setUint32(4 * i, value));
  let offset = 0;
  sources.forEach((g, i) => {
    setLoca(i, offset);
    glyf.set(font.subarray(start(g), start(g + 1)), offset);
    offset += pad2(start(g + 1) - start(g));
    hmtxView.setUint16(4 * i, advance(g));
    hmtxView.setInt16(4 * i + 2, bearing(g));
  });
  setLoca(sources.length, offset);

  const data = new Map();
  for (const tag of tables.keys()) data.set(tag, table(tag));
  data.set('glyf', glyf);
  data.set('loca', loca);
  data.set('hmtx', hmtx);
  data.set('cmap', cmapTable(cmap));
  const edit = (tag) => new DataView(data.get(tag).buffer, data.get(tag).byteOffset, data.get(tag).byteLength);
  edit('maxp').setUint16(4, sources.length);
  edit('hhea').setUint16(34, sources.length);
  edit('head').setInt16(50, short ? 0 : 1);
  return assemble(view.getUint32(0), data);
}

// First cut: every wanted character that every face has.
const first = await cut(codePoints(WANTED));
const maps = Object.values(first).map(cmapOf);
const keep = [...maps[0].keys()].filter((code) => maps.every((m) => m.has(code)));
const shared = new Set(maps.flatMap(sharing));

// Second cut with exactly those; then a glyph of its own for each character, and check.
const faces = await cut(keep);
for (const [name, bytes] of Object.entries(faces)) {
  const before = cmapOf(bytes);
  faces[name] = separateSharedGlyphs(bytes);
  const cmap = cmapOf(faces[name]);
  const got = [...cmap.keys()].sort((a, b) => a - b);
  if (got.join() !== [...keep].sort((a, b) => a - b).join()) throw new Error(`${name} does not cover exactly the characters kept.`);
  if (sharing(cmap).length > 0) throw new Error(`${name} still has characters that share a glyph.`);
  const font = jsPDF.API.TTFFont.open(new Uint8Array(faces[name]));
  const original = jsPDF.API.TTFFont.open(new Uint8Array(bytes));
  for (const [code, glyph] of cmap) {
    const was = original.glyf.glyphFor(before.get(code))?.raw.data ?? [];
    const is = font.glyf.glyphFor(glyph)?.raw.data ?? [];
    if (is.slice(0, was.length).join() !== was.join() || font.widthOfGlyph(glyph) !== original.widthOfGlyph(before.get(code))) {
      throw new Error(`${name}: U+${code.toString(16)} is drawn differently after separating glyphs (${was.length}/${is.length} bytes, widths ${original.widthOfGlyph(before.get(code))}/${font.widthOfGlyph(glyph)}, glyph ${before.get(code)}/${glyph}).`);
    }
  }
}

mkdirSync(out, { recursive: true });
for (const [name, bytes] of Object.entries(faces)) writeFileSync(join(out, name), bytes);
copyFileSync(join(source, 'LICENSE_FONT'), join(out, 'OFL.txt'));
const ranges = toRanges(keep);
writeFileSync(
  join(out, 'coverage.ts'),
  `// Written by tests/tools/make-pdf-font.mjs (npm run pdf-font): do not edit by hand.
// The characters the PDF's font (Arimo, cut down) can print, as inclusive ranges of code points.
// ${keep.length} characters; given a copy of a glyph they shared with another: ${[...shared].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') || 'none'}.
export const PRINTABLE_RANGES: readonly (readonly [number, number])[] = [
${ranges.map(([a, b]) => `  [${hex(a)}, ${hex(b)}],`).join('\n')}
];
`,
);
console.info(
  `${keep.length} characters in ${ranges.length} ranges; ` +
    Object.entries(faces)
      .map(([name, bytes]) => `${name} ${bytes.length} bytes`)
      .join(', '),
);
