import type { Styles } from 'jspdf-autotable';
import { RED, type Writer } from '../layout';

/** The trusts side by side, one row each: where each stands, its fit, evidence, answers and open red flags. */
export function drawTrusts(w: Writer) {
  const table = w.report.summary.trusts;
  w.section('trusts', { fresh: false, size: 14, gapBefore: 4, keep: 30 });
  const widths = [45, 33, 27, 27, 20, 18];
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
