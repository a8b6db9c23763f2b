import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { answersSchema } from '@/domain/answers-schema';
import { emptyDraft, type DecisionDraft } from '@/domain/decision';
import { noDate, partsFrom } from '@/domain/date-parts';
import { checkDecision } from '@/domain/decision-check';
import { problemsInChange } from '@/domain/guard';
import { ANSWER_LIMITS, DECISION_LIMITS, VIEW_LIMITS } from '@/domain/limits';
import { decisionSchema, memberViewSchema } from '@/domain/meeting-schema';
import { emptyPack, PACK_LIMITS, trustPackDraftSchema } from '@/domain/trust-pack-schema';
import { pasteIntoLimit } from '@/ui/components/TextField';

/*
 * One source of limits: each number the forms use is the number the storage schema enforces.
 * For every limit, a value at the limit is accepted and one past it is refused.
 */

const x = (n: number) => 'x'.repeat(n);
const many = <T>(n: number, item: (i: number) => T) => Array.from({ length: n }, (_, i) => item(i));

const answersWith = (patch: (n: number) => Partial<Answers>) => (n: number) => ({ ...emptyAnswers(), ...patch(n) });
const trust = (n: number, extra: object = {}) => ({ id: `t${n + 1}`, name: `Trust ${n + 1}`, answers: {}, ...extra });

const answerCases: [string, number, (n: number) => unknown][] = [
  ['profile text', ANSWER_LIMITS.profileText, answersWith((n) => ({ profile: { 'school-name': x(n) } }))],
  ['trust name', ANSWER_LIMITS.trustName, answersWith((n) => ({ trusts: [{ id: 't1', name: x(n), answers: {} }] }))],
  ['trusts', ANSWER_LIMITS.trusts, answersWith((n) => ({ trusts: many(n, (i) => trust(i)) }))],
  ['question notes', ANSWER_LIMITS.questionNotes, answersWith((n) => ({ trusts: [trust(0, { answers: { q: { notes: x(n) } } })] }))],
  ['red flag note', ANSWER_LIMITS.redFlagNote, answersWith((n) => ({ trusts: [trust(0, { answers: { q: { redFlagNote: x(n) } } })] }))],
  ['step note', ANSWER_LIMITS.stepNote, answersWith((n) => ({ steps: { s: { status: 'done', note: x(n) } } }))],
];

const record = { trustId: 't1', outcome: 'proceed-with-conditions', conditions: ['c'], actions: [], minorityViews: [] };
const decisionCases: [string, number, (n: number) => unknown][] = [
  ['conditions', DECISION_LIMITS.conditions, (n) => ({ ...record, conditions: many(n, () => 'c') })],
  ['condition', DECISION_LIMITS.condition, (n) => ({ ...record, conditions: [x(n)] })],
  ['reasons', DECISION_LIMITS.reasons, (n) => ({ ...record, reasons: x(n) })],
  ['actions', DECISION_LIMITS.actions, (n) => ({ ...record, actions: many(n, () => ({ what: 'w', owner: 'o' })) })],
  ['action what', DECISION_LIMITS.actionWhat, (n) => ({ ...record, actions: [{ what: x(n), owner: 'o' }] })],
  ['action owner', DECISION_LIMITS.actionOwner, (n) => ({ ...record, actions: [{ what: 'w', owner: x(n) }] })],
  ['minority views', DECISION_LIMITS.minorityViews, (n) => ({ ...record, minorityViews: many(n, () => ({ view: 'v' })) })],
  ['minority name', DECISION_LIMITS.minorityName, (n) => ({ ...record, minorityViews: [{ name: x(n), view: 'v' }] })],
  ['minority view', DECISION_LIMITS.minorityView, (n) => ({ ...record, minorityViews: [{ view: x(n) }] })],
  ['governors present', DECISION_LIMITS.governorsPresentMax, (n) => ({ ...record, governorsPresent: n })],
  ['quorum note', DECISION_LIMITS.quorumNote, (n) => ({ ...record, quorumNote: x(n) })],
];

const view = { id: 'aaaaaaaa-0000-4000-8000-000000000001', trustId: 't1', trustName: 'T', ratings: {}, recordedOn: '2026-12-01' };
const viewCases: [string, number, (n: number) => unknown][] = [['view name', VIEW_LIMITS.name, (n) => ({ ...view, name: x(n) })]];

const pack = emptyPack();
const packCases: [string, number, (n: number) => unknown][] = [
  ['pack trust name', PACK_LIMITS.trustName, (n) => ({ ...pack, trustName: x(n) })],
  ['pack answer', PACK_LIMITS.answer, (n) => ({ ...pack, answers: { q: { answer: x(n) } } })],
  ['pack about', PACK_LIMITS.about, (n) => ({ ...pack, about: { vision: x(n) } })],
  ['pack contacts', PACK_LIMITS.contacts, (n) => ({ ...pack, contacts: many(n, () => ({ name: 'n', role: 'r' })) })],
  ['pack contact name', PACK_LIMITS.contactText, (n) => ({ ...pack, contacts: [{ name: x(n), role: 'r' }] })],
  ['pack email', PACK_LIMITS.email, (n) => ({ ...pack, contacts: [{ name: 'n', role: 'r', email: x(n) }] })],
  ['pack phone', PACK_LIMITS.phone, (n) => ({ ...pack, contacts: [{ name: 'n', role: 'r', phone: x(n) }] })],
  ['pack links', PACK_LIMITS.links, (n) => ({ ...pack, links: many(n, () => ({ title: 't', url: 'https://a.example' })) })],
  ['pack link title', PACK_LIMITS.linkTitle, (n) => ({ ...pack, links: [{ title: x(n), url: 'https://a.example' }] })],
  ['pack link url', PACK_LIMITS.url, (n) => ({ ...pack, links: [{ title: 't', url: x(n) }] })],
  ['pack links per answer', PACK_LIMITS.linksPerAnswer, (n) => ({ ...pack, answers: { q: { answer: 'a', links: many(n, () => ({ title: 't', url: 'https://a.example' })) } } })],
];

describe.each([
  ['saved answers', answersSchema, answerCases],
  ['decision record', decisionSchema, decisionCases],
  ['governor’s view', memberViewSchema, viewCases],
  ['trust pack draft', trustPackDraftSchema, packCases],
] as const)('the %s schema enforces the limits the forms use', (_, schema, cases) => {
  it.each(cases)('%s: %i is accepted, one more is refused', (_name, limit, make) => {
    expect(schema.safeParse(make(limit)).success).toBe(true);
    expect(schema.safeParse(make(limit + 1)).success).toBe(false);
  });
});

it('weights: the schema’s range is the form’s range', () => {
  const weighted = (w: number) => ({ ...emptyAnswers(), weights: { q: w } });
  expect(answersSchema.safeParse(weighted(ANSWER_LIMITS.weightMin)).success).toBe(true);
  expect(answersSchema.safeParse(weighted(ANSWER_LIMITS.weightMax)).success).toBe(true);
  expect(answersSchema.safeParse(weighted(ANSWER_LIMITS.weightMax + 0.5)).success).toBe(false);
  expect(answersSchema.safeParse(weighted(ANSWER_LIMITS.weightMin - 0.5)).success).toBe(false);
});

describe('the decision form’s checks (the issue’s three cases, which once wiped the assessment)', () => {
  const check = (draft: Partial<DecisionDraft>) => checkDecision({ ...emptyDraft('2026-12-03'), outcome: 'proceed-with-conditions', conditions: 'c', ...draft }, 't1');
  const errorsOf = (result: ReturnType<typeof check>) => ('errors' in result ? result.errors : []);

  it('150 governors present: an error on that field, no record', () => {
    expect(errorsOf(check({ governorsPresent: '150' }))).toEqual([
      { field: 'decision-present', message: 'The number of governors present must be 100 or fewer' },
    ]);
    expect('record' in check({ governorsPresent: '100' })).toBe(true);
  });

  it('21 conditions, or a condition of 1,001 characters: an error on the conditions, no record', () => {
    expect(errorsOf(check({ conditions: many(21, (i) => `Condition ${i}`).join('\n') }))).toEqual([
      { field: 'decision-conditions', message: 'Write 20 conditions or fewer, one on each line (there are 21)' },
    ]);
    expect(errorsOf(check({ conditions: `first\n${x(1001)}` }))).toEqual([
      { field: 'decision-conditions', message: 'Condition 2 must be 1,000 characters or fewer (it has 1,001)' },
    ]);
    expect('record' in check({ conditions: many(20, () => x(1000)).join('\n') })).toBe(true);
  });

  it('every text over its limit is named on its own field', () => {
    const result = check({
      reasons: x(DECISION_LIMITS.reasons + 1),
      quorumNote: x(DECISION_LIMITS.quorumNote + 1),
      actions: [{ what: x(DECISION_LIMITS.actionWhat + 1), owner: x(DECISION_LIMITS.actionOwner + 1), due: noDate() }],
      minorityViews: [{ name: x(DECISION_LIMITS.minorityName + 1), view: x(DECISION_LIMITS.minorityView + 1) }],
    });
    expect(errorsOf(result).map((e) => e.field)).toEqual([
      'decision-reasons',
      'decision-quorum-note',
      'action-0-what',
      'action-0-owner',
      'minority-0-name',
      'minority-0-view',
    ]);
  });

  it('counts past the limit (more rows than the form offers) are refused too', () => {
    const actions = many(DECISION_LIMITS.actions + 1, () => ({ what: 'w', owner: 'o', due: noDate() }));
    const minorityViews = many(DECISION_LIMITS.minorityViews + 1, () => ({ name: '', view: 'v' }));
    expect(errorsOf(check({ actions, minorityViews })).map((e) => e.field)).toEqual(['action-0-what', 'minority-0-view']);
  });

  it('property: any record the form accepts, the storage schema accepts', () => {
    const text = (max: number) => fc.string({ maxLength: max + 3 }).map((s) => (s.length > 2 ? s.padEnd(max + (s.length % 3) - 1, 'y') : s));
    // Day, month and year boxes as typed: empty, numbers in and out of range, or anything at all.
    const box = (max: number) => fc.oneof(fc.constant(''), fc.integer({ min: 0, max }).map(String), fc.string({ maxLength: 5 }));
    const date = fc.oneof(
      fc.record({ day: box(40), month: box(15), year: box(99999) }),
      fc.constantFrom(partsFrom('2026-12-01'), partsFrom('2024-02-29'), { day: '29', month: '2', year: '2026' }, { day: '31', month: '4', year: '0000' }),
    );
    const draft = fc.record({
      outcome: fc.constantFrom('', 'proceed', 'proceed-with-conditions', 'not-proceed', 'deferred' as const),
      meetingDate: date,
      conditions: fc.array(text(DECISION_LIMITS.condition), { maxLength: DECISION_LIMITS.conditions + 2 }).map((c) => c.join('\n')),
      reasons: text(DECISION_LIMITS.reasons),
      actions: fc.array(fc.record({ what: text(DECISION_LIMITS.actionWhat), owner: text(DECISION_LIMITS.actionOwner), due: date }), {
        maxLength: DECISION_LIMITS.actions + 2,
      }),
      minorityViews: fc.array(fc.record({ name: text(DECISION_LIMITS.minorityName), view: text(DECISION_LIMITS.minorityView) }), {
        maxLength: DECISION_LIMITS.minorityViews + 2,
      }),
      governorsPresent: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 999 }).map(String), fc.string({ maxLength: 4 })),
      quorate: fc.constantFrom('', 'yes', 'no' as const),
      quorumNote: text(DECISION_LIMITS.quorumNote),
    });
    fc.assert(
      fc.property(draft, (d) => {
        const result = checkDecision(d as DecisionDraft, 't1');
        if ('record' in result) expect(decisionSchema.safeParse(result.record).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the store’s last line: problemsInChange', () => {
  const start: Answers = { ...emptyAnswers(), trusts: [trust(0) as Answers['trusts'][number]] };

  it('refuses a change storage would refuse, naming where', () => {
    const after = { ...start, trusts: [{ ...start.trusts[0]!, answers: { q: { notes: x(ANSWER_LIMITS.questionNotes + 1) } } }] };
    expect(problemsInChange(start, after)).toEqual([`trusts → 0 → answers → q → notes: text longer than 50,000 characters`]);
    const eleven = { ...start, trusts: many(11, (i) => trust(i) as Answers['trusts'][number]) };
    expect(problemsInChange(start, eleven)[0]).toBe('trusts: at most 10 trusts');
    expect(problemsInChange(start, { ...start, weights: { q: 4 } })).toHaveLength(1);
  });

  it('accepts a change at the limit, and does not let an old unreadable part block edits elsewhere', () => {
    expect(problemsInChange(start, { ...start, profile: { 'school-name': x(ANSWER_LIMITS.profileText) } })).toEqual([]);
    const damaged = { ...start, steps: { s: { status: 'done' as const, note: x(ANSWER_LIMITS.stepNote + 1) } } };
    expect(problemsInChange(damaged, { ...damaged, profile: { 'school-name': 'Hill' } })).toEqual([]);
  });
});

describe('pasting past a field’s limit', () => {
  it('keeps what fits where the cursor is, keeps everything already typed, and says how much was kept', () => {
    const result = pasteIntoLimit('Hello world', { start: 5, end: 5 }, x(5_000_000), 50_000, true);
    expect(result?.value).toBe(`Hello${x(50_000 - 11)} world`);
    expect(result?.caret).toBe(5 + 50_000 - 11);
    expect(result?.message).toBe('Only the first 49,989 of the 5,000,000 characters you pasted were kept. This box holds up to 50,000 characters.');
  });

  it('replaces the selection, says when nothing fits, and lets a paste that fits through', () => {
    expect(pasteIntoLimit('abcdef', { start: 0, end: 6 }, x(12), 10, false)?.value).toBe(x(10));
    expect(pasteIntoLimit(x(10), { start: 10, end: 10 }, 'more', 10, false)?.message).toBe(
      'Nothing was pasted: this box is full. It holds up to 10 characters.',
    );
    expect(pasteIntoLimit('abc', { start: 3, end: 3 }, x(7), 10, false)).toBeNull();
  });

  it('never keeps half an emoji, and turns line breaks into what the box holds', () => {
    expect(pasteIntoLimit('', { start: 0, end: 0 }, `${x(9)}😀😀`, 10, false)?.value).toBe(x(9));
    expect(pasteIntoLimit('', { start: 0, end: 0 }, 'a\r\nb\nc'.repeat(5), 10, false)?.value).toBe('a b ca b c');
    expect(pasteIntoLimit('', { start: 0, end: 0 }, 'a\r\nb'.repeat(5), 10, true)?.value).toBe('a\nba\nba\nba');
  });
});
