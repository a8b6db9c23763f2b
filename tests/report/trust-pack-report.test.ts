// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '@/domain/answers';
import type { TrustPack } from '@/domain/trust-pack';
import { buildReport, type Report } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { fixtureContent as content } from '../fixtures/content';

/* The report keeps what the trust says ("provided by the trust") apart from what the school checked. */

const pack: TrustPack = {
  trustName: 'Oak Learning Trust',
  preparedOn: '2026-11-25',
  answers: { fq1: { answer: 'We put children first.', links: [{ title: 'Values', url: 'https://oak.example/values' }] } },
  about: { centralCharge: '5% of GAG.' },
  schools: 12,
  contacts: [{ name: 'Sam Patel', role: 'Chief executive', email: 'ceo@oak.example' }],
  links: [{ title: 'Accounts', url: 'https://oak.example/accounts.pdf' }],
};

const answers = (): Answers => ({
  profile: { 'school-name': 'Hill Primary' },
  steps: {},
  weights: {},
  trusts: [
    { id: 't1', name: 'Oak Learning Trust', answers: { fq1: { rating: 'partial', evidence: 'documents', notes: 'Our own view.' } }, pack },
    { id: 't2', name: 'Ash Academies', answers: { fq1: { rating: 'strong', evidence: 'verified' } } },
  ],
});

describe('the report with a trust pack', () => {
  const report = buildReport(content, answers(), { generatedOn: '2026-12-03' });
  const [oak, ash] = report.trusts;

  it('holds the trust’s words apart from the school’s rating and notes', () => {
    expect(oak?.questions[0]).toMatchObject({
      ratingLabel: 'Partly meets',
      notes: 'Our own view.',
      providedByTrust: 'We put children first.',
      providedLinks: [{ title: 'Values', url: 'https://oak.example/values' }],
    });
    expect(oak?.questions[1]?.providedByTrust).toBe('');
    expect(oak?.pack).toEqual({
      preparedOnLabel: '25 November 2026',
      schools: '12 schools',
      about: [{ label: 'What we charge centrally', text: '5% of GAG.' }],
      contacts: ['Sam Patel, Chief executive, ceo@oak.example'],
      links: [{ title: 'Accounts', url: 'https://oak.example/accounts.pdf' }],
    });
    expect(ash?.pack).toBeNull();
    expect(ash?.questions[0]?.providedByTrust).toBeNull();
  });

  it('says in the comparison which trusts sent a pack', () => {
    expect(report.comparison?.rows.find((r) => r[0] === 'Trust pack')).toEqual(['Trust pack', 'Provided by the trust, 25 November 2026', 'None']);
    const noPacks = buildReport(content, { ...answers(), trusts: answers().trusts.map(({ pack: _p, ...t }) => t) }, { generatedOn: '2026-12-03' });
    expect(noPacks.comparison?.rows.some((r) => r[0] === 'Trust pack')).toBe(false);
  });

  it('gives each trust’s number of schools, as its pack says, in the summary’s table of trusts', () => {
    const { head, rows } = report.summary.trusts;
    expect(head.at(-1)).toBe('Schools in the trust');
    expect(rows.map((r) => r.at(-1))).toEqual(['12 schools', 'No pack']);
    expect(rows.every((r) => r.length === head.length)).toBe(true);
    // The other columns keep their places (the screen and the PDF mark open red flags in column 6).
    expect(head.slice(0, 6)).toEqual(['Trust', 'Where it stands', 'Fit', 'Evidence', 'Answered', 'Open red flags']);
    const withSchools = (schools: number | undefined, second: Answers['trusts'][number]['pack']) => {
      const a = answers();
      const { schools: _s, ...rest } = pack;
      a.trusts[0]!.pack = schools === undefined ? rest : { ...rest, schools };
      a.trusts[1]!.pack = second;
      return buildReport(content, a, { generatedOn: '2026-12-03' }).summary.trusts;
    };
    const elm = { ...pack, trustName: 'Ash Academies', schools: undefined };
    delete elm.schools;
    expect(withSchools(1, elm).rows.map((r) => r.at(-1))).toEqual(['1 school', 'Not given in the trust’s pack']);
    expect(withSchools(500, undefined).rows.map((r) => r.at(-1))).toEqual(['500 schools', 'No pack']);
    // No pack gives a number: no column of "not given" that would tell the board nothing.
    for (const table of [withSchools(undefined, elm), withSchools(undefined, undefined)]) {
      expect(table.head).not.toContain('Schools in the trust');
      expect(table.rows.every((r) => r.length === 6)).toBe(true);
    }
  });

  it('prints both, labelled apart, in the PDF', async () => {
    const result = await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
    mkdirSync('out/pdf-test', { recursive: true });
    const file = join('out/pdf-test', 'trust-pack.pdf');
    writeFileSync(file, result.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toMatch(/Oak Learning Trust sent a trust pack \(25 November 2026\)/);
    expect(text).toMatch(/Checked by the school School’s assessment: Partly meets\. Evidence: Documents we have seen\..*Our own view\..*Provided by the trust \(not checked\) We put children first\. Values: https:\/\/oak\.example\/values/);
    expect(text).toMatch(/What we charge centrally \(provided by the trust\) 5% of GAG\./);
    expect(text).toMatch(/Trust pack Provided by the trust, 25 November 2026 None/);
    // The summary's table of trusts, on page 1, with the number of schools each pack gives.
    const first = text.slice(0, text.indexOf('Open red flags None'));
    // (The heading wraps in its narrow column: pdftotext reads it across the row of headings.)
    expect(first).toMatch(/The trusts side by side Trust .*Schools in .*the trust Oak Learning Trust/);
    expect(first).toMatch(/Oak Learning Trust .*12 schools/);
    expect(first).toMatch(/Ash Academies .*No pack/);
  });
});
