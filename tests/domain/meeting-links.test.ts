import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import type { TrustAnswers } from '@/domain/answers';
import { mergeViews } from '@/domain/meeting';
import { importMemberFiles } from '@/domain/meeting-files';
import type { MemberView } from '@/domain/answers';
import { buildInvitationLink, draftView, makeInvitation, memberViewLink, memberViewLinkText, QR_LINK_LIMIT, readInvitationLink, readyToSend, VIEW_ROUTE, type MemberDraft } from '@/domain/meeting-link';
import { LINK_LIMIT, linkDataIn } from '@/domain/pack-link';

/*
 * Invitations and governors' views as links: the trust pack's codec (the file after the #),
 * read back with exactly the checks a file gets; a view changed after sending replaces the
 * clerk's copy instead of being refused.
 */

const ASSESSMENT = '6f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a';
const APP = 'https://school.example/tools/join-a-trust/#/meeting?trust=t1';
const questionIds = content.tenQuestions.questions.map((q) => q.id);
const identity = { assessmentId: ASSESSMENT, trusts: [{ id: 't1', name: 'Riverside Learning Trust' }] };

const trust = (answerLength = 200): TrustAnswers => ({
  id: 't1',
  name: 'Riverside Learning Trust',
  answers: {
    'q01-values': { rating: 'strong', evidence: 'documents', notes: 'Values statement shared.' },
    'q02-autonomy': { rating: 'partial', redFlag: true, redFlagNote: 'Scheme of delegation not yet seen.' },
    'q03-standards': {},
  },
  pack: {
    trustName: 'Riverside Learning Trust',
    preparedOn: '2026-11-01',
    about: {},
    contacts: [],
    links: [],
    answers: Object.fromEntries(questionIds.map((id, i) => [id, { answer: `Answer ${i}: ${'word '.repeat(answerLength / 5)}`.trim() }])),
  } as unknown as TrustAnswers['pack'],
});

const dataOf = (link: string, route: string) => linkDataIn(link, route)!;

/** Text that does not compress: each answer `length` characters of pseudo-random words. */
function noisyTrust(length: number): TrustAnswers {
  const t = trust(0);
  let seed = 7;
  const noise = () =>
    Array.from({ length: 1000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return seed.toString(36).slice(0, 5);
    }).join(' ');
  for (const id of questionIds) t.pack!.answers[id] = { answer: noise().slice(0, length) };
  return t;
}

describe('invitation links', () => {
  it('carries the invitation after the #, and reads back to the same invitation', async () => {
    const invitation = makeInvitation(ASSESSMENT, 'Hill Primary School', trust(), true);
    expect(invitation.trustAnswers?.['q01-values']).toMatch(/^Answer 0:/);
    expect(invitation.school).toEqual({
      'q01-values': { rating: 'strong', evidence: 'documents', notes: 'Values statement shared.' },
      'q02-autonomy': { rating: 'partial', redFlag: true, redFlagNote: 'Scheme of delegation not yet seen.' },
    });
    const built = await buildInvitationLink(invitation, APP);
    expect(built).toMatchObject({ fits: true, leftOut: [] });
    expect(built.link.startsWith('https://school.example/tools/join-a-trust/#/member?d=')).toBe(true);
    expect(await readInvitationLink(dataOf(built.link, '/member'))).toEqual({ ok: true, value: invitation });
  });

  it('leaves the school’s findings out only when the clerk says so', () => {
    expect(makeInvitation(ASSESSMENT, 'Hill Primary School', trust(), false).school).toBeUndefined();
    const { pack: _pack, ...noPack } = trust();
    expect(makeInvitation(ASSESSMENT, 'Hill Primary School', noPack, false)).toEqual({
      assessmentId: ASSESSMENT,
      schoolName: 'Hill Primary School',
      trust: { id: 't1', name: 'Riverside Learning Trust' },
    });
  });

  it('too long for a link: leaves out the school’s findings, then the trust’s answers, and says so', async () => {
    // Ten answers of 5,000 characters of varied text do not compress into 8,000 characters.
    const long = noisyTrust(5000);
    const built = await buildInvitationLink(makeInvitation(ASSESSMENT, 'Hill Primary School', long, true), APP);
    expect(built.fits).toBe(true);
    expect(built.leftOut).toEqual(['school', 'trustAnswers']);
    expect(built.link.length).toBeLessThanOrEqual(LINK_LIMIT);
    const read = await readInvitationLink(dataOf(built.link, '/member'));
    expect(read.ok && read.value).toEqual({ assessmentId: ASSESSMENT, schoolName: 'Hill Primary School', trust: { id: 't1', name: 'Riverside Learning Trust' } });
  });

  it('a QR code gets a link short enough for a phone to read: without the long parts, saying so', async () => {
    const invitation = makeInvitation(ASSESSMENT, 'Hill Primary School', noisyTrust(400), true);
    const forLink = await buildInvitationLink(invitation, APP);
    expect(forLink).toMatchObject({ fits: true, leftOut: [] });
    expect(forLink.link.length).toBeGreaterThan(QR_LINK_LIMIT);
    const forQr = await buildInvitationLink(invitation, APP, QR_LINK_LIMIT);
    expect(forQr).toMatchObject({ fits: true, leftOut: ['school', 'trustAnswers'] });
    expect(forQr.link.length).toBeLessThanOrEqual(QR_LINK_LIMIT);
    // The bare invitation (names and a reference) is small whatever the pack holds.
    expect(forQr.link.length).toBeLessThan(400);
  });

  it('a damaged or cut-short link is refused with a reason, not read', async () => {
    const built = await buildInvitationLink(makeInvitation(ASSESSMENT, 'Hill Primary School', trust(), false), APP);
    const data = dataOf(built.link, '/member');
    const cut = await readInvitationLink(data.slice(0, Math.floor(data.length / 2)));
    expect(cut).toMatchObject({ ok: false, problems: [expect.stringMatching(/damaged or cut short.*Ask your clerk for the invitation as a file/)] });
    // A view link is not an invitation, even though it is read by the same codec.
    const viewLink = await memberViewLink(ASSESSMENT, anna, APP);
    expect(await readInvitationLink(dataOf(viewLink, VIEW_ROUTE))).toMatchObject({ ok: false, problems: [expect.stringMatching(/governor’s view, not a meeting invitation/)] });
  });
});

const anna: MemberView = {
  id: 'aaaaaaaa-0000-4000-8000-000000000001',
  name: 'Anna Khan',
  trustId: 't1',
  trustName: 'Riverside Learning Trust',
  ratings: { 'q01-values': 'strong', 'q02-autonomy': 'concern' },
  recordedOn: '2026-12-01',
};

describe('view links', () => {
  it('a view goes back as a link and is merged with the same checks as a file', async () => {
    const link = await memberViewLink(ASSESSMENT, anna, APP);
    expect(link.startsWith(`https://school.example/tools/join-a-trust/#${VIEW_ROUTE}?d=`)).toBe(true);
    const text = await memberViewLinkText(dataOf(link, VIEW_ROUTE));
    expect(text.ok).toBe(true);
    const merged = importMemberFiles([], [{ name: 'The link', text: text.ok ? text.text : '' }], questionIds, identity);
    expect(merged.views).toEqual([anna]);
    // Another assessment's link is refused, as its file would be.
    const other = await memberViewLink('0f1c2b7a-3d4e-4f50-9a61-7b8c9d0e1f2a', anna, APP);
    const otherText = await memberViewLinkText(dataOf(other, VIEW_ROUTE));
    const refused = importMemberFiles([], [{ name: 'The link', text: otherText.ok ? otherText.text : '' }], questionIds, identity);
    expect(refused.results[0]).toMatchObject({ outcome: 'refused', message: expect.stringMatching(/^The link was not added\. It was made for a different assessment/) });
  });

  it('finds the view in a pasted link, and only in a link to the right page', () => {
    expect(linkDataIn('  https://x.example/app/#/meeting/add-view?d=Zabc_-1  ', VIEW_ROUTE)).toBe('Zabc_-1');
    expect(linkDataIn('https://x.example/app/#/member?d=Zabc', VIEW_ROUTE)).toBeNull();
    expect(linkDataIn('Zabc', VIEW_ROUTE)).toBe('Zabc');
    expect(linkDataIn('hello', VIEW_ROUTE)).toBeNull();
  });
});

describe('a view changed after it was sent', () => {
  const draft: MemberDraft = {
    invitation: { assessmentId: ASSESSMENT, schoolName: 'Hill Primary School', trust: { id: 't1', name: 'Riverside Learning Trust' } },
    viewId: anna.id,
    name: 'Anna Khan',
    ratings: { 'q01-values': 'strong' },
    revision: 1,
  };

  it('keeps its id and goes up a revision only when it really changed', () => {
    const first = readyToSend(draft, '2026-12-01');
    expect(first.revision).toBe(1);
    expect(readyToSend({ ...first, readyOn: undefined }, '2026-12-02').revision).toBe(1);
    const changed = readyToSend({ ...first, ratings: { 'q01-values': 'meets' } }, '2026-12-02');
    expect(draftView(changed)).toMatchObject({ id: anna.id, revision: 2, recordedOn: '2026-12-02', ratings: { 'q01-values': 'meets' } });
  });

  it('replaces the clerk’s copy; an older or edited copy is still refused', () => {
    const v1 = draftView(readyToSend(draft, '2026-12-01'));
    const v2: MemberView = { ...v1, ratings: { 'q01-values': 'meets' }, recordedOn: '2026-12-02', revision: 2 };
    expect(mergeViews([v1], v2)).toEqual({ views: [v2], outcome: 'replaced' });
    expect(mergeViews([v2], v1)).toEqual({ views: [v2], outcome: 'conflict' });
    expect(mergeViews([v1], { ...v1, ratings: { 'q01-values': 'concern' } })).toEqual({ views: [v1], outcome: 'conflict' });
    expect(mergeViews([v2], v2)).toEqual({ views: [v2], outcome: 'duplicate' });
  });
});
