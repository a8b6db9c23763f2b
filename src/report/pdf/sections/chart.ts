import type { ReportQuestionRow } from '../../build';
import { ACCENT, EVIDENCE_BAR, MARGIN, MUTED, RED, safe, TEXT, TRACK, type Rgb, type Writer } from '../layout';
import { keyFigures } from './key-figures';

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

export function drawChart(w: Writer) {
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
