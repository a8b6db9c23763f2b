import type { Styles } from 'jspdf-autotable';
import { CONTENT_W, RED, type Writer } from '../layout';

export function drawComparison(w: Writer) {
  const { report } = w;
  const comparison = report.comparison;
  if (!comparison) return;
  // Kept on one page when it fits: about 7.5 mm a row.
  w.section('comparison', { fresh: false, keep: Math.min(230, 25 + (comparison.rows.length + 1) * 7.5) });
  // At most four trusts to a table, so that each column has room for its words.
  const PER_TABLE = 4;
  const trusts = comparison.head.length - 1;
  for (let from = 1; from <= trusts; from += PER_TABLE) {
    const columns = [0, ...Array.from({ length: Math.min(PER_TABLE, trusts - from + 1) }, (_, i) => from + i)];
    const n = columns.length - 1;
    const firstW = 44;
    const each = (CONTENT_W - firstW) / n;
    w.table({
      continuedTitle: report.sections.find((s) => s.id === 'comparison')?.title,
      head: [columns.map((c) => comparison.head[c] ?? '')],
      body: comparison.rows.map((row) => columns.map((c) => row[c] ?? '')),
      columnStyles: Object.fromEntries([
        [0, { cellWidth: firstW, fontStyle: 'bold' } as Partial<Styles>],
        ...Array.from({ length: n }, (_, i) => [i + 1, { cellWidth: each } as Partial<Styles>]),
      ]),
      didParseCell: (data) => {
        if (data.section === 'body' && String(data.cell.raw).endsWith('(red flag)')) data.cell.styles.textColor = RED;
      },
    });
  }
}
