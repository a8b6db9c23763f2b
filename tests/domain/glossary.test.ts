import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@/content/schema';
import { splitByGlossary, splitPageByGlossary } from '@/domain/glossary';

const entry = (id: string, term: string, aliases: string[] = []): GlossaryEntry => ({ id, term, aliases, definition: 'x', asOf: '2026-06-30', cites: ['s'] });
const glossary = [entry('academy', 'academy'), entry('academy-order', 'academy order'), entry('lgb', 'local governing body', ['LGB'])];

describe('glossary links in text', () => {
  it('links the longest term first, once per entry', () => {
    const segments = splitByGlossary('An academy order makes an academy. Another academy order.', glossary);
    expect(segments.filter((s) => s.entryId)).toEqual([
      { text: 'academy order', entryId: 'academy-order' },
      { text: 'academy', entryId: 'academy' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('An academy order makes an academy. Another academy order.');
  });

  it('matches whole words only, and capital aliases only in capitals', () => {
    expect(splitByGlossary('academyish things and lgb', glossary).some((s) => s.entryId)).toBe(false);
    expect(splitByGlossary('The LGB meets.', glossary)).toEqual([{ text: 'The ' }, { text: 'LGB', entryId: 'lgb' }, { text: ' meets.' }]);
  });

  it('does not link an entry already linked on the page', () => {
    const linked = new Set(['academy']);
    expect(splitByGlossary('an academy', glossary, linked)).toEqual([{ text: 'an academy' }]);
  });
});

describe('glossary links for a whole page', () => {
  it('links each entry at its first use on the page, and gives the same result every time', () => {
    const texts = ['No terms here.', 'An academy order.', 'Another academy order, and an academy.'];
    const first = splitPageByGlossary(texts, glossary);
    expect(first.map((segments) => segments.filter((s) => s.entryId).map((s) => s.entryId))).toEqual([[], ['academy-order'], ['academy']]);
    expect(splitPageByGlossary(texts, glossary)).toEqual(first);
  });

  it('never changes the set of entries it is given', () => {
    const linked = new Set(['lgb']);
    splitByGlossary('An academy order.', glossary, linked);
    expect([...linked]).toEqual(['lgb']);
  });
});
