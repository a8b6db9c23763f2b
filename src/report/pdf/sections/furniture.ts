import { MARGIN, MUTED, PAGE_H, PAGE_W, RULE, safe, TEXT, type Writer } from '../layout';

/** Header and footer on every page, drawn once the page count is known. */
export function drawFurniture(w: Writer) {
  const { doc, report } = w;
  const total = doc.getNumberOfPages();
  const school = report.schoolName.length > 70 ? `${report.schoolName.slice(0, 69)}…` : report.schoolName;
  for (let page = 1; page <= total; page += 1) {
    doc.setPage(page);
    if (page > 1) {
      w.font(8, 'normal', MUTED);
      doc.text(safe(`${report.title}: ${school}`), MARGIN, 12, { baseline: 'top' });
      doc.text(safe(report.disclaimer.short), PAGE_W - MARGIN, 12, { baseline: 'top', align: 'right' });
    }
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.25);
    doc.line(MARGIN, PAGE_H - 14, PAGE_W - MARGIN, PAGE_H - 14);
    w.font(8.5, 'normal', MUTED);
    doc.text(safe(`${report.generatedOnLabel}  ·  Content version ${report.contentVersion}`), MARGIN, PAGE_H - 12, {
      baseline: 'top',
    });
    w.font(8.5, 'bold', TEXT);
    doc.text(`Page ${page} of ${total}`, PAGE_W - MARGIN, PAGE_H - 12, { baseline: 'top', align: 'right' });
  }
}
