import type { Report, SectionId } from '../build';
import { addPdfFont, loadPdfFont, type PdfFontApi, type PdfFontFiles } from '../pdf-font';
import { toFileNameLatin, toPdfMetadata } from '../pdf-safe';
import { BOTTOM, cutText, LINE_FACTOR, resetUnprintable, Writer, type AutoTable } from './layout';
import { drawChart } from './sections/chart';
import { drawComparison } from './sections/comparison';
import { drawContents } from './sections/contents';
import { drawContext } from './sections/context';
import { drawHeader } from './sections/header';
import { drawDisclaimer } from './sections/disclaimer';
import { drawFurniture } from './sections/furniture';
import { drawMeeting } from './sections/meeting';
import { drawMethod } from './sections/method';
import { drawAllNextSteps, drawNextSteps } from './sections/next-steps';
import { drawNotes } from './sections/notes';
import { drawQuestionTables } from './sections/questions';
import { drawReasons } from './sections/reasons';
import { drawRedFlags } from './sections/red-flags';
import { drawSources } from './sections/sources';
import { drawStages } from './sections/stages';
import { drawTrusts } from './sections/trusts';
import { drawUnprintable } from './sections/unprintable';
import { drawVerdict } from './sections/verdict';
import { drawWeights } from './sections/weights';
import { withFastPaths, type JsPdfApi } from './speed';

/*
 * The PDF, drawn from the report object and nothing else. jsPDF and its table plugin are
 * loaded on demand, so neither is in the app's first download.
 *
 * The layout engine is in layout.ts; each section of the report draws itself (sections/).
 * The footer ("Page 3 of 8", the date and content version) and the running header sit in
 * the margins and are drawn after layout, when the page count is known.
 */

export interface PdfResult {
  bytes: Uint8Array;
  filename: string;
  pageCount: number;
}

/** "readiness-report-st-marys-c-of-e-primary-2026-12-03.pdf" */
export function pdfFilename(report: Pick<Report, 'schoolName' | 'generatedOn'>): string {
  const slug =
    toFileNameLatin(report.schoolName)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘`]/g, '')
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'school';
  return `readiness-report-${slug}-${report.generatedOn}.pdf`;
}

/** For the browser: the PDF as a Blob to download. */
export function pdfBlob(result: PdfResult): Blob {
  return new Blob([result.bytes as BlobPart], { type: 'application/pdf' });
}

const drawers: Record<SectionId, (w: Writer) => void> = {
  verdict: drawVerdict,
  trusts: drawTrusts,
  'red-flags': drawRedFlags,
  'next-steps': drawNextSteps,
  meeting: drawMeeting,
  reasons: drawReasons,
  chart: drawChart,
  questions: drawQuestionTables,
  notes: drawNotes,
  comparison: drawComparison,
  stages: drawStages,
  context: drawContext,
  'all-next-steps': drawAllNextSteps,
  weights: drawWeights,
  method: drawMethod,
  sources: drawSources,
  disclaimer: drawDisclaimer,
};

/** The summary may take two pages; a third means it must be cut shorter (see shorterSummary). */
const SUMMARY_PAGES = 2;

class SummaryTooLong extends Error {}

/**
 * The summary cut to the fewest items, for the rare assessment whose summary would not fit
 * two pages as it is (ten trusts, long names, many red flags and conditions). What is cut is
 * counted, and is in the appendices in full.
 */
export function shorterSummary(report: Report): Report {
  const s = report.summary;
  const keep = { reasons: 3, conditions: 3, redFlags: 3, nextSteps: 4, item: 120, name: 40 };
  const cut = (items: string[], n: number) => items.slice(0, n).map((item) => cutText(item, keep.item));
  return {
    ...report,
    summary: {
      ...s,
      trusts: { ...s.trusts, rows: s.trusts.rows.map(([name, ...rest]) => [cutText(name ?? '', keep.name), ...rest]) },
      reasons: cut(s.reasons, keep.reasons),
      conditions: cut(s.conditions, keep.conditions),
      openRedFlags: s.openRedFlags.slice(0, keep.redFlags).map((f) => ({ ...f, trustName: cutText(f.trustName, keep.name), note: cutText(f.note, keep.item) })),
      moreRedFlags: s.moreRedFlags + Math.max(0, s.openRedFlags.length - keep.redFlags),
      // With no appendix to hold them, every next step stays, in full.
      ...(s.everyNextStep
        ? {}
        : {
            nextSteps: s.nextSteps.slice(0, keep.nextSteps).map((step) => ({ ...step, text: cutText(step.text, keep.item) })),
            moreNextSteps: s.moreNextSteps + Math.max(0, s.nextSteps.length - keep.nextSteps),
          }),
    },
  };
}

type JsPdfModule = typeof import('jspdf');

function draw(report: Report, jsPDF: JsPdfModule['jsPDF'], autoTable: AutoTable, font: PdfFontFiles, strict: boolean): PdfResult {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  addPdfFont(doc, font, jsPDF.API as unknown as PdfFontApi);
  resetUnprintable();
  const trusts = report.trustNames.join(', ');
  doc.setProperties({
    // Shown by the viewer in its own font, so every character is kept.
    title: toPdfMetadata(`${report.title}: ${report.schoolName}`),
    subject: toPdfMetadata(`Readiness to join a multi-academy trust${trusts ? `: ${trusts}` : ''}. ${report.verdict.headline}. ${report.disclaimer.short}`),
    author: toPdfMetadata(report.toolName),
    creator: toPdfMetadata(report.toolName),
    keywords: toPdfMetadata(`academy trust, readiness, ${report.schoolName}, content ${report.contentVersion}`),
  });
  doc.setLanguage('en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setLineHeightFactor(LINE_FACTOR);

  const w = new Writer(doc, autoTable, report);
  // The board summary opens the PDF, on pages 1 and 2; the appendices follow, listed on a page of their own.
  drawHeader(w);
  let contentsPage = 0;
  for (const section of report.sections) {
    if (section.part === 'appendix' && contentsPage === 0) {
      if (strict && w.page > SUMMARY_PAGES) throw new SummaryTooLong();
      w.newPage();
      contentsPage = w.page;
      doc.outline.add(null, 'Appendices', { pageNumber: contentsPage });
      // The list is drawn here once the pages are known; the first appendix starts on the next page.
      w.y = BOTTOM;
    }
    drawers[section.id](w);
  }
  drawUnprintable(w);

  if (contentsPage > 0) drawContents(w, contentsPage);
  drawFurniture(w);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  return { bytes, filename: pdfFilename(report), pageCount: doc.getNumberOfPages() };
}

/** Renders the report as an A4 PDF. Loads jsPDF on first use. */
export async function renderPdf(report: Report): Promise<PdfResult> {
  const [{ jsPDF }, { autoTable }, font] = await Promise.all([import('jspdf'), import('jspdf-autotable'), loadPdfFont()]);
  return withFastPaths(jsPDF.API as unknown as JsPdfApi, () => {
    try {
      return draw(report, jsPDF, autoTable as AutoTable, font, true);
    } catch (error) {
      if (!(error instanceof SummaryTooLong)) throw error;
      return draw(shorterSummary(report), jsPDF, autoTable as AutoTable, font, false);
    }
  });
}
