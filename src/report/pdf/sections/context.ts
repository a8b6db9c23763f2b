import { CONTENT_W, MUTED, type Writer } from '../layout';

export function drawContext(w: Writer) {
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
    c.notes.forEach((note) => w.paragraph(note, { size: 10, gapAfter: 1.5 }));
    w.paragraph(c.checked, { size: 9, color: MUTED, gapAfter: 4 });
  }
}
