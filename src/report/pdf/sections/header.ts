import { ACCENT, CONTENT_W, MARGIN, MUTED, safe, TOP, type Writer } from '../layout';

/** The top of page 1: what this is, for which school and trusts, and when. The board summary follows at once. */
export function drawHeader(w: Writer) {
  const { doc, report } = w;
  w.y = TOP;
  w.font(10, 'bold', MUTED);
  doc.text(safe(report.toolName), MARGIN, w.y, { baseline: 'top' });
  w.y += w.lineHeight(10) + 1;
  w.paragraph(`${report.title}: board summary`, { size: 22, style: 'bold', color: ACCENT, gapAfter: 1.5 });
  w.paragraph(report.schoolName, { size: 14, style: 'bold', gapAfter: 1.5 });
  const trusts =
    report.trustNames.length === 0
      ? 'No trust added yet'
      : report.trustNames.length > 3
        ? `${report.trustNames.length} trusts considered (side by side below)`
        : `${report.trustNames.length === 1 ? 'Trust considered' : 'Trusts considered'}: ${report.trustNames.join(', ')}`;
  w.paragraph(`${trusts}. ${report.generatedOnLabel}.`, { size: 10, gapAfter: 1 });
  w.paragraph(
    `${report.disclaimer.short} This report records what the school entered in the tool; the decision is the governing board’s. The summary is on the first pages; the appendices after it hold the detail.`,
    { size: 8.5, color: MUTED, gapAfter: 1, width: CONTENT_W },
  );
}
