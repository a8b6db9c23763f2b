import { markRatingsCopiedFromBoard } from '@/domain/migrations';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { emptyAnswers, type Answers, type RatingAnswer } from '@/domain/answers';
import { answersSchema, pruneAnswers } from '@/domain/answers-schema';
import { addViews, agreeRating, agreementInWords, discussionOrder, divergence, mergeViews, namesInWords, rangeEnds, rangeInWords, removeView, withDecision } from '@/domain/meeting';
import { importMemberFiles, INVITATION_FORMAT, MAX_MEETING_FILE_CHARS, MEMBER_VIEW_FORMAT, memberViewFileName, readMemberViewFile, toMemberViewFile } from '@/domain/meeting-files';
import type { MemberView } from '@/domain/answers';
import { readInvitationFile, toInvitationFile } from '@/domain/meeting-link';
import { MAX_VIEWS } from '@/domain/meeting-schema';
import { removeTrust } from '@/domain/edit';
import { SAVE_FORMAT } from '@/domain/save-file';

const questions = content.tenQuestions.questions;
const questionIds = questions.map((q) => q.id);
const ASSESSMENT = '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a';
const identity = { assessmentId: ASSESSMENT, trusts: [{ id: 't1', name: 'Riverside Learning Trust' }, { id: 't2', name: 'Oak Academies' }] };
const allRatings: RatingAnswer[] = ['concern', 'partial', 'meets', 'strong', 'unsure'];

const view = (id: string, ratings: Record<string, RatingAnswer>, more: Partial<MemberView> = {}): MemberView => ({
  id,
  trustId: 't1',
  trustName: 'Riverside Learning Trust',
  ratings,
  recordedOn: '2026-12-01',
  ...more,
});

const fileText = (v: MemberView, assessmentId = ASSESSMENT) => JSON.stringify(toMemberViewFile(assessmentId, v));

const problemsOf = (text: string) => {
  const result = readMemberViewFile(text, questionIds, identity);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.join(' | ');
};

// ---------------------------------------------------------------------------------------
// Arbitraries

const idArb = fc.uuid();
const ratingsArb = fc
  .subarray(questionIds, { minLength: 1 })
  .chain((ids) => fc.tuple(...ids.map(() => fc.constantFrom(...allRatings))).map((rs) => Object.fromEntries(ids.map((id, i) => [id, rs[i]!]))));
const viewArb: fc.Arbitrary<MemberView> = fc.record({
  id: idArb,
  name: fc.option(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s !== ''), { nil: undefined }),
  trustId: fc.constantFrom('t1', 't2'),
  ratings: ratingsArb,
  recordedOn: fc.constantFrom('2026-11-30', '2026-12-01'),
}).map(({ name, trustId, ...rest }) => ({
  ...rest,
  ...(name === undefined ? {} : { name }),
  trustId,
  trustName: trustId === 't1' ? 'Riverside Learning Trust' : 'Oak Academies',
}));
/** Views with distinct ids (as real files have). */
const viewsArb = fc.uniqueArray(viewArb, { selector: (v) => v.id, maxLength: 12 });

const fold = (views: MemberView[], start: MemberView[] = []) => views.reduce((acc, v) => mergeViews(acc, v).views, start);

// ---------------------------------------------------------------------------------------

describe('merging views (property-based)', () => {
  it('the order of import does not change the result', () => {
    fc.assert(
      fc.property(
        viewsArb.chain((views) => fc.tuple(fc.constant(views), fc.shuffledSubarray(views, { minLength: views.length, maxLength: views.length }))),
        ([views, shuffled]) => {
          expect(fold(shuffled)).toEqual(fold(views));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same order holds through real files, with duplicates mixed in, in any order', () => {
    fc.assert(
      fc.property(
        viewsArb.chain((views) => {
          const withRepeats = [...views, ...views.slice(0, 3)];
          return fc.tuple(fc.constant(views), fc.shuffledSubarray(withRepeats, { minLength: withRepeats.length, maxLength: withRepeats.length }));
        }),
        ([views, batch]) => {
          const files = (list: MemberView[]) => list.map((v, i) => ({ name: `view-${i}.json`, text: fileText(v) }));
          const once = importMemberFiles([], files(views), questionIds, identity).views;
          const mixed = importMemberFiles([], files(batch), questionIds, identity);
          expect(mixed.views).toEqual(once);
          expect(mixed.results.filter((r) => r.outcome === 'duplicate')).toHaveLength(batch.length - views.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('importing the same file twice changes nothing', () => {
    fc.assert(
      fc.property(viewsArb, viewArb, (existing, extra) => {
        const once = fold([extra], fold(existing));
        const twice = mergeViews(once, extra);
        expect(twice.views).toBe(once);
        expect(twice.outcome).toBe('duplicate');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every view (nothing recorded is lost) and keeps them sorted by id', () => {
    fc.assert(
      fc.property(viewsArb, viewsArb, (a, b) => {
        const merged = fold(b, fold(a));
        const ids = merged.map((v) => v.id);
        expect(ids).toEqual([...ids].sort());
        for (const v of a) expect(merged).toContainEqual(v);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 200 },
    );
  });

  it('treats a file with the same ratings in another key order as the same file', () => {
    const a = view('aaaaaaaa-1', { 'q01-values': 'strong', 'q02-autonomy': 'concern' });
    const b = view('aaaaaaaa-1', { 'q02-autonomy': 'concern', 'q01-values': 'strong' });
    expect(mergeViews([a], b).outcome).toBe('duplicate');
  });

  it('refuses a different view with an id already recorded, keeping the one recorded', () => {
    const a = view('aaaaaaaa-1', { 'q01-values': 'strong' });
    const edited = view('aaaaaaaa-1', { 'q01-values': 'concern' });
    const result = mergeViews([a], edited);
    expect(result.outcome).toBe('conflict');
    expect(result.views).toEqual([a]);
  });

  it('stops at the most views an assessment can keep', () => {
    const full = Array.from({ length: MAX_VIEWS }, (_, i) => view(`id-${String(i).padStart(6, '0')}`, { 'q01-values': 'meets' }));
    const result = mergeViews(full, view('zzzzzzzz-1', { 'q01-values': 'meets' }));
    expect(result.outcome).toBe('full');
    expect(result.views).toBe(full);
  });
});

describe('governor view files', () => {
  const anna = view('3b0a0f6e-0b8e-4a57-8d7c-0a4a4a1f0001', { 'q01-values': 'strong', 'q02-autonomy': 'partial', 'q03-standards': 'unsure' }, { name: 'Anna Khan' });

  it('round-trips a view', () => {
    const result = readMemberViewFile(fileText(anna), questionIds, identity);
    expect(result).toEqual({ ok: true, value: { view: anna, dropped: [] } });
  });

  it('round-trips any view (property)', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const result = readMemberViewFile(fileText(v), questionIds, identity);
        expect(result.ok && result.value.view).toEqual(v);
      }),
      { numRuns: 200 },
    );
  });

  it('names the file it will be saved as without the governor’s name', () => {
    expect(memberViewFileName(anna)).toBe('my-view-riverside-learning-trust-2026-12-01-3b0a0f.json');
  });

  it('refuses malformed and truncated files', () => {
    expect(problemsOf('')).toMatch(/damaged or cut short/);
    expect(problemsOf(fileText(anna).slice(0, 70))).toMatch(/damaged or cut short/);
    expect(problemsOf('not json at all')).toMatch(/damaged or cut short/);
    expect(problemsOf('[1,2]')).toMatch(/not a governor’s view/);
    expect(problemsOf('{"hello":"world"}')).toMatch(/does not say it is one/);
  });

  it('says what the file is when it is another of our files', () => {
    expect(problemsOf(JSON.stringify({ format: SAVE_FORMAT, version: 1, answers: emptyAnswers() }))).toMatch(/whole assessment save file/);
    const invitation = toInvitationFile({ assessmentId: ASSESSMENT, schoolName: 'Hill Primary', trust: { id: 't1', name: 'Riverside' } });
    expect(problemsOf(JSON.stringify(invitation))).toMatch(/meeting invitation, not a governor’s view/);
  });

  it('refuses a file from a different assessment', () => {
    expect(problemsOf(fileText(anna, '11111111-2222-4333-8444-555555555555'))).toMatch(/different assessment/);
  });

  it('refuses a file from a newer version, or with no version', () => {
    const file = toMemberViewFile(ASSESSMENT, anna);
    expect(problemsOf(JSON.stringify({ ...file, version: 2 }))).toMatch(/newer version of this tool \(file version 2\)/);
    expect(problemsOf(JSON.stringify({ ...file, version: 'one' }))).toMatch(/version number is missing or wrong/);
  });

  it('refuses hostile keys (__proto__, constructor) anywhere in the file', () => {
    const text = fileText(anna);
    expect(problemsOf(text.replace('"ratings":{', '"ratings":{"__proto__":{"polluted":true},'))).toMatch(/not allowed \(__proto__\)/);
    expect(problemsOf(text.replace('{"format"', '{"constructor":{},"format"'))).toMatch(/not allowed \(constructor\)/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it, and over-long text inside it', () => {
    expect(problemsOf(`${fileText(anna)}${' '.repeat(MAX_MEETING_FILE_CHARS)}`)).toMatch(/too big/);
    expect(problemsOf(fileText({ ...anna, name: 'x'.repeat(200) }))).toMatch(/view → name: text longer than 80 characters/);
  });

  it('refuses a bad rating, a bad id and a trust this assessment does not have, saying where', () => {
    expect(problemsOf(fileText({ ...anna, ratings: { 'q01-values': 'brilliant' as RatingAnswer } }))).toMatch(/view → ratings → q01-values/);
    expect(problemsOf(fileText({ ...anna, id: 'x' }))).toMatch(/view → id: not a valid id/);
    expect(problemsOf(fileText({ ...anna, trustId: 't9', trustName: 'Gone Trust' }))).toMatch(/“Gone Trust”.*no longer in this assessment/);
  });

  it('leaves out ratings for questions the tool no longer asks, and refuses a file with none left', () => {
    const result = readMemberViewFile(fileText({ ...anna, ratings: { ...anna.ratings, 'q99-old': 'meets' } }), questionIds, identity);
    expect(result.ok && result.value.dropped).toEqual(['q99-old']);
    expect(problemsOf(fileText({ ...anna, ratings: { 'q99-old': 'meets' } }))).toMatch(/no ratings/);
  });

  it('refuses a view whose trust name differs from the trust with that id, naming both', () => {
    // Trust t1 was removed and another trust later had the same id (older versions reused ids).
    const result = readMemberViewFile(fileText({ ...anna, trustName: 'Oak Valley Learning Trust' }), questionIds, identity);
    expect(result.ok).toBe(false);
    const problems = result.ok ? '' : result.problems.join(' ');
    expect(problems).toContain('“Oak Valley Learning Trust”');
    expect(problems).toContain('“Riverside Learning Trust”');
    expect(problems).toContain('t1');
  });

  it('matches a trust name whatever its case, spacing or quote marks', () => {
    const result = readMemberViewFile(fileText({ ...anna, trustName: '  riverside   learning TRUST ' }), questionIds, identity);
    expect(result.ok && result.value.view.trustName).toBe('Riverside Learning Trust');
  });
});

describe('importing a batch of files', () => {
  const a = view('aaaaaaaa-0001', { 'q01-values': 'strong' });
  const b = view('bbbbbbbb-0002', { 'q01-values': 'concern' });

  it('says what happened to each in one sentence: of which trust, from where, never naming the governor (names show only when the clerk asks)', () => {
    const priya = view('dddddddd-0004', { 'q01-values': 'strong', 'q02-autonomy': 'meets' }, { name: 'Priya' });
    const link = importMemberFiles([a], [{ name: 'The link', from: 'the link', text: fileText(priya) }], questionIds, identity);
    expect(link.results[0]!.message).toBe('Added a governor’s view of Riverside Learning Trust from the link (2 of 10 questions answered).');
    const changed = { ...priya, ratings: { 'q01-values': 'meets' as const }, revision: 2 };
    const again = importMemberFiles(link.views, [{ name: 'Link 2', from: 'link 2', text: fileText(changed) }], questionIds, identity);
    expect(again.results[0]!.message).toBe(
      'Updated a governor’s view of Riverside Learning Trust from link 2 (1 of 10 questions answered). The governor changed their view, so it replaces the one they sent before.',
    );
    for (const r of [...link.results, ...again.results]) expect(r.message).not.toMatch(/: |The link|Link 2|Priya/);
  });

  it('merges the good files, names every bad file, and loses nothing already recorded', () => {
    const existing = [a];
    const { views, results } = importMemberFiles(
      existing,
      [
        { name: 'ben.json', text: fileText(b) },
        { name: 'anna-again.json', text: fileText(a) },
        { name: 'broken.json', text: '{"format": "should-we' },
        { name: 'other-school.json', text: fileText(view('cccccccc-0003', { 'q01-values': 'meets' }), '99999999-aaaa-4bbb-8ccc-dddddddddddd') },
      ],
      questionIds,
      identity,
    );
    expect(views).toEqual([a, b]);
    expect(results.map((r) => [r.fileName, r.outcome])).toEqual([
      ['ben.json', 'added'],
      ['anna-again.json', 'duplicate'],
      ['broken.json', 'refused'],
      ['other-school.json', 'refused'],
    ]);
    for (const r of results) expect(r.message).toContain(r.fileName);
    expect(results[0]!.message).toBe('Added a governor’s view of Riverside Learning Trust from ben.json (1 of 10 questions answered).');
    expect(results[1]!.message).toMatch(/already recorded/);
    expect(results[3]!.message).toMatch(/different assessment/);
    expect(existing).toEqual([a]);
  });
});

describe('invitations', () => {
  const invitation = { assessmentId: ASSESSMENT, schoolName: 'Hill Primary School', trust: { id: 't1', name: 'Riverside Learning Trust' } };

  it('round-trip, and refuse anything else with a reason', () => {
    expect(readInvitationFile(JSON.stringify(toInvitationFile(invitation)))).toEqual({ ok: true, value: invitation });
    const refused = (text: string) => {
      const r = readInvitationFile(text);
      return r.ok ? '' : r.problems.join(' ');
    };
    expect(refused('{')).toMatch(/damaged or cut short/);
    expect(refused(JSON.stringify(toMemberViewFile(ASSESSMENT, a())))).toMatch(/governor’s view, not a meeting invitation/);
    expect(refused(JSON.stringify({ ...toInvitationFile(invitation), version: 3 }))).toMatch(/newer version/);
    expect(refused(JSON.stringify({ format: INVITATION_FORMAT, version: 1, assessmentId: ASSESSMENT, schoolName: 'x', trust: { id: 'nope', name: 'x' } }))).toMatch(
      /trust → id/,
    );
    expect(refused(`{"format":"${INVITATION_FORMAT}","__proto__":{}}`)).toMatch(/not allowed/);
    function a() {
      return view('aaaaaaaa-0001', { 'q01-values': 'strong' });
    }
  });
});

describe('where views differ', () => {
  const views = [
    view('v-000001', { 'q01-values': 'strong', 'q02-autonomy': 'concern', 'q03-standards': 'meets' }, { name: 'Anna Khan' }),
    view('v-000002', { 'q01-values': 'meets', 'q02-autonomy': 'strong', 'q03-standards': 'meets', 'q04-improvement': 'unsure' }),
    view('v-000003', { 'q01-values': 'strong', 'q02-autonomy': 'partial', 'q03-standards': 'unsure', 'q04-improvement': 'unsure' }, { name: 'Ben Ode' }),
  ];
  const spreads = divergence(questions, views, { 'q03-standards': 'meets' });
  const byId = (id: string) => spreads.find((s) => s.questionId === id)!;

  it('counts each rating and measures the spread over rated points, ignoring “not sure”', () => {
    expect(byId('q01-values')).toMatchObject({ counts: { strong: 2, meets: 1, partial: 0, concern: 0, unsure: 0 }, rated: 3, spread: 1, lowest: 'meets', highest: 'strong' });
    expect(byId('q02-autonomy')).toMatchObject({ rated: 3, spread: 3, lowest: 'concern', highest: 'strong' });
    expect(byId('q03-standards')).toMatchObject({ rated: 2, unsure: 1, spread: 0, agreed: 'meets' });
    expect(byId('q04-improvement')).toMatchObject({ rated: 0, unsure: 2, spread: null });
    expect(byId('q05-supporting-others')).toMatchObject({ rated: 0, unsure: 0, spread: null });
  });

  it('puts the most disagreement first, then the most unsure, then by question number', () => {
    expect(discussionOrder(spreads).map((s) => s.number)).toEqual([2, 1, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('orders any views by spread, never by chance (property)', () => {
    fc.assert(
      fc.property(viewsArb, (vs) => {
        const order = discussionOrder(divergence(questions, vs));
        for (let i = 1; i < order.length; i++) {
          const [prev, next] = [order[i - 1]!, order[i]!];
          const p = prev.spread ?? -1;
          const n = next.spread ?? -1;
          expect(p > n || (p === n && (prev.unsure > next.unsure || (prev.unsure === next.unsure && prev.number < next.number)))).toBe(true);
        }
        expect(order.map((s) => s.number).sort((x, y) => x - y)).toEqual(questions.map((q) => q.number));
      }),
      { numRuns: 200 },
    );
  });

  it('puts it in words, counts before names', () => {
    expect(rangeInWords(byId('q01-values'))).toBe('2 Strong, 1 Meets what we need');
    expect(rangeInWords(byId('q05-supporting-others'))).toBe('no views yet');
    expect(rangeEnds(byId('q02-autonomy'))).toBe('Concern to Strong');
    expect(agreementInWords(byId('q02-autonomy'))).toBe('Views differ widely');
    expect(agreementInWords(byId('q01-values'))).toBe('Views are close');
    expect(agreementInWords(byId('q03-standards'))).toBe('Everyone who rated it agrees');
    expect(agreementInWords(byId('q04-improvement'))).toBe('Nobody could judge this yet');
    expect(namesInWords(byId('q01-values').names.strong)).toBe('Anna Khan and Ben Ode');
    expect(namesInWords(byId('q01-values').names.meets)).toBe('1 governor who gave no name');
  });
});

describe('edits', () => {
  const base: Answers = {
    ...emptyAnswers(),
    assessmentId: ASSESSMENT,
    trusts: [{ id: 't1', name: 'Riverside Learning Trust', answers: { 'q02-autonomy': { rating: 'partial', evidence: 'documents', notes: 'Seen the scheme.' } } }],
  };
  const views = [view('v-000001', { 'q02-autonomy': 'concern' }), view('v-000002', { 'q02-autonomy': 'strong' })];

  it('agreeing a rating keeps it beside the school’s own assessment, never over it, and keeps every view', () => {
    const withViews = addViews(base, views).answers;
    const before = structuredClone(withViews);
    const agreed = agreeRating(withViews, 't1', 'q02-autonomy', 'meets');
    expect(withViews).toEqual(before);
    expect(agreed.trusts[0]!.answers['q02-autonomy']).toEqual({ rating: 'partial', evidence: 'documents', notes: 'Seen the scheme.' });
    expect(agreed.meeting?.agreed).toEqual({ t1: { 'q02-autonomy': 'meets' } });
    expect(agreed.meeting?.views).toEqual(views);
  });

  it('marks, in an old save, the ratings the board’s agreed rating was written over, and changes nothing else', () => {
    // Before the two were kept apart, agreeing "meets" wrote over the school's "partial".
    const old: Answers = {
      ...base,
      trusts: [
        {
          id: 't1',
          name: 'Riverside Learning Trust',
          answers: {
            'q02-autonomy': { rating: 'meets', evidence: 'documents', notes: 'Seen the scheme.' },
            'q03-standards': { rating: 'strong' },
          },
        },
      ],
      meeting: { views, agreed: { t1: { 'q02-autonomy': 'meets', 'q03-standards': 'partial' } } },
    };
    const before = structuredClone(old);
    const marked = markRatingsCopiedFromBoard(old);
    expect(old).toEqual(before);
    expect(marked.trusts[0]!.answers).toEqual({
      'q02-autonomy': { rating: 'meets', evidence: 'documents', notes: 'Seen the scheme.', ratingCopiedFromBoard: true },
      // The head changed it after the meeting: it is the school's own.
      'q03-standards': { rating: 'strong' },
    });
    expect(marked.meeting).toEqual(old.meeting);
    expect(markRatingsCopiedFromBoard(base)).toBe(base);
  });

  it('removes one view by id, and records or clears the decision', () => {
    const withViews = addViews(base, views).answers;
    expect(removeView(withViews, 'v-000001').meeting?.views).toEqual([views[1]]);
    const decision = { trustId: 't1', outcome: 'deferred' as const, conditions: [], actions: [], minorityViews: [], reasons: 'Waiting for accounts.' };
    expect(withDecision(withViews, decision).meeting?.decision).toEqual(decision);
    expect(withDecision(withDecision(withViews, decision), undefined).meeting?.decision).toBeUndefined();
  });

  it('removing a trust removes the views of it, its agreed ratings and a decision about it, and nothing else', () => {
    const other = view('v-000003', { 'q01-values': 'meets' }, { trustId: 't2', trustName: 'Oak Academies' });
    const two: Answers = { ...base, trusts: [...base.trusts, { id: 't2', name: 'Oak Academies', answers: {} }] };
    const decided = withDecision(agreeRating(addViews(two, [...views, other]).answers, 't1', 'q02-autonomy', 'meets'), {
      trustId: 't1', outcome: 'not-proceed', conditions: [], actions: [], minorityViews: [],
    });
    const removed = removeTrust(decided, 't1');
    expect(removed.meeting).toEqual({ views: [other], agreed: {} });
    expect(removeTrust(decided, 't2').meeting?.views).toEqual(views);
    expect(removeTrust(decided, 't2').meeting?.decision?.trustId).toBe('t1');
  });

  it('saved answers with a meeting pass the schema and survive pruning', () => {
    const full = withDecision(agreeRating(addViews(base, views).answers, 't1', 'q02-autonomy', 'meets'), {
      trustId: 't1',
      outcome: 'proceed-with-conditions',
      meetingDate: '2026-12-03',
      conditions: ['Scheme of delegation agreed'],
      actions: [{ what: 'Write to the trust', owner: 'Clerk', due: '2026-12-10' }],
      minorityViews: [{ view: 'Too soon.' }],
      governorsPresent: 9,
      quorate: true,
    });
    const parsed = answersSchema.safeParse(JSON.parse(JSON.stringify(full)));
    expect(parsed.success && parsed.data).toEqual(full);
    expect(pruneAnswers(content, full)).toEqual({ answers: full, dropped: [] });
  });

  it('pruning drops governors’ ratings for questions the content no longer has, and says so', () => {
    const old = addViews(base, [view('v-000009', { 'q01-values': 'meets', 'q99-old': 'strong' })]).answers;
    const { answers, dropped } = pruneAnswers(content, old);
    expect(answers.meeting?.views[0]?.ratings).toEqual({ 'q01-values': 'meets' });
    expect(answers.assessmentId).toBe(ASSESSMENT);
    expect(dropped).toEqual(['a governor’s rating for "q99-old"']);
  });

  it('the schema never passes on a prototype name, and refuses too many views in saved answers', () => {
    const hostile = JSON.parse(
      JSON.stringify({ ...base, meeting: { views: [], agreed: { t1: {} } } }).replace('"t1":{}', '"t1":{"__proto__":"strong","constructor":"meets"}'),
    ) as unknown;
    const parsed = answersSchema.safeParse(hostile);
    if (parsed.success) expect(Object.keys(parsed.data.meeting?.agreed.t1 ?? {})).toEqual([]);
    expect(({} as Record<string, unknown>).strong).toBeUndefined();
    const many = { ...base, meeting: { views: Array.from({ length: MAX_VIEWS + 1 }, (_, i) => view(`id-${String(i).padStart(6, '0')}`, { 'q01-values': 'meets' })), agreed: {} } };
    expect(answersSchema.safeParse(many).success).toBe(false);
  });
});

it('the file formats are what the brief names', () => {
  expect(MEMBER_VIEW_FORMAT).toBe('should-we-join-a-trust/member-view');
});
