import { describe, expect, it } from 'vitest';
import {
  addressForPdf,
  canPrint,
  describeCharacter,
  REPLACEMENT,
  toFileNameLatin,
  toPdfMetadata,
  toPdfSafe,
  unprintableSentence,
} from '@/report/pdf-safe';

describe('toPdfSafe', () => {
  it('keeps names in Welsh, Polish, Irish, Greek, Cyrillic, Romanian, Czech, Turkish and Vietnamese exactly', () => {
    const names = [
      'Ysgol Gymraeg Dŵr',
      'Ysgol Bro Ŷr Wyddfa, Gwenllïan ap Rhys, Ẃyn Ẁy Ẅ Ỳ',
      'Łódź, Gdańsk, Źdźbło, Żółć',
      'Scoil Bhríde, Siobhán Ó Súilleabháin',
      'Ζήτα, Αθηνά Παπαδοπούλου',
      'Школа № 5, Їжак, Ґанок, Ђорђе, Қазақ, Әлия',
      'Ștefan Țurcanu, Dvořák, Şişli, Erdős, Ərəb',
      'Nguyễn Thị Ánh',
    ];
    for (const name of names) expect(toPdfSafe(name)).toBe(name);
  });

  it('keeps £, curly quotes, dashes, ellipsis, arrows and comparisons as themselves', () => {
    const text = 'St Mary’s “outstanding” school – £25,000 — naïve café… € 10 × 2 ½ °C → ≥ 60% ≤ ≠ −';
    expect(toPdfSafe(text)).toBe(text);
  });

  it('keeps new lines, and turns Windows and old Mac line ends and Unicode separators into them', () => {
    expect(toPdfSafe('one\r\ntwo\rthree\nfour\u2028five')).toBe('one\ntwo\nthree\nfour\nfive');
  });

  it('composes decomposed accents, so they print as one letter', () => {
    expect(toPdfSafe('Zoe\u0308 Jose\u0301 D\u0175r')).toBe('Zoë José Dŵr');
    expect(toPdfSafe('Zoe\u0308')).toHaveLength(3);
  });

  it('drops invisible and control characters, and expands tabs', () => {
    expect(toPdfSafe('a\u200bb\u0007c\tz\ufeff\u00ad')).toBe('abc    z');
  });

  it('shows a character the font lacks as � and records it; never as a look-alike', () => {
    const unprintable = new Set<number>();
    expect(toPdfSafe('学校 🙂 ✓ ＡＢ ok', unprintable)).toBe(`${REPLACEMENT}${REPLACEMENT} ${REPLACEMENT} ${REPLACEMENT} ${REPLACEMENT}${REPLACEMENT} ok`);
    expect([...unprintable].sort((a, b) => a - b)).toEqual([0x2713, 0x5b66, 0x6821, 0xff21, 0xff22, 0x1f642]);
    // An emoji's style selector prints nothing, so one emoji is one replacement.
    expect(toPdfSafe('❤️ ok')).toBe(`${REPLACEMENT} ok`);
  });

  it('only ever returns characters the font has', () => {
    let all = '';
    for (let code = 0; code < 0x3000; code += 1) all += String.fromCharCode(code);
    all += '🙂𝔸';
    for (const char of toPdfSafe(all)) {
      if (char !== '\n') expect(canPrint(char.codePointAt(0)!), `U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
    }
  });

  it('gives the same text when run twice', () => {
    const text = 'Dŵr 学 ❤️ e\u0301\tx';
    expect(toPdfSafe(toPdfSafe(text))).toBe(toPdfSafe(text));
  });
});

describe('the list of characters that could not be printed', () => {
  it('names each character by its code point and kind, in order, once', () => {
    expect(unprintableSentence([0x1f642, 0x5b66, 0x5b66, 0x0627])).toBe(
      'These characters could not be printed: U+0627 (Arabic letter), U+5B66 (Chinese or Japanese character), U+1F642 (emoji or symbol). ' +
        'Each is shown as � where it appears in this report. What was typed into the tool is unchanged, and the tool itself shows it in full.',
    );
    expect(unprintableSentence([])).toBe('');
    expect(describeCharacter(0x2713)).toBe('U+2713 (symbol)');
  });

  it('counts the rest past the fortieth', () => {
    const many = Array.from({ length: 45 }, (_, i) => 0x4e00 + i);
    expect(unprintableSentence(many)).toContain(', and 5 more.');
  });
});

describe('addressForPdf', () => {
  it('prints an address whose every character prints exactly as it is', () => {
    for (const url of ['https://oak.example/values', 'https://szkoła.example/łódź?q=Dŵr', 'https://example.org/Ζήτα/Школа']) {
      expect(addressForPdf(url)).toBe(url);
    }
  });

  it('says so when an address has a character that cannot be printed, and gives the same address in plain ASCII', () => {
    const unprintable = new Set<number>();
    const text = addressForPdf('https://例え.jp/学校', unprintable);
    expect(text).toBe(
      'https://��.jp/�� (this address has characters that cannot be printed here; written another way, it is https://xn--r8jz45g.jp/%E5%AD%A6%E6%A0%A1)',
    );
    expect(unprintable.size).toBe(4);
  });

  it('never quietly composes or drops a character in an address', () => {
    expect(addressForPdf('https://example.org/cafe\u0301')).toBe(
      'https://example.org/café (this address has characters that do not show in print; written another way, it is https://example.org/cafe%CC%81)',
    );
    expect(addressForPdf('https://example.org/a\u200bb')).toContain('https://example.org/a%E2%80%8Bb');
  });
});

describe('metadata and file names', () => {
  it('keeps every character in the document properties, less control and invisible characters', () => {
    expect(toPdfMetadata('Ysgol 学校 Dŵr\u200b\nline')).toBe('Ysgol 学校 Dŵr line');
  });

  it('spells a name in plain Latin letters for a file name', () => {
    expect(toFileNameLatin('Łódź Dŵr Straße Ærø ﬁn')).toBe('Lodz Dwr Strasse AEro fin');
  });
});
