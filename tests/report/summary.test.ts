// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';
import { outcomeLabels, type DecisionOutcome } from '@/domain/decision';
import { bandLabels } from '@/domain/scoring';
import { buildReport, type Report } from '@/report/build';
import { renderPdf, shorterSummary } from '@/report/pdf';
import { toPdfSafe } from '@/report/pdf-safe';
import { completeAssessment, crowdedAssessment, decidedAssessment } from './scenarios';

/*
 * The board summary that opens the report: the decision heads it once recorded, the verdict
 * never contradicts it, and the next steps follow it (never "decide" again after the board
 * has decided). The PDF is read back with poppler, page by page.
 */

const make = (answers: Parameters<typeof buildReport>[1]) => buildReport(content, answers, { generatedOn: '2026-12-03' });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const texts = (r: Report) => r.nextSteps.map((s) => s.text);
const afterDecisionTitles = content.stages.filter((s) => s.afterDecision).map((s) => s.title);

async function pdfPages(name: string, report: Report): Promise<string[]> {
  const result = await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
  mkdirSync('out/pdf-test', { recursive: true });
  const file = join('out/pdf-test', `${name}.pdf`);
  writeFileSync(file, result.bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f').slice(0, -1);
}

describe('next steps follow the board’s decision', () => {
  it('before a decision, they lead to the board’s resolution', () => {
    const base = completeAssessment(content);
    const decisionStep = content.stages.flatMap((s) => s.steps).find((s) => s.decision)!;
    delete base.steps[decisionStep.id];
    const r = make(base);
    expect(texts(r).some((t) => t.startsWith('When the board is ready:'))).toBe(true);
    expect(r.verdict.decision).toBeNull();
  });

  for (const outcome of ['proceed', 'proceed-with-conditions'] as const) {
    it(`after "${outcomeLabels[outcome]}", they never say to decide: conditions, actions, then the steps after the decision`, () => {
      const answers = decidedAssessment(content, outcome);
      // The board's own resolution left unticked: the recorded decision is what counts.
      const decisionStep = content.stages.flatMap((s) => s.steps).find((s) => s.decision)!;
      delete answers.steps[decisionStep.id];
      const r = make(answers);
      const all = texts(r).join('\n');
      expect(r.nextSteps.map((s) => s.kind)).not.toContain('decision');
      expect(all).not.toMatch(/board is ready|decides and passes a resolution|Answer \d+ question|Find out more/);
      if (outcome === 'proceed-with-conditions') expect(texts(r)[0]).toBe('Meet the board’s condition: The scheme of delegation is agreed in writing.');
      expect(all).toContain('Write to the trust (Clerk, by 10 December 2026).');
      const after = r.nextSteps.find((s) => s.kind === 'after-decision');
      expect(after?.text).toMatch(new RegExp(`^Next, after the board’s decision, in “(${afterDecisionTitles.join('|')})”`));
      // The summary names the conditions once (they are listed with the decision).
      if (outcome === 'proceed-with-conditions') expect(r.summary.nextSteps[0]?.text).toBe('Meet the board’s 2 conditions, listed above.');
    });
  }

  it('after "Agreed not to proceed" with the only trust, nothing more is asked of that trust', () => {
    const answers = decidedAssessment(content, 'not-proceed');
    answers.trusts = answers.trusts.slice(0, 1);
    const r = make(answers);
    expect(texts(r)).toEqual([
      'Write to the trust (Clerk, by 10 December 2026).',
      'Nothing more is needed for Oak Learning Trust. To consider another trust, add it and answer the ten questions.',
    ]);
  });

  it('after a deferral, the decision is still to come', () => {
    const answers = decidedAssessment(content, 'deferred');
    const decisionStep = content.stages.flatMap((s) => s.steps).find((s) => s.decision)!;
    delete answers.steps[decisionStep.id];
    const r = make(answers);
    expect(texts(r).some((t) => t.startsWith('When the board is ready to decide again:'))).toBe(true);
  });
});

describe('the verdict never contradicts the recorded decision', () => {
  const outcomes: DecisionOutcome[] = ['proceed', 'proceed-with-conditions', 'not-proceed', 'deferred'];
  it.each(outcomes)('%s: the decision heads the verdict and the decided trust’s row, in the minutes’ words', (outcome) => {
    // The school's record alone would say "Exploring": most steps are not done.
    const answers = { ...decidedAssessment(content, outcome), steps: {} };
    const r = make(answers);
    expect(r.verdict.band).toBe('exploring');
    expect(r.verdict.headline).toBe(outcomeLabels[outcome]);
    expect(r.verdict.decision).toMatchObject({ outcomeLabel: outcomeLabels[outcome], trustName: 'Oak Learning Trust' });
    expect(r.verdict.summary.startsWith(r.verdict.decision!.sentence)).toBe(true);
    const row = r.summary.trusts.rows.find((x) => x[0] === 'Oak Learning Trust')!;
    expect(row[1]).toBe(`${outcomeLabels[outcome]} (the board’s decision)`);
    // No band is given as the verdict once the board has decided.
    expect(r.summary.reasons).toEqual([]);
    for (const band of Object.values(bandLabels)) expect(r.verdict.summary).not.toContain(`“${band}”`);
  });
});

describe('the summary in the PDF', () => {
  it('puts the decision, in the minutes’ words, on page 1; the other trust keeps its band', async () => {
    const r = make({ ...decidedAssessment(content), steps: {} });
    const pages = await pdfPages('summary-decided', r);
    const first = collapse(pages[0]!);
    expect(first).toContain('THE BOARD’S DECISION');
    expect(first).toContain(`${outcomeLabels['proceed-with-conditions']}: Oak Learning Trust`);
    expect(first).toContain(collapse(toPdfSafe(r.verdict.decision!.sentence)));
    expect(first).toContain('Decided at the governing board’s meeting on 3 December 2026.');
    expect(first).toContain('The scheme of delegation is agreed in writing');
    // "Exploring" is Ash's band (a trust the board did not decide on), never the verdict.
    expect(first).not.toMatch(/VERDICT\s+Exploring/);
  }, 60_000);

  it('keeps the fullest summary the limits allow (ten trusts, every red flag, twenty conditions) to two pages', async () => {
    const r = make(crowdedAssessment(content));
    const pages = await pdfPages('summary-crowded', r);
    const listPage = pages.findIndex((p) => /^\s*Appendices\s*$/m.test(p)) + 1;
    expect(listPage).toBe(3);
    const summary = collapse(pages.slice(0, 2).join(' '));
    for (const s of r.sections.filter((x) => x.part === 'summary')) expect(summary).toContain(s.title);
    // What was cut is counted, and points to the appendix that has it in full.
    expect(summary).toMatch(/\d+ more open red flags are in “Appendix [A-Z]: Notes on each question”/);
    expect(summary).toMatch(/\d+ more in “Appendix [A-Z]: Every next step”/);
  }, 120_000);

  it('keeps it to two pages with the number of schools from every trust’s pack as well', async () => {
    const answers = crowdedAssessment(content);
    answers.trusts = answers.trusts.map((t, i) => ({
      ...t,
      pack: { trustName: t.name, preparedOn: '2026-11-25', answers: {}, contacts: [], links: [], ...(i % 2 ? { schools: 500 } : {}) },
    }));
    const r = make(answers);
    expect(r.summary.trusts.head.at(-1)).toBe('Schools in the trust');
    const pages = await pdfPages('summary-crowded-schools', r);
    expect(pages.findIndex((p) => /^\s*Appendices\s*$/m.test(p)) + 1).toBe(3);
    expect(collapse(pages.slice(0, 2).join(' '))).toContain('500 schools');
  }, 120_000);

  it('cuts the summary shorter only when it must, and counts what it cut', () => {
    const r = make(crowdedAssessment(content));
    const short = shorterSummary(r);
    expect(short.summary.openRedFlags.length).toBeLessThan(r.summary.openRedFlags.length);
    expect(short.summary.openRedFlags.length + short.summary.moreRedFlags).toBe(r.summary.openRedFlags.length + r.summary.moreRedFlags);
    expect(short.summary.nextSteps.length + short.summary.moreNextSteps).toBe(r.summary.nextSteps.length + r.summary.moreNextSteps);
    expect(short.trusts).toBe(r.trusts);
  });
});

describe('every next step is listed once', () => {
  const appendixTitles = (r: Report) => r.sections.filter((x) => x.part === 'appendix').map((x) => x.title);

  it('when the summary lists every step in full, there is no appendix repeating them, and the appendices are lettered without a gap', async () => {
    const answers = decidedAssessment(content, 'not-proceed');
    answers.trusts = answers.trusts.slice(0, 1);
    const r = make(answers);
    expect(r.summary.everyNextStep).toBe(true);
    expect(r.summary.nextSteps.map((s) => s.text)).toEqual(texts(r));
    expect(r.sections.map((x) => x.id)).not.toContain('all-next-steps');
    appendixTitles(r).forEach((title, i) => expect(title.startsWith(`Appendix ${String.fromCharCode(65 + i)}: `)).toBe(true));
    // The PDF prints each step once, and names no "Every next step" appendix.
    const text = collapse((await pdfPages('summary-every-step', r)).join(' '));
    expect(text).not.toContain('Every next step');
    for (const step of texts(r)) expect(text.split(collapse(toPdfSafe(step))).length - 1).toBe(1);
    // Cut shorter for the PDF, it still lists every step in full: nowhere else has them.
    const steps = Array.from({ length: 8 }, (_, i) => ({ kind: 'action' as const, text: `Step ${i + 1}: ${'write to the trust '.repeat(9)}` }));
    const eight = { ...r, summary: { ...r.summary, nextSteps: steps } };
    expect(shorterSummary(eight).summary.nextSteps).toEqual(steps);
    expect(shorterSummary(eight).summary.moreNextSteps).toBe(0);
  }, 60_000);

  it('when the summary cuts the list or shortens a step, the appendix has every step in full', () => {
    const crowded = make(crowdedAssessment(content));
    expect(crowded.summary.moreNextSteps).toBeGreaterThan(0);
    expect(crowded.summary.everyNextStep).toBe(false);
    expect(appendixTitles(crowded)).toContainEqual(expect.stringMatching(/^Appendix [A-Z]: Every next step$/));
    // One long step, cut short in the summary: the appendix is there for it.
    const answers = decidedAssessment(content, 'not-proceed');
    answers.trusts = answers.trusts.slice(0, 1);
    answers.meeting!.decision!.actions[0]!.what = 'Write to the trust. '.repeat(20).trim();
    const r = make(answers);
    expect(r.summary.nextSteps).toHaveLength(texts(r).length);
    expect(r.summary.everyNextStep).toBe(false);
    expect(r.sections.map((x) => x.id)).toContain('all-next-steps');
  });
});
