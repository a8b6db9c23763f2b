/**
 * A small Flesch reading ease calculator for plain-English checks on content.
 *
 * Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words).
 * 60–70 is "plain English"; 90+ is very easy; below 30 is very hard.
 *
 * Syllables are counted with a common English heuristic (groups of vowels, with a
 * silent final "e", "-es" and "-ed" dropped). It is not exact for every word, but it
 * is close enough to compare texts and to catch long, dense sentences.
 */

/** Words are split on spaces, hyphens, dashes and slashes, so "multi-academy" is two words. */
export function words(text: string): string[] {
  return text
    .split(/[\s\-–—/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}£$%]+|[^\p{L}\p{N}%]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Sentences end with . ! or ? followed by a space or the end; text with none is one sentence. */
export function sentenceCount(text: string): number {
  const parts = text
    .split(/[.!?]+(?=\s|$)|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  return Math.max(1, parts.length);
}

/** Heuristic syllable count for one word. Numbers count one syllable per digit, up to three. */
export function syllables(word: string): number {
  const lower = word.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, '');
  if (letters.length === 0) {
    const digits = lower.replace(/[^0-9]/g, '').length;
    return digits === 0 ? 0 : Math.min(3, digits);
  }
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  score: number;
}

/** Flesch reading ease for a piece of text, with the counts it rests on. */
export function fleschReadingEase(text: string): Readability {
  const list = words(text);
  const sentences = sentenceCount(text);
  const syllableTotal = list.reduce((sum, w) => sum + syllables(w), 0);
  if (list.length === 0) return { words: 0, sentences, syllables: 0, score: 100 };
  const score = 206.835 - 1.015 * (list.length / sentences) - 84.6 * (syllableTotal / list.length);
  return { words: list.length, sentences, syllables: syllableTotal, score };
}
