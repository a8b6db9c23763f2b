import type { jsPDF as JsPdf } from 'jspdf';
import type { CellDef, RowInput, UserOptions } from 'jspdf-autotable';
import type { Report, SectionId } from '../build';
import { PDF_FONT } from '../pdf-font';
import { addressForPdf, toPdfSafe } from '../pdf-safe';

/*
 * The PDF's layout engine: A4 portrait, 20 mm margins, and a Writer that flows text and
 * tables down the page and on to new pages. It knows nothing of what a report says; each
 * section (sections/*.ts) uses it to draw its part of the report object.
 */

export type Rgb = [number, number, number];
export type AutoTable = (doc: JsPdf, options: UserOptions) => void;

export const PAGE_W = 210;
export const PAGE_H = 297;
export const MARGIN = 20;
export const CONTENT_W = PAGE_W - 2 * MARGIN;
export const TOP = MARGIN;
export const BOTTOM = PAGE_H - MARGIN;
/** Points to millimetres. */
export const PT = 25.4 / 72;
export const LINE_FACTOR = 1.35;

export const TEXT: Rgb = [11, 12, 12];
export const MUTED: Rgb = [80, 90, 95];
export const RULE: Rgb = [177, 180, 182];
export const TRACK: Rgb = [233, 235, 237];
export const ACCENT: Rgb = [29, 53, 87];
export const EVIDENCE_BAR: Rgb = [132, 155, 180];
export const RED: Rgb = [170, 20, 30];
export const HEAD_FILL: Rgb = [238, 240, 242];

/** Characters met while drawing that the font lacks, listed at the end (renderPdf resets it). */
let unprintable = new Set<number>();

/** Starts a new list of unprintable characters (once per PDF). */
export function resetUnprintable(): void {
  unprintable = new Set<number>();
}

/** The characters met so far that the font lacks. */
export function unprintableSoFar(): Set<number> {
  return unprintable;
}
/** Text as the PDF's font prints it (see pdf-safe.ts). */
export const safe = (text: string) => toPdfSafe(text, unprintable);
/** A web address, never changed (see addressForPdf). */
export const address = (url: string) => addressForPdf(url, unprintable);

export interface TextStyle {
  size?: number;
  style?: 'normal' | 'bold' | 'italic' | 'bolditalic';
  color?: Rgb;
  indent?: number;
  width?: number;
  gapAfter?: number;
}

export class Writer {
  y = TOP;
  readonly sectionPages: { id: SectionId; title: string; page: number; part: 'summary' | 'appendix' }[] = [];

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
  section(id: SectionId, opts: { fresh?: boolean; keep?: number; size?: number; gapBefore?: number } = {}) {
    const section = this.report.sections.find((s) => s.id === id);
    const title = section?.title ?? id;
    const size = opts.size ?? 17;
    if (opts.fresh ?? true) this.newPage();
    else {
      if (this.y > TOP) this.y += opts.gapBefore ?? 8;
      this.ensure(opts.keep ?? 50);
    }
    this.sectionPages.push({ id, title, page: this.page, part: section?.part ?? 'appendix' });
    this.doc.outline.add(null, safe(title), { pageNumber: this.page });
    this.font(size, 'bold', ACCENT);
    const lines = this.split(title, CONTENT_W);
    this.doc.text(lines, MARGIN, this.y, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
    this.y += lines.length * this.lineHeight(size) + 0.5;
    this.doc.setDrawColor(...ACCENT);
    this.doc.setLineWidth(size >= 17 ? 0.6 : 0.4);
    this.doc.line(MARGIN, this.y, MARGIN + CONTENT_W, this.y);
    this.y += size >= 17 ? 5 : 3;
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
    const suffix = ' (continued)';
    let title = safe(text);
    // A long title is shortened to one line.
    if (this.doc.getTextWidth(title + suffix) > CONTENT_W) {
      while (title.length > 1 && this.doc.getTextWidth(`${title}…${suffix}`) > CONTENT_W) title = title.slice(0, -1);
      title = `${title.trimEnd()}…`;
    }
    this.doc.text(title + suffix, MARGIN, this.y, { baseline: 'top' });
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


export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A web address broken after "/", "-", "." or "?" so that each line fits, never mid-word if it can help it. */
export function wrapUrl(w: Writer, url: string, width: number): string[] {
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

/** Text cut to at most `max` characters, at a space where it can be, with "…". */
export function cutText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

export const REDFLAG_CELL_NOTE = 150;

export function cellNote(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}… (in full under “Notes on each question”)`;
}
