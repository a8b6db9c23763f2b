import { CONTENT_W, MARGIN, MUTED, TEXT, wrapUrl, type Writer } from '../layout';

export function drawSources(w: Writer) {
  w.section('sources', { fresh: false });
  if (w.report.sources.length === 0) {
    w.paragraph('No sources cited.', { color: MUTED });
    return;
  }
  const size = 9;
  const width = CONTENT_W - 8;
  const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
  w.report.sources.forEach((s, i) => {
    const citation = `${sentence(s.title)} ${sentence(`${s.publisher}${s.dateLabel ? `, ${s.dateLabel}` : ''}`)}`;
    w.font(size, 'normal');
    const lines = w.split(citation, width);
    const url = s.url ? wrapUrl(w, s.url, width) : [];
    // Keep each entry, address included, on one page.
    w.ensure((lines.length + url.length) * w.lineHeight(size) + 1);
    w.font(size, 'normal', TEXT);
    w.doc.text(`${i + 1}.`, MARGIN + 1, w.y, { baseline: 'top' });
    w.paragraph({ lines }, { size, indent: 8, gapAfter: 0.3 });
    if (url.length > 0) w.paragraph({ lines: url }, { size, indent: 8, color: MUTED, gapAfter: 0 });
    w.y += 1.8;
  });
}
