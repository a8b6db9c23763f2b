// @vitest-environment node
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { buildReport, type Report } from '@/report/build';
import { renderPdf } from '@/report/pdf';
import { completeAssessment } from './scenarios';

/*
 * A "Concern" rating scores 0 but is an answer: in the PDF's chart its bar is a short stub in
 * the rating colour, never an empty track that looks like a question not answered. Read from
 * the PDF's drawing instructions: each filled rectangle in the rating colour and its width.
 */

const PT = 72 / 25.4;
/** The rating bars' colour (ACCENT, 29 53 87) as jsPDF writes a fill colour for shapes. */
const RATING_FILL = '0\\.11 0\\.21 0\\.34 rg';
/** The bars are 5 mm high (the chart's other shapes in that colour are not). */
const BAR_HEIGHT = 5;

function ratingBarWidths(bytes: Uint8Array): number[] {
  const raw = Buffer.from(bytes);
  const streams = [...raw.toString('latin1').matchAll(/stream\r?\n/g)].map((m) => {
    try {
      return inflateSync(raw.subarray(m.index + m[0].length)).toString('latin1');
    } catch {
      return '';
    }
  });
  return streams.flatMap((s) =>
    [...s.matchAll(new RegExp(`${RATING_FILL}\\n[-\\d.]+ [-\\d.]+ ([\\d.]+) -([\\d.]+) re\\nf`, 'g'))]
      .filter((m) => Math.abs(Number(m[2]) / PT - BAR_HEIGHT) < 0.01)
      .map((m) => Number(m[1]) / PT),
  );
}

describe('the PDF’s chart', () => {
  it('draws a “Concern” as a short stub in the rating colour, a bar for every other rating', async () => {
    const answers = completeAssessment(content);
    answers.trusts = answers.trusts.slice(0, 1);
    const ids = Object.keys(answers.trusts[0]!.answers);
    for (const id of ids.slice(0, 3)) answers.trusts[0]!.answers[id] = { ...answers.trusts[0]!.answers[id], rating: 'concern' };
    const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
    const rated = report.trusts[0]!.questions.filter((q) => q.points !== null);
    expect(rated.filter((q) => q.points === 0)).toHaveLength(3);
    const widths = ratingBarWidths((await renderPdf(JSON.parse(JSON.stringify(report)) as Report)).bytes);
    // One filled bar per rated question; the three concerns are the stubs, 1.5 mm wide.
    expect(widths).toHaveLength(rated.length);
    const stubs = widths.filter((w) => w < 2);
    expect(stubs).toHaveLength(3);
    for (const w of stubs) expect(w).toBeCloseTo(1.5, 3);
  }, 60_000);
});
