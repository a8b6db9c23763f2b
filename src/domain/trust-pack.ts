import type { Content } from '@/content/schema';
import { FILE_FORMATS, readEnvelope, type FileKind } from './envelope';
import type { Answers } from './answers';
import { addTrust, canAddTrust } from './edit';
import { slug } from './slug';
import { capitalise } from './labels';
import { ANSWER_LIMITS } from './limits';
import {
  aboutFields,
  aboutLabels,
  PACK_LIMITS,
  SCHOOLS_MESSAGE,
  trustPackSchema,
  type PackAnswer,
  type PackContact,
  type PackLink,
  type TrustPack,
  type TrustPackDraft,
} from './trust-pack-schema';

export * from './trust-pack-schema';

/** Marks a file as a trust pack, so any other JSON file gets a clear message. */
export const PACK_FORMAT = FILE_FORMATS.pack;
/** Bump when the pack's shape changes, and teach `upgrade` the old one. */
export const PACK_VERSION = 1;
/**
 * The largest pack file read. A full pack (ten long answers, every link and contact and a
 * 100 kB logo) is about 250,000 characters.
 */
export const MAX_PACK_CHARS = 400_000;

export interface PackFile {
  format: typeof PACK_FORMAT;
  version: number;
  pack: TrustPack;
}

export const toPackFile = (pack: TrustPack): PackFile => ({ format: PACK_FORMAT, version: PACK_VERSION, pack });

export type PackReadResult = { ok: true; pack: TrustPack; dropped: string[] } | { ok: false; problems: string[] };

/**
 * The part of a pack a problem is about, as it would stand in a sentence: "the address of
 * link 1 in the answer to question 2", "the email of contact 2", "the trust’s name".
 */
export function describePackPath(path: readonly PropertyKey[], content: Content): string {
  const [first, second, third, fourth, fifth] = path;
  const nth = (i: unknown) => (typeof i === 'number' ? String(i + 1) : String(i));
  const question = (id: unknown) => {
    const q = content.tenQuestions.questions.find((x) => x.id === id);
    return q ? `the answer to question ${q.number}` : `the answer to “${String(id)}”`;
  };
  const linkField = (field: unknown) => ({ title: 'the title', url: 'the address' })[String(field)];
  switch (first) {
    case undefined:
      return 'the pack as a whole';
    case 'trustName':
      return 'the trust’s name';
    case 'preparedOn':
      return 'the date it was prepared';
    case 'colour':
      return 'the colour';
    case 'logo':
      return 'the logo';
    case 'schools':
      return 'the number of schools';
    case 'about':
      return second === undefined ? 'about the trust' : `“${aboutLabels[second as keyof typeof aboutLabels]?.label ?? String(second)}”`;
    case 'contacts': {
      if (second === undefined) return 'the contacts';
      const field = { name: 'the name', role: 'the role', email: 'the email address', phone: 'the phone number' }[String(third)];
      return field ? `${field} of contact ${nth(second)}` : `contact ${nth(second)}`;
    }
    case 'links': {
      if (second === undefined) return 'the published documents';
      const field = linkField(third);
      return field ? `${field} of document link ${nth(second)}` : `document link ${nth(second)}`;
    }
    case 'answers': {
      if (second === undefined) return 'the answers';
      if (third !== 'links') return question(second);
      if (fourth === undefined) return `the links in ${question(second)}`;
      const field = linkField(fifth);
      return `${field ? `${field} of ` : ''}link ${nth(fourth)} in ${question(second)}`;
    }
    default:
      return path.map(String).join(' → ');
  }
}


/**
 * A pack's problem as one plain sentence, GOV.UK style: "The address of link 1 in the answer to
 * question 2 must start with https://". `message` is the schema's own words for what is wrong.
 */
export function packProblemSentence(where: string, message: string): string {
  const Where = capitalise(where);
  const longer = /^(?:text|address) longer than ([\d,]+) characters$/.exec(message);
  if (longer) return `${Where} must be ${longer[1]} characters or fewer`;
  const atMost = /^at most ([\d,]+) (links|contacts)$/.exec(message);
  if (atMost) return `${Where} can have at most ${atMost[1]} ${atMost[2]}`;
  const lookLike = /^the date must look like (.+)$/.exec(message);
  if (lookLike) return `${Where} must look like ${lookLike[1]}`;
  switch (message) {
    case 'the trust’s name is missing':
      return 'Enter the trust’s name';
    case 'the address must start with https://':
      return `${Where} must start with https://`;
    case 'that is not an email address':
      return `${Where} must be an email address, like name@example.org`;
    case 'a phone number has only digits, spaces, + and brackets':
      return `${Where} can have only digits, spaces, + and brackets`;
    case SCHOOLS_MESSAGE:
      return `Enter the number of schools in the trust as a whole number from 1 to ${PACK_LIMITS.schools}, like 12`;
    case 'a colour looks like #1d3557':
      return `${Where} must look like #1d3557`;
  }
  // The logo's own messages already say "the logo ...".
  if (message.startsWith(`${where} `)) return capitalise(message);
  // Anything else (a file edited by hand): say where, without the schema's technical words.
  return `This tool could not read ${where}`;
}

/** Older pack versions, brought up to today's shape. None has shipped yet. */
function upgrade(file: Record<string, unknown>): Record<string, unknown> {
  return file;
}

/** Checks a pack's shape; problems say what and where, in words. */
export function checkPack(
  candidate: unknown,
  content: Content,
): { ok: true; pack: TrustPack } | { ok: false; problems: { path: PropertyKey[]; where: string; message: string; sentence: string }[] } {
  const parsed = trustPackSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, pack: parsed.data as TrustPack };
  return {
    ok: false,
    problems: parsed.error.issues.slice(0, 12).map((issue) => {
      const where = describePackPath(issue.path, content);
      return { path: [...issue.path], where, message: issue.message, sentence: packProblemSentence(where, issue.message) };
    }),
  };
}

/** Keeps answers to questions the content has; lists the rest. */
function keepKnownQuestions(pack: TrustPack, content: Content): { pack: TrustPack; dropped: string[] } {
  const ids = new Set(content.tenQuestions.questions.map((q) => q.id));
  const answers: Record<string, PackAnswer> = {};
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(pack.answers)) {
    if (ids.has(id)) answers[id] = answer;
    else dropped.push(`the answer to “${id}”, a question this version of the tool does not have`);
  }
  return { pack: { ...pack, answers }, dropped };
}

/** A trust pack file as readEnvelope reads it. */
export const packFileKind: FileKind = {
  format: PACK_FORMAT,
  version: PACK_VERSION,
  maxChars: MAX_PACK_CHARS,
  says: {
    tooBig: (kB) => `The pack is too big (${kB.toLocaleString('en-GB')} kB). A trust pack from this tool is under ${MAX_PACK_CHARS / 1000} kB.`,
    notJson: (detail) => `This is not a trust pack: it is damaged or cut short, or is not JSON (${detail}).`,
    forbidden: (keys) => `The pack contains a field name that is not allowed (${keys}), so it was not opened.`,
    notObject: 'This is not a trust pack from this tool.',
    otherFormat: (format) =>
      format === FILE_FORMATS.save
        ? 'This is a school’s saved answers, not a trust pack. Open it from Your data instead.'
        : 'This is not a trust pack from this tool (it does not say it is one).',
    badVersion: 'The pack’s version number is missing or wrong.',
    newer: (version) => `The pack was made by a newer version of this tool (pack version ${version}). Update the tool, then try again.`,
  },
};

/**
 * Reads a trust pack's text, from a file or a link. Anything wrong gives messages that say
 * what and where; nothing here throws, and nothing in the pack is ever treated as markup or
 * code. Ratings, or anything else a pack has no place for, are left out.
 */
export function readTrustPack(text: string, content: Content): PackReadResult {
  const envelope = readEnvelope(text, packFileKind);
  if (!envelope.ok) return envelope;
  const file = envelope.value;
  const checked = checkPack(upgrade(file).pack, content);
  if (!checked.ok) return { ok: false, problems: checked.problems.map((p) => `${p.sentence}.`) };
  const { pack, dropped } = keepKnownQuestions(checked.pack, content);
  return { ok: true, pack, dropped };
}

// ---------------------------------------------------------------------------------------
// Finishing a draft (trust mode)

const blankLink = (l: PackLink) => l.title.trim() === '' && l.url.trim() === '';
const trimLink = (l: PackLink): PackLink => ({ title: l.title.trim() || l.url.trim(), url: l.url.trim() });

/**
 * The number of schools as typed, as a number: digits only (spaces around them are fine), so
 * "12" is 12 and "1e2", "12.5" or "twelve" are NaN, which checkPack refuses with a sentence.
 */
export function schoolsFromDraft(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const typed = value.trim();
  if (typed === '') return undefined;
  return /^\d+$/.test(typed) ? Number(typed) : Number.NaN;
}

/**
 * The pack as it will be shared: trimmed, with empty answers, rows and fields left out, and
 * dated. Its shape is not yet checked: pass it to checkPack.
 */
export function finishPack(draft: TrustPackDraft, preparedOn: string): TrustPack {
  const answers: Record<string, PackAnswer> = {};
  for (const [id, a] of Object.entries(draft.answers)) {
    const links = (a.links ?? []).filter((l) => !blankLink(l)).map(trimLink);
    const answer = a.answer.trim();
    if (answer === '' && links.length === 0) continue;
    answers[id] = links.length > 0 ? { answer, links } : { answer };
  }
  const about: Partial<Record<(typeof aboutFields)[number], string>> = {};
  for (const field of aboutFields) {
    const value = draft.about?.[field]?.trim();
    if (value) about[field] = value;
  }
  const contacts = draft.contacts
    .map((c): PackContact => {
      const out: PackContact = { name: c.name.trim(), role: c.role.trim() };
      if (c.email?.trim()) out.email = c.email.trim();
      if (c.phone?.trim()) out.phone = c.phone.trim();
      return out;
    })
    .filter((c) => c.name || c.role || c.email || c.phone);
  const pack: TrustPack = {
    trustName: draft.trustName.trim(),
    preparedOn,
    answers,
    contacts,
    links: draft.links.filter((l) => !blankLink(l)).map(trimLink),
  };
  if (Object.keys(about).length > 0) pack.about = about;
  const schools = schoolsFromDraft(draft.schools);
  if (schools !== undefined) pack.schools = schools;
  if (draft.colour) pack.colour = draft.colour;
  if (draft.logo) pack.logo = draft.logo;
  return pack;
}

/** "trust-pack-oak-valley-learning-trust-2026-11-25.json" */
export function packFileName(pack: TrustPack): string {
  return `trust-pack-${slug(pack.trustName, 50) || 'trust'}-${pack.preparedOn}.json`;
}

/** What a pack holds, in words: "answers to 8 of 10 questions, 2 contacts and 3 documents". */
export function describePack(pack: TrustPack, content: Content): string {
  const total = content.tenQuestions.questions.length;
  const answered = content.tenQuestions.questions.filter((q) => pack.answers[q.id]).length;
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `answers to ${answered} of ${total} questions, ${n(pack.contacts.length, 'contact', 'contacts')} and ${n(pack.links.length, 'published document', 'published documents')}`;
}

// ---------------------------------------------------------------------------------------
// Opening a pack into a school's assessment

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The trust in the assessment a pack would attach to: one with the same name. */
export function trustForPack(answers: Answers, pack: TrustPack) {
  return answers.trusts.find((t) => sameName(t.name, pack.trustName));
}

export type OpenPackResult =
  | { ok: true; answers: Answers; trustId: string; attached: boolean }
  | { ok: false; problem: string };

/**
 * Adds the pack to the assessment: attached to the trust of the same name (replacing any
 * pack it had, and keeping every rating and note of the school's), or as a new trust. The
 * pack never touches the school's own answers.
 */
export function openPack(answers: Answers, pack: TrustPack): OpenPackResult {
  const existing = trustForPack(answers, pack);
  if (existing) {
    return {
      ok: true,
      attached: true,
      trustId: existing.id,
      answers: { ...answers, trusts: answers.trusts.map((t) => (t.id === existing.id ? { ...t, pack } : t)) },
    };
  }
  if (!canAddTrust(answers)) {
    return {
      ok: false,
      problem: `You already have ${ANSWER_LIMITS.trusts} trusts, the most this tool can compare. Remove one on the trusts page, then open the pack again.`,
    };
  }
  const added = addTrust(answers, pack.trustName);
  return {
    ok: true,
    attached: false,
    trustId: added.trustId,
    answers: { ...added.answers, trusts: added.answers.trusts.map((t) => (t.id === added.trustId ? { ...t, pack } : t)) },
  };
}
