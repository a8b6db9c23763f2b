import { ACCENT, CONTENT_W, MARGIN, RULE, safe, TEXT, TOP, type Writer } from '../layout';

/** The list of appendices, with their pages, drawn on the page kept for it once the pages are known. */
export function drawContents(w: Writer, contentsPage: number) {
  const { doc } = w;
  doc.setPage(contentsPage);
  let y = TOP;
  w.font(17, 'bold', ACCENT);
  doc.text('Appendices', MARGIN, y, { baseline: 'top' });
  y += w.lineHeight(17) + 1;
  doc.setDrawColor(...ACCENT);
  doc.setLineWidth(0.6);
  doc.line(MARGIN, y, MARGIN + CONTENT_W, y);
  y += 6;
  for (const entry of w.sectionPages.filter((e) => e.part === 'appendix')) {
    const title = safe(entry.title);
    w.font(11.5, 'normal', TEXT);
    doc.text(title, MARGIN, y, { baseline: 'top' });
    doc.text(String(entry.page), MARGIN + CONTENT_W, y, { baseline: 'top', align: 'right' });
    const from = MARGIN + doc.getTextWidth(title) + 2;
    const to = MARGIN + CONTENT_W - doc.getTextWidth(String(entry.page)) - 2;
    doc.setDrawColor(...RULE);
    doc.setLineWidth(0.25);
    doc.setLineDashPattern([0.4, 1.2], 0);
    doc.line(from, y + 3.2, to, y + 3.2);
    doc.setLineDashPattern([], 0);
    doc.link(MARGIN, y - 1, CONTENT_W, 7, { pageNumber: entry.page });
    y += 8.5;
  }
}
