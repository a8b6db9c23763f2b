import { ACCENT, capitalise, MUTED, type Writer } from '../layout';
import { drawGrid } from './grid';
import { keyFigures } from './key-figures';

/** Each trust's band, figures and reasons, then the grid of fit against evidence (an appendix). */
export function drawReasons(w: Writer) {
  const { report } = w;
  w.section('reasons');
  report.trusts.forEach((t, index) => {
    if (index > 0) w.y += 3;
    w.subheading(t.name, 13, 30);
    // The board's decision heads a trust it has decided on: the school's record is described beside it, never argued with.
    const decided = report.verdict.decision?.trustId === t.id ? report.verdict.decision : null;
    w.paragraph(decided ? `${decided.outcomeLabel} (the board’s decision).` : `${t.bandLabel}.`, { size: 11, style: 'bold', color: ACCENT, gapAfter: 1.5 });
    w.paragraph(`${keyFigures(t)} ${t.ratingsUsed}`, { size: 10, color: MUTED, gapAfter: 2.5 });
    w.ensure(15);
    w.paragraph(decided ? 'What the school’s record shows:' : t.band === 'decide' ? `Why it is ${t.bandLabel.charAt(0).toLowerCase()}${t.bandLabel.slice(1)}:` : `Why it is “${t.bandLabel}”:`, {
      size: 10.5,
      style: 'bold',
      gapAfter: 1,
    });
    w.bullets(t.reasons.map(capitalise));
    if (t.conditions.length > 0) {
      w.ensure(15);
      w.paragraph(decided ? 'Still to do:' : 'Conditions to meet before deciding:', { size: 10.5, style: 'bold', gapAfter: 1 });
      w.bullets(t.conditions.map(capitalise));
    }
    const resolved = t.redFlags.filter((f) => f.resolved);
    if (resolved.length > 0) {
      w.paragraph(
        `Red flags since resolved: ${resolved.map((f) => `question ${f.number} (${f.shortTitle})`).join(', ')}.`,
        { size: 10, color: MUTED },
      );
    }
  });
  drawGrid(w);
}
