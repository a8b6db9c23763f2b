// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '@/content/schema';
import type { Answers } from '@/domain/answers';
import { buildReport, type Report } from '@/report/build';
import { pdfFilename, renderPdf } from '@/report/pdf';
import { toPdfSafe } from '@/report/pdf-safe';
import {
  completeAssessment,
  crowdedAssessment,
  decidedAssessment,
  emptyAssessment,
  longAssessment,
  longNote,
  LONG_NOTE_FIRST,
  LONG_NOTE_LAST,
} from './scenarios';

/*
 * Makes real PDFs and reads them back with poppler (pdftotext, pdfinfo), as a person would: is
 * every heading, question and note there, in order, on numbered pages, inside the margins? The
 * PDFs go to out/pdf-test/ for a person to look at; with PDF_PNG=1 each page is also drawn as a
 * PNG there (pdftoppm). That is off by default: nothing here reads the images, and drawing a
 * hundred pages is most of this file's time on a busy machine.
 */

const OUT = 'out/pdf-test';
const MM = 72 / 25.4;

/** The real content in questions/: if it fails its checks, importing it fails these tests. */
async function loadContent(): Promise<{ content: Content }> {
  const mod = await import('@/content');
  return { content: mod.content };
}

interface Made {
  report: Report;
  file: string;
  pages: string[];
  /** Whole text without page furniture, whitespace collapsed. */
  flat: string;
  pageCount: number;
}

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

let content: Content;
const made: Record<'empty' | 'complete' | 'long' | 'decided' | 'crowded', Made> = {} as never;

async function make(name: keyof typeof made, answers: Answers): Promise<Made> {
  const report = buildReport(content, answers, { generatedOn: '2026-12-03' });
  // Render from a JSON copy: the PDF needs the report object and nothing else.
  const result = await renderPdf(JSON.parse(JSON.stringify(report)) as Report);
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, result.bytes);
  for (const old of readdirSync(OUT).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))) rmSync(join(OUT, old));
  if (process.env.PDF_PNG === '1') run('pdftoppm', ['-png', '-r', '60', file, join(OUT, name)]);
  const pages = run('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
  const furniture = /^.*(Readiness report: |Page \d+ of \d+|\(continued\)).*$/gm;
  const flat = collapse(pages.map((p) => p.replace(furniture, ' ')).join(' '));
  const info = run('pdfinfo', [file]);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(result.pageCount).toBe(pageCount);
  expect(pages).toHaveLength(pageCount);
  return { report, file, pages, flat, pageCount };
}

beforeAll(async () => {
  ({ content } = await loadContent());
  mkdirSync(OUT, { recursive: true });
  made.empty = await make('empty', emptyAssessment());
  made.complete = await make('complete', completeAssessment(content));
  made.long = await make('long', longAssessment(content));
  made.decided = await make('decided', decidedAssessment(content));
  made.crowded = await make('crowded', crowdedAssessment(content));
}, 600_000); // five PDFs, each read back by poppler: minutes on a 2-core machine with other work running

const all = () => Object.entries(made) as [string, Made][];

describe('every PDF', () => {
  it('numbers every page "Page n of N" and prints the date and content version in the footer', () => {
    for (const [, m] of all()) {
      m.pages.forEach((page, i) => {
        expect(page).toContain(`Page ${i + 1} of ${m.pageCount}`);
        expect(page).toContain(`Content version ${m.report.contentVersion}`);
        expect(page).toContain(m.report.generatedOnLabel);
      });
    }
  });

  it('says the verdict and why on page 1, before any table of the ten questions', () => {
    for (const [, m] of all()) {
      const first = collapse(m.pages[0]!);
      expect(first).toContain('Readiness report: board summary');
      expect(first).toContain(collapse(toPdfSafe(m.report.schoolName)));
      expect(first).toContain('Verdict and why');
      expect(first).toContain(collapse(toPdfSafe(m.report.verdict.headline)));
      expect(first).toContain(collapse(toPdfSafe(m.report.verdict.summary)));
      expect(first).not.toMatch(/Rating\s+Evidence\s+Weight/);
    }
  });

  it('opens with the board summary on pages 1–2, then lists the appendices, each on the page the list gives', () => {
    for (const [name, m] of all()) {
      const summary = m.report.sections.filter((s) => s.part === 'summary');
      const appendices = m.report.sections.filter((s) => s.part === 'appendix');
      expect(summary.map((s) => s.id).slice(0, 1), name).toEqual(['verdict']);
      expect(appendices.length, name).toBeGreaterThan(3);
      for (const a of appendices) expect(a.title).toMatch(/^Appendix [A-Z]: /);
      // The list of appendices comes straight after the summary, on page 2 or 3.
      const listPage = m.pages.findIndex((p) => /^\s*Appendices\s*$/m.test(p)) + 1;
      expect([2, 3], name).toContain(listPage);
      // Every summary heading before it (on page 1 or 2), and nothing of the appendices there.
      const summaryPages = m.pages.slice(0, listPage - 1).join('\n');
      for (const s of summary) expect(summaryPages, `${name}: ${s.title}`).toMatch(new RegExp(`^\\s*${escape(toPdfSafe(s.title))}\\s*$`, 'm'));
      for (const a of appendices) expect(summaryPages, name).not.toMatch(new RegExp(`^\\s*${escape(toPdfSafe(a.title))}\\s*$`, 'm'));
      const list = m.pages[listPage - 1]!;
      let lastPage = listPage + 1;
      for (const section of appendices) {
        const entry = new RegExp(`^\\s*${escape(toPdfSafe(section.title))}\\s+(\\d+)\\s*$`, 'm').exec(list);
        expect(entry, `list entry for ${section.title}`).not.toBeNull();
        const page = Number(entry![1]);
        expect(page).toBeGreaterThanOrEqual(lastPage);
        expect(m.pages[page - 1]).toMatch(new RegExp(`^\\s*${escape(toPdfSafe(section.title))}\\s*$`, 'm'));
        lastPage = page;
      }
    }
  });

  it('keeps all body text inside the 20 mm margins, clear of the header and footer', () => {
    for (const [, m] of all()) {
      const bbox = run('pdftotext', ['-bbox', m.file, '-']);
      const pages = bbox.split('<page ').slice(1);
      expect(pages).toHaveLength(m.pageCount);
      pages.forEach((page, index) => {
        for (const word of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
          const [xMin, boxTop, xMax, yMax] = [word[1], word[2], word[3], word[4]].map((v) => Number(v) / MM) as [number, number, number, number];
          // poppler's box runs from the font's ascent (Arimo: 0.905 em) to its descent (0.212
          // em); the tallest letters reach 0.716 em, so the ink starts 0.169 of the box lower.
          const yMin = boxTop + 0.169 * (yMax - boxTop);
          const where = `"${word[5]}" on page ${index + 1} at ${xMin.toFixed(1)}, ${yMin.toFixed(1)} mm`;
          expect(xMin, where).toBeGreaterThanOrEqual(19.5);
          // Allow 1.5 mm on the right, for a glyph that sticks out a little past its width.
          expect(xMax, where).toBeLessThanOrEqual(191.5);
          const header = yMax <= 16.5;
          const footer = yMin >= 283;
          const body = yMin >= 19.5 && yMax <= 277.5;
          expect(header || footer || body, where).toBe(true);
        }
      });
    }
  });

  it('sets the document properties and the language', () => {
    for (const [, m] of all()) {
      const info = run('pdfinfo', [m.file]);
      expect(info).toMatch(/Title:\s+Readiness report: /);
      expect(info).toMatch(/Subject:\s+Readiness to join a multi-academy trust/);
      expect(info).toMatch(/Author:\s+Should we join a trust\?/);
      expect(info).toMatch(/Creator:\s+Should we join a trust\?/);
      expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
      const raw = execFileSync('cat', [m.file]).toString('latin1');
      expect(raw).toContain('/Lang (en-GB)');
    }
  });

  it('prints £, curly quotes, dashes and accents as themselves, and nothing as garbage', () => {
    const text = made.complete.pages.join('\n');
    for (const s of ['St Mary’s', 'Zoë', '£1.2 million', '“top slice”', ' – ', ' — ', 'Fr. José Álvarez', 'Brontë']) {
      expect(text).toContain(s);
    }
    for (const [, m] of all()) expect(m.pages.join('\n')).not.toMatch(/!’|"e/);
    // Only the long assessment has a character the font lacks (a tick): shown as � and listed.
    for (const m of [made.empty, made.complete]) {
      expect(m.pages.join('\n')).not.toMatch(/[\uFFFD]|could not be printed/);
    }
  });

  it('names the file after the school and the date', () => {
    expect(pdfFilename(made.complete.report)).toBe('readiness-report-st-marys-c-of-e-primary-and-nursery-zoes-class-2026-12-03.pdf');
    expect(pdfFilename({ schoolName: 'Łódź School', generatedOn: '2026-01-02' })).toBe('readiness-report-lodz-school-2026-01-02.pdf');
    expect(pdfFilename({ schoolName: '!!!', generatedOn: '2026-01-02' })).toBe('readiness-report-school-2026-01-02.pdf');
  });
});

describe('(a) the empty assessment', () => {
  it('says there is nothing to score yet, and still lists the steps', () => {
    const { flat, report } = made.empty;
    expect(report.verdict.bandLabel).toBe('Exploring');
    expect(flat).toContain('No trust has been added yet');
    for (const stage of report.process.stages) expect(flat).toContain(collapse(toPdfSafe(stage.title)));
    expect(flat).toContain(collapse(toPdfSafe(report.disclaimer.full)));
  });
});

describe('(b) the complete assessment', () => {
  it('has every question’s text and every note in full', () => {
    const { flat, report } = made.complete;
    for (const t of report.trusts) {
      for (const q of t.questions) {
        expect(flat).toContain(collapse(toPdfSafe(q.text)));
        expect(flat).toContain(collapse(toPdfSafe(q.notes)));
      }
    }
  });

  it('compares the two trusts and shows both bands', () => {
    const { flat, report } = made.complete;
    expect(report.comparison).not.toBeNull();
    expect(flat).toContain('Comparing the trusts');
    // Side by side in the summary on page 1, each with its band.
    const first = collapse(made.complete.pages[0]!);
    expect(first).toContain('The trusts side by side');
    for (const t of report.trusts) expect(first).toContain(t.bandLabel);
    for (const t of report.trusts) expect(flat).toContain(`${collapse(toPdfSafe(t.name))} ${t.bandLabel}.`);
  });

  it('has the chart with numbers and words on the bars', () => {
    const chart = made.complete.pages.find((p) => p.includes('The ten questions at a glance') && p.includes('of 3'))!;
    expect(chart).toMatch(/Strong 3 of 3/);
    expect(chart).toMatch(/Checked for ourselves 100%/);
  });

  it('lists every step and legal gate that applies', () => {
    const { flat, report } = made.complete;
    for (const stage of report.process.stages) {
      for (const step of stage.steps) expect(flat).toContain(collapse(toPdfSafe(step.title)));
    }
    expect(flat).toContain('Legal gates still to do before the decision');
    // Each step's legal weight; consultation is a precondition of the funding agreement, TUPE a duty with its consequence.
    expect(flat).toContain('Legal weight');
    expect(flat).toContain(collapse(toPdfSafe('Run the statutory consultation (before the funding agreement is signed; done)')));
    expect(flat).toContain('Legal duties');
    expect(flat).toContain(collapse(toPdfSafe("protective award of up to 13 weeks' pay")));
  });
});

describe('(c) long notes and many red flags', () => {
  it('prints the 2,000-word note from its first word to its last, across pages, with the heading repeated', () => {
    const { flat, pages } = made.long;
    const note = toPdfSafe(longNote(2000));
    expect(note.split(/\s+/).length).toBeGreaterThanOrEqual(1990);
    const start = collapse(note.slice(0, 200));
    const end = collapse(note.slice(-200));
    expect(flat).toContain(start);
    expect(flat).toContain(end);
    expect(flat).toContain(`${LONG_NOTE_FIRST} was the word`);
    expect(flat).toContain(`${LONG_NOTE_LAST}.`);
    const q1 = made.long.report.trusts[0]!.questions[0]!;
    const continued = pages.filter((p) => p.includes(`Question ${q1.number}: ${toPdfSafe(q1.shortTitle)} (continued)`));
    expect(continued.length).toBeGreaterThanOrEqual(2);
  });

  it('prints every red flag note, made safe for the PDF', () => {
    const { flat, pages, report } = made.long;
    const flags = report.trusts[0]!.questions.filter((q) => q.redFlag !== 'none');
    expect(flags.length).toBeGreaterThanOrEqual(8);
    for (const q of flags) {
      expect(flat).toContain(collapse(toPdfSafe(q.redFlagNote)).slice(0, 150));
      expect(flat).toContain(collapse(toPdfSafe(q.redFlagNote)).slice(-150));
    }
    expect(flat).toContain('vague → we need the £ figures and it ≥ last year’s \uFFFD.');
    expect(collapse(pages.at(-1)!)).toContain('These characters could not be printed: U+2713 (symbol).');
  });

  it('lists the open red flags in the summary, on pages 1–2', () => {
    const { pages, report } = made.long;
    const summary = collapse(pages.slice(0, 2).join(' '));
    expect(summary).toContain('Open red flags');
    const open = report.trusts[0]!.redFlags.filter((f) => !f.resolved);
    expect(open.length).toBeGreaterThan(0);
    for (const f of open) expect(summary).toContain(`Question ${f.number} (${toPdfSafe(f.shortTitle)}):`);
  });

  it('names the open red flags beside the fit label', () => {
    const { flat, report } = made.long;
    const trust = report.trusts[0]!;
    expect(trust.fitLabelWithFlags).toMatch(/^\w+ fit, with \d+ open red flags \(questions [\d, and]+\)$|^Not judged yet, with/);
    expect(flat).toContain(collapse(toPdfSafe(trust.fitLabelWithFlags)));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('jsPDF left as it was found', () => {
  it('puts back the Arabic shaping it switches off while drawing', async () => {
    const { jsPDF } = await import('jspdf');
    const api = jsPDF.API as unknown as { events: unknown[]; processArabic?: unknown };
    const before = { events: api.events, processArabic: api.processArabic };
    expect(before.processArabic).toBeTypeOf('function');
    await renderPdf(made.empty.report);
    expect(api.processArabic).toBe(before.processArabic);
    expect(api.events).toBe(before.events);
  });
});
