// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import type { TrustPack } from '@/domain/trust-pack';
import { buildReport, type Report } from '@/report/build';
import { PRINTABLE_RANGES } from '@/report/fonts/coverage';
import { renderPdf } from '@/report/pdf';
import { subsetTrueType } from '@/report/pdf-font';
import { canPrint } from '@/report/pdf-safe';
import { fixtureContent as content } from '../fixtures/content';

/*
 * Every name survives into the PDF: the PDF is printed in a Unicode font (Arimo, cut down),
 * so names in Welsh, Polish, Irish, Greek and Cyrillic print, and read back (pdftotext),
 * exactly as typed. A character the font lacks prints as � and is listed at the end, and a
 * web address is never changed.
 */

const OUT = 'out/pdf-test';
const FACES = ['Arimo-Regular.ttf', 'Arimo-Bold.ttf', 'Arimo-Italic.ttf'];

interface TtfFont {
  cmap: { unicode: { codeMap: Record<number, number> } };
  glyf: { glyphFor(id: number): { raw: { data: number[] }; compound?: boolean; glyphIDs?: number[] } | null };
  maxp: { numGlyphs: number };
}
const open = (bytes: Uint8Array) => (jsPDF.API as unknown as { TTFFont: { open(b: Uint8Array): TtfFont } }).TTFFont.open(bytes);
const fontFile = (name: string) => new Uint8Array(readFileSync(join('src/report/fonts', name)));

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

async function make(name: string, answers: Answers) {
  const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
  const result = await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, result.bytes);
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(OUT, old));
  // pdftoppm says on stderr if it cannot read a font; execFileSync would show it.
  const rendered = execFileSync('pdftoppm', ['-png', '-r', '60', file, join(OUT, name)], { stdio: ['ignore', 'ignore', 'pipe'] });
  expect(String(rendered ?? '')).toBe('');
  const pages = run('pdftotext', [file, '-']).split('\f').slice(0, -1);
  return { file, pages, text: collapse(pages.join(' ')) };
}

const NAMES = {
  school: 'Ysgol Gymraeg Dŵr',
  trustPolish: 'Łódź',
  trustGreek: 'Ζήτα',
  cyrillic: 'Школа',
  irish: 'Scoil Bhríde',
};
const POLISH_TRUST = `Ymddiriedolaeth ${NAMES.trustPolish} Trust`;
const GREEK_TRUST = `${NAMES.trustGreek} Learning Trust`;
const LINK = 'https://ysgol-dŵr.example/adroddiad/łódź';

const pack = (links: TrustPack['links'], answer = 'We put children first.'): TrustPack => ({
  trustName: POLISH_TRUST,
  preparedOn: '2026-11-25',
  answers: { fq1: { answer, links: [] } },
  about: {},
  contacts: [
    { name: 'Siân Ó Súilleabháin', role: 'Cadeirydd / Chair', email: 'sian@ysgol.example' },
    { name: 'Αθηνά Παπαδοπούλου', role: 'Chief executive', email: 'ceo@zeta.example' },
    { name: 'Олена Шевченко', role: 'Finance director', email: 'olena@zeta.example' },
    { name: 'Ștefan Țurcanu, Nguyễn Thị Ánh, Dvořák', role: 'Governors', email: 'board@zeta.example' },
    // Cyrillic Ә and Latin Ə look the same (one drawing in the font) but must read back apart.
    { name: 'Әлия Нұрланқызы, Əli Məmmədov', role: 'Staff governors', email: 'staff@zeta.example' },
  ],
  links,
});

const names = (): Answers => ({
  profile: { 'school-name': NAMES.school },
  steps: {},
  weights: {},
  trusts: [
    {
      id: 't1',
      name: POLISH_TRUST,
      answers: { fq1: { rating: 'meets', evidence: 'documents', notes: `We visited ${NAMES.cyrillic} № 5 and ${NAMES.irish}, Gaillimh.` } },
      pack: pack([{ title: 'Adroddiad blynyddol', url: LINK }]),
    },
    { id: 't2', name: GREEK_TRUST, answers: { fq1: { rating: 'strong', evidence: 'verified' } } },
  ],
});

const missing = (): Answers => ({
  profile: { 'school-name': 'Hill Primary' },
  steps: {},
  weights: {},
  trusts: [
    {
      id: 't1',
      name: 'Oak Learning Trust',
      answers: { fq1: { rating: 'meets', evidence: 'documents', notes: 'Twinned with 学校 in Osaka 🙂 and the text after them is all here.' } },
      pack: pack([{ title: 'Partner', url: 'https://例え.jp/学校' }]),
    },
  ],
});

let withNames: Awaited<ReturnType<typeof make>>;
let withMissing: Awaited<ReturnType<typeof make>>;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  withNames = await make('names', names());
  withMissing = await make('unprintable', missing());
}, 60_000);

describe('the PDF font', () => {
  it('covers exactly the characters coverage.ts lists, in every face, each with a glyph of its own', () => {
    const listed = PRINTABLE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
    for (const face of FACES) {
      const codeMap = open(fontFile(face)).cmap.unicode.codeMap;
      const mapped = Object.entries(codeMap)
        .filter(([, glyph]) => glyph > 0)
        .map(([code]) => Number(code))
        .sort((a, b) => a - b);
      expect(mapped, face).toEqual(listed);
      // Two characters on one glyph would read back from the PDF as the same character.
      const glyphs = mapped.map((code) => codeMap[code]);
      expect(new Set(glyphs).size, face).toBe(glyphs.length);
    }
  });

  it('has every letter of Welsh, Polish, Irish, Greek, Russian, Ukrainian and more', () => {
    const alphabets = [
      'ŴŵŶŷẀẁẂẃẄẅỲỳÂâÊêÎîÔôÛûÏïËë', // Welsh
      'ĄąĆćĘęŁłŃńÓóŚśŹźŻż', // Polish
      'ÁáÉéÍíÓóÚú', // Irish
      'ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰΆΈΉΊΌΎΏ', // Greek
      'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя', // Russian
      'ҐґЄєІіЇї', // Ukrainian
      'ЂђЈјЉљЊњЋћЏџЃѓЌќЅѕЎў', // Serbian, Macedonian, Belarusian
      'ӘәҒғҚқҢңӨөҰұҮүҺһ', // Kazakh (Ә shares its drawing with Latin Ə, so it has a copy of its own)
      'ȘșȚțĂăÇçĞğİıŞşŐőŰűČčĎďĚěŇňŘřŠšŤťŮůŽžƏə', // Romanian, Turkish, Hungarian, Czech, Azerbaijani
      'ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹĐđƠơƯư', // Vietnamese
      '‘’“”–—…•€£№', // punctuation and symbols
    ];
    for (const alphabet of alphabets) {
      for (const char of alphabet) expect(canPrint(char.codePointAt(0)!), `${char} U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });

  it('is cut to a glyph subset that keeps each used glyph exactly, its parts included, and nothing else', () => {
    const original = fontFile('Arimo-Regular.ttf');
    const font = open(original);
    const glyphOf = (char: string) => font.cmap.unicode.codeMap[char.codePointAt(0)!]!;
    // "Ŵ" is a composite glyph in Arimo: "W" and a circumflex.
    const composite = glyphOf('Ŵ');
    expect(font.glyf.glyphFor(composite)?.compound).toBe(true);
    const used = [glyphOf('D'), composite, glyphOf('r'), glyphOf('r')];
    const subset = open(subsetTrueType(original, used));
    const parts = font.glyf.glyphFor(composite)!.glyphIDs!;
    const kept = new Set([0, ...used, ...parts]);
    expect(subset.maxp.numGlyphs).toBe(font.maxp.numGlyphs);
    for (let id = 0; id < font.maxp.numGlyphs; id += 1) {
      const before = font.glyf.glyphFor(id);
      const after = subset.glyf.glyphFor(id);
      if (!kept.has(id)) {
        expect(after, `glyph ${id}`).toBeNull();
        continue;
      }
      const [was, is] = [before?.raw.data ?? [], after?.raw.data ?? []];
      // The same bytes, then up to three zeros to keep each glyph on a four-byte boundary.
      expect(is.slice(0, was.length), `glyph ${id}`).toEqual(was);
      expect(is.slice(was.length).every((byte) => byte === 0) && is.length - was.length < 4, `glyph ${id}`).toBe(true);
    }
    expect(subset.cmap.unicode.codeMap).toEqual(font.cmap.unicode.codeMap);
  });
});

describe('a PDF of names in five languages', () => {
  it('prints every name, and reads it back, exactly as typed', () => {
    const { text, pages } = withNames;
    for (const name of Object.values(NAMES)) expect(text).toContain(name);
    expect(collapse(pages[0]!)).toContain(NAMES.school);
    expect(text).toContain(POLISH_TRUST);
    expect(text).toContain(GREEK_TRUST);
    expect(text).toContain(`We visited ${NAMES.cyrillic} № 5 and ${NAMES.irish}, Gaillimh.`);
    for (const person of ['Siân Ó Súilleabháin', 'Αθηνά Παπαδοπούλου', 'Олена Шевченко', 'Ștefan Țurcanu, Nguyễn Thị Ánh, Dvořák', 'Әлия Нұрланқызы, Əli Məmmədov']) {
      expect(text).toContain(person);
    }
  });

  it('prints a web address with non-English letters exactly as it is', () => {
    expect(withNames.text).toContain(`Adroddiad blynyddol: ${LINK}`);
  });

  it('has nothing it could not print, and says nothing about it', () => {
    expect(withNames.text).not.toContain('\uFFFD');
    expect(withNames.text).not.toContain('could not be printed');
  });

  it('embeds the font, with a map back to the characters', () => {
    const fonts = run('pdffonts', [withNames.file]);
    const rows = fonts.split('\n').filter((line) => line.startsWith('Arimo'));
    // Regular, bold and italic.
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toMatch(/^Arimo\s+CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes\s/);
  });

  it('keeps the school’s name in the document properties, as the viewer’s title', () => {
    expect(run('pdfinfo', [withNames.file])).toMatch(/Title:\s+Readiness report: Ysgol Gymraeg Dŵr\n/);
  });
});

describe('one PDF after another', () => {
  it('starts each afresh: a PDF embeds and maps back only the letters it uses', async () => {
    const plain = await make('plain-after-names', { profile: { 'school-name': 'Hill Primary' }, steps: {}, weights: {}, trusts: [] });
    expect(plain.text).not.toMatch(/[\u0370-\u04ff]/);
    const raw = readFileSync(plain.file);
    const maps = [...raw.toString('latin1').matchAll(/stream\r?\n/g)]
      .map((m) => {
        try {
          return inflateSync(raw.subarray(m.index + m[0].length)).toString('latin1');
        } catch {
          return '';
        }
      })
      .filter((text) => text.includes('begincmap'));
    // Regular and bold, each mapping glyphs back to characters: no Greek or Cyrillic left
    // over from the PDF of names made before it.
    expect(maps.length).toBeGreaterThanOrEqual(2);
    for (const map of maps) {
      const entries = map.slice(map.indexOf('beginbfchar'));
      const targets = [...entries.matchAll(/<[0-9a-f]{4}><([0-9a-f]{4})>/g)].map((m) => parseInt(m[1]!, 16));
      expect(targets.length).toBeGreaterThan(20);
      expect(targets.filter((code) => code >= 0x370 && code <= 0x52f)).toEqual([]);
    }
  });
});

describe('a PDF with characters the font lacks', () => {
  it('shows each as � and prints everything around it', () => {
    expect(withMissing.text).toContain('Twinned with \uFFFD\uFFFD in Osaka \uFFFD and the text after them is all here.');
  });

  it('lists them at the end of the PDF', () => {
    const last = collapse(withMissing.pages.at(-1)!);
    expect(last).toContain('Characters that could not be printed');
    expect(last).toContain(
      'These characters could not be printed: U+3048 (Japanese character), U+4F8B (Chinese or Japanese character), U+5B66 (Chinese or Japanese character), U+6821 (Chinese or Japanese character), U+1F642 (emoji or symbol).',
    );
  });

  it('never prints a different web address: it says the address cannot be printed, and gives the same address in ASCII', () => {
    expect(withMissing.text).toContain(
      'Partner: https://\uFFFD\uFFFD.jp/\uFFFD\uFFFD (this address has characters that cannot be printed here; written another way, it is https://xn--r8jz45g.jp/%E5%AD%A6%E6%A0%A1)',
    );
  });
});
