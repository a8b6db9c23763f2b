import type { GlossaryEntry } from '@/content/schema';

export type Segment = { text: string; entryId?: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits text so that the first use of each glossary term (or alias) can link to its
 * definition. Longer terms win over shorter ones ("academy order" before "academy").
 * Matching is whole-word and case-insensitive, except all-capital aliases (LGB, CTA),
 * which match only in capitals.
 */
export function splitByGlossary(text: string, glossary: GlossaryEntry[], alreadyLinked: ReadonlySet<string> = new Set<string>()): Segment[] {
  return linkOnce(text, glossary, new Set(alreadyLinked));
}

/**
 * The texts of one page, in reading order, each split so that a term is linked only at its
 * first use on the page. A pure function of the texts: nothing passed in is changed, so a page
 * that renders twice (React's StrictMode does, in development) links the same terms both times.
 */
export function splitPageByGlossary(texts: readonly string[], glossary: GlossaryEntry[]): Segment[][] {
  const linked = new Set<string>();
  return texts.map((text) => linkOnce(text, glossary, linked));
}

/** Splits one text; adds the entries it links to `linked`, a set its callers own. */
function linkOnce(text: string, glossary: GlossaryEntry[], alreadyLinked: Set<string>): Segment[] {
  const names = glossary
    .flatMap((entry) => [entry.term, ...entry.aliases].map((name) => ({ name, entry })))
    .sort((a, b) => b.name.length - a.name.length);
  if (names.length === 0 || text === '') return [{ text }];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${names.map((n) => escape(n.name)).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const found = match[0];
    const hit = names.find((n) =>
      n.name === n.name.toUpperCase() && /[A-Z]/.test(n.name) ? n.name === found : n.name.toLowerCase() === found.toLowerCase(),
    );
    if (!hit || alreadyLinked.has(hit.entry.id)) continue;
    alreadyLinked.add(hit.entry.id);
    const at = match.index;
    if (at > last) segments.push({ text: text.slice(last, at) });
    segments.push({ text: found, entryId: hit.entry.id });
    last = at + found.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
