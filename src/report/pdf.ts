import type { jsPDF as JsPdf } from 'jspdf';
import type { CellDef, RowInput, Styles, UserOptions } from 'jspdf-autotable';
import type { Report, ReportQuestionRow, ReportTrust, SectionId } from './build';
import { addPdfFont, loadPdfFont, PDF_FONT, type PdfFontApi } from './pdf-font';
import { addressForPdf, toFileNameLatin, toPdfMetadata, toPdfSafe, unprintableSentence } from './pdf-safe';

/*
 * The PDF, drawn from the report object and nothing else. jsPDF and its table plugin are
 * loaded on demand, so neither is in the app's first download.
 *
 * A4 portrait, 20 mm margins. The footer ("Page 3 of 8", the date and content version) and
 * the running header sit in the margins and are drawn after layout, when the page count is
 * known; body text never goes below the bottom margin.
 */

export interface PdfResult {
  bytes: Uint8Array;
  filename: string;
  pageCount: number;
}

type Rgb = [number, number, number];
type AutoTable = (doc: JsPdf, options: UserOptions) => void;

const PAGE_W = 210;
const PAGE_H = 297;
const MARGIN = 20;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const TOP = MARGIN;
const BOTTOM = PAGE_H - MARGIN;
/** Points to millimetres. */
const PT = 25.4 / 72;
const LINE_FACTOR = 1.35;

const TEXT: Rgb = [11, 12, 12];
const MUTED: Rgb = [80, 90, 95];
const RULE: Rgb = [177, 180, 182];
const TRACK: Rgb = [233, 235, 237];
const ACCENT: Rgb = [29, 53, 87];
const EVIDENCE_BAR: Rgb = [132, 155, 180];
const RED: Rgb = [170, 20, 30];
const HEAD_FILL: Rgb = [238, 240, 242];

/** Characters met while drawing that the font lacks, listed at the end (renderPdf resets it). */
let unprintable = new Set<number>();
/** Text as the PDF's font prints it (see pdf-safe.ts). */
const safe = (text: string) => toPdfSafe(text, unprintable);
/** A web address, never changed (see addressForPdf). */
const address = (url: string) => addressForPdf(url, unprintable);

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

interface TextStyle {
  size?: number;
  style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
  color?: Rgb;
  indent?: number;
  width?: number;
  gapAfter?: number;
}

class Writer {
  y = TOP;
  readonly sectionPages: { id: SectionId; title: string; page: number }[] = [];

  constructor(
    readonly doc: JsPdf,
    readonly autoTable: AutoTable,
    readonly report: Report,
  ) {}

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  lineHeight(size: number): number {
    return size * LINE_FACTOR * PT;
  }

  font(size: number, style: TextStyle['style'] = 'normal', color: Rgb = TEXT) {
    // The font has no bold italic face; nothing asks for one today.
    this.doc.setFont(PDF_FONT, style === 'bolditalic' ? 'bold' : style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  newPage() {
    this.doc.addPage('a4', 'portrait');
    this.y = TOP;
  }

  /** Starts a new page unless `height` fits below the cursor. Returns true if it did. */
  ensure(height: number): boolean {
    if (this.y + height <= BOTTOM) return false;
    this.newPage();
    return true;
  }

  /**
   * Wrapped lines. jsPDF overshoots by a character when it breaks a word longer than the
   * line (a URL), so any line still too wide is broken again here, character by character.
   */
  split(text: string, width: number): string[] {
    const lines = this.doc.splitTextToSize(safe(text), width) as string[];
    // Only a word wider than the line can overflow; short words never can, so measure only long ones.
    const long = text.split(/\s+/).filter((word) => word.length > 12);
    if (long.every((word) => this.doc.getTextWidth(safe(word)) <= width)) return lines;
    return lines.flatMap((line) => {
      if (this.doc.getTextWidth(line) <= width) return [line];
      const pieces: string[] = [];
      let current = '';
      for (const char of line) {
        if (current && this.doc.getTextWidth(current + char) > width) {
          pieces.push(current);
          current = '';
        }
        current += char;
      }
      return current ? [...pieces, current] : pieces;
    });
  }

  /**
   * Flowing text: wraps, and carries on over as many pages as it needs. `onBreak` runs at
   * the top of each new page (to repeat a heading as "… (continued)").
   */
  paragraph(text: string | { lines: string[] }, opts: TextStyle & { onBreak?: () => void } = {}) {
    const { size = 10, style = 'normal', color = TEXT, indent = 0, gapAfter = 2.5 } = opts;
    const width = opts.width ?? CONTENT_W - indent;
    const lh = this.lineHeight(size);
    this.font(size, style, color);
    // Lines already wrapped (by the caller, to measure them first) are printed as they are.
    const blocks = typeof text === 'string' ? text.split(/\n/) : [text.lines];
    blocks.forEach((block, index) => {
      if (typeof block === 'string' && block.trim() === '') {
        if (index > 0 && index < blocks.length - 1) this.y += lh * 0.5;
        return;
      }
      let lines = typeof block === 'string' ? this.split(block, width) : block;
      while (lines.length > 0) {
        let fit = Math.floor((BOTTOM - this.y + 0.01) / lh);
        if (fit <= 0) {
          this.newPage();
          opts.onBreak?.();
          this.font(size, style, color);
          fit = Math.floor((BOTTOM - this.y + 0.01) / lh);
        }
        const chunk = lines.slice(0, fit);
        this.doc.text(chunk, MARGIN + indent, this.y, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
        this.y += chunk.length * lh;
        lines = lines.slice(fit);
      }
    });
    this.y += gapAfter;
  }

  /** Height a paragraph would take (without page breaks). */
  measure(text: string, size = 10, width = CONTENT_W, style: TextStyle['style'] = 'normal'): number {
    this.font(size, style);
    return this.split(text, width).length * this.lineHeight(size);
  }

  /**
   * A section heading (h2), recorded for the contents list. Big sections start a new page;
   * short ones follow on when at least `keep` mm is left on the page.
   */
  section(id: SectionId, opts: { fresh?: boolean; keep?: number } = {}) {
    const title = this.report.sections.find((s) => s.id === id)?.title ?? id;
    if (opts.fresh ?? true) this.newPage();
    else {
      this.y += 8;
      this.ensure(opts.keep ?? 50);
    }
    this.sectionPages.push({ id, title, page: this.page });
    this.doc.outline.add(null, safe(title), { pageNumber: this.page });
    this.font(17, 'bold', ACCENT);
    this.doc.text(safe(title), MARGIN, this.y, { baseline: 'top' });
    this.y += this.lineHeight(17) + 1;
    this.doc.setDrawColor(...ACCENT);
    this.doc.setLineWidth(0.6);
    this.doc.line(MARGIN, this.y, MARGIN + CONTENT_W, this.y);
    this.y += 5;
  }

  /** A sub-heading kept with at least `keep` mm of what follows. */
  subheading(text: string, size = 13, keep = 25) {
    const h = this.measure(text, size, CONTENT_W, 'bold');
    if (this.y > TOP) this.y += 2;
    this.ensure(h + keep);
    this.paragraph(text, { size, style: 'bold', gapAfter: 1.5 });
  }

  /** The heading repeated at the top of a page a block runs on to. */
  continued(text: string) {
    this.font(10, 'bold', MUTED);
    this.doc.text(safe(`${text} (continued)`), MARGIN, this.y, { baseline: 'top' });
    this.y += this.lineHeight(10) + 2;
  }

  bullets(items: string[], opts: { numbered?: boolean; size?: number; color?: Rgb } = {}) {
    const size = opts.size ?? 10;
    items.forEach((item, i) => {
      const marker = opts.numbered ? `${i + 1}.` : '•';
      // Keep an item on one page unless it is long.
      this.ensure(Math.min(this.measure(item, size, CONTENT_W - 7), 40));
      this.font(size, 'normal', opts.color ?? TEXT);
      this.doc.text(marker, MARGIN + 1, this.y, { baseline: 'top' });
      this.paragraph(item, { size, indent: 7, gapAfter: 1.2, color: opts.color ?? TEXT });
    });
    this.y += 1.5;
  }

  /**
   * A table (jspdf-autotable): header row repeated on every page, rows never split across
   * pages, the section heading repeated as "… (continued)". `lead` puts a bold first line
   * (a step's or question's title) at the top of one column's cells: jsPDF cannot mix
   * fonts in a cell, so those lines are left blank by autotable and drawn here in bold.
   */
  table(
    options: UserOptions & {
      continuedTitle?: string;
      lead?: { column: number; width: number; texts: (string | null)[] };
    },
  ) {
    const { continuedTitle, lead, ...rest } = options;
    const startPage = this.page;
    const fontSize = 9;
    const padding = 1.8;
    const safeCell = (cell: unknown): unknown => {
      if (typeof cell === 'string') return safe(cell);
      if (cell && typeof cell === 'object' && 'content' in cell) {
        const def = cell as CellDef;
        return { ...def, content: typeof def.content === 'string' ? safe(def.content) : def.content };
      }
      return cell;
    };
    const safeRows = (rows?: RowInput[]) => rows?.map((row) => (Array.isArray(row) ? row.map(safeCell) : row) as RowInput);
    const body = safeRows(rest.body) ?? [];
    const leadLines = new Map<number, string[]>();
    if (lead) {
      this.font(fontSize, 'bold');
      body.forEach((row, index) => {
        const text = lead.texts[index];
        if (!text || !Array.isArray(row)) return;
        const lines = this.split(text, lead.width - 2 * padding);
        leadLines.set(index, lines);
        const cell = row[lead.column];
        const rest = typeof cell === 'string' ? cell : '';
        row[lead.column] = [...lines, ...(rest ? [rest] : [])].join('\n');
      });
    }
    let pending: { lines: string[] } | null = null;
    this.autoTable(this.doc, {
      startY: this.y,
      margin: { top: TOP + (continuedTitle ? 8 : 0), bottom: PAGE_H - BOTTOM, left: MARGIN, right: MARGIN },
      theme: 'grid',
      rowPageBreak: 'avoid',
      showHead: 'everyPage',
      styles: {
        font: PDF_FONT,
        fontSize,
        cellPadding: { top: 1.6, bottom: 1.6, left: padding, right: padding },
        textColor: TEXT,
        lineColor: RULE,
        lineWidth: 0.2,
        valign: 'top',
        overflow: 'linebreak',
      },
      headStyles: { fillColor: HEAD_FILL, textColor: TEXT, fontStyle: 'bold' },
      ...rest,
      head: safeRows(rest.head),
      body,
      willDrawPage: (data) => {
        if (continuedTitle && this.page > startPage) {
          this.y = TOP;
          this.continued(continuedTitle);
        }
        rest.willDrawPage?.(data);
      },
      willDrawCell: (data) => {
        pending = null;
        const lines = data.section === 'body' && data.column.index === lead?.column ? leadLines.get(data.row.index) : undefined;
        if (lines && lines.every((line, i) => data.cell.text[i] === line)) {
          pending = { lines };
          data.cell.text = [...lines.map(() => ''), ...data.cell.text.slice(lines.length)];
        }
        return rest.willDrawCell?.(data);
      },
      didDrawCell: (data) => {
        const drawn = pending as { lines: string[] } | null;
        if (drawn) {
          const pos = data.cell.getTextPos();
          const size = data.cell.styles.fontSize;
          this.font(size, 'bold', TEXT);
          // autotable's own text placement: top of cell plus (2 − 1.15) × the font size.
          this.doc.text(drawn.lines, pos.x, pos.y + (size / this.doc.internal.scaleFactor) * (2 - 1.15), {
            lineHeightFactor: this.doc.getLineHeightFactor(),
          });
          pending = null;
        }
        return rest.didDrawCell?.(data);
      },
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 5;
  }
}

// ---------------------------------------------------------------------------------------

function drawCover(w: Writer) {
  const { doc, report } = w;
  w.y = 34;
  w.font(12, 'bold', MUTED);
  doc.text(safe(report.toolName), MARGIN, w.y, { baseline: 'top' });
  w.y += 9;
  w.paragraph(report.title, { size: 30, style: 'bold', color: ACCENT, gapAfter: 4 });
  w.paragraph(report.schoolName, { size: 18, style: 'bold', gapAfter: 3 });
  const trustLine =
    report.trustNames.length === 0
      ? 'No trust added yet'
      : `${report.trustNames.length === 1 ? 'Trust considered' : 'Trusts considered'}: ${report.trustNames.join(', ')}`;
  w.paragraph(trustLine, { size: 12, gapAfter: 1.5 });
  w.paragraph(`Date: ${report.generatedOnLabel}`, { size: 12, color: MUTED, gapAfter: 10 });

  // The verdict: band and two sentences, before anything else
  const boxTop = w.y;
  const inner = CONTENT_W - 10;
  const summaryH = w.measure(report.verdict.summary, 11.5, inner);
  const bandH = w.measure(report.verdict.bandLabel, 20, inner, 'bold');
  const boxH = 8 + w.lineHeight(10) + 2 + bandH + 3 + summaryH + 6;
  doc.setFillColor(246, 247, 248);
  doc.rect(MARGIN, boxTop, CONTENT_W, boxH, 'F');
  doc.setFillColor(...ACCENT);
  doc.rect(MARGIN, boxTop, 2.5, boxH, 'F');
  w.y = boxTop + 6;
  w.font(10, 'bold', MUTED);
  doc.text('VERDICT', MARGIN + 7, w.y, { baseline: 'top' });
  w.y += w.lineHeight(10) + 2;
  w.paragraph(report.verdict.bandLabel, { size: 20, style: 'bold', color: ACCENT, indent: 7, width: inner, gapAfter: 3 });
  w.paragraph(report.verdict.summary, { size: 11.5, indent: 7, width: inner, gapAfter: 0 });
  w.y = boxTop + boxH + 8;

  if (report.trusts.length > 1) {
    w.paragraph('Each trust on its own:', { size: 11, style: 'bold', gapAfter: 1.5 });
    w.bullets(
      report.trusts.map((t) => `${t.name}: ${t.bandLabel} (fit ${t.fitLabel}, evidence strength ${t.evidenceLabel})`),
      { size: 10.5 },
    );
  }

  w.y = Math.max(w.y, 238);
  doc.setDrawColor(...RULE);
  doc.setLineWidth(0.3);
  doc.line(MARGIN, w.y, MARGIN + CONTENT_W, w.y);
  w.y += 4;
  w.paragraph(
    `${report.disclaimer.short} This report records what the school entered in the tool; the decision is the governing board’s.`,
    { size: 9.5, color: MUTED, gapAfter: 1 },
  );
  w.paragraph(`Content version ${report.contentVersion}, checked against sources published up to ${report.reviewedOnLabel}.`, { size: 9.5, color: MUTED });
}

function drawContents(w: Writer, contentsPage: number) {
  const { doc } = w;
  doc.setPage(contentsPage);
  let y = TOP;
  w.font(17, 'bold', ACCENT);
  doc.text('Contents', MARGIN, y, { baseline: 'top' });
  y += w.lineHeight(17) + 1;
  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(0.6);
  doc.line(MARGIN, y, MARGIN + CONTENT_W, y);
  y += 6;
  for (const entry of w.sectionPages) {
    const title = safe(entry.title);
    w.font(11.5, 'normal', TEXT);
    doc.text(title, MARGIN, y, { baseline: 'top' });
    doc.text(String(entry.page), MARGIN + CONTENT_W, y, { baseline: 'top', align: 'right' });
    const from = MARGIN + doc.getTextWidth(title) + 2;
    const to = MARGIN + CONTENT_W - doc.getTextWidth(String(entry.page)) - 2;
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.25);
    doc.setLineDashPattern([0.4, 1.2], 0);
    doc.line(from, y + 3.2, to, y + 3.2);
    doc.setLineDashPattern([], 0);
    doc.link(MARGIN, y - 1, CONTENT_W, 7, { pageNumber: entry.page });
    y += 8.5;
  }
}

function keyFigures(t: ReportTrust): string {
  return `${t.fitLabelWithFlags}: fit ${t.fitLabel} (equal weights: ${t.fitEqualWeightsLabel}). ${t.evidenceGradeLabel}: evidence strength ${t.evidenceLabel}. ${t.coverageLabel}.`;
}

function drawVerdict(w: Writer) {
  const { report } = w;
  w.section('verdict');
  w.paragraph(report.verdict.bandLabel, { size: 15, style: 'bold', color: ACCENT, gapAfter: 2 });
  w.paragraph(report.verdict.summary, { size: 11, gapAfter: 4 });
  if (report.trusts.length === 0) {
    w.paragraph('Why:', { size: 11, style: 'bold', gapAfter: 1 });
    w.bullets(report.verdict.reasons.map(capitalise));
    return;
  }
  for (const t of report.trusts) {
    w.subheading(t.name, 13, 30);
    w.paragraph(`${t.bandLabel}.`, { size: 11, style: 'bold', color: ACCENT, gapAfter: 1.5 });
    w.paragraph(`${keyFigures(t)} ${t.ratingsUsed}`, { size: 10, color: MUTED, gapAfter: 2.5 });
    w.ensure(15);
    w.paragraph(t.band === 'decide' ? 'Why it is ready to decide:' : `Why it is “${t.bandLabel}”:`, {
      size: 10.5,
      style: 'bold',
      gapAfter: 1,
    });
    w.bullets(t.reasons.map(capitalise));
    if (t.conditions.length > 0) {
      w.ensure(15);
      w.paragraph('Conditions to meet before deciding:', { size: 10.5, style: 'bold', gapAfter: 1 });
      w.bullets(t.conditions.map(capitalise));
    }
    const resolved = t.redFlags.filter((f) => f.resolved);
    if (resolved.length > 0) {
      w.paragraph(
        `Red flags since resolved: ${resolved.map((f) => `question ${f.number} (${f.shortTitle})`).join(', ')}.`,
        { size: 10, color: MUTED },
      );
    }
  }
  drawGrid(w);
}

/** The 2×2 grid of fit against evidence strength, each trust placed on it. */
function drawGrid(w: Writer) {
  const { doc, report } = w;
  const placed = report.trusts.filter((t) => t.fit !== null && t.evidence !== null);
  const size = 66;
  w.subheading('Fit against evidence', 13, size + 20);
  w.paragraph(
    'Each trust placed by how good its answers are (up) and how well the school has checked them (across). The lines are where each fit label and each evidence level starts.',
    { size: 9.5, color: MUTED, gapAfter: 3 },
  );
  w.ensure(size + 14);
  const x0 = MARGIN + 10;
  const y0 = w.y;
  const { fitLevels, evidenceGrades } = report.method.grid;
  doc.setDrawColor(...TEXT);
  doc.setLineWidth(0.3);
  doc.rect(x0, y0, size, size, 'S');
  doc.setDrawColor(...MUTED);
  doc.setLineDashPattern([1, 1], 0);
  for (const g of evidenceGrades) if (g.from > 0) doc.line(x0 + size * g.from, y0, x0 + size * g.from, y0 + size);
  for (const f of fitLevels) if (f.from > 0) doc.line(x0, y0 + size * (1 - f.from), x0 + size, y0 + size * (1 - f.from));
  doc.setLineDashPattern([], 0);
  // Each fit label inside its band, at the left edge.
  w.font(7, 'bold', MUTED);
  fitLevels.forEach((f, i) => {
    const top = i === 0 ? 1 : (fitLevels[i - 1]?.from ?? 1);
    const middle = y0 + size * (1 - (top + f.from) / 2);
    doc.text(safe(f.label), x0 + 1.5, middle, { baseline: 'middle' });
  });
  w.font(8, 'normal', MUTED);
  doc.text('Evidence strength', x0 + size / 2, y0 + size + 2, { baseline: 'top', align: 'center' });
  doc.text('0%', x0, y0 + size + 2, { baseline: 'top' });
  doc.text('100%', x0 + size, y0 + size + 2, { baseline: 'top', align: 'right' });
  doc.text('Fit', x0 - 3, y0 + size / 2, { baseline: 'middle', align: 'right' });
  doc.text('100%', x0 - 1.5, y0, { baseline: 'top', align: 'right' });
  doc.text('0%', x0 - 1.5, y0 + size, { baseline: 'bottom', align: 'right' });

  placed.forEach((t) => {
    const i = report.trusts.indexOf(t);
    const px = x0 + size * (t.evidence ?? 0);
    const py = y0 + size * (1 - (t.fit ?? 0));
    doc.setFillColor(...TEXT);
    doc.circle(px, py, 1.6, 'F');
    w.font(9, 'bold', TEXT);
    const right = px + 6 < x0 + size;
    doc.text(String(i + 1), right ? px + 2.4 : px - 2.4, py, { baseline: 'middle', align: right ? 'left' : 'right' });
  });

  // Legend beside the grid
  const lx = x0 + size + 12;
  let ly = y0;
  if (placed.length === 0) {
    w.font(9.5, 'normal', MUTED);
    const lines = w.split('No trust placed yet: rate at least one question to place a trust on the grid.', PAGE_W - MARGIN - lx);
    doc.text(lines, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
  }
  report.trusts.forEach((t, i) => {
    w.font(9.5, 'bold', TEXT);
    const name = w.split(`${i + 1}  ${t.name}`, PAGE_W - MARGIN - lx);
    doc.text(name, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
    ly += name.length * w.lineHeight(9.5);
    w.font(9, 'normal', MUTED);
    const detail = w.split(
      t.fit === null ? 'Not yet placed.' : `${t.fitLabelWithFlags}: fit ${t.fitLabel}. ${t.evidenceGradeLabel}: evidence ${t.evidenceLabel}.`,
      PAGE_W - MARGIN - lx,
    );
    doc.text(detail, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
    ly += detail.length * w.lineHeight(9) + 2.5;
  });
  w.y = Math.max(y0 + size + 9, ly) + 3;
}

function ratingBarText(q: ReportQuestionRow): string {
  if (q.points === null) return q.ratingLabel;
  return `${q.ratingLabel} ${q.points} of 3`;
}

/**
 * One bar: a light track, a filled part, and its value in words printed on it. A value of
 * zero (a "Concern" rating) gets a short stub, so it never looks like a missing answer.
 */
function bar(w: Writer, x: number, y: number, width: number, height: number, share: number | null, fill: Rgb, label: string, onDark: boolean) {
  const { doc } = w;
  doc.setFillColor(...TRACK);
  doc.rect(x, y, width, height, 'F');
  const filled = share === null ? 0 : Math.max(1.5, Math.min(1, share) * width);
  if (filled > 0) {
    doc.setFillColor(...fill);
    doc.rect(x, y, filled, height, 'F');
  }
  const text = safe(label);
  w.font(8, 'bold', TEXT);
  const tw = doc.getTextWidth(text);
  if (filled > 0 && tw + 3 <= filled) {
    w.font(8, 'bold', onDark ? [255, 255, 255] : TEXT);
    doc.text(text, x + 1.5, y + height / 2, { baseline: 'middle' });
  } else {
    w.font(8, share === null ? 'normal' : 'bold', share === null ? MUTED : TEXT);
    doc.text(text, x + filled + 1.5, y + height / 2, { baseline: 'middle' });
  }
}

function drawChart(w: Writer) {
  const { doc, report } = w;
  w.section('chart', { fresh: report.trusts.length > 0 });
  if (report.trusts.length === 0) {
    w.paragraph('No trust has been added yet, so there is nothing to chart.', { color: MUTED });
    return;
  }
  w.paragraph(
    'For each question, the dark bar is the rating (out of 3) and the lighter bar is how well the school has checked it (evidence strength). Unanswered questions have no bars.',
    { size: 9.5, color: MUTED, gapAfter: 3 },
  );
  const labelW = 50;
  const barX = MARGIN + labelW;
  const barW = 92;
  const noteX = barX + barW + 4;
  const rowH = 13.5;
  report.trusts.forEach((t, index) => {
    if (index > 0) w.newPage();
    w.subheading(t.name, 13, rowH * t.questions.length + 20);
    // Legend
    const ly = w.y;
    doc.setFillColor(...ACCENT);
    doc.rect(MARGIN, ly, 5, 3.5, 'F');
    w.font(8.5, 'normal', TEXT);
    const ratingScale = report.method.ratingScale.map((r) => `${r.label} ${r.points}`).join(', ');
    const evidenceScale = report.method.evidenceScale.map((e) => `${e.label.toLowerCase()} ${e.confidence}`).join(', ');
    doc.text(safe(`Rating: ${ratingScale}`), MARGIN + 7, ly + 1.75, { baseline: 'middle' });
    doc.setFillColor(...EVIDENCE_BAR);
    doc.rect(MARGIN, ly + 5, 5, 3.5, 'F');
    doc.text(safe(`Evidence strength: ${evidenceScale}`), MARGIN + 7, ly + 6.75, { baseline: 'middle' });
    w.y += 13;
    for (const q of t.questions) {
      w.ensure(rowH);
      const y = w.y;
      w.font(9, 'bold', TEXT);
      const label = w.split(`${q.number}. ${q.shortTitle}`, labelW - 3);
      doc.text(label.slice(0, 2), MARGIN, y + 0.3, { baseline: 'top', lineHeightFactor: 1.2 });
      if (!q.counted) {
        w.font(8, 'normal', MUTED);
        doc.text('Left out (weight 0)', MARGIN, y + 8.2, { baseline: 'top' });
      }
      const evidenceText =
        q.confidence === null ? (q.rating === null ? 'No rating yet' : 'No rating to weigh') : `${q.evidenceLabel.replace(/ \(counted as .*\)$/, ' (claim)')} ${Math.round(q.confidence * 100)}%`;
      bar(w, barX, y, barW, 5, q.points === null ? null : q.points / 3, ACCENT, ratingBarText(q), true);
      bar(w, barX, y + 6, barW, 5, q.confidence, EVIDENCE_BAR, evidenceText, false);
      if (q.redFlag !== 'none') {
        w.font(8.5, 'bold', q.redFlag === 'unresolved' ? RED : MUTED);
        doc.text(q.redFlag === 'unresolved' ? 'Red flag' : 'Red flag', noteX, y + 0.3, { baseline: 'top' });
        if (q.redFlag === 'resolved') {
          w.font(8, 'normal', MUTED);
          doc.text('(resolved)', noteX, y + 4.3, { baseline: 'top' });
        }
      }
      if (q.weight !== 1 && q.counted) {
        w.font(8, 'normal', MUTED);
        doc.text(`Weight ${q.weightLabel}`, noteX, y + 7, { baseline: 'top' });
      }
      w.y += rowH;
    }
    w.y += 2;
    w.paragraph(keyFigures(t), { size: 9.5, color: MUTED });
  });
}

const REDFLAG_CELL_NOTE = 150;

function cellNote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}… (in full under “Notes on each question”)`;
}

function drawQuestionTables(w: Writer) {
  const { report } = w;
  w.section('questions', { fresh: report.trusts.length > 0 });
  if (report.trusts.length === 0) {
    w.paragraph('No trust has been added yet.', { color: MUTED });
    return;
  }
  report.trusts.forEach((t, index) => {
    if (index > 0) w.y += 4;
    w.subheading(t.name, 13, 40);
    const title = `${report.sections.find((s) => s.id === 'questions')?.title ?? ''}: ${t.name}`;
    w.table({
      continuedTitle: title,
      head: [['No.', 'Question', 'Rating', 'Evidence', 'Weight', 'Red flag']],
      lead: { column: 1, width: 58, texts: t.questions.map((q) => q.shortTitle) },
      body: t.questions.map((q) => [
        String(q.number),
        q.text,
        q.boardRatingLabel !== null ? `${q.boardRatingLabel} (board’s agreed rating; school’s: ${q.schoolRatingLabel.replace(/ \(.*\)$/, '')})` : q.ratingLabel,
        q.evidenceLabel,
        q.weightLabel,
        q.redFlag === 'none' ? 'None' : `${q.redFlagLabel}${q.redFlagNote ? `: ${cellNote(q.redFlagNote, REDFLAG_CELL_NOTE)}` : ''}`,
      ]),
      columnStyles: {
        0: { cellWidth: 9, halign: 'center' },
        1: { cellWidth: 58 },
        2: { cellWidth: 20 },
        3: { cellWidth: 22 },
        4: { cellWidth: 14 },
        5: { cellWidth: 47 },
      },
      didParseCell: (data) => {
        if (data.section === 'body' && data.column.index === 5 && String(data.cell.raw).startsWith('Red flag:')) {
          data.cell.styles.textColor = RED;
        }
        if (data.section === 'body' && data.column.index === 5 && String(data.cell.raw) === 'Red flag') {
          data.cell.styles.textColor = RED;
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
  });
}

function drawNotes(w: Writer) {
  const { report } = w;
  w.section('notes', { fresh: report.trusts.length > 0 });
  if (report.trusts.length === 0) {
    w.paragraph('No trust has been added yet.', { color: MUTED });
    return;
  }
  const many = report.trusts.length > 1;
  report.trusts.forEach((t, index) => {
    if (many) {
      if (index > 0) w.newPage();
      w.subheading(t.name, 14, 40);
    }
    if (t.pack) {
      w.paragraph(
        `${t.name} sent a trust pack (${t.pack.preparedOnLabel}). What the trust says is marked “Provided by the trust”: nobody has checked it. Ratings, evidence and notes are the school’s own, marked “Checked by the school”.`,
        { size: 10, color: MUTED, gapAfter: 2 },
      );
      for (const a of t.pack.about) {
        w.paragraph(`${a.label} (provided by the trust)`, { size: 10, style: 'bold', gapAfter: 0.8 });
        w.paragraph(a.text, { size: 10, gapAfter: 2 });
      }
      if (t.pack.contacts.length > 0) {
        w.paragraph('Contacts (provided by the trust)', { size: 10, style: 'bold', gapAfter: 0.8 });
        w.bullets(t.pack.contacts);
      }
      if (t.pack.links.length > 0) {
        w.paragraph('Published documents (provided by the trust)', { size: 10, style: 'bold', gapAfter: 0.8 });
        w.bullets(t.pack.links.map((l) => `${l.title}: ${address(l.url)}`));
      }
    }
    for (const q of t.questions) {
      const heading = `Question ${q.number}: ${q.shortTitle}`;
      const textH = w.measure(q.text, 9.5, CONTENT_W, 'italic');
      w.y += 2;
      w.ensure(w.lineHeight(11.5) + textH + w.lineHeight(9.5) * 3 + 4);
      w.paragraph(heading, { size: 11.5, style: 'bold', gapAfter: 0.8 });
      const onBreak = () => w.continued(many ? `${heading}, ${t.name}` : heading);
      w.paragraph(q.text, { size: 9.5, style: 'italic', color: MUTED, gapAfter: 1, onBreak });
      // With a trust pack, what the school checked and what the trust says are labelled apart.
      if (q.providedByTrust !== null) w.paragraph('Checked by the school', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
      const ratingLine =
        q.boardRatingLabel !== null
          ? `Board’s agreed rating: ${q.boardRatingLabel} (used in the figures). School’s assessment: ${q.schoolRatingLabel}.`
          : `School’s assessment: ${q.schoolRatingLabel}.`;
      w.paragraph(`${ratingLine} Evidence: ${q.evidenceLabel}. Weight: ${q.weightLabel}.`, {
        size: 9.5,
        color: MUTED,
        gapAfter: 1.5,
        onBreak,
      });
      // A label is never left alone at the foot of a page.
      const keepLabel = () => {
        if (w.ensure(w.lineHeight(10) * 2.2)) onBreak();
      };
      if (q.redFlag !== 'none') {
        keepLabel();
        w.paragraph(q.redFlag === 'unresolved' ? 'Red flag' : 'Red flag (resolved)', {
          size: 10,
          style: 'bold',
          color: q.redFlag === 'unresolved' ? RED : MUTED,
          gapAfter: 0.8,
          onBreak,
        });
        w.paragraph(q.redFlagNote || 'No note given.', { size: 10, gapAfter: 2, onBreak });
      }
      if (q.notes) {
        keepLabel();
        w.paragraph('Notes', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
        w.paragraph(q.notes, { size: 10, gapAfter: 2, onBreak });
      } else if (q.redFlag === 'none') {
        w.paragraph('No notes recorded.', { size: 10, color: MUTED, gapAfter: 2, onBreak });
      }
      if (q.providedByTrust !== null) {
        keepLabel();
        w.paragraph('Provided by the trust (not checked)', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
        w.paragraph(q.providedByTrust || 'The trust’s pack has no answer to this question.', {
          size: 10,
          color: q.providedByTrust ? undefined : MUTED,
          gapAfter: q.providedLinks.length > 0 ? 0.8 : 2,
          onBreak,
        });
        q.providedLinks.forEach((l, i) =>
          w.paragraph(`${l.title}: ${address(l.url)}`, { size: 9.5, color: MUTED, gapAfter: i === q.providedLinks.length - 1 ? 2 : 0.5, onBreak }),
        );
      }
      w.doc.setDrawColor(...TRACK);
      w.doc.setLineWidth(0.3);
      if (w.y + 1 < BOTTOM) w.doc.line(MARGIN, w.y, MARGIN + CONTENT_W, w.y);
      w.y += 1;
    }
  });
}

function drawComparison(w: Writer) {
  const { report } = w;
  const comparison = report.comparison;
  if (!comparison) return;
  // Kept on one page when it fits: about 7.5 mm a row.
  w.section('comparison', { fresh: false, keep: Math.min(230, 25 + (comparison.rows.length + 1) * 7.5) });
  const n = comparison.head.length - 1;
  const firstW = 44;
  const each = (CONTENT_W - firstW) / n;
  w.table({
    continuedTitle: report.sections.find((s) => s.id === 'comparison')?.title,
    head: [comparison.head],
    body: comparison.rows,
    columnStyles: Object.fromEntries([
      [0, { cellWidth: firstW, fontStyle: 'bold' } as Partial<Styles>],
      ...Array.from({ length: n }, (_, i) => [i + 1, { cellWidth: each } as Partial<Styles>]),
    ]),
    didParseCell: (data) => {
      if (data.section === 'body' && String(data.cell.raw).endsWith('(red flag)')) data.cell.styles.textColor = RED;
    },
  });
}

/** The board meeting: the range of governors' views and the agreed ratings, then the decision as minuted. */
function drawMeeting(w: Writer) {
  const meeting = w.report.meeting;
  if (!meeting) return;
  w.section('meeting', { fresh: true });
  const title = w.report.sections.find((s) => s.id === 'meeting')?.title;
  for (const t of meeting.trusts) {
    w.subheading(t.trustName, 13, 40);
    w.paragraph(t.viewsLabel, { size: 10, color: MUTED, gapAfter: 2 });
    w.table({
      continuedTitle: title,
      head: [['No.', 'Question', 'Governors’ views', 'How far apart', 'Agreed']],
      body: t.questions.map((q) => [String(q.number), q.shortTitle, q.rangeLabel, q.spreadLabel, q.agreedLabel]),
      columnStyles: { 0: { cellWidth: 12, halign: 'center' }, 1: { cellWidth: 36 }, 2: { cellWidth: 56 }, 3: { cellWidth: 40 }, 4: { cellWidth: 26 } },
    });
    if (t.decision) {
      w.subheading(`Decision: ${t.decision.outcomeLabel}`, 12, 30);
      // The first paragraph is the title the sub-heading already gives.
      for (const text of t.decision.paragraphs.slice(1)) w.paragraph(text, { size: 10.5, gapAfter: 2.5 });
    }
  }
}

function drawStages(w: Writer) {
  const { report } = w;
  w.section('stages', { fresh: true });
  w.paragraph(`${capitalise(report.process.label)}.`, { size: 10.5, gapAfter: 1.5 });
  if (!report.process.profileComplete) {
    w.paragraph('The school profile is not finished, so some steps that apply to your school may not be listed yet.', {
      size: 10,
      color: MUTED,
    });
  }
  const body: RowInput[] = [];
  const leads: (string | null)[] = [];
  for (const stage of report.process.stages) {
    leads.push(null);
    body.push([
      {
        content: `${stage.title} (${stage.progressLabel}${stage.afterDecision ? ', after the board’s decision' : ''})`,
        colSpan: 4,
        styles: { fontStyle: 'bold', fillColor: [246, 247, 248] },
      },
    ]);
    for (const step of stage.steps) {
      leads.push(step.title);
      body.push([
        `${step.what}${step.note ? `\nNote: ${step.note}` : ''}`,
        step.statusLabel,
        step.isDecision ? `${step.weight.label}: the decision itself` : step.weight.label,
        step.legal?.summary ?? '',
      ]);
    }
  }
  w.y += 2;
  w.table({
    continuedTitle: report.sections.find((s) => s.id === 'stages')?.title,
    head: [['Step', 'Status', 'Legal weight', 'Legal status']],
    body,
    lead: { column: 0, width: 78, texts: leads },
    columnStyles: { 0: { cellWidth: 78 }, 1: { cellWidth: 20 }, 2: { cellWidth: 24 }, 3: { cellWidth: 48 } },
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 2 && String(data.cell.raw).startsWith('Legal ')) {
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
  w.subheading('Legal gates still to do before the decision', 12, 12);
  if (report.process.gatesOutstanding.length === 0) {
    const decision = report.process.gates.find((g) => g.isDecision);
    w.paragraph(
      decision && !decision.done
        ? `None: every legal precondition of the decision and the application is done. The board’s own resolution (“${decision.title}”) is the decision itself.`
        : 'None: every legal precondition of the decision and the application is done.',
      { size: 10 },
    );
  } else {
    w.bullets(report.process.gatesOutstanding.map((g) => `${g.title} (${g.stageTitle})`));
  }
  const later = report.process.gates.filter((g) => !g.beforeDecision);
  if (later.length > 0) {
    w.paragraph(
      `Legal preconditions of later steps: ${later.map((g) => `${g.title} (before ${g.preconditionOf}; ${g.done ? 'done' : 'to do'})`).join(', ')}.`,
      { size: 10, color: MUTED },
    );
  }
  if (report.process.duties.length > 0) {
    w.subheading('Legal duties', 12, 12);
    w.bullets(report.process.duties.map((d) => `${d.title} (${d.done ? 'done' : 'to do'}). If it is not done: ${d.consequence}`));
  }
}

function drawContext(w: Writer) {
  const { report } = w;
  if (report.context.length === 0) return;
  w.section('context', { fresh: false });
  for (const c of report.context) {
    // Keep a question and its notes on one page when they fit on one.
    const height =
      w.measure(`${c.question} ${c.answer}.`, 10.5, CONTENT_W, 'bold') +
      c.notes.reduce((sum, note) => sum + w.measure(note, 10) + 1.5, 0);
    w.ensure(Math.min(height + 4, 90));
    w.paragraph(`${c.question} ${c.answer}.`, { size: 10.5, style: 'bold', gapAfter: 1 });
    c.notes.forEach((note, i) => w.paragraph(note, { size: 10, gapAfter: i === c.notes.length - 1 ? 4 : 1.5 }));
  }
}

function drawNextSteps(w: Writer) {
  w.section('next-steps', { fresh: false });
  if (w.report.nextSteps.length === 0) {
    w.paragraph('Nothing outstanding.', { size: 10.5 });
    return;
  }
  w.bullets(
    w.report.nextSteps.map((s) => s.text),
    { numbered: true, size: 10.5 },
  );
}

function drawWeights(w: Writer) {
  const { report } = w;
  w.section('weights', { fresh: false, keep: 110 });
  w.paragraph(
    report.method.weightsChanged
      ? 'The board changed some weights from the defaults; both are shown.'
      : 'The default weights were used.',
    { size: 10, gapAfter: 2 },
  );
  w.table({
    head: [['No.', 'Question', 'Weight used', 'Default']],
    body: report.method.weights.map((x) => [String(x.number), x.shortTitle, x.weight === 0 ? '0 (left out)' : String(x.weight), String(x.defaultWeight)]),
    columnStyles: { 0: { cellWidth: 12, halign: 'center' }, 1: { cellWidth: 98 }, 2: { cellWidth: 30 }, 3: { cellWidth: 30 } },
  });
  w.subheading('Thresholds', 12, 30);
  w.table({
    head: [['Threshold', 'Value']],
    body: report.method.thresholds.map((x) => [x.label, x.value]),
    columnStyles: { 0: { cellWidth: 120 }, 1: { cellWidth: 50 } },
  });
  w.subheading('Scales', 12, 20);
  w.paragraph(`Rating points: ${report.method.ratingScale.map((r) => `${r.label} ${r.points}`).join(', ')}. “Not sure yet” has no points.`, {
    size: 10,
    gapAfter: 1.5,
  });
  w.paragraph(`Evidence: ${report.method.evidenceScale.map((e) => `${e.label} ${e.confidence}`).join(', ')}.`, { size: 10 });
}

function drawMethod(w: Writer) {
  w.section('method', { fresh: false, keep: 70 });
  for (const p of w.report.method.paragraphs) w.paragraph(p, { size: 10, gapAfter: 3 });
  w.paragraph(w.report.method.attribution, { size: 9.5, color: MUTED });
}

/** A web address broken after "/", "-", "." or "?" so that each line fits, never mid-word if it can help it. */
function wrapUrl(w: Writer, url: string, width: number): string[] {
  const parts = safe(address(url)).match(/[^/?&#.-]*[/?&#.-]*/g)?.filter(Boolean) ?? [url];
  const lines: string[] = [];
  let current = '';
  let used = 0;
  for (const part of parts) {
    const partWidth = w.doc.getTextWidth(part);
    if (current && used + partWidth > width) {
      lines.push(current);
      current = '';
      used = 0;
    }
    current += part;
    used += partWidth;
  }
  if (current) lines.push(current);
  // A single part longer than the line (rare) is broken by characters.
  return lines.flatMap((line) => (w.doc.getTextWidth(line) > width ? w.split(line, width) : [line]));
}

function drawSources(w: Writer) {
  w.section('sources', { fresh: false });
  if (w.report.sources.length === 0) {
    w.paragraph('No sources cited.', { color: MUTED });
    return;
  }
  const size = 9;
  const width = CONTENT_W - 8;
  const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  w.report.sources.forEach((s, i) => {
    const citation = `${sentence(s.title)} ${sentence(`${s.publisher}${s.dateLabel ? `, ${s.dateLabel}` : ''}`)}`;
    w.font(size, 'normal');
    const lines = w.split(citation, width);
    const url = s.url ? wrapUrl(w, s.url, width) : [];
    // Keep each entry, address included, on one page.
    w.ensure((lines.length + url.length) * w.lineHeight(size) + 1);
    w.font(size, 'normal', TEXT);
    w.doc.text(`${i + 1}.`, MARGIN + 1, w.y, { baseline: 'top' });
    w.paragraph({ lines }, { size, indent: 8, gapAfter: 0.3 });
    if (url.length > 0) w.paragraph({ lines: url }, { size, indent: 8, color: MUTED, gapAfter: 0 });
    w.y += 1.8;
  });
}

function drawDisclaimer(w: Writer) {
  const { report } = w;
  w.section('disclaimer', { fresh: false });
  w.paragraph(report.disclaimer.short, { size: 12, style: 'bold', gapAfter: 2 });
  w.paragraph(report.disclaimer.full, { size: 10.5, gapAfter: 3 });
  w.paragraph(
    `This report was made on ${report.generatedOnLabel} by “${report.toolName}” from what the school entered. It uses content version ${report.contentVersion}, checked against sources published up to ${report.reviewedOnLabel}. Nothing was sent anywhere: the report was made on this device.`,
    { size: 10 },
  );
}

/**
 * At the very end, the characters the font could not print (each shown as � where it is), so
 * that nothing is changed without saying so. The running header repeats only the school name,
 * which the cover has already printed, so nothing drawn after this can add to the list.
 */
function drawUnprintable(w: Writer) {
  const sentence = unprintableSentence(unprintable);
  if (!sentence) return;
  w.y += 6;
  w.ensure(30);
  w.paragraph('Characters that could not be printed', { size: 12, style: 'bold', gapAfter: 1.5 });
  w.paragraph(sentence, { size: 10 });
}

/** Header and footer on every page, drawn once the page count is known. */
function drawFurniture(w: Writer) {
  const { doc, report } = w;
  const total = doc.getNumberOfPages();
  const school = report.schoolName.length > 70 ? `${report.schoolName.slice(0, 69)}…` : report.schoolName;
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    if (page > 1) {
      w.font(8, 'normal', MUTED);
      doc.text(safe(`${report.title}: ${school}`), MARGIN, 12, { baseline: 'top' });
      doc.text(safe(report.disclaimer.short), PAGE_W - MARGIN, 12, { baseline: 'top', align: 'right' });
    }
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.25);
    doc.line(MARGIN, PAGE_H - 14, PAGE_W - MARGIN, PAGE_H - 14);
    w.font(8.5, 'normal', MUTED);
    doc.text(safe(`${report.generatedOnLabel}  ·  Content version ${report.contentVersion}`), MARGIN, PAGE_H - 12, {
      baseline: 'top',
    });
    w.font(8.5, 'bold', TEXT);
    doc.text(`Page ${page} of ${total}`, PAGE_W - MARGIN, PAGE_H - 12, { baseline: 'top', align: 'right' });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type JsPdfApi = { events: [string, unknown][]; processArabic?: unknown };

/** jsPDF's right-to-left reordering (its bidi engine), found by what it calls. */
const isBidiEngine = ([event, handler]: [string, unknown]) =>
  event === 'postProcessText' && typeof handler === 'function' && handler.toString().includes('doBidiReorder');

/**
 * Runs `draw` with jsPDF's Arabic shaping and right-to-left reordering switched off, then
 * puts them back. jsPDF runs both on every string it draws or measures; our font has no
 * Arabic or Hebrew (toPdfSafe prints them as �), so every string is left to right and they
 * change nothing, and they took about a fifth and a tenth of the time. Drawing is
 * synchronous, so nothing else can use jsPDF while they are off.
 */
function withoutArabicShaping<T>(api: JsPdfApi, draw: () => T): T {
  const { events, processArabic } = api;
  api.events = events.filter((entry) => entry[1] !== processArabic && !isBidiEngine(entry));
  delete api.processArabic;
  try {
    return draw();
  } finally {
    api.events = events;
    if (processArabic) api.processArabic = processArabic;
  }
}

/** Renders the report as an A4 PDF. Loads jsPDF on first use. */
export async function renderPdf(report: Report): Promise<PdfResult> {
  const [{ jsPDF }, { autoTable }, font] = await Promise.all([import('jspdf'), import('jspdf-autotable'), loadPdfFont()]);
  return withoutArabicShaping(jsPDF.API as unknown as JsPdfApi, () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
    addPdfFont(doc, font, jsPDF.API as unknown as PdfFontApi);
    unprintable = new Set<number>();
    const trusts = report.trustNames.join(', ');
    doc.setProperties({
      // Shown by the viewer in its own font, so every character is kept.
      title: toPdfMetadata(`${report.title}: ${report.schoolName}`),
      subject: toPdfMetadata(
        `Readiness to join a multi-academy trust${trusts ? `: ${trusts}` : ''}. ${report.verdict.bandLabel}. ${report.disclaimer.short}`,
      ),
      author: toPdfMetadata(report.toolName),
      creator: toPdfMetadata(report.toolName),
      keywords: toPdfMetadata(`academy trust, readiness, ${report.schoolName}, content ${report.contentVersion}`),
    });
    doc.setLanguage('en-GB');
    doc.viewerPreferences({ DisplayDocTitle: true });
    doc.setLineHeightFactor(LINE_FACTOR);

    const w = new Writer(doc, autoTable as AutoTable, report);
    drawCover(w);
    w.newPage();
    const contentsPage = w.page;
    doc.outline.add(null, 'Contents', { pageNumber: contentsPage });

    const drawers: Record<SectionId, (w: Writer) => void> = {
      verdict: drawVerdict,
      chart: drawChart,
      questions: drawQuestionTables,
      notes: drawNotes,
      comparison: drawComparison,
      stages: drawStages,
      context: drawContext,
      'next-steps': drawNextSteps,
      weights: drawWeights,
      method: drawMethod,
      sources: drawSources,
      disclaimer: drawDisclaimer,
      meeting: drawMeeting,
    };
    for (const section of report.sections) drawers[section.id](w);
    drawUnprintable(w);

    drawContents(w, contentsPage);
    drawFurniture(w);
    const bytes = new Uint8Array(doc.output('arraybuffer'));
    return { bytes, filename: pdfFilename(report), pageCount: doc.getNumberOfPages() };
  });
}
