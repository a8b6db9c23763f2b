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
 * character, so of each such pair only the first is kept (U+018F and not U+04D8, for
 * example); the other is then a character the font lacks, printed as a replacement and
 * listed at the end of the PDF. Every face covers exactly the same characters.
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

// First cut: what every face has, less characters that share a glyph in any face.
const first = await cut(codePoints(WANTED));
const maps = Object.values(first).map(cmapOf);
const inAll = [...maps[0].keys()].filter((code) => maps.every((m) => m.has(code)));
const shared = new Set(maps.flatMap(sharing));
const keep = inAll.filter((code) => !shared.has(code));

// Second cut with exactly those, then check.
const faces = await cut(keep);
for (const [name, bytes] of Object.entries(faces)) {
  const cmap = cmapOf(bytes);
  const got = [...cmap.keys()].sort((a, b) => a - b);
  if (got.join() !== [...keep].sort((a, b) => a - b).join()) throw new Error(`${name} does not cover exactly the characters kept.`);
  if (sharing(cmap).length > 0) throw new Error(`${name} still has characters that share a glyph.`);
}

mkdirSync(out, { recursive: true });
for (const [name, bytes] of Object.entries(faces)) writeFileSync(join(out, name), bytes);
copyFileSync(join(source, 'LICENSE_FONT'), join(out, 'OFL.txt'));
const ranges = toRanges(keep);
writeFileSync(
  join(out, 'coverage.ts'),
  `// Written by tests/tools/make-pdf-font.mjs (npm run pdf-font): do not edit by hand.
// The characters the PDF's font (Arimo, cut down) can print, as inclusive ranges of code points.
// ${keep.length} characters; left out because they share a glyph with another: ${[...shared].sort((a, b) => a - b).map((c) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`).join(', ') || 'none'}.
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
