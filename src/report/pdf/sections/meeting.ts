import { MUTED, type Writer } from '../layout';

/** The board meeting: the range of governors' views and the agreed ratings, then the decision as minuted. */
export function drawMeeting(w: Writer) {
  const meeting = w.report.meeting;
  if (!meeting) return;
  w.section('meeting', { fresh: true });
  const title = w.report.sections.find((s) => s.id === 'meeting')?.title;
  for (const t of meeting.trusts) {
    w.subheading(t.trustName, 13, 40);
    w.paragraph(t.viewsLabel, { size: 10, color: MUTED, gapAfter: 2 });
    w.table({
      continuedTitle: title,
      head: [['No.', 'Question', 'Governors’ views', 'How far apart', 'Agreed']],
      body: t.questions.map((q) => [String(q.number), q.shortTitle, q.rangeLabel, q.spreadLabel, q.agreedLabel]),
      columnStyles: { 0: { cellWidth: 12, halign: 'center' }, 1: { cellWidth: 36 }, 2: { cellWidth: 56 }, 3: { cellWidth: 40 }, 4: { cellWidth: 26 } },
    });
    if (t.decision) {
      w.subheading(`Decision: ${t.decision.outcomeLabel}`, 12, 30);
      // The first paragraph is the title the sub-heading already gives.
      for (const text of t.decision.paragraphs.slice(1)) w.paragraph(text, { size: 10.5, gapAfter: 2.5 });
    }
  }
}
