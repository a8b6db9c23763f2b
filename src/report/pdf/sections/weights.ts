import type { Writer } from '../layout';

export function drawWeights(w: Writer) {
  const { report } = w;
  w.section('weights', { fresh: false, keep: 110 });
  w.paragraph(
    report.method.weightsChanged
      ? 'The board changed some weights from the defaults; both are shown.'
      : 'The default weights were used.',
    { size: 10, gapAfter: 2 },
  );
  w.table({
    head: [['No.', 'Question', 'Weight used', 'Default']],
    body: report.method.weights.map((x) => [String(x.number), x.shortTitle, x.weight === 0 ? '0 (left out)' : String(x.weight), String(x.defaultWeight)]),
    columnStyles: { 0: { cellWidth: 12, halign: 'center' }, 1: { cellWidth: 98 }, 2: { cellWidth: 30 }, 3: { cellWidth: 30 } },
  });
  w.subheading('Thresholds', 12, 30);
  w.table({
    head: [['Threshold', 'Value']],
    body: report.method.thresholds.map((x) => [x.label, x.value]),
    columnStyles: { 0: { cellWidth: 120 }, 1: { cellWidth: 50 } },
  });
  w.subheading('Scales', 12, 20);
  w.paragraph(`Rating points: ${report.method.ratingScale.map((r) => `${r.label} ${r.points}`).join(', ')}. “Not sure yet” has no points.`, {
    size: 10,
    gapAfter: 1.5,
  });
  w.paragraph(`Evidence: ${report.method.evidenceScale.map((e) => `${e.label} ${e.confidence}`).join(', ')}.`, { size: 10 });
}
