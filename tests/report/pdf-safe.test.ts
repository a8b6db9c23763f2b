import { describe, expect, it } from 'vitest';
import { isCp1252, toPdfSafe } from '../../src/report/pdf-safe';

describe('toPdfSafe', () => {
  it('keeps everything Helvetica prints: £, curly quotes, dashes, ellipsis, accents', () => {
    const text = 'St Mary’s “outstanding” school – £25,000 — Zoë, Fr. José, Ms Ó Súilleabháin, naïve café… € 10 × 2 ½ °C';
    expect(toPdfSafe(text)).toBe(text);
  });

  it('keeps new lines, and turns Windows and old Mac line ends into them', () => {
    expect(toPdfSafe('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('replaces arrows, comparisons and ticks with words or ASCII', () => {
    expect(toPdfSafe('Board → trust ≥ 60% ✓ done ✗ not')).toBe('Board -> trust >= 60% Yes done No not');
    expect(toPdfSafe('a ≤ b ≠ c − d')).toBe('a <= b != c - d');
  });

  it('reduces accented letters outside Windows-1252 to their base letter', () => {
    expect(toPdfSafe('Łódź, Dvořák, Gdańsk, Şişli, Erdős')).toBe('Lódz, Dvorák, Gdansk, Sisli, Erdos');
  });

  it('composes decomposed accents first, so they stay accented', () => {
    expect(toPdfSafe('Zoe\u0308 Jose\u0301')).toBe('Zoë José');
  });

  it('decomposes ligatures and full-width forms', () => {
    expect(toPdfSafe('ﬁnance ＡＢＣ ①')).toBe('finance ABC 1');
  });

  it('drops invisible and control characters, and expands tabs', () => {
    expect(toPdfSafe('a\u200bb\u0007c\tz\ufeff')).toBe('abc    z');
  });

  it('shows anything else as a question mark rather than garbage', () => {
    expect(toPdfSafe('Ω 学校 🙂')).toBe('? ?? ?');
    expect(toPdfSafe('❤️ ok')).toBe('? ok');
  });

  it('only ever returns characters in Windows-1252', () => {
    let all = '';
    for (let code = 0; code < 0x3000; code += 1) all += String.fromCharCode(code);
    all += '🙂𝔸';
    expect([...toPdfSafe(all)].every(isCp1252)).toBe(true);
  });
});
