import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAnswers, type Answers } from '@/domain/answers';
import { checkBrandColour, contrastRatio, MIN_CONTRAST, relativeLuminance } from '@/domain/contrast';
import { buildPackLink, LINK_LIMIT, linkDataToText, packLink, packToLinkData } from '@/domain/pack-link';
import { readSaveFile, toSaveFile } from '@/domain/save-file';
import {
  checkPack,
  emptyPack,
  finishPack,
  isHttpsUrl,
  logoProblem,
  MAX_PACK_CHARS,
  openPack,
  PACK_FORMAT,
  packFileName,
  packProblemSentence,
  readTrustPack,
  toPackFile,
  type TrustPack,
} from '@/domain/trust-pack';
import { PACK_LIMITS, trustPackDraftSchema } from '@/domain/trust-pack-schema';
import { answersFor } from '../fixtures/arbitraries';
import { fixtureContent as content } from '../fixtures/content';
import { JPEG_LOGO, packFor, PNG_LOGO } from '../fixtures/pack-arbitraries';

const pack = (extra: Partial<TrustPack> = {}): TrustPack => ({
  trustName: 'Oak Valley Learning Trust',
  preparedOn: '2026-11-25',
  answers: { fq1: { answer: 'We care about every child.', links: [{ title: 'Our values', url: 'https://oak.example/values' }] } },
  contacts: [{ name: 'Sam Patel', role: 'CEO', email: 'ceo@oak.example' }],
  links: [{ title: 'Accounts 2025', url: 'https://oak.example/accounts.pdf' }],
  ...extra,
});
const file = (p: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: PACK_FORMAT, version: 1, pack: p, ...extra });

/** Base64 characters that do not compress, as a real picture's do not. */
function noise(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let seed = 42;
  return Array.from({ length }, () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return alphabet[seed >> 25];
  }).join('');
}

const problemsOf = (text: string) => {
  const result = readTrustPack(text, content);
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems.join(' | ');
};

describe('trust pack files', () => {
  it('round-trips any valid pack exactly: export, import, identical', () => {
    fc.assert(
      fc.property(packFor(content), (p) => {
        const result = readTrustPack(JSON.stringify(toPackFile(p)), content);
        expect(result).toEqual({ ok: true, pack: p, dropped: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips any valid pack through a link exactly', async () => {
    await fc.assert(
      fc.asyncProperty(packFor(content), async (p) => {
        const decoded = await linkDataToText(await packToLinkData(p));
        expect(decoded.ok).toBe(true);
        if (decoded.ok) expect(readTrustPack(decoded.text, content)).toEqual({ ok: true, pack: p, dropped: [] });
      }),
      { numRuns: 100 },
    );
  });

  it('round-trips a school’s whole assessment with packs attached through a save file', () => {
    const withPacks = fc.tuple(answersFor(content), fc.array(packFor(content), { minLength: 3, maxLength: 3 })).map(([answers, packs]): Answers => ({
      ...answers,
      trusts: answers.trusts.map((t, i) => (i % 2 === 0 && packs[i] ? { ...t, pack: packs[i] } : t)),
    }));
    fc.assert(
      fc.property(withPacks, (answers) => {
        const result = readSaveFile(JSON.stringify(toSaveFile(answers, '2026.11.1', '2026-11-25T10:00:00Z')), content);
        expect(result.ok && result.answers).toEqual(answers);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses malformed and truncated packs, saying what is wrong', () => {
    expect(problemsOf('')).toMatch(/damaged or cut short/);
    expect(problemsOf(file(pack()).slice(0, 80))).toMatch(/damaged or cut short/);
    expect(problemsOf('"just a string"')).toMatch(/not a trust pack/);
    expect(problemsOf('{"hello":"world"}')).toMatch(/does not say it is one/);
    expect(problemsOf(JSON.stringify(toSaveFile(emptyAnswers(), '1', 'now')))).toMatch(/school’s saved answers, not a trust pack/);
  });

  it('refuses a newer or missing version', () => {
    expect(problemsOf(file(pack(), { version: 2 }))).toMatch(/newer version.*pack version 2/);
    expect(problemsOf(file(pack(), { version: '1' }))).toMatch(/version number/);
    expect(problemsOf(file(pack(), { version: 0 }))).toMatch(/version number/);
  });

  it('says where a pack is wrong, in sentences (never "where: message")', () => {
    expect(problemsOf(file(pack({ trustName: '  ' })))).toBe('Enter the trust’s name.');
    const badLink = pack({ answers: { fq2: { answer: 'x', links: [{ title: 'a', url: 'http://oak.example' }] } } });
    expect(problemsOf(file(badLink))).toBe('The address of link 1 in the answer to question 2 must start with https://.');
    expect(problemsOf(file(pack({ contacts: [{ name: 'A', role: 'B', email: 'not-an-email' }] })))).toBe(
      'The email address of contact 1 must be an email address, like name@example.org.',
    );
    expect(problemsOf(file(pack({ contacts: [{ name: 'A', role: 'B', phone: 'call me' }] })))).toBe(
      'The phone number of contact 1 can have only digits, spaces, + and brackets.',
    );
    expect(problemsOf(file(pack({ trustName: 'x'.repeat(PACK_LIMITS.trustName + 1) })))).toBe(
      `The trust’s name must be ${PACK_LIMITS.trustName.toLocaleString('en-GB')} characters or fewer.`,
    );
    expect(problemsOf(file({ trustName: 'Oak' }))).toMatch(/This tool could not read the answers\./);
    expect(problemsOf(file(pack({ logo: 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' })))).toMatch(/^The logo must be a PNG or JPEG/);
  });

  it('never words a problem as "where: message" or with doubled punctuation', () => {
    const messages = [
      'text longer than 200 characters',
      'address longer than 2,000 characters',
      'the address must start with https://',
      'that is not an email address',
      'a phone number has only digits, spaces, + and brackets',
      'at most 5 links',
      'at most 10 contacts',
      'a colour looks like #1d3557',
      'the date must look like 2026-11-25',
      'Invalid input: expected string, received number',
    ];
    for (const message of messages) {
      const sentence = packProblemSentence('the title of link 2 in the answer to question 3', message);
      expect(sentence).toMatch(/^[A-Z]/);
      expect(sentence).not.toMatch(/[a-z]: [a-z]|[?!.:;,]{2}/);
    }
  });

  it('refuses oversized packs and 5 MB strings before reading them', () => {
    expect(problemsOf('x'.repeat(MAX_PACK_CHARS + 1))).toMatch(/too big/);
    expect(problemsOf(file(pack({ trustName: 'a'.repeat(5_000_000) })))).toMatch(/too big/);
    const long = pack({ answers: { fq1: { answer: 'a'.repeat(5_001) } } });
    expect(problemsOf(file(long))).toMatch(/^The answer to question 1 must be 5,000 characters or fewer\./);
    const tooManyContacts = pack({ contacts: Array.from({ length: 9 }, () => ({ name: 'A', role: 'B' })) });
    expect(problemsOf(file(tooManyContacts))).toMatch(/at most 8 contacts/);
  });

  it('refuses prototype-pollution keys anywhere, and pollutes nothing', () => {
    const proto = `{"format":"${PACK_FORMAT}","version":1,"pack":{"trustName":"Oak","preparedOn":"2026-11-25","answers":{"__proto__":{"answer":"x"}},"contacts":[],"links":[]}}`;
    expect(problemsOf(proto)).toMatch(/not allowed \(__proto__\)/);
    expect(problemsOf(file({ ...pack(), constructor: { prototype: { polluted: true } } }))).toMatch(/not allowed/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('answer');
  });

  it('keeps markup as plain text, never as code', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = readTrustPack(file(pack({ trustName: hostile, answers: { fq1: { answer: hostile } } })), content);
    expect(result.ok && result.pack.trustName).toBe(hostile);
    expect(result.ok && result.pack.answers.fq1?.answer).toBe(hostile);
  });

  it('refuses javascript:, data: and plain http links', () => {
    for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<script>x</script>', 'http://oak.example', ' https://oak.example', 'https://user:pw@oak.example', 'https://localhost']) {
      expect(isHttpsUrl(url), url).toBe(false);
      expect(problemsOf(file(pack({ links: [{ title: 'x', url }] }))), url).toMatch(/^The address of document link 1 must start with https:\/\//);
    }
    expect(isHttpsUrl('https://www.gov.uk/guidance/x?y=1#z')).toBe(true);
  });

  it('accepts PNG and JPEG logos up to 100 kB, and refuses SVG, fakes and huge logos', () => {
    expect(logoProblem(PNG_LOGO)).toBeNull();
    expect(logoProblem(JPEG_LOGO)).toBeNull();
    const svg = `data:image/svg+xml;base64,${btoa('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`;
    expect(logoProblem(svg)).toMatch(/PNG or JPEG/);
    expect(logoProblem('data:image/svg+xml,<svg onload=alert(1)>')).toMatch(/PNG or JPEG/);
    expect(logoProblem(`data:image/png;base64,${btoa('<svg></svg>')}`)).toMatch(/is not one/);
    const big = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(140_000)}`;
    expect(logoProblem(big)).toMatch(/bigger than 100 kB/);
    const justOver = `data:image/png;base64,iVBORw0KGgo${'A'.repeat(133_336 - 11)}`;
    expect(logoProblem(justOver)).toMatch(/bigger than 100 kB/);
    expect(problemsOf(file(pack({ logo: svg })))).toMatch(/^The logo must be a PNG or JPEG/);
  });

  it('leaves out anything a pack has no place for: the trust cannot set ratings', () => {
    const sneaky = {
      ...pack(),
      answers: { fq1: { answer: 'Strong, obviously', rating: 'strong', evidence: 'verified', redFlag: false } },
      rating: 'strong',
      ratings: { fq1: 'strong' },
    };
    const result = readTrustPack(file(sneaky), content);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack.answers.fq1).toEqual({ answer: 'Strong, obviously' });
    expect(result.pack).not.toHaveProperty('rating');
    expect(result.pack).not.toHaveProperty('ratings');
  });

  it('drops answers to questions the content does not have, and says so', () => {
    const result = readTrustPack(file(pack({ answers: { fq1: { answer: 'a' }, 'old-question': { answer: 'b' } } })), content);
    expect(result.ok && Object.keys(result.pack.answers)).toEqual(['fq1']);
    expect(result.ok && result.dropped.join()).toMatch(/old-question/);
  });
});

describe('finishing a pack in trust mode', () => {
  it('trims, dates and leaves out empty rows', () => {
    const draft: TrustPack = {
      ...emptyPack(),
      trustName: '  Oak  ',
      answers: { fq1: { answer: ' Yes ', links: [{ title: '', url: '' }] }, fq2: { answer: '   ' } },
      about: { vision: ' Great schools ', centralCharge: '' },
      contacts: [{ name: '', role: '', email: '', phone: '' }, { name: 'Sam', role: 'CEO', email: '', phone: '0123' }],
      links: [{ title: '', url: ' https://oak.example/a ' }],
    };
    expect(finishPack(draft, '2026-11-25')).toEqual({
      trustName: 'Oak',
      preparedOn: '2026-11-25',
      answers: { fq1: { answer: 'Yes' } },
      about: { vision: 'Great schools' },
      contacts: [{ name: 'Sam', role: 'CEO', phone: '0123' }],
      links: [{ title: 'https://oak.example/a', url: 'https://oak.example/a' }],
    });
    expect(checkPack(finishPack(draft, '2026-11-25'), content).ok).toBe(true);
    expect(packFileName(finishPack(draft, '2026-11-25'))).toBe('trust-pack-oak-2026-11-25.json');
  });

  it('the number of schools: what the form lets through, the pack reader opens; whatever storage keeps, the form can hold', () => {
    const withSchools = (typed: string) => finishPack({ ...emptyPack(), trustName: 'Oak', schools: typed }, '2026-11-25');
    expect(withSchools(' 12 ').schools).toBe(12);
    expect(withSchools('').schools).toBeUndefined();
    expect('schools' in withSchools('  ')).toBe(false);
    for (const bad of ['0', '501', '12.5', '1e2', 'twelve', '-3', '0x10']) {
      const result = checkPack(withSchools(bad), content);
      expect(result.ok, bad).toBe(false);
      if (!result.ok) {
        expect(result.problems.map((p) => p.sentence)).toEqual(['Enter the number of schools in the trust as a whole number from 1 to 500, like 12']);
        expect(result.problems[0]?.path).toEqual(['schools']);
      }
    }
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: PACK_LIMITS.schoolsText }), fc.integer({ min: -5, max: 600 }).map(String)), (typed) => {
        // The draft keeps whatever fits the box (storage accepts it) ...
        expect(trustPackDraftSchema.safeParse({ ...emptyPack(), schools: typed }).success).toBe(true);
        // ... and a pack the form would share is one the reader opens, with the same number.
        const finished = withSchools(typed);
        const checked = checkPack(finished, content);
        if (!checked.ok) return;
        const read = readTrustPack(JSON.stringify(toPackFile(checked.pack)), content);
        expect(read.ok ? read.pack.schools : 'refused').toBe(finished.schools);
        if (finished.schools !== undefined) expect(Number.isInteger(finished.schools) && finished.schools >= 1 && finished.schools <= 500).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('opens a pack from before the number of schools, and refuses one whose number is not a whole number from 1 to 500', () => {
    const old = readTrustPack(file(pack()), content);
    expect(old.ok && old.pack.schools).toBeUndefined();
    expect(old.ok).toBe(true);
    const twelve = readTrustPack(file(pack({ schools: 12 })), content);
    expect(twelve.ok && twelve.pack.schools).toBe(12);
    for (const bad of [0, 501, 2.5, '12', null, -1]) {
      expect(problemsOf(file({ ...pack(), schools: bad }))).toBe('Enter the number of schools in the trust as a whole number from 1 to 500, like 12.');
    }
  });

  it('names every problem with where it is', () => {
    const result = checkPack(finishPack({ ...emptyPack(), links: [{ title: 'x', url: 'oak.example' }] }, '2026-11-25'), content);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.sentence)).toEqual(['Enter the trust’s name', 'The address of document link 1 must start with https://']);
    expect(result.problems[1]?.path).toEqual(['links', 0, 'url']);
  });
});

describe('opening a pack into a school’s assessment', () => {
  const school: Answers = {
    ...emptyAnswers(),
    trusts: [{ id: 't1', name: 'Oak Valley Learning Trust', answers: { fq1: { rating: 'concern', evidence: 'verified', notes: 'Our view' } } }],
  };

  it('adds a new trust with the pack and no ratings', () => {
    const result = openPack(emptyAnswers(), pack());
    expect(result).toMatchObject({ ok: true, attached: false, trustId: 't1' });
    expect(result.ok && result.answers.trusts).toEqual([{ id: 't1', name: 'Oak Valley Learning Trust', answers: {}, pack: pack() }]);
  });

  it('attaches to the trust of the same name, keeping every rating and note of the school’s', () => {
    const result = openPack(school, pack({ trustName: 'oak valley learning trust ' }));
    expect(result).toMatchObject({ ok: true, attached: true, trustId: 't1' });
    expect(result.ok && result.answers.trusts[0]?.answers).toEqual(school.trusts[0]?.answers);
    expect(result.ok && result.answers.trusts[0]?.pack?.trustName).toBe('oak valley learning trust ');
  });

  it('refuses an eleventh trust', () => {
    const full: Answers = { ...emptyAnswers(), trusts: Array.from({ length: 10 }, (_, i) => ({ id: `t${i + 1}`, name: `T${i}`, answers: {} })) };
    expect(openPack(full, pack())).toEqual({ ok: false, problem: expect.stringMatching(/already have 10 trusts/) });
  });
});

describe('pack links', () => {
  it('puts the pack after the # in the app’s open-pack route', async () => {
    const data = await packToLinkData(pack());
    expect(packLink('https://school.example/tool/#/trust-mode', data)).toBe(`https://school.example/tool/#/open-pack?d=${data}`);
    expect(data).toMatch(/^Z[A-Za-z0-9_-]+$/);
  });

  it('makes a link within the limit, leaving out a logo that would not fit', async () => {
    const small = await buildPackLink(pack(), 'https://s.example/');
    expect(small).toMatchObject({ fits: true, leftOutLogo: false });
    const bigLogo = `data:image/png;base64,iVBORw0KGgo${noise(20_000)}`;
    const withLogo = await buildPackLink(pack({ logo: bigLogo }), 'https://s.example/');
    expect(withLogo).toMatchObject({ fits: true, leftOutLogo: true });
    expect(withLogo.link.length).toBeLessThanOrEqual(LINK_LIMIT);
  });

  it('says when a pack is too long for a link', async () => {
    const noisy = Array.from({ length: 4_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 5000))).join('');
    const long = pack({ answers: Object.fromEntries([1, 2, 3].map((n) => [`fq${n}`, { answer: noisy }])) });
    const result = await buildPackLink(long, 'https://s.example/');
    expect(result.fits).toBe(false);
    expect(result.link.length).toBeGreaterThan(LINK_LIMIT);
  });

  it('refuses damaged, cut-short, oversized and hostile link data', async () => {
    const good = await packToLinkData(pack());
    const cut = await linkDataToText(good.slice(0, Math.floor(good.length / 2)));
    expect(cut.ok).toBe(false);
    expect(await linkDataToText('Z$$$')).toMatchObject({ ok: false, problem: expect.stringMatching(/damaged or cut short/) });
    expect(await linkDataToText('Q' + good.slice(1))).toMatchObject({ ok: false });
    expect(await linkDataToText('')).toMatchObject({ ok: false });
    expect(await linkDataToText('Z' + 'A'.repeat(300_000))).toMatchObject({ ok: false, problem: expect.stringMatching(/too long/) });
    // A 5 MB string squeezes into a short link; it is refused before it is all unpacked.
    const bomb = await packToLinkData(pack({ trustName: 'a'.repeat(5_000_000) }));
    expect(bomb.length).toBeLessThan(LINK_LIMIT);
    expect(await linkDataToText(bomb)).toMatchObject({ ok: false, problem: expect.stringMatching(/too big/) });
    // Uncompressed JSON with a forbidden key gets through the link, then readTrustPack refuses it.
    const proto = `J${btoa(`{"format":"${PACK_FORMAT}","version":1,"pack":{"__proto__":{"x":1}}}`).replace(/=+$/, '')}`;
    const text = await linkDataToText(proto);
    expect(text.ok && readTrustPack(text.text, content).ok).toBe(false);
  });
});

describe('brand colour contrast', () => {
  it('measures contrast as WCAG does', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('uses a colour only when white text on it reaches 4.5:1, and says why not', () => {
    expect(checkBrandColour('#767676').use).toBe('#767676');
    expect(checkBrandColour('#1D3557')).toMatchObject({ use: '#1d3557', message: expect.stringMatching(/will be used/) });
    const yellow = checkBrandColour('#ffdd00');
    expect(yellow.use).toBeNull();
    expect(yellow.ratio).toBeLessThan(MIN_CONTRAST);
    expect(yellow.message).toMatch(/only 1\.\d to 1.*dark blue instead/);
    expect(checkBrandColour('#777777').use).toBeNull();
    expect(checkBrandColour(undefined).use).toBeNull();
  });
});
