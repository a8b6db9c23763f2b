import { BOTTOM, LINE_FACTOR, MARGIN, MUTED, PAGE_W, safe, TEXT, type Writer } from '../layout';

/** The 2×2 grid of fit against evidence strength, each trust placed on it. */
export function drawGrid(w: Writer) {
  const { doc, report } = w;
  const placed = report.trusts.filter((t) => t.fit !== null && t.evidence !== null);
  const size = 66;
  w.subheading('Fit against evidence', 13, size + 20);
  w.paragraph(
    'Each trust placed by how good its answers are (up) and how well the school has checked them (across). The lines are where each fit label and each evidence level starts.',
    { size: 9.5, color: MUTED, gapAfter: 3 },
  );
  w.ensure(size + 14);
  const x0 = MARGIN + 10;
  const y0 = w.y;
  const { fitLevels, evidenceGrades } = report.method.grid;
  doc.setDrawColor(...TEXT);
  doc.setLineWidth(0.3);
  doc.rect(x0, y0, size, size, 'S');
  doc.setDrawColor(...MUTED);
  doc.setLineDashPattern([1, 1], 0);
  for (const g of evidenceGrades) if (g.from > 0) doc.line(x0 + size * g.from, y0, x0 + size * g.from, y0 + size);
  for (const f of fitLevels) if (f.from > 0) doc.line(x0, y0 + size * (1 - f.from), x0 + size, y0 + size * (1 - f.from));
  doc.setLineDashPattern([], 0);
  // Each fit label inside its band, at the left edge.
  w.font(7, 'bold', MUTED);
  fitLevels.forEach((f, i) => {
    const top = i === 0 ? 1 : (fitLevels[i - 1]?.from ?? 1);
    const middle = y0 + size * (1 - (top + f.from) / 2);
    doc.text(safe(f.label), x0 + 1.5, middle, { baseline: 'middle' });
  });
  w.font(8, 'normal', MUTED);
  doc.text('Evidence strength', x0 + size / 2, y0 + size + 2, { baseline: 'top', align: 'center' });
  doc.text('0%', x0, y0 + size + 2, { baseline: 'top' });
  doc.text('100%', x0 + size, y0 + size + 2, { baseline: 'top', align: 'right' });
  doc.text('Fit', x0 - 3, y0 + size / 2, { baseline: 'middle', align: 'right' });
  doc.text('100%', x0 - 1.5, y0, { baseline: 'top', align: 'right' });
  doc.text('0%', x0 - 1.5, y0 + size, { baseline: 'bottom', align: 'right' });

  placed.forEach((t) => {
    const i = report.trusts.indexOf(t);
    const px = x0 + size * (t.evidence ?? 0);
    const py = y0 + size * (1 - (t.fit ?? 0));
    doc.setFillColor(...TEXT);
    doc.circle(px, py, 1.6, 'F');
    w.font(9, 'bold', TEXT);
    const right = px + 6 < x0 + size;
    doc.text(String(i + 1), right ? px + 2.4 : px - 2.4, py, { baseline: 'middle', align: right ? 'left' : 'right' });
  });

  // Legend beside the grid
  const lx = x0 + size + 12;
  let ly = y0;
  if (placed.length === 0) {
    w.font(9.5, 'normal', MUTED);
    const lines = w.split('No trust placed yet: rate at least one question to place a trust on the grid.', PAGE_W - MARGIN - lx);
    doc.text(lines, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
  }
  const legend = report.trusts.map((t, i) => ({
    name: `${i + 1}  ${t.name}`,
    detail: t.fit === null ? 'Not yet placed.' : `${t.fitLabelWithFlags}: fit ${t.fitLabel}. ${t.evidenceGradeLabel}: evidence ${t.evidenceLabel}.`,
  }));
  const legendW = PAGE_W - MARGIN - lx;
  const legendH = legend.reduce((sum, l) => sum + w.measure(l.name, 9.5, legendW, 'bold') + w.measure(l.detail, 9, legendW) + 2.5, 0);
  if (y0 + legendH > BOTTOM) {
    // Too many trusts to list beside the grid: list them below it, flowing on to the next page.
    w.y = y0 + size + 12;
    for (const l of legend) {
      w.ensure(w.lineHeight(9.5) + w.lineHeight(9) * 2);
      w.paragraph(l.name, { size: 9.5, style: 'bold', gapAfter: 0.5 });
      w.paragraph(l.detail, { size: 9, color: MUTED, gapAfter: 2 });
    }
    return;
  }
  for (const l of legend) {
    w.font(9.5, 'bold', TEXT);
    const name = w.split(l.name, legendW);
    doc.text(name, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
    ly += name.length * w.lineHeight(9.5);
    w.font(9, 'normal', MUTED);
    const detail = w.split(l.detail, legendW);
    doc.text(detail, lx, ly, { baseline: 'top', lineHeightFactor: LINE_FACTOR });
    ly += detail.length * w.lineHeight(9) + 2.5;
  }
  w.y = Math.max(y0 + size + 9, ly) + 3;
}
