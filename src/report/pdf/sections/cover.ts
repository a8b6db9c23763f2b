import { ACCENT, CONTENT_W, MARGIN, MUTED, RULE, safe, type Writer } from '../layout';

export function drawCover(w: Writer) {
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
