import { MAX_PACK_CHARS, toPackFile, type TrustPack } from './trust-pack';

/*
 * The tool's small files carried in a link: a trust pack, a meeting invitation, a governor's
 * view. The file goes after the # of the address, which browsers never send to any server:
 * the web host sees only the page's address, not the file.
 *
 *   https://host/join-a-trust/#/open-pack?d=Z<base64url>       a trust pack
 *   https://host/join-a-trust/#/member?d=Z<base64url>          a meeting invitation
 *   https://host/join-a-trust/#/meeting/add-view?d=Z<base64url> a governor's view
 *
 * The first character of d says how the rest is written: Z is the file's JSON, compressed
 * (deflate-raw) and then base64url; J is the JSON in base64url without compression, for a
 * browser without CompressionStream. One codec for every kind: each reader then checks the
 * text exactly as it checks a file.
 */

/**
 * The longest link the tool makes, in characters. Browsers accept far longer, but email,
 * chat and document tools often cut or break long links; 8,000 characters holds a full set
 * of answers once compressed. Longer packs, and most logos, go by file.
 */
export const LINK_LIMIT = 8_000;
/** The most link data read back; anything longer is refused before it is decoded. */
export const MAX_LINK_DATA = 200_000;
export const PACK_ROUTE = '/open-pack';

const encoder = new TextEncoder();

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/**
 * Runs bytes through a (de)compression stream, stopping once the output passes `limit`
 * bytes: a small link cannot unpack into something huge.
 */
async function pipe(stream: CompressionStream | DecompressionStream, input: Uint8Array, limit: number): Promise<Uint8Array | 'too-big'> {
  const writer = stream.writable.getWriter();
  const written = writer
    .write(input as Uint8Array<ArrayBuffer>)
    .then(() => writer.close())
    .catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return 'too-big';
    }
    parts.push(value);
  }
  await written;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Any JSON file of the tool as the `d` value of a link. */
export async function jsonToLinkData(file: unknown): Promise<string> {
  const bytes = encoder.encode(JSON.stringify(file));
  if (!canCompress()) return `J${toBase64Url(bytes)}`;
  const compressed = await pipe(new CompressionStream('deflate-raw'), bytes, Number.MAX_SAFE_INTEGER);
  return `Z${toBase64Url(compressed as Uint8Array)}`;
}

/** The full link: the app's own address (without any #), then the route and the data. */
export const appLink = (appAddress: string, route: string, data: string) => `${appAddress.split('#')[0]}#${route}?d=${data}`;

/**
 * The `d` value from a link someone pasted (or the value on its own), if the link is to
 * `route`; null when there is none.
 */
export function linkDataIn(pasted: string, route: string): string | null {
  const text = pasted.trim();
  const hash = text.indexOf('#');
  if (hash === -1) return /^[ZJ][A-Za-z0-9_-]+$/.test(text) ? text : null;
  const [path, query = ''] = text.slice(hash + 1).split('?');
  if (path !== route) return null;
  return new URLSearchParams(query).get('d');
}

/** The pack as the `d` value of a link. */
export const packToLinkData = (pack: TrustPack): Promise<string> => jsonToLinkData(toPackFile(pack));

/** The full link to a pack. */
export const packLink = (appAddress: string, data: string) => appLink(appAddress, PACK_ROUTE, data);

export interface LinkBuild {
  link: string;
  /** True when the link is within LINK_LIMIT. */
  fits: boolean;
  /** True when the logo was left out to make the link fit (the file still has it). */
  leftOutLogo: boolean;
}

/** Makes the link; if it is too long only because of the logo, makes it without the logo. */
export async function buildPackLink(pack: TrustPack, appAddress: string): Promise<LinkBuild> {
  const link = packLink(appAddress, await packToLinkData(pack));
  if (link.length <= LINK_LIMIT || !pack.logo) return { link, fits: link.length <= LINK_LIMIT, leftOutLogo: false };
  const { logo: _logo, ...withoutLogo } = pack;
  const shorter = packLink(appAddress, await packToLinkData(withoutLogo));
  return shorter.length <= LINK_LIMIT ? { link: shorter, fits: true, leftOutLogo: true } : { link, fits: false, leftOutLogo: false };
}

/** What a kind of link holds, for the messages when one cannot be read. */
export interface LinkKind {
  /** "a trust pack" */
  what: string;
  /** The most characters its file may have once unpacked. */
  maxChars: number;
  /** What to do instead: "Ask the trust for the pack as a file." */
  instead: string;
}

// A function, not a constant: meeting.ts imports this module, and trust-pack.ts (through
// edit.ts) imports meeting.ts, so MAX_PACK_CHARS may not be set yet when this module loads.
const packKind = (): LinkKind => ({ what: 'a trust pack', maxChars: MAX_PACK_CHARS, instead: 'Ask the trust for the pack as a file.' });

/**
 * The file's text from a link's `d` value, for the file's own reader to check. Never
 * throws; a damaged, cut-short or oversized link gives a message instead.
 */
export async function linkDataToFileText(data: string, kind: LinkKind): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  const damaged = {
    ok: false as const,
    problem: `The link is damaged or cut short: some of it is missing. ${kind.instead} Or copy the whole link again.`,
  };
  if (data.length > MAX_LINK_DATA) {
    return { ok: false, problem: `The link is too long (${data.length.toLocaleString('en-GB')} characters) to be ${kind.what} from this tool.` };
  }
  const type = data[0];
  const bytes = fromBase64Url(data.slice(1));
  if (!bytes || (type !== 'Z' && type !== 'J')) return damaged;
  let json: Uint8Array;
  if (type === 'J') {
    json = bytes;
  } else {
    if (!canCompress()) return { ok: false, problem: `This browser cannot open links like this one. ${kind.instead}` };
    let out: Uint8Array | 'too-big';
    try {
      out = await pipe(new DecompressionStream('deflate-raw'), bytes, kind.maxChars * 4);
    } catch {
      return damaged;
    }
    if (out === 'too-big') return { ok: false, problem: `What the link holds is too big: ${kind.what} from this tool is under ${kind.maxChars / 1000} kB.` };
    json = out;
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(json) };
  } catch {
    return damaged;
  }
}

/** The pack file's text from a link's `d` value, for readTrustPack to check. */
export const linkDataToText = (data: string) => linkDataToFileText(data, packKind());
