// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import type { Content } from '@/content/schema';
import { applicableContextNotes, applicableProfileQuestions, applicableStages, applies, emptyAnswers, matches } from '@/domain/answers';
import { formatDateLong } from '@/domain/dates';
import { canStartStage } from '@/domain/progress';
import { assess, assessProcess, bandLabelsByRoute, bands, explain, INTERVENTION_LEAD } from '@/domain/scoring';
import { buildReport } from '@/report/build';
import { completeAssessment, decidedAssessment } from '../report/scenarios';
import { guidanceFields, labelFields, legalBasisFields, proseFields } from './text';

type Profile = Record<string, string>;

/**
 * Every profile a school can give: each choice question the school is asked (asked only when its
 * condition holds, in order) takes each of its options; free-text answers are filled in.
 */
function allProfiles(c: Content): Profile[] {
  const out: Profile[] = [];
  const walk = (index: number, profile: Profile) => {
    if (index === c.profile.length) {
      out.push(profile);
      return;
    }
    const q = c.profile[index]!;
    if (!applies(q, profile)) return walk(index + 1, profile);
    if (q.kind === 'text') return walk(index + 1, { ...profile, [q.id]: 'x' });
    for (const o of q.options) walk(index + 1, { ...profile, [q.id]: o.value });
  };
  walk(0, {});
  return out;
}

interface Shown {
  where: string;
  text: string;
  /** Shown because of the school's profile (a step with a condition, or a context note). */
  conditional: boolean;
}

/** Everything the journey and the report show this school, from the stages and the profile. */
function shownTo(c: Content, profile: Profile): Shown[] {
  const shown: Shown[] = [];
  for (const stage of applicableStages(c, profile)) {
    shown.push({ where: `${stage.id}.summary`, text: stage.summary, conditional: (stage.variants ?? []).length > 0 });
    for (const step of stage.steps) {
      // applicableStages has already put in the step's words for this school.
      const conditional = step.when !== undefined || step.unless !== undefined || (step.variants ?? []).length > 0;
      const texts = [step.title, step.what, step.duration, ...step.documents, step.legal?.basis ?? ''];
      if (step.weight.kind === 'duty') texts.push(step.weight.consequence);
      texts.forEach((text, i) => shown.push({ where: `${step.id}[${i}]`, text, conditional }));
    }
  }
  for (const q of applicableProfileQuestions(c, profile)) {
    applicableContextNotes(q, profile).forEach((n, i) => shown.push({ where: `${q.id}.contextNotes[${i}]`, text: n.note, conditional: true }));
  }
  return shown;
}

/** Every text of the stages and the profile's context notes, each with the test of whether a profile is shown it. */
function textsWithConditions(c: Content): (Shown & { shownTo: (p: Profile) => boolean })[] {
  const out: (Shown & { shownTo: (p: Profile) => boolean })[] = [];
  for (const stage of c.stages) {
    const variants = stage.variants ?? [];
    const variantFor = (p: Profile) => variants.findIndex((v) => matches(v.when, p));
    out.push({ where: `${stage.id}.summary`, text: stage.summary, conditional: variants.length > 0, shownTo: (p) => variantFor(p) === -1 });
    variants.forEach((v, i) =>
      out.push({ where: `${stage.id}.variants[${i}].summary`, text: v.summary, conditional: true, shownTo: (p) => variantFor(p) === i }),
    );
    for (const step of stage.steps) {
      const conditional = step.when !== undefined || step.unless !== undefined;
      const texts = [step.title, step.duration, ...step.documents, step.legal?.basis ?? ''];
      if (step.weight.kind === 'duty') texts.push(step.weight.consequence);
      texts.forEach((text, i) => out.push({ where: `${step.id}[${i}]`, text, conditional, shownTo: (p) => applies(step, p) }));
      // What to do: the step's own words, or the first of its variants that matches the school.
      const variants = step.variants ?? [];
      const variantFor = (p: Profile) => variants.findIndex((v) => matches(v.when, p));
      out.push({ where: `${step.id}.what`, text: step.what, conditional: conditional || variants.length > 0, shownTo: (p) => applies(step, p) && variantFor(p) === -1 });
      variants.forEach((v, i) =>
        out.push({ where: `${step.id}.variants[${i}].what`, text: v.what, conditional: true, shownTo: (p) => applies(step, p) && variantFor(p) === i }),
      );
    }
  }
  for (const q of c.profile) {
    q.contextNotes.forEach((n, i) =>
      out.push({
        where: `${q.id}.contextNotes[${i}]`,
        text: n.note,
        conditional: true,
        shownTo: (p) => applies(q, p) && p[q.id] !== undefined && n.values.includes(p[q.id]!) && applies(n, p),
      }),
    );
  }
  return out;
}

const CATHOLIC = /\bCatholic\b/;
const COFE = /\bChurch of England\b|\bDiocesan Board of Education\b|\bDBE\b/;
/** Sentence by sentence, so that one Catholic-only sentence added to a note about both churches is still caught. */
const sentences = (t: string) => t.split(/(?<=[.!?])\s+/);
const catholicOnly = (t: string) => sentences(t).some((s) => CATHOLIC.test(s) && !COFE.test(s));
const cofeOnly = (t: string) => sentences(t).some((s) => COFE.test(s) && !CATHOLIC.test(s));
const COMMUNITY_LAND = /\bcommunity school\b|\b125-year\b|\b125 years\b/i;
const CHURCH = /\bCatholic\b|\bChurch of England\b|\bdioces[ae]n?\b|\bchurch school\b/i;

describe('tailoring: every conditional text against every profile', () => {
  const profiles = allProfiles(content);
  /** Every text the journey and report can show, with when it is shown; flags are worked out once. */
  const items = textsWithConditions(content).map((t) => ({
    ...t,
    catholicOnly: catholicOnly(t.text),
    cofeOnly: cofeOnly(t.text),
    church: t.conditional && CHURCH.test(t.text),
    communityLand: t.conditional && COMMUNITY_LAND.test(t.text),
  }));
  const seen = (flag: 'catholicOnly' | 'cofeOnly' | 'church' | 'communityLand', p: Profile) =>
    items.filter((i) => i[flag] && i.shownTo(p)).map((i) => i.where);

  it('walks every profile the questions allow (not vacuous)', () => {
    expect(profiles.length).toBeGreaterThan(1000);
    expect(profiles.some((p) => p.church === 'church-of-england' && p['school-type'] === 'voluntary-controlled')).toBe(true);
    expect(profiles.some((p) => p['existing-order'] === 'intervention')).toBe(true);
    // The fast check agrees with the journey's own view of what a school is shown.
    for (const p of profiles.filter((_, i) => i % 997 === 0)) {
      const fast = new Set(items.filter((i) => i.shownTo(p)).map((i) => i.text));
      const slow = new Set(shownTo(content, p).map((s) => s.text));
      expect([...slow].filter((t) => !fast.has(t))).toEqual([]);
      expect([...fast].filter((t) => !slow.has(t))).toEqual([]);
    }
  });

  it('the checks catch what they should', () => {
    expect(catholicOnly('For a Catholic school, the conditional consent letter')).toBe(true);
    expect(catholicOnly('DfE has agreed with the Church of England and the Catholic Education Service')).toBe(false);
    expect(catholicOnly('Your Diocesan Board of Education has to give consent. For a Catholic school, the conditional consent letter comes first.')).toBe(true);
    expect(cofeOnly('Your Diocesan Board of Education has to give consent')).toBe(true);
    expect(COMMUNITY_LAND.test('For a community school the council also owns the land and leases it for 125 years.')).toBe(true);
  });

  it('a Church of England school never sees Catholic-only text, and a Catholic school never sees Church of England-only text', () => {
    const bad = new Set<string>();
    for (const p of profiles) {
      if (p.church === 'church-of-england') seen('catholicOnly', p).forEach((w) => bad.add(`church-of-england sees ${w}`));
      if (p.church === 'catholic') seen('cofeOnly', p).forEach((w) => bad.add(`catholic sees ${w}`));
    }
    expect([...bad]).toEqual([]);
    const catholic = profiles.find((p) => p.church === 'catholic' && p['school-type'] === 'voluntary-aided' && p['existing-order'] === 'no')!;
    expect(seen('catholicOnly', catholic).length).toBeGreaterThan(0);
  });

  it('a school that is not a church school is shown no church text because of its profile', () => {
    const bad = new Set<string>();
    for (const p of profiles.filter((x) => x.church === 'none')) seen('church', p).forEach((w) => bad.add(w));
    expect([...bad]).toEqual([]);
  });

  it('the land step speaks to each kind of school: a community school’s lease, a church school’s site trustees, an academy’s own lease', () => {
    const landFor = (profile: Profile) => applicableStages(content, profile).flatMap((s) => s.steps).find((s) => s.id === 'land-arrangements');
    const base = profiles.find((p) => landFor(p) !== undefined)!;
    const as = (type: string, church = 'none') => landFor({ ...base, 'school-type': type, church });
    expect(as('community')?.what).toMatch(/^The council owns your school's land/);
    for (const type of ['voluntary-aided', 'voluntary-controlled', 'foundation']) {
      expect(as(type, 'church-of-england')?.what, type).toMatch(/^At a church school the land is usually held by the church's site trustees/);
      expect(as(type, 'catholic')?.what, type).toMatch(/^At a church school/);
      expect(as(type)?.what, type).toMatch(/^Who owns your school's land decides what happens to it/);
      expect(as(type, 'other-faith')?.what, type).toMatch(/^Who owns your school's land/);
    }
    expect(as('single-academy-trust')?.what).toMatch(/^Your academy trust already holds the land/);
    // Only a community school is told about a community school's lease; each text cites its own sources.
    for (const type of ['voluntary-aided', 'voluntary-controlled', 'foundation', 'single-academy-trust']) expect(as(type, 'church-of-england')?.what).not.toMatch(COMMUNITY_LAND);
    expect(as('single-academy-trust')?.cites).toContain('gov-transfers');
    expect(as('community')?.cites).not.toContain('ldbe');
  });

  it('only a community school is shown the community-school land note', () => {
    const bad = new Set<string>();
    for (const p of profiles.filter((x) => x['school-type'] !== 'community')) seen('communityLand', p).forEach((w) => bad.add(`${p['school-type']} sees ${w}`));
    expect([...bad]).toEqual([]);
    const community = profiles.find((x) => x['school-type'] === 'community')!;
    expect(seen('communityLand', community).length).toBeGreaterThan(0);
  });
});

describe('the intervention route (a school that already has an intervention academy order)', () => {
  const base: Profile = {
    'school-name': 'Oak Primary',
    phase: 'primary',
    'school-type': 'community',
    'existing-order': 'intervention',
    federation: 'no',
    church: 'none',
    provision: 'mainstream',
    pfi: 'no',
    deficit: 'yes',
    'trust-count': 'one',
  };
  const stepIds = (profile: Profile) => applicableStages(content, profile).flatMap((s) => s.steps.map((step) => step.id));
  const voluntary: Profile = { ...base, 'existing-order': 'no', route: 'join-existing' };

  it('is asked only of maintained schools, and then the route question is not asked (DfE chooses the trust)', () => {
    const asked = (p: Profile) => applicableProfileQuestions(content, p).map((q) => q.id);
    expect(asked(base)).toContain('existing-order');
    expect(asked(base)).not.toContain('route');
    expect(asked(voluntary)).toContain('route');
    expect(asked({ ...base, 'school-type': 'single-academy-trust' })).not.toContain('existing-order');
  });

  it('drops the statutory consultation, the consents, the resolution, the application and the shortlist, and adds the intervention step', () => {
    const onRoute = stepIds(base);
    for (const id of ['statutory-consultation', 'board-resolution', 'submit-application', 'academy-order', 'shortlist-trusts', 'deficit-check']) {
      expect(onRoute, id).not.toContain(id);
      expect(stepIds({ ...voluntary, deficit: 'yes' }), id).toContain(id);
    }
    expect(onRoute).toContain('intervention-order');
    expect(stepIds(voluntary)).not.toContain('intervention-order');
    const church = { ...base, 'school-type': 'voluntary-aided', church: 'church-of-england', diocese: 'x' };
    expect(stepIds(church)).not.toContain('foundation-consent');
    expect(stepIds(church)).not.toContain('dbe-consent');
  });

  it('says the Regional Director chooses the trust, the deficit stays with the council, and old orders stand', () => {
    const step = content.stages.flatMap((s) => s.steps).find((s) => s.id === 'intervention-order')!;
    expect(step.what).toMatch(/Regional Director chooses the trust/);
    expect(step.what).toMatch(/deficit stays with the council/);
    expect(step.what).toMatch(/before 29 June 2026 still stands/);
    expect(step.legal?.basis).toMatch(/s5\(2\)/);
    const notes = applicableProfileQuestions(content, base).flatMap((q) => applicableContextNotes(q, base).map((n) => n.note));
    expect(notes.join(' ')).toMatch(/does not ask your board to consult/);
    expect(notes.join(' ')).not.toMatch(/deficit goes with it/);
  });

  it('lets the later stages start without a board resolution, and lists no legal precondition before a decision the board does not make', () => {
    const answers = { ...emptyAnswers(), profile: base };
    const application = applicableStages(content, base).find((s) => s.id === 'application-order')!;
    expect(canStartStage(content, application, answers)).toBe(true);
    expect(canStartStage(content, application, { ...emptyAnswers(), profile: voluntary })).toBe(false);
    const process = assessProcess(content, answers);
    expect(process.decisionStepId).toBeNull();
    expect(process.outstandingGates).toEqual([]);
    const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
    expect(report.process.gatesOutstanding).toEqual([]);
    expect(report.context.flatMap((c) => c.notes).join(' ')).toMatch(/intervention route/);
  });
});

describe('the intervention route: the verdict, the steps and the report follow it', () => {
  const intervention = (p: Profile): Profile => ({ ...p, 'existing-order': 'intervention' });
  const voluntaryAnswers = completeAssessment(content);
  const answers = { ...voluntaryAnswers, profile: intervention(voluntaryAnswers.profile) };
  const DECIDES = /Ready to decide|ready to decide|board’s own resolution|board's own resolution|before the decision\b|then the board decides|after the board's decision|school applies/;

  it('a school that chose to convert reaches "Ready to decide" (the same answers, so the test below is not vacuous)', () => {
    const a = assess(content, voluntaryAnswers);
    expect(a.overall.band).toBe('decide');
    expect(a.overall.bandLabel).toBe('Ready to decide');
    expect(JSON.stringify(buildReport(content, voluntaryAnswers, { generatedOn: '2026-12-03' }))).toMatch(DECIDES);
  });

  it('with the same answers on the intervention route, the verdict says the Regional Director chooses and the board gives its views', () => {
    const a = assess(content, answers);
    expect(a.process.route).toBe('intervention');
    expect(a.overall.band).toBe('decide');
    expect(a.overall.bandLabel).toBe(bandLabelsByRoute.intervention.decide);
    expect(a.overall.headline).toBe('Ready to tell DfE the board’s views');
    expect(a.overall.summary.startsWith(INTERVENTION_LEAD)).toBe(true);
    expect(a.overall.summary).toMatch(/Regional Director chooses/);
    for (const t of a.trusts) {
      expect(t.bandLabel).toBe(bandLabelsByRoute.intervention[t.band]);
      expect(`${t.bandLabel} ${t.explanation} ${t.summary} ${t.reasons.join(' ')} ${t.conditions.join(' ')}`).not.toMatch(DECIDES);
    }
    expect(`${a.overall.explanation} ${a.overall.summary} ${a.overall.reasons.join(' ')}`).not.toMatch(DECIDES);
  });

  it('every band on the intervention route has its own words, none of them a decision the board makes', () => {
    for (const band of bands) {
      expect(bandLabelsByRoute.intervention[band]).not.toMatch(/decide/i);
      expect(explain(band, ['x'], 'intervention')).toContain(bandLabelsByRoute.intervention[band]);
    }
    expect(new Set(Object.values(bandLabelsByRoute.intervention)).size).toBe(bands.length);
  });

  it('the report (verdict, trusts, steps and stage titles) never tells the board it decides or applies', () => {
    const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
    const { sources: _sources, method: _method, disclaimer: _disclaimer, ...shown } = report;
    const text = JSON.stringify(shown);
    const hits = text.match(new RegExp(DECIDES.source, 'g')) ?? [];
    expect(hits).toEqual([]);
    expect(report.verdict.bandLabel).toBe('Ready to tell DfE the board’s views');
    expect(report.trusts.map((t) => t.bandLabel)).toEqual(assess(content, answers).trusts.map((t) => t.bandLabel));
    expect(report.process.label).toMatch(/^\d+ of \d+ early steps done/);
    const titles = report.process.stages.map((s) => s.title);
    expect(titles).not.toContain('Deciding: why join a trust?');
    expect(report.process.stages.flatMap((s) => s.steps.map((step) => step.id))).toEqual(
      expect.arrayContaining(['intervention-order', 'ask-ten-questions', 'check-the-trust']),
    );
  });

  it('a decision recorded on the intervention route is minuted as the views the board gives DfE, never as a decision to join', () => {
    for (const outcome of ['proceed', 'proceed-with-conditions', 'not-proceed', 'deferred'] as const) {
      const decided = decidedAssessment(content, outcome);
      const onOrder = { ...decided, profile: intervention(decided.profile) };
      const usual = buildReport(content, decided, { generatedOn: '2026-12-03' });
      const report = buildReport(content, onOrder, { generatedOn: '2026-12-03' });
      // The same record on the usual route is a decision to join (so this test is not vacuous).
      expect(usual.verdict.decision?.sentence).toMatch(/agreed (not )?to (proceed|defer its decision)/);
      const sentence = report.verdict.decision?.sentence ?? '';
      expect(sentence, outcome).toMatch(/DfE/);
      expect(sentence, outcome).not.toMatch(/agreed (not )?to proceed|defer its decision/);
      expect(assess(content, onOrder).overall.decision?.sentence, outcome).toBe(sentence);
      const minutes = JSON.stringify(report.meeting ?? null);
      expect(minutes, outcome).toMatch(/(tell|giving) DfE/);
      expect(minutes, outcome).not.toMatch(/agreed (not )?to proceed with joining|defer its decision on joining/);
      // The short label beside it (summary, verdict, meeting) says the same: a view given, not a decision to join.
      const LABEL = /Agreed (not )?to proceed|Deferred, with reasons/;
      expect(JSON.stringify(usual), outcome).toMatch(LABEL);
      expect(JSON.stringify(report), outcome).not.toMatch(LABEL);
      expect(assess(content, onOrder).overall.decision?.outcomeLabel, outcome).toMatch(/support|giving its views/i);
    }
  });

  it('does not show the steps for a board that is deciding whether to join', () => {
    const ids = applicableStages(content, answers.profile).flatMap((s) => s.steps.map((step) => step.id));
    for (const id of ['agree-why', 'learn-the-options', 'weigh-the-evidence', 'tell-people-early', 'register-interest', 'equality-duty', 'board-resolution']) {
      expect(ids, id).not.toContain(id);
      expect(applicableStages(content, voluntaryAnswers.profile).flatMap((s) => s.steps.map((step) => step.id)), id).toContain(id);
    }
  });
});

describe('legal preconditions in the journey and the report', () => {
  const cofe: Profile = {
    'school-name': 'St Mary’s',
    phase: 'primary',
    'school-type': 'voluntary-aided',
    'existing-order': 'no',
    federation: 'no',
    church: 'church-of-england',
    diocese: 'Leeds',
    provision: 'mainstream',
    pfi: 'no',
    deficit: 'no',
    route: 'join-existing',
    'trust-count': 'one',
  };

  it('the list of legal gates before the decision holds only preconditions of the decision and its application, never consultation or TUPE', () => {
    const report = buildReport(content, { ...emptyAnswers(), profile: cofe }, { generatedOn: '2026-12-03' });
    expect(report.process.gatesOutstanding.map((g) => g.title)).toEqual([
      'Consult your foundation and get its consent',
      'Get consent from your Diocesan Board of Education',
    ]);
    const consultation = report.process.gates.find((g) => g.title === 'Run the statutory consultation')!;
    expect(consultation).toMatchObject({ beforeDecision: false, preconditionOf: 'the funding agreement is signed' });
    expect(report.process.gates.some((g) => /TUPE/.test(g.title))).toBe(false);
    const tupe = report.process.duties.find((d) => /TUPE/.test(d.title))!;
    expect(tupe.consequence).toMatch(/protective award of up to 13 weeks' pay/);
    const steps = report.process.stages.flatMap((s) => s.steps);
    expect(steps.find((s) => s.id === 'statutory-consultation')?.weight.summary).toMatch(/before the funding agreement is signed/);
    expect(steps.find((s) => s.id === 'tupe-inform-consult')?.weight.summary).toMatch(/does not stop the process/);
  });
});

describe('one review date, said honestly', () => {
  const date = content.meta.reviewedOn;

  it('the disclaimer says what the date means, and that this is not legal advice', () => {
    expect(content.meta.disclaimer).toContain(`checked against sources published up to ${formatDateLong(date)}`);
    expect(content.meta.disclaimer).toMatch(/not legal advice/);
  });

  it('every legal note, myth, context note, glossary entry and the quality descriptions carry that one date', () => {
    const dates = [
      ...content.stages.flatMap((s) => s.steps.flatMap((step) => (step.legal ? [[step.id, step.legal.asOf]] : []))),
      ...content.myths.map((m) => [m.id, m.asOf]),
      ...content.profile.flatMap((q) => q.contextNotes.map((n, i) => [`${q.id}.contextNotes[${i}]`, n.asOf])),
      ...content.glossary.map((g) => [g.id, g.asOf]),
      ['pillars', content.pillars.asOf],
    ];
    expect(dates.length).toBeGreaterThan(150);
    expect(dates.filter(([, d]) => d !== date)).toEqual([]);
  });

  it('never claims the law "as at" or "as it stood on" a date, and never names a month after the sources', () => {
    const all = [
      ...guidanceFields(content),
      ...proseFields(content),
      ...labelFields(content),
      ...legalBasisFields(content),
      ...content.glossary.map((g) => ({ where: g.id, text: g.definition })),
    ];
    const bad = all.filter((t) => /\bas at\b|\bas (?:it|they) stood\b|\bNovember 2026\b|\bOctober 2026\b/i.test(t.text)).map((t) => t.where);
    expect(bad).toEqual([]);
  });
});

describe('sources', () => {
  const byId = new Map(content.sources.map((s) => [s.id, s]));

  it('every source in use has a web address, and none is on a document-sharing site', () => {
    const inUse = content.sources.filter((s) => !s.retired);
    expect(inUse.filter((s) => !s.url).map((s) => s.id)).toEqual([]);
    const sharing = /5y1\.org|studylib|docslib|vdocuments|docsbay|scribd|slidelegend|financedocbox/;
    expect(inUse.filter((s) => sharing.test(s.url ?? '')).map((s) => s.id)).toEqual([]);
  });

  it('marks the trusts’ sector body and trusts’ own pages as advocacy', () => {
    for (const s of content.sources) {
      if (/Confederation of School Trusts/.test(s.publisher) || /A trust's own page/.test(s.note ?? '')) expect(s.advocacy, s.id).toBe(true);
    }
  });

  it('no legal point rests on advocacy sources alone', () => {
    // A legal point: a step the law requires or that rests on law, every myth's answer, every
    // context note and every definition. (The entry that describes CST itself is the one exception.)
    const points = [
      ...content.stages.flatMap((s) =>
        s.steps
          .filter((step) => step.weight.kind === 'precondition' || step.weight.kind === 'duty' || step.legal?.status === 'in-force' || step.legal?.status === 'enacted-not-in-force')
          .map((step) => ({ where: step.id, cites: step.cites })),
      ),
      ...content.myths.map((m) => ({ where: m.id, cites: m.cites })),
      ...content.profile.flatMap((q) => q.contextNotes.map((n, i) => ({ where: `${q.id}.contextNotes[${i}]`, cites: n.cites }))),
      ...content.glossary.filter((g) => g.id !== 'term-cst').map((g) => ({ where: g.id, cites: g.cites })),
    ];
    const advocacyOnly = points.filter((p) => p.cites.every((id) => byId.get(id)?.advocacy === true)).map((p) => p.where);
    expect(advocacyOnly).toEqual([]);
  });
});

describe('schools that cannot convert, and federations', () => {
  it('does not offer "nursery school" as a school that can convert, and says why', () => {
    const phase = content.profile.find((q) => q.id === 'phase')!;
    for (const o of phase.options) {
      if (/nursery/i.test(`${o.label} ${o.hint ?? ''}`)) expect(`${o.label} ${o.hint ?? ''}`).toMatch(/cannot become an academy/);
    }
    const note = applicableContextNotes(phase, { phase: 'other' }).map((n) => n.note).join(' ');
    expect(note).toMatch(/maintained nursery school cannot become an academy/);
  });

  it('tells a federated school how the law treats its board (s3(6))', () => {
    const federation = content.profile.find((q) => q.id === 'federation')!;
    expect(applicableContextNotes(federation, { federation: 'yes' }).map((n) => n.note).join(' ')).toMatch(/s3\(6\)/);
  });
});

describe('the content audit: missing topics and unexplained terms', () => {
  const everything = [...guidanceFields(content), ...proseFields(content), ...labelFields(content), ...legalBasisFields(content)];
  const step = (id: string) => content.stages.flatMap((s) => s.steps).find((s) => s.id === id)!;
  const myth = (id: string) => content.myths.find((m) => m.id === id)!;
  const termIndex = new Set(content.glossary.flatMap((g) => [g.term, ...g.aliases].map((t) => t.toLowerCase())));

  it('explains in the glossary every term the audit found unexplained, and the due diligence terms', () => {
    const needed = [
      'Regional Schools Commissioner', 'RSC', "members' agreement", 'church articles', 'majority articles', 'principal agreement',
      'school agreement', 'intervention order', 'model directions', 'trust modification order', 'national pay document', 'STPCD',
      'report card', 'registration of interest', 'Get Information about Schools', 'Companies House', 'notice to improve',
      'termination warning notice', 'reserves', 'LGPS', 'related-party transactions', 'union recognition', 'facility time',
      'protective award', 'risk protection arrangement', 'actuary', 'qualified teacher status', 'federation',
    ];
    expect(needed.filter((t) => !termIndex.has(t.toLowerCase()))).toEqual([]);
    // Audit 13: the single-academy trust entry cites NGA, not the GOV.UK page that still offers new single-academy trusts.
    const sat = content.glossary.find((g) => g.id === 'term-single-academy-trust')!;
    expect(sat.cites).toContain('nga-sat');
    expect(sat.cites).not.toContain('gov-apply');
  });

  it('uses today’s words: report cards not "good or outstanding", a registration (not expression) of interest, Carter’s questions attributed', () => {
    const bad = everything.filter((t) => /good or outstanding|outstanding or good|expression of interest|Carter wrote/i.test(t.text)).map((t) => t.where);
    expect(bad).toEqual([]);
    expect(step('register-interest').what).toMatch(/registration of interest/);
    expect(content.tenQuestions.attribution.note).toMatch(/attributed to Sir David Carter \(National Schools Commissioner 2016–18\), as published by Prince Regent Street Trust/);
  });

  it('covers due diligence on a trust, leaving a trust, unions, and the costs the audit named', () => {
    const dueDiligence = step('check-the-trust');
    for (const topic of [/Get Information about Schools/, /Companies House/, /notice to improve/, /termination warning notice/, /reserves/, /LGPS/, /linked to it/]) {
      expect(dueDiligence.what, String(topic)).toMatch(topic);
    }
    expect(step('if-things-go-wrong').what).toMatch(/no legal right to leave/);
    expect(step('if-things-go-wrong').what).toMatch(/2026 law adds powers to act on a whole trust/);
    expect(step('tupe-inform-consult').what).toMatch(/recognise the same unions/);
    expect(content.myths.map((m) => `${m.truth} ${m.checkLocally}`).join(' ')).toMatch(/facility time/);
    expect(step('funding-and-costs').what).toMatch(/actuary/);
    expect(step('funding-and-costs').what).toMatch(/risk protection arrangement/);
  });

  it('states teacher pay, TUPE exceptions, SEND and the grant as the audit corrected them', () => {
    const pay = myth('myth-teacher-pay').truth;
    expect(pay).toMatch(/Since 29 April 2026, ministers have had a power to set a lowest pay, or floor/);
    expect(pay).toMatch(/no top limit/);
    expect(pay).toMatch(/qualified teacher status and induction/);
    const terms = myth('myth-terms-cut').truth;
    expect(terms).toMatch(/economic, technical or organisational reason/);
    expect(terms).toMatch(/contract already permits it/);
    expect(terms).toMatch(/national pay document may not count/);
    expect(myth('myth-send').truth).toMatch(/must have regard to the SEND Code of Practice/);
    expect(myth('myth-grant').truth).toMatch(/up to £25,000/);
    expect(myth('myth-grant').truth).toMatch(/intervention order may still attract sponsor funding/);
    expect(myth('myth-few-academies').truth).toMatch(/January 2025 school census/);
  });

  it('gives Catholic two-stage consent as church practice and the s3(4) test as the law', () => {
    const note = content.profile.find((q) => q.id === 'church')!.contextNotes.find((n) => n.values.includes('catholic') && n.values.length === 1)!;
    expect(note.note).toMatch(/s3\(4\)/);
    expect(note.note).toMatch(/church practice, not the Act/);
    expect(step('diocesan-consent').legal?.basis).toMatch(/church's own practice/);
  });
});
