import { ACCENT, capitalise, MUTED, type Writer } from '../layout';
import { drawGrid } from './grid';
import { keyFigures } from './key-figures';

export function drawVerdict(w: Writer) {
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
