import * as z from 'zod/mini';
import type { MemberView, RatingAnswer, TrustAnswers } from './answers';
import { describeIssues, questionAnswerSchema } from './answers-schema';
import { VIEW_LIMITS } from './limits';
import { INVITATION_FORMAT, INVITATION_VERSION, MAX_INVITATION_CHARS, MAX_MEETING_FILE_CHARS, meetingFileKind, toMemberViewFile, trustRef, trustSlug, type Invitation, type InvitationFile, type SharedAnswer } from './meeting-files';
import { readEnvelope, type FileResult } from './envelope';
import { isoDateSchema, MAX_QUESTIONS, memberViewSchema, randomIdSchema } from './meeting-schema';
import { safeKey, text } from './schema-parts';
import { appLink, jsonToLinkData, LINK_LIMIT, linkDataToFileText, type LinkKind } from './pack-link';

/*
 * The clerk's invitation (its file, here so the first visit does not carry it: only the
 * meeting pages read or write one), and the board meeting's files as links: the clerk's invitation and a governor's view travel
 * after the # of an address, with the trust pack's codec (pack-link.ts), and are read back
 * with exactly the checks their files get. Also the governor's own copy of their view, kept
 * on their device until they clear it. Apart from meeting.ts so that the first visit does not
 * download it: only the meeting pages use it.
 */

// ---------------------------------------------------------------------------------------
// The invitation file

const byQuestion = <T extends z.ZodMiniType>(value: T) =>
  z.record(safeKey, value).check(z.refine((r) => Object.keys(r).length <= MAX_QUESTIONS, `more than ${MAX_QUESTIONS} questions`));
const makeInvitationSchema = () =>
  z.object({
    assessmentId: randomIdSchema,
    schoolName: z.string().check(z.maxLength(200)),
    trust: trustRef,
    trustAnswers: z.optional(byQuestion(text(5_000))),
    school: z.optional(
      byQuestion(z.pick(questionAnswerSchema, { rating: true, evidence: true, redFlag: true, redFlagNote: true, redFlagResolved: true, notes: true })),
    ),
  });
let invitationSchemaMade: ReturnType<typeof makeInvitationSchema> | undefined;
/** Made when first used: only the meeting pages read invitations, so the first visit need not carry it. */
export const invitationSchema = () => (invitationSchemaMade ??= makeInvitationSchema());

export function toInvitationFile(invitation: Invitation): InvitationFile {
  return { format: INVITATION_FORMAT, version: INVITATION_VERSION, ...invitation };
}

export const invitationKind = meetingFileKind(INVITATION_FORMAT, INVITATION_VERSION, 'A meeting invitation', MAX_INVITATION_CHARS);

export function readInvitationFile(text: string): FileResult<Invitation> {
  const envelope = readEnvelope(text, invitationKind);
  if (!envelope.ok) return envelope;
  const parsed = invitationSchema().safeParse(envelope.value);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error) };
  return { ok: true, value: parsed.data };
}

export const invitationFileName = (invitation: Invitation) => `meeting-invitation-${trustSlug(invitation.trust.name)}.json`;

// ---------------------------------------------------------------------------------------
// The same files as links

export const INVITATION_ROUTE = '/member';
export const VIEW_ROUTE = '/meeting/add-view';
const INVITATION_LINK: LinkKind = { what: 'a meeting invitation', maxChars: MAX_INVITATION_CHARS, instead: 'Ask your clerk for the invitation as a file.' };
const VIEW_LINK: LinkKind = { what: 'a governor’s view', maxChars: MAX_MEETING_FILE_CHARS, instead: 'Ask the governor for their view as a file.' };

/**
 * What the clerk puts in an invitation: who is asking, about which trust, the trust's own
 * answers if it sent a pack, and, only if the clerk chooses, the school's own assessment.
 */
export function makeInvitation(
  assessmentId: string,
  schoolName: string,
  trust: Pick<TrustAnswers, 'id' | 'name' | 'answers' | 'pack'>,
  includeSchool: boolean,
): Invitation {
  const invitation: Invitation = { assessmentId, schoolName, trust: { id: trust.id, name: trust.name } };
  const trustAnswers: Record<string, string> = {};
  for (const [id, a] of Object.entries(trust.pack?.answers ?? {})) if (a.answer.trim()) trustAnswers[id] = a.answer.trim();
  if (Object.keys(trustAnswers).length) invitation.trustAnswers = trustAnswers;
  if (includeSchool) {
    const school: Record<string, SharedAnswer> = {};
    for (const [id, a] of Object.entries(trust.answers)) {
      const shared: SharedAnswer = {};
      if (a.rating) shared.rating = a.rating;
      if (a.evidence) shared.evidence = a.evidence;
      if (a.redFlag) {
        shared.redFlag = true;
        if (a.redFlagNote?.trim()) shared.redFlagNote = a.redFlagNote.trim();
        if (a.redFlagResolved) shared.redFlagResolved = true;
      }
      if (a.notes?.trim()) shared.notes = a.notes.trim();
      if (Object.keys(shared).length) school[id] = shared;
    }
    if (Object.keys(school).length) invitation.school = school;
  }
  return invitation;
}

export interface InvitationLink {
  link: string;
  /** Within LINK_LIMIT. */
  fits: boolean;
  /** What was left out of the link to make it fit (the file still has everything). */
  leftOut: ('school' | 'trustAnswers')[];
}

/**
 * The invitation as a link. When it is too long, the school's assessment is left out first,
 * then the trust's answers, as each governor can still rate with the guidance; the file
 * always has everything.
 */
export async function buildInvitationLink(invitation: Invitation, appAddress: string, limit = LINK_LIMIT): Promise<InvitationLink> {
  const make = async (inv: Invitation) => appLink(appAddress, INVITATION_ROUTE, await jsonToLinkData(toInvitationFile(inv)));
  const full = await make(invitation);
  if (full.length <= limit) return { link: full, fits: true, leftOut: [] };
  const { school, trustAnswers, ...bare } = invitation;
  if (school && trustAnswers) {
    const noSchool = await make({ ...bare, trustAnswers });
    if (noSchool.length <= limit) return { link: noSchool, fits: true, leftOut: ['school'] };
  }
  const shortest = await make(bare);
  const leftOut: InvitationLink['leftOut'] = [...(school ? ['school' as const] : []), ...(trustAnswers ? ['trustAnswers' as const] : [])];
  return shortest.length <= limit ? { link: shortest, fits: true, leftOut } : { link: full, fits: false, leftOut: [] };
}

/**
 * The longest link put in a QR code. A QR code holds at most 2,953 bytes (version 40, low
 * error correction), but a code that dense (177 × 177 squares) is hard for a phone to read
 * from a projector or across a table. 1,200 characters gives at most a version 25 code
 * (117 × 117) at low error correction; the invitation with names and a reference alone is
 * about 300 characters (a version 10 code or so). A longer invitation goes in the QR code
 * without the trust's answers and the school's findings, and says so; the link and the
 * file carry everything.
 */
export const QR_LINK_LIMIT = 1_200;

/** Reads an invitation from a link's `d` value, with the same checks as a file. */
export async function readInvitationLink(data: string): Promise<FileResult<Invitation>> {
  const text = await linkDataToFileText(data, INVITATION_LINK);
  return text.ok ? readInvitationFile(text.text) : { ok: false, problems: [text.problem] };
}

/** A governor's view as a link for the clerk. A view is small: it always fits. */
export async function memberViewLink(assessmentId: string, view: MemberView, appAddress: string): Promise<string> {
  return appLink(appAddress, VIEW_ROUTE, await jsonToLinkData(toMemberViewFile(assessmentId, view)));
}

/** A view link's file text (for importMemberFiles, which checks it exactly as a file). */
export async function memberViewLinkText(data: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  return linkDataToFileText(data, VIEW_LINK);
}

// ---------------------------------------------------------------------------------------
// A governor's own device: the view they are giving, kept until they clear it

/** One invitation a governor has opened, and their view so far. */
export interface MemberDraft {
  invitation: Invitation;
  /** The view's id, made when the invitation is first opened, kept when the view changes. */
  viewId: string;
  name: string;
  ratings: Record<string, RatingAnswer>;
  /** 1, then one more each time the view is changed after it was made ready to send. */
  revision: number;
  /** yyyy-mm-dd: when the view was last made ready to send (absent while it is being given). */
  readyOn?: string;
  /** The name and ratings as they were then, so a change after sending is noticed. */
  readyAs?: string;
}

/** Most invitations kept on one device: a governor on several boards, with room to spare. */
export const MAX_DRAFTS = 10;

export const memberDraftSchema = z.object({
  invitation: invitationSchema(),
  viewId: randomIdSchema,
  name: text(VIEW_LIMITS.name),
  ratings: memberViewSchema.shape.ratings,
  revision: z.int().check(z.gte(1), z.lte(1000)),
  readyOn: z.optional(isoDateSchema),
  readyAs: z.optional(text(5_000)),
});

/** Which draft an invitation belongs to: the same assessment and the same trust. */
export const draftKey = (invitation: Pick<Invitation, 'assessmentId' | 'trust'>) => `${invitation.assessmentId}/${invitation.trust.id}`;

const draftContent = (d: Pick<MemberDraft, 'name' | 'ratings'>) =>
  JSON.stringify([d.name.trim(), Object.keys(d.ratings).sort().map((k) => [k, d.ratings[k]])]);

/**
 * The draft made ready to send: dated, and a revision higher if it changed since it was last
 * sent (so the clerk's copy is replaced, not refused).
 */
export function readyToSend(draft: MemberDraft, today: string): MemberDraft {
  const now = draftContent(draft);
  const changed = draft.readyAs !== undefined && draft.readyAs !== now;
  return { ...draft, revision: changed ? draft.revision + 1 : draft.revision, readyOn: today, readyAs: now };
}

/** The view the draft sends. */
export function draftView(draft: MemberDraft): MemberView {
  return {
    id: draft.viewId,
    ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
    trustId: draft.invitation.trust.id,
    trustName: draft.invitation.trust.name,
    ratings: draft.ratings,
    recordedOn: draft.readyOn ?? '1970-01-01',
    ...(draft.revision > 1 ? { revision: draft.revision } : {}),
  };
}

