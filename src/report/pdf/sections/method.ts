import { MUTED, type Writer } from '../layout';

export function drawMethod(w: Writer) {
  w.section('method', { fresh: false, keep: 70 });
  for (const p of w.report.method.paragraphs) w.paragraph(p, { size: 10, gapAfter: 3 });
  w.paragraph(w.report.method.attribution, { size: 9.5, color: MUTED });
}
