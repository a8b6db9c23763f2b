/*
 * jsPDF's built-in Helvetica uses the WinAnsi (Windows-1252) encoding. Everything in it
 * prints: £ € ’ ‘ “ ” – — … é ë ç ñ. Anything outside it prints as garbage (→ became "!’").
 * toPdfSafe swaps such characters for the nearest thing that prints, rather than embedding
 * a 300 kB font for the odd arrow or tick.
 */

/** The characters Windows-1252 adds in 0x80–0x9F, over Latin-1. */
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const extras = new Set(CP1252_EXTRAS);

export function isCp1252(char: string): boolean {
  if (char.length !== 1) return false;
  const code = char.charCodeAt(0);
  if (code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return extras.has(char);
}

/** Replacements in words or ASCII for common characters outside Windows-1252. */
const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '⇐': '<=',
  '↑': 'up',
  '↓': 'down',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  '⁃': '-',
  '✓': 'Yes',
  '✔': 'Yes',
  '☑': 'Yes',
  '✅': 'Yes',
  '✗': 'No',
  '✘': 'No',
  '❌': 'No',
  '☐': '[ ]',
  '★': '*',
  '☆': '*',
  '◦': '-',
  '▪': '-',
  '■': '-',
  '●': '•',
  '○': '-',
  '‣': '•',
  '′': "'",
  '″': '"',
  '‛': '‘',
  '‟': '“',
  'ł': 'l',
  'Ł': 'L',
  'đ': 'd',
  'Đ': 'D',
  'ı': 'i',
  'ħ': 'h',
  'ŧ': 't',
  'ĸ': 'k',
  'ŋ': 'ng',
  'ȷ': 'j',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2008': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
  '\t': '    ',
};

/** Zero-width and formatting characters that print nothing. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]/g;
/** Combining marks (accents, variation selectors): dropped once nothing can carry them. */
const COMBINING = /\p{M}/gu;

/**
 * Text that Helvetica (WinAnsi) prints faithfully: characters in Windows-1252 are kept,
 * known others replaced ("→" → "->", "✓" → "Yes"), accented letters outside it reduced to
 * their base letter ("ő" → "o"), ligatures and full-width forms decomposed ("ﬁ" → "fi"),
 * control characters dropped, and anything else shown as "?".
 */
export function toPdfSafe(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').normalize('NFC').replace(INVISIBLE, '');
  let out = '';
  for (const char of normalised) {
    if (isCp1252(char)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    const decomposed = char.normalize('NFKD').replace(COMBINING, '');
    if (decomposed === '') continue;
    if ([...decomposed].every(isCp1252)) {
      out += decomposed;
      continue;
    }
    out += '?';
  }
  return out;
}
