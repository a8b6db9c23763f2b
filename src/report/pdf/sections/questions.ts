import { cellNote, MUTED, RED, REDFLAG_CELL_NOTE, type Writer } from '../layout';

export function drawQuestionTables(w: Writer) {
  const { report } = w;
  w.section('questions', { fresh: report.trusts.length > 0 });
  if (report.trusts.length === 0) {
    w.paragraph('No trust has been added yet.', { color: MUTED });
    return;
  }
  report.trusts.forEach((t, index) => {
    if (index > 0) w.y += 4;
    w.subheading(t.name, 13, 40);
    const title = `${report.sections.find((s) => s.id === 'questions')?.title ?? ''}: ${t.name}`;
    w.table({
      continuedTitle: title,
      head: [['No.', 'Question', 'Rating', 'Evidence', 'Weight', 'Red flag']],
      lead: { column: 1, width: 58, texts: t.questions.map((q) => q.shortTitle) },
      body: t.questions.map((q) => [
        String(q.number),
        q.text,
        q.boardRatingLabel !== null ? `${q.boardRatingLabel} (board’s agreed rating; school’s: ${q.schoolRatingLabel.replace(/ \(.*\)$/, '')})` : q.ratingLabel,
        q.evidenceLabel,
        q.weightLabel,
        q.redFlag === 'none' ? 'None' : `${q.redFlagLabel}${q.redFlagNote ? `: ${cellNote(q.redFlagNote, REDFLAG_CELL_NOTE)}` : ''}`,
      ]),
      columnStyles: {
        0: { cellWidth: 9, halign: 'center' },
        1: { cellWidth: 58 },
        2: { cellWidth: 20 },
        3: { cellWidth: 22 },
        4: { cellWidth: 14 },
        5: { cellWidth: 47 },
      },
      didParseCell: (data) => {
        if (data.section === 'body' && data.column.index === 5 && String(data.cell.raw).startsWith('Red flag:')) {
          data.cell.styles.textColor = RED;
        }
        if (data.section === 'body' && data.column.index === 5 && String(data.cell.raw) === 'Red flag') {
          data.cell.styles.textColor = RED;
          data.cell.styles.fontStyle = 'bold';
        }
      },
    });
  });
}
