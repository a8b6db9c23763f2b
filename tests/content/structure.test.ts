// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content } from '@/content';

describe('stages', () => {
  it('run in the agreed order, with the decision between the fourth and fifth', () => {
    expect(content.stages.map((s) => [s.id, s.afterDecision])).toEqual([
      ['deciding', false],
      ['getting-started', false],
      ['first-considerations', false],
      ['engagement-consultation', false],
      ['application-order', true],
      ['conversion', true],
      ['signing-opening', true],
    ]);
  });

  it('each has three to eight steps (some are alternatives, so a school sees fewer)', () => {
    for (const stage of content.stages) {
      expect(stage.steps.length, stage.id).toBeGreaterThanOrEqual(3);
      expect(stage.steps.length, stage.id).toBeLessThanOrEqual(8);
    }
  });

  it('stages after the decision say so in their summary', () => {
    for (const stage of content.stages.filter((s) => s.afterDecision)) {
      expect(stage.summary, stage.id).toMatch(/after the board's decision/);
    }
  });

  it('stage requirements are legal preconditions in earlier stages (a school they do not apply to is not held back)', () => {
    const earlier = new Set<string>();
    for (const stage of content.stages) {
      for (const id of stage.requires) {
        expect(earlier.has(id), `${stage.id} requires ${id}`).toBe(true);
        const step = content.stages.flatMap((s) => s.steps).find((x) => x.id === id);
        expect(step?.weight.kind, `${stage.id} requires ${id}`).toBe('precondition');
      }
      stage.steps.forEach((s) => earlier.add(s.id));
    }
  });

  it('variant steps exist for each kind of school that needs them', () => {
    const when = (id: string) => content.stages.flatMap((s) => s.steps).find((s) => s.id === id)?.when;
    expect(when('involve-diocese-early')).toEqual({ church: ['church-of-england', 'catholic', 'other-faith'] });
    expect(when('pfi-check')).toEqual({ pfi: ['yes', 'not-sure'] });
    expect(when('pfi-agreements')).toEqual({ pfi: ['yes', 'not-sure'] });
    expect(when('deficit-check')).toEqual({ deficit: ['yes', 'not-sure'] });
    expect(when('find-partner-schools')).toEqual({ route: ['form-new'] });
    expect(when('set-up-trust-board')).toEqual({ route: ['form-new'] });
    expect(when('shortlist-trusts')).toEqual({ route: ['join-existing'] });
    expect(when('special-ap-application')).toEqual({ provision: ['special', 'alternative-provision'] });
  });
});

describe('the school profile', () => {
  it('asks the agreed questions, in order, with the agreed option values', () => {
    expect(content.profile.map((q) => [q.id, q.kind, q.options.map((o) => o.value)])).toEqual([
      ['school-name', 'text', []],
      ['phase', 'choice', ['primary', 'secondary', 'all-through', 'other']],
      ['school-type', 'choice', ['community', 'voluntary-aided', 'voluntary-controlled', 'foundation', 'single-academy-trust']],
      ['church', 'choice', ['none', 'church-of-england', 'catholic', 'other-faith']],
      ['diocese', 'text', []],
      ['existing-order', 'choice', ['no', 'intervention', 'applied']],
      ['federation', 'choice', ['yes', 'no']],
      ['provision', 'choice', ['mainstream', 'special', 'alternative-provision']],
      ['pfi', 'choice', ['yes', 'no', 'not-sure']],
      ['deficit', 'choice', ['yes', 'no', 'not-sure']],
      ['route', 'choice', ['join-existing', 'form-new']],
      ['trust-count', 'choice', ['one', 'two-or-three', 'none-yet']],
    ]);
  });

  it('asks for the diocese only of church and faith schools', () => {
    const diocese = content.profile.find((q) => q.id === 'diocese')!;
    expect(diocese.question).toBe('Which diocese or faith body?');
    expect(diocese.when).toEqual({ church: ['church-of-england', 'catholic', 'other-faith'] });
  });

  it('has a context note for every answer that changes the process', () => {
    const noted = (id: string) => new Set(content.profile.find((q) => q.id === id)!.contextNotes.flatMap((n) => n.values));
    for (const v of ['church-of-england', 'catholic', 'other-faith']) expect(noted('church').has(v), v).toBe(true);
    for (const v of ['yes', 'not-sure']) expect(noted('pfi').has(v), v).toBe(true);
    for (const v of ['yes', 'not-sure']) expect(noted('deficit').has(v), v).toBe(true);
    for (const v of ['special', 'alternative-provision']) expect(noted('provision').has(v), v).toBe(true);
    expect(noted('school-type').has('single-academy-trust')).toBe(true);
    expect(noted('route').has('form-new')).toBe(true);
  });
});

describe('pillars, elements and meta', () => {
  it('uses the DfE trust quality descriptions and says they are due to be replaced', () => {
    expect(content.pillars.pillars.map((p) => p.id)).toEqual([
      'pillar-education',
      'pillar-improvement',
      'pillar-workforce',
      'pillar-finance',
      'pillar-governance',
    ]);
    expect(content.pillars.framework).toMatch(/Commissioning high-quality trusts/);
    expect(content.pillars.status).toMatch(/Trust Standards/);
  });

  it('has the eight elements of a strong trust-based system', () => {
    expect(content.elements.map((e) => e.title)).toEqual([
      'A system built for all our children',
      'Powerful models of improvement',
      'Strength and resilience',
      'Deep and purposeful collaboration',
      'Professional growth and development',
      'Solidarity and interconnectedness',
      'Civic duty and community anchoring',
      'Radical collaboration',
    ]);
  });

  it('has a dated disclaimer that says it is not legal advice', () => {
    expect(content.meta.disclaimer).toMatch(/not legal advice/);
    expect(content.meta.disclaimer).toMatch(/checked against sources published up to 30 June 2026/);
  });
});
