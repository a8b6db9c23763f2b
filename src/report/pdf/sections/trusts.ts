import type { Styles } from 'jspdf-autotable';
import { RED, type Writer } from '../layout';

/** Column widths (mm, 170 in all): without, then with, the column giving each trust's number of schools. */
const WIDTHS = [45, 33, 27, 27, 20, 18];
const WIDTHS_WITH_SCHOOLS = [33, 33, 23, 24, 19, 17, 21];

/** The trusts side by side, one row each: where each stands, its fit, evidence, answers and open red flags (and its number of schools, if a pack gives it). */
export function drawTrusts(w: Writer) {
  const table = w.report.summary.trusts;
  w.section('trusts', { fresh: false, size: 14, gapBefore: 4, keep: 30 });
  const widths = table.head.length > WIDTHS.length ? WIDTHS_WITH_SCHOOLS : WIDTHS;
  w.table({
    head: [table.head],
    body: table.rows,
    columnStyles: Object.fromEntries(widths.map((width, i) => [i, { cellWidth: width, ...(i === 0 ? { fontStyle: 'bold' } : {}) } as Partial<Styles>])),
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 5 && String(data.cell.raw) !== '0') {
        data.cell.styles.textColor = RED;
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
  w.y -= 2;
}
