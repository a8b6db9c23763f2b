// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { guidanceFields, labelFields, legalBasisFields, mythClaims, ourStatements, proseFields, sentences } from './text';

const steps = content.stages.flatMap((stage) => stage.steps.map((step) => ({ stage, step })));
const stepById = new Map(steps.map(({ step }) => [step.id, step]));
const MAINTAINED = ['community', 'voluntary-aided', 'voluntary-controlled', 'foundation'];

/** "six weeks" or "6 weeks" in the same sentence as wording that makes it a legal rule. */
const SIX_WEEKS = /\b(?:six|6)(?:\s|-)weeks?\b/i;
const AS_LAW = /\bmust\b|\blegal(?:ly)?\s+minimum\b|\bstatutory\s+minimum\b|\bminimum\s+(?:period|length)\b|\brequired\s+by\s+law\b|\bby\s+law\b|\bat\s+least\b/i;

/** An Ofsted judgement said to force conversion, unless the sentence says it no longer does. */
const OFSTED = /\bofsted\b|\b(?:special\s+measures|significant\s+improvement|inadequate|poor\s+judgement)\b/i;
const FORCES = /\bforc(?:e|es|ed|ing)\b|\bcompel\w*|\bautomatic\w*|\bmust\s+(?:convert|become|join)\b|\bhas\s+to\s+(?:convert|become|join)\b|\bduty\s+(?:on|for)\s+DfE\b/i;
const NEGATED = /\bno\s+longer\b|\bnot\b|\bnever\b|\bno\b|n't\b|\bremoved\b|\brepealed\b/i;

describe('legal weight', () => {
  const ofKind = (kind: string) => steps.filter(({ step }) => step.weight.kind === kind).map(({ step }) => step.id);
  const preconditionOf = (id: string) => {
    const w = stepById.get(id)?.weight;
    return w?.kind === 'precondition' ? w.preconditionOf : undefined;
  };

  it('names as legal preconditions only what the law makes a condition of something, and says of what', () => {
    expect(Object.fromEntries(ofKind('precondition').map((id) => [id, preconditionOf(id)]))).toEqual({
      'statutory-consultation': 'funding-agreement',
      'foundation-consent': 'application',
      'diocesan-consent': 'application',
      'dbe-consent': 'application',
      'board-resolution': 'application',
      'academy-order': 'funding-agreement',
    });
  });

  it('statutory consultation is a precondition of signing the funding agreement, not of the decision (Academies Act 2010 s5(3))', () => {
    expect(preconditionOf('statutory-consultation')).toBe('funding-agreement');
    expect(stepById.get('statutory-consultation')?.legal?.basis).toMatch(/s5\(3\)/);
    expect(stepById.get('statutory-consultation')?.what).toMatch(/before or after/);
  });

  it('TUPE informing and consulting is a duty with its consequence (a protective award), not a precondition', () => {
    const tupe = stepById.get('tupe-inform-consult')!;
    expect(tupe.weight.kind).toBe('duty');
    expect(tupe.weight.kind === 'duty' && tupe.weight.consequence).toMatch(/protective award of up to 13 weeks' pay/);
    expect(tupe.weight.kind === 'duty' && tupe.weight.consequence).toMatch(/still goes ahead/);
    expect(content.stages.some((stage) => stage.requires.includes('tupe-inform-consult'))).toBe(false);
  });

  it('every duty says what follows if it is not done', () => {
    expect(ofKind('duty').sort()).toEqual(['equality-duty', 'move-records', 'tupe-inform-consult'].sort());
    for (const id of ofKind('duty')) {
      const w = stepById.get(id)!.weight;
      expect(w.kind === 'duty' && w.consequence.length, id).toBeGreaterThan(30);
    }
  });

  it('each precondition and duty rests on law in force, with a basis dated the review date', () => {
    for (const id of [...ofKind('precondition'), ...ofKind('duty')]) {
      const step = stepById.get(id)!;
      expect(step.legal?.status, id).toBe('in-force');
      expect(step.legal?.basis.length, id).toBeGreaterThan(10);
      expect(step.legal?.asOf, id).toBe(content.meta.reviewedOn);
    }
  });

  it('does not label as law what is practice: reading accounts, the handbook, the trust’s articles', () => {
    expect(stepById.get('check-the-trust')?.weight.kind).toBe('good-practice');
    expect(stepById.get('check-the-trust')?.legal?.status).not.toBe('in-force');
    expect(stepById.get('read-the-rules')?.weight.kind).toBe('good-practice');
    expect(stepById.get('read-the-rules')?.legal?.status).toBe(stepById.get('check-the-trust')?.legal?.status);
    expect(stepById.get('read-the-rules')?.legal?.basis).toMatch(/funding agreement/);
    expect(stepById.get('board-resolution')?.legal?.basis).toMatch(/not an Act/);
  });

  it('orders stages only where the law does: the application needs the resolution, the funding agreement needs the consultation', () => {
    expect(Object.fromEntries(content.stages.map((s) => [s.id, s.requires]))).toEqual({
      deciding: [],
      'getting-started': [],
      'first-considerations': [],
      'engagement-consultation': [],
      'application-order': ['board-resolution'],
      conversion: [],
      'signing-opening': ['statutory-consultation'],
    });
  });

  it('the board resolution is the last step before the decision', () => {
    const engagement = content.stages.find((s) => s.id === 'engagement-consultation')!;
    expect(engagement.steps.at(-1)?.id).toBe('board-resolution');
  });

  it('the statutory consultation applies only to maintained schools not on the intervention route, and a single-academy trust gets a practice step instead', () => {
    expect(stepById.get('statutory-consultation')?.when).toEqual({ 'school-type': MAINTAINED });
    expect(stepById.get('statutory-consultation')?.unless).toEqual({ 'existing-order': ['intervention'] });
    const sat = stepById.get('sat-engagement')!;
    expect(sat.when).toEqual({ 'school-type': ['single-academy-trust'] });
    expect(sat.weight.kind).toBe('dfe-practice');
    expect(['good-practice', 'dfe-practice']).toContain(sat.legal?.status);
  });

  it('consent preconditions apply only to schools that need them', () => {
    expect(stepById.get('foundation-consent')?.when).toEqual({
      'school-type': ['voluntary-aided', 'voluntary-controlled', 'foundation'],
    });
    expect(stepById.get('diocesan-consent')?.when?.church).toEqual(['catholic', 'other-faith']);
    expect(stepById.get('dbe-consent')?.when?.church).toEqual(['church-of-england']);
  });

  it('TUPE: informing always, consulting only where measures are planned, no fixed period, staff details 28 days ahead', () => {
    const tupe = stepById.get('tupe-inform-consult')!;
    expect(tupe.what).toMatch(/inform/);
    expect(tupe.what).toMatch(/consult them if any changes, called measures, are planned/);
    expect(tupe.what).toMatch(/28 days/);
    expect(tupe.legal?.basis).toMatch(/no fixed period/);
  });
});

describe('legal notes', () => {
  it('every legal note has a basis and is dated on or before the review date', () => {
    for (const { step } of steps) {
      if (!step.legal) continue;
      expect(step.legal.asOf <= content.meta.reviewedOn, step.id).toBe(true);
    }
  });

  it('law that is enacted but not in force is never described as in force', () => {
    const text = ourStatements(content)
      .map((t) => t.text)
      .join(' ');
    expect(text).not.toMatch(/trust inspection[^.]*\bin force\b(?![^.]*not)/i);
  });
});

describe('the text never overstates the law', () => {
  const everything = [...guidanceFields(content), ...proseFields(content), ...labelFields(content), ...legalBasisFields(content), ...mythClaims(content)];

  it('the checks themselves catch what they should', () => {
    const sixWeeksAsLaw = (s: string) => SIX_WEEKS.test(s) && AS_LAW.test(s);
    expect(sixWeeksAsLaw('The consultation must last six weeks.')).toBe(true);
    expect(sixWeeksAsLaw('Six weeks is the legal minimum.')).toBe(true);
    expect(sixWeeksAsLaw('Many schools allow about six weeks.')).toBe(false);
    const ofstedForces = (s: string) => OFSTED.test(s) && FORCES.test(s) && !NEGATED.test(s);
    expect(ofstedForces('A poor Ofsted judgement forces the school to convert.')).toBe(true);
    expect(ofstedForces('After special measures the school must convert.')).toBe(true);
    expect(ofstedForces('A poor Ofsted result no longer forces conversion.')).toBe(false);
  });

  it('never presents six weeks as a legal minimum', () => {
    const bad = everything.flatMap((t) =>
      sentences(t.text)
        .filter((s) => SIX_WEEKS.test(s) && AS_LAW.test(s))
        .map((s) => `${t.where}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('never says an Ofsted judgement forces conversion (myth claims aside)', () => {
    const ours = everything.filter((t) => !t.where.endsWith('.claim'));
    const bad = ours.flatMap((t) =>
      sentences(t.text)
        .filter((s) => OFSTED.test(s) && FORCES.test(s) && !NEGATED.test(s))
        .map((s) => `${t.where}: ${s}`),
    );
    expect(bad).toEqual([]);
  });

  it('never names ESFA as a body that exists now', () => {
    const bad = [...guidanceFields(content), ...proseFields(content)].filter(
      (t) => /\bESFA\b/.test(t.text) && !/closed/.test(t.text),
    );
    expect(bad.map((t) => t.where)).toEqual([]);
  });

  it('dates time-sensitive myths', () => {
    const timeSensitive = /\b20(2[4-9])\b|\bas at\b|\bnot yet\b|\bno longer\b|\bnot any more\b/i;
    for (const m of content.myths) {
      if (timeSensitive.test(m.truth)) expect(m.asOf, m.id).toBeDefined();
    }
  });
});
