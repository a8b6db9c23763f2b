/**
 * Finds glossary terms in a piece of text, so guidance can link each term to its
 * definition. Pure and UI-free: the app can use the same rules when it renders text.
 *
 * Rules:
 * - Whole words only. Letters, digits and hyphens count as part of a word, so
 *   "academy trust" is not found inside "multi-academy trust".
 * - Case-insensitive, except for acronyms (a phrase in capitals, such as "SAT" or
 *   "LA"), which must match exactly so that "sat" or "la" in ordinary text do not link.
 * - Longest phrase wins, and matches never overlap: "GAG pooling" is one match,
 *   not "GAG" plus "pooling".
 */

export interface GlossaryTermSource {
  id: string;
  term: string;
  aliases: string[];
}

export interface GlossaryMatch {
  /** The glossary entry's id. */
  id: string;
  /** The text as it appears in the input. */
  text: string;
  index: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True for a phrase written in capitals, like "SAT", "DfE" or "EHCP". */
export function isAcronym(phrase: string): boolean {
  return /^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(phrase) && phrase.replace(/[^A-Z]/g, '').length >= 2 && phrase.length <= 6;
}

/** Every phrase (term or alias) that links to an entry, longest first. */
export function glossaryPhrases(glossary: GlossaryTermSource[]): { phrase: string; id: string }[] {
  return glossary
    .flatMap((g) => [g.term, ...g.aliases].map((phrase) => ({ phrase, id: g.id })))
    .sort((a, b) => b.phrase.length - a.phrase.length);
}

export function findGlossaryTerms(text: string, glossary: GlossaryTermSource[]): GlossaryMatch[] {
  const taken: [number, number][] = [];
  const matches: GlossaryMatch[] = [];
  for (const { phrase, id } of glossaryPhrases(glossary)) {
    const flags = isAcronym(phrase) ? 'gu' : 'giu';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])${escape(phrase)}(?![\\p{L}\\p{N}-])`, flags);
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      matches.push({ id, text: m[0], index: start });
    }
  }
  return matches.sort((a, b) => a.index - b.index);
}

/** Acronyms in text (DfE, TUPE, GAG): each one should be explained in the glossary. */
export function findAcronyms(text: string): { text: string; index: number }[] {
  return [...text.matchAll(/(?<![\p{L}\p{N}])[A-Z][A-Za-z]*[A-Z][A-Za-z]*(?![\p{L}\p{N}])/gu)]
    .filter((m) => isAcronym(m[0]))
    .map((m) => ({ text: m[0], index: m.index }));
}
