// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { isHttpsUrl } from '@/domain/trust-pack-schema';
import { findAcronyms, findGlossaryTerms, glossaryPhrases, isAcronym } from './glossary-terms';
import { guidanceFields, labelFields, ourStatements, proseFields } from './text';

const sourceIds = new Set(content.sources.map((s) => s.id));

/** Every cites list in the content, with where it is. */
function allCites(): { where: string; cites: string[] }[] {
  const c = content;
  return [
    { where: 'ten-questions.attribution', cites: [c.tenQuestions.attribution.sourceId] },
    ...c.pillars.pillars.map((p) => ({ where: p.id, cites: p.cites })),
    ...c.tenQuestions.questions.map((q) => ({ where: q.id, cites: q.cites })),
    ...c.stages.flatMap((s) => [{ where: s.id, cites: s.cites }, ...s.steps.map((step) => ({ where: step.id, cites: step.cites }))]),
    ...c.profile.flatMap((p) => [
      ...(p.cites ? [{ where: p.id, cites: p.cites }] : []),
      ...p.contextNotes.map((n, i) => ({ where: `${p.id}.contextNotes[${i}]`, cites: n.cites })),
    ]),
    ...c.myths.map((m) => ({ where: m.id, cites: m.cites })),
    ...c.glossary.map((g) => ({ where: g.id, cites: g.cites })),
    ...c.elements.map((e) => ({ where: e.id, cites: e.cites })),
  ];
}

describe('sources', () => {
  it('every item cites at least one source, and every cited source exists', () => {
    const problems = allCites().flatMap(({ where, cites }) =>
      cites.length === 0 ? [`${where} cites nothing`] : cites.filter((id) => !sourceIds.has(id)).map((id) => `${where} cites ${id}`),
    );
    expect(problems).toEqual([]);
  });

  it('every source’s address is https, so the report links it (anything else is shown as "not a safe web address")', () => {
    expect(content.sources.filter((s) => s.url !== undefined && !isHttpsUrl(s.url)).map((s) => `${s.id}: ${s.url}`)).toEqual([]);
  });

  it('every source has a title and a publisher', () => {
    for (const s of content.sources) {
      expect(s.title.trim().length, s.id).toBeGreaterThan(2);
      expect(s.publisher.trim().length, s.id).toBeGreaterThan(1);
    }
  });

  it('every source in use is cited somewhere, and no retired source is cited', () => {
    const cited = new Set(allCites().flatMap((c) => c.cites));
    expect(content.sources.filter((s) => !s.retired && !cited.has(s.id)).map((s) => s.id)).toEqual([]);
    expect(content.sources.filter((s) => s.retired && cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('cites the current DfE titles, not the replaced ones', () => {
    const titles = content.sources.map((s) => s.title);
    expect(titles).toContain('Academy Trust Handbook');
    expect(titles).toContain('Commissioning high-quality trusts');
    expect(titles.some((t) => /Academies Financial Handbook/i.test(t))).toBe(false);
  });
});

describe('findGlossaryTerms', () => {
  const glossary = [
    { id: 'academy', term: 'academy', aliases: ['academies'] },
    { id: 'academy-trust', term: 'academy trust', aliases: [] },
    { id: 'mat', term: 'multi-academy trust', aliases: ['MAT'] },
    { id: 'gag', term: 'GAG', aliases: [] },
    { id: 'gag-pooling', term: 'GAG pooling', aliases: [] },
    { id: 'sat', term: 'single-academy trust', aliases: ['SAT'] },
  ];

  it('finds whole words, case-insensitively, longest match first', () => {
    expect(findGlossaryTerms('An Academy Trust runs academies.', glossary).map((m) => [m.id, m.text])).toEqual([
      ['academy-trust', 'Academy Trust'],
      ['academy', 'academies'],
    ]);
    expect(findGlossaryTerms('Our multi-academy trust uses GAG pooling.', glossary).map((m) => m.id)).toEqual(['mat', 'gag-pooling']);
  });

  it('does not match inside other words', () => {
    expect(findGlossaryTerms('academyish GAGs', glossary)).toEqual([]);
  });

  it('matches acronyms only in capitals', () => {
    expect(findGlossaryTerms('The pupils sat their tests. A SAT may join a MAT.', glossary).map((m) => m.text)).toEqual(['SAT', 'MAT']);
    expect(isAcronym('DfE')).toBe(true);
    expect(isAcronym('Ofsted')).toBe(false);
  });
});

describe('the glossary', () => {
  const entries = content.glossary;

  it('covers the terms the guidance relies on', () => {
    const phrases = new Set(glossaryPhrases(entries).map((p) => p.phrase.toLowerCase()));
    const needed = [
      'academy', 'academy order', 'academy trust', 'multi-academy trust', 'single-academy trust', 'funding agreement',
      'scheme of delegation', 'GAG', 'GAG pooling', 'top-slice', 'central charge', 'TUPE', 'commercial transfer agreement',
      'CTA', 'local governing body', 'LGB', 'local academy board', 'local committee', 'members', 'trustees',
      'accounting officer', 'Regional Director', 'Academy Trust Handbook', 'CIF', 'Condition Improvement Fund', 'PFI',
      'Diocesan Board of Education', 'foundation governors', 'Trust Standards', 'consultation', 'due diligence',
    ];
    expect(needed.filter((n) => !phrases.has(n.toLowerCase()))).toEqual([]);
  });

  it('has no term or alias that points to two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const g of entries) {
      for (const phrase of [g.term, ...g.aliases]) {
        const key = phrase.toLowerCase();
        const before = owner.get(key);
        if (before) clashes.push(`"${phrase}" is in ${before} and ${g.id}`);
        owner.set(key, g.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every term found in the text to a real entry', () => {
    const ids = new Set(entries.map((g) => g.id));
    const texts = [...ourStatements(content)];
    const found = texts.flatMap((t) => findGlossaryTerms(t.text, entries));
    expect(found.length).toBeGreaterThan(100);
    expect(found.filter((m) => !ids.has(m.id))).toEqual([]);
    const lgb = findGlossaryTerms('The LGB, or local academy board, is a local committee.', entries);
    expect(new Set(lgb.map((m) => m.id))).toEqual(new Set(['term-local-governing-body']));
  });

  it('explains every acronym the text uses', () => {
    const unexplained = [...guidanceFields(content), ...proseFields(content), ...labelFields(content)].flatMap((t) => {
      const matches = findGlossaryTerms(t.text, entries);
      return findAcronyms(t.text)
        .filter((a) => !matches.some((m) => a.index >= m.index && a.index < m.index + m.text.length))
        .map((a) => `${a.text} in ${t.where}`);
    });
    expect(unexplained).toEqual([]);
  });

  it('keeps each definition to one or two sentences', () => {
    for (const g of entries) {
      const count = g.definition.split(/(?<=[.!?])\s+/).filter(Boolean).length;
      expect(count, g.id).toBeGreaterThanOrEqual(1);
      expect(count, g.id).toBeLessThanOrEqual(2);
    }
  });
});
