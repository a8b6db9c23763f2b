import * as z from 'zod/mini';
import { ANSWER_LIMITS } from './limits';
import { safeKey, text } from './schema-parts';

/*
 * A trust pack: what a trust says about itself, in answer to the ten questions, for schools
 * thinking of joining it. It never holds a rating: judging the answers is the school's job.
 *
 * The shape is checked whenever a pack comes from outside the running app (a file, a link,
 * local storage). Every text has a length limit so a hostile pack cannot fill the device, and
 * record keys cannot be prototype names.
 */

export interface PackLink {
  title: string;
  /** Always https://. */
  url: string;
}

export interface PackContact {
  name: string;
  role: string;
  email?: string;
  phone?: string;
}

export interface PackAnswer {
  answer: string;
  links?: PackLink[];
}

/** Short statements a school always asks about, beside the ten answers. */
export const aboutFields = ['vision', 'improvementModel', 'centralCharge', 'schemeOfDelegation'] as const;
export type AboutField = (typeof aboutFields)[number];

export const aboutLabels: Record<AboutField, { label: string; hint: string }> = {
  vision: { label: 'Our vision', hint: 'What the trust is for, in a few sentences.' },
  improvementModel: { label: 'How we improve schools', hint: 'Your school improvement model: who does what, and how often.' },
  centralCharge: {
    label: 'What we charge centrally',
    hint: 'The share of each school’s funding the trust keeps (for example 5% of GAG), and what it pays for.',
  },
  schemeOfDelegation: {
    label: 'Our scheme of delegation',
    hint: 'Which decisions stay with the school and its local board, and which the trust makes.',
  },
};

export interface TrustPack {
  trustName: string;
  /** yyyy-mm-dd: when the trust last exported it. */
  preparedOn: string;
  /** By question id. */
  answers: Record<string, PackAnswer>;
  about?: Partial<Record<AboutField, string>>;
  /** How many schools the trust has: a whole number from 1 to PACK_LIMITS.schools. Packs made before it may leave it out. */
  schools?: number;
  contacts: PackContact[];
  /** Published documents: accounts, scheme of delegation, Ofsted reports. */
  links: PackLink[];
  /** '#rrggbb'. Used only if white text on it is readable (see contrast.ts). */
  colour?: string;
  /** A PNG or JPEG data URL, at most 100 kB. Never SVG: an SVG can carry script. */
  logo?: string;
}

export const PACK_LIMITS = {
  /** A pack's name becomes the trust's name in a school's answers. */
  trustName: ANSWER_LIMITS.trustName,
  answer: 5_000,
  about: 5_000,
  linksPerAnswer: 5,
  links: 12,
  contacts: 8,
  linkTitle: 200,
  url: 500,
  contactText: 120,
  email: 200,
  phone: 40,
  logoBytes: 100_000,
  /** The most schools a pack can say the trust has. */
  schools: 500,
  /** The most characters the draft's box for the number of schools keeps while the trust types. */
  schoolsText: 10,
} as const;

/** The schema's words for any number of schools it refuses (packProblemSentence turns them into a sentence). */
export const SCHOOLS_MESSAGE = `the number of schools must be a whole number from 1 to ${PACK_LIMITS.schools}`;

/**
 * A pack being prepared keeps the number of schools as typed (it may be half typed, or not a
 * number yet); finishPack turns it into a number and checkPack then holds it to the pack's rules.
 */
export type TrustPackDraft = Omit<TrustPack, 'schools'> & { schools?: number | string };


/** The number of schools a pack gives, in words ("12 schools", "1 school"), or null when it gives none. */
export function packSchools(pack: Pick<TrustPack, 'schools'>): string | null {
  if (pack.schools === undefined) return null;
  return `${pack.schools.toLocaleString('en-GB')} ${pack.schools === 1 ? 'school' : 'schools'}`;
}

/** True for an absolute https:// address with no user name or password in it. */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^\s]+$/i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const PNG = 'iVBORw0KGgo';
const JPEG = '/9j/';
const LOGO = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Bytes in the picture a base64 data URL holds. */
export function dataUrlBytes(dataUrl: string): number {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/** Why a logo cannot be used, or null when it can: PNG or JPEG only (checked by its first bytes), 100 kB at most. */
export function logoProblem(dataUrl: string): string | null {
  // 100 kB as base64 is about 133,400 characters; anything much longer is refused before the pattern runs.
  if (dataUrl.length > Math.ceil(PACK_LIMITS.logoBytes / 3) * 4 + 40) return 'the logo is bigger than 100 kB';
  const match = LOGO.exec(dataUrl);
  if (!match) return 'the logo must be a PNG or JPEG picture (SVG and other kinds are not accepted, because they can carry code)';
  const [, kind, base64 = ''] = match;
  if (!base64.startsWith(kind === 'png' ? PNG : JPEG)) return `the logo says it is a ${kind?.toUpperCase()} picture but is not one`;
  if (dataUrlBytes(dataUrl) > PACK_LIMITS.logoBytes) return 'the logo is bigger than 100 kB';
  return null;
}

const link = (strict: boolean) =>
  z.object({
    title: text(PACK_LIMITS.linkTitle),
    url: strict
      ? z.string().check(z.maxLength(PACK_LIMITS.url, `address longer than ${PACK_LIMITS.url} characters`), z.refine(isHttpsUrl, 'the address must start with https://'))
      : text(PACK_LIMITS.url),
  });

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/** The number of schools: a whole number in a finished pack; a draft may hold it as typed. */
const strictSchools = z.int({ error: SCHOOLS_MESSAGE }).check(z.gte(1, SCHOOLS_MESSAGE), z.lte(PACK_LIMITS.schools, SCHOOLS_MESSAGE));
const draftSchools = z.union([z.number(), text(PACK_LIMITS.schoolsText)]);

function packSchema<Schools extends z.ZodMiniType>(strict: boolean, schools: Schools) {
  return z.object({
    trustName: strict
      ? z.string().check(
          z.maxLength(PACK_LIMITS.trustName, `text longer than ${PACK_LIMITS.trustName} characters`),
          z.refine((s) => s.trim() !== '', 'the trust’s name is missing'),
        )
      : text(PACK_LIMITS.trustName),
    schools: z.optional(schools),
    preparedOn: strict ? z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'the date must look like 2026-11-25')) : text(10),
    answers: z.record(
      safeKey,
      z.object({
        answer: text(PACK_LIMITS.answer),
        links: z.optional(z.array(link(strict)).check(z.maxLength(PACK_LIMITS.linksPerAnswer, `at most ${PACK_LIMITS.linksPerAnswer} links`))),
      }),
    ),
    about: z.optional(
      z.object({
        vision: z.optional(text(PACK_LIMITS.about)),
        improvementModel: z.optional(text(PACK_LIMITS.about)),
        centralCharge: z.optional(text(PACK_LIMITS.about)),
        schemeOfDelegation: z.optional(text(PACK_LIMITS.about)),
      }),
    ),
    contacts: z
      .array(
        z.object({
          name: text(PACK_LIMITS.contactText),
          role: text(PACK_LIMITS.contactText),
          email: z.optional(
            strict
              ? z.string().check(z.maxLength(PACK_LIMITS.email, `text longer than ${PACK_LIMITS.email} characters`), z.regex(EMAIL, 'that is not an email address'))
              : text(PACK_LIMITS.email),
          ),
          phone: z.optional(
            strict
              ? z.string().check(z.maxLength(PACK_LIMITS.phone, `text longer than ${PACK_LIMITS.phone} characters`), z.regex(/^[0-9+() -]*$/, 'a phone number has only digits, spaces, + and brackets'))
              : text(PACK_LIMITS.phone),
          ),
        }),
      )
      .check(z.maxLength(PACK_LIMITS.contacts, `at most ${PACK_LIMITS.contacts} contacts`)),
    links: z.array(link(strict)).check(z.maxLength(PACK_LIMITS.links, `at most ${PACK_LIMITS.links} links`)),
    colour: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour looks like #1d3557'))),
    logo: z.optional(
      z.string().check(
        z.refine((s) => logoProblem(s) === null, { error: (issue) => logoProblem(String(issue.input)) ?? 'the logo cannot be used' }),
      ),
    ),
  });
}

/** A finished pack, as exported, shared and stored with a school's answers. */
export const trustPackSchema = packSchema(true, strictSchools);
/** A pack the trust is still writing: addresses and emails may be half typed. */
export const trustPackDraftSchema = packSchema(false, draftSchools);

export const emptyPack = (): TrustPack => ({ trustName: '', preparedOn: '', answers: {}, contacts: [], links: [] });
