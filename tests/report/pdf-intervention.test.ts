// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { buildReport, type Report } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { completeAssessment } from './scenarios';

/*
 * The PDF on the intervention route (the school already has an academy order): the Regional
 * Director chooses the trust, so nothing in it says the board is ready to decide. Read back with
 * pdftotext, as a person would read it. The same answers as a school that chose to convert, whose
 * PDF does say it (so the check can fail).
 */

const OUT = 'out/pdf-test';
const flatText = async (name: string, report: Report) => {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, (await renderPdf(JSON.parse(JSON.stringify(report)) as Report)).bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\s+/g, ' ');
};
/** The heading over a trust's reasons when it reached the top band. (The method section still names every band by its usual label, after saying what they are called on this route.) */
const DECIDES = /Why it is ready to decide/;

describe('the PDF on the intervention route', () => {
  const voluntary = completeAssessment(content);
  const intervention = { ...voluntary, profile: { ...voluntary.profile, 'existing-order': 'intervention' } };

  it('a school that chose to convert is told why it is ready to decide', async () => {
    expect(await flatText('voluntary-route', buildReport(content, voluntary, { generatedOn: '2026-12-03' }))).toMatch(DECIDES);
  });

  it('with the same answers on the intervention route, the PDF says the Regional Director chooses and never that the board is ready to decide', async () => {
    const text = await flatText('intervention-route', buildReport(content, intervention, { generatedOn: '2026-12-03' }));
    expect(text).toMatch(/Ready to tell DfE the board’s views/);
    expect(text).toMatch(/the Regional Director chooses the trust, not the board/);
    expect(text).not.toMatch(DECIDES);
    expect(text).toMatch(/Why it is ready to tell DfE the board’s views/);
  });
});
