import type { Writer } from '../layout';

export function drawDisclaimer(w: Writer) {
  const { report } = w;
  w.section('disclaimer', { fresh: false });
  w.paragraph(report.disclaimer.short, { size: 12, style: 'bold', gapAfter: 2 });
  w.paragraph(report.disclaimer.full, { size: 10.5, gapAfter: 3 });
  w.paragraph(
    `This report was made on ${report.generatedOnLabel} by “${report.toolName}” from what the school entered. It uses content version ${report.contentVersion}, checked against sources published up to ${report.reviewedOnLabel}. Nothing was sent anywhere: the report was made on this device.`,
    { size: 10 },
  );
}
