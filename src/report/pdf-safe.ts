import { PRINTABLE_RANGES } from './fonts/coverage';

/*
 * The PDF is printed in Arimo (see pdf-font.ts), cut down to Latin with its European,
 * African and Vietnamese extensions, Greek, Cyrillic and common punctuation and symbols:
 * the characters listed in fonts/coverage.ts. Every name in those scripts prints exactly as
 * typed, and reads back from the PDF (copy, search, pdftotext) exactly as typed.
 *
 * A character the font lacks (Chinese, Arabic, an emoji…) is never swapped for a look-alike:
 * it prints as the replacement character � and is listed at the end of the PDF. Web
 * addresses are never changed; one with a character that cannot be printed is shown with
 * the replacement character, followed by the same address written in plain ASCII.
 */

/** What prints in place of a character the font lacks. */
export const REPLACEMENT = '\uFFFD';

/** True when the PDF's font can print this character (a Unicode code point). */
export function canPrint(codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  let low = 0;
  let high = PRINTABLE_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [from, to] = PRINTABLE_RANGES[mid]!;
    if (codePoint < from) high = mid - 1;
    else if (codePoint > to) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Invisible characters that print nothing and mean nothing on paper: zero-width spaces and
 * joiners, direction marks and embeddings, the byte order mark, the soft hyphen, variation
 * selectors (which pick emoji or text style) and tag characters.
 */
function isInvisible(code: number): boolean {
  return (
    code === 0x00ad ||
    code === 0xfeff ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0000 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}
const SPACE = /^\p{Zs}$/u;

/**
 * The text as the PDF prints it. Line ends become "\n", tabs four spaces, line and paragraph
 * separators new lines; decomposed accents are composed (NFC), so "e" + "◌́" prints as "é";
 * control and invisible characters are dropped, and a space the font lacks (an ideographic
 * space) prints as a plain space. Everything the font has is kept exactly. Anything else
 * prints as � and, when `unprintable` is given, is added to it (as a code point) so that the
 * PDF can list it.
 */
export function toPdfSafe(text: string, unprintable?: Set<number>): string {
  // Most text is plain ASCII, which prints as it is.
  if (/^[\x20-\x7e\n]*$/.test(text)) return text;
  const normalised = text.replace(/\r\n?/g, '\n').normalize('NFC');
  let out = '';
  for (const char of normalised) {
    const code = char.codePointAt(0) ?? 0;
    if (isInvisible(code)) continue;
    else if (code === 0x0a || code === 0x2028 || code === 0x2029) out += '\n';
    else if (code === 0x09) out += '    ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (canPrint(code)) out += char;
    else if (SPACE.test(char)) out += ' ';
    else {
      unprintable?.add(code);
      out += REPLACEMENT;
    }
  }
  return out;
}

/**
 * Text for the document properties (title, subject, keywords). A PDF viewer shows these in
 * its own font, so every character is kept; only control and invisible characters go.
 */
export function toPdfMetadata(text: string): string {
  const visible = [...text.normalize('NFC')].filter((char) => !isInvisible(char.codePointAt(0) ?? 0)).join('');
  return visible.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}

/** "U+5B66" */
export function codePointLabel(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What kind of character it is, in words, for the list at the end of the PDF. */
const KINDS: [RegExp, string][] = [
  [/\p{Extended_Pictographic}/u, 'emoji or symbol'],
  [/\p{Script=Han}/u, 'Chinese or Japanese character'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'Japanese character'],
  [/\p{Script=Hangul}/u, 'Korean character'],
  [/\p{Script=Arabic}/u, 'Arabic letter'],
  [/\p{Script=Hebrew}/u, 'Hebrew letter'],
  [/\p{Script=Devanagari}/u, 'Devanagari letter (Hindi, Marathi, Nepali)'],
  [/\p{Script=Bengali}/u, 'Bengali letter'],
  [/\p{Script=Gurmukhi}/u, 'Gurmukhi letter (Punjabi)'],
  [/\p{Script=Gujarati}/u, 'Gujarati letter'],
  [/\p{Script=Tamil}/u, 'Tamil letter'],
  [/\p{Script=Thai}/u, 'Thai letter'],
  [/\p{Script=Greek}/u, 'Greek letter'],
  [/\p{Script=Cyrillic}/u, 'Cyrillic letter'],
  [/\p{Script=Latin}/u, 'Latin letter'],
  [/\p{L}/u, 'letter'],
  [/\p{N}/u, 'number'],
  [/\p{P}/u, 'punctuation mark'],
  [/\p{S}/u, 'symbol'],
];

export function describeCharacter(code: number): string {
  const char = String.fromCodePoint(code);
  const kind = KINDS.find(([pattern]) => pattern.test(char))?.[1] ?? 'character';
  return `${codePointLabel(code)} (${kind})`;
}

/** At most this many are named one by one; the rest are counted. */
const LISTED = 40;

/**
 * The sentence at the end of the PDF: "These characters could not be printed: U+5B66
 * (Chinese or Japanese character), U+1F642 (emoji or symbol). …". Empty when there are none.
 */
export function unprintableSentence(unprintable: Iterable<number>): string {
  const codes = [...new Set(unprintable)].sort((a, b) => a - b);
  if (codes.length === 0) return '';
  const named = codes.slice(0, LISTED).map(describeCharacter);
  const more = codes.length > LISTED ? `, and ${codes.length - LISTED} more` : '';
  return `These characters could not be printed: ${named.join(', ')}${more}. Each is shown as ${REPLACEMENT} where it appears in this report. What was typed into the tool is unchanged, and the tool itself shows it in full.`;
}

/**
 * A web address for the PDF, never changed. When every character prints, the address as it
 * is. Otherwise the address with � in place of what cannot be printed, and then the same
 * address written only in characters that print (the web's own ASCII form: the domain in
 * "xn--" form, the rest percent-encoded), which leads to the same page.
 */
export function addressForPdf(url: string, unprintable?: Set<number>): string {
  const missing = new Set<number>();
  const shown = toPdfSafe(url, missing);
  if (shown === url) return url;
  for (const code of missing) unprintable?.add(code);
  let ascii: string | null;
  try {
    ascii = new URL(url).href;
  } catch {
    try {
      ascii = encodeURI(url);
    } catch {
      ascii = null;
    }
  }
  const why = missing.size > 0 ? 'has characters that cannot be printed here' : 'has characters that do not show in print';
  return ascii && ascii !== shown ? `${shown} (this address ${why}; written another way, it is ${ascii})` : `${shown} (this address ${why})`;
}

/** Letters with no accent to take off, for the file name's plain-ASCII slug. */
const FILE_NAME_LETTERS: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'ng',
  Ŋ: 'NG',
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
};

/**
 * A name in plain Latin letters for a file name: accents taken off ("Łódź" → "Lodz"),
 * ligatures and full-width forms decomposed. Other scripts are left for the caller to drop.
 */
export function toFileNameLatin(text: string): string {
  return [...text.normalize('NFKD').replace(/\p{M}/gu, '')].map((char) => FILE_NAME_LETTERS[char] ?? char).join('');
}
