import { address, BOTTOM, CONTENT_W, MARGIN, MUTED, RED, TRACK, type Writer } from '../layout';

export function drawNotes(w: Writer) {
  const { report } = w;
  w.section('notes', { fresh: report.trusts.length > 0 });
  if (report.trusts.length === 0) {
    w.paragraph('No trust has been added yet.', { color: MUTED });
    return;
  }
  const many = report.trusts.length > 1;
  report.trusts.forEach((t, index) => {
    if (many) {
      if (index > 0) w.newPage();
      w.subheading(t.name, 14, 40);
    }
    if (t.pack) {
      w.paragraph(
        `${t.name} sent a trust pack (${t.pack.preparedOnLabel}). What the trust says is marked “Provided by the trust”: nobody has checked it. Ratings, evidence and notes are the school’s own, marked “Checked by the school”.`,
        { size: 10, color: MUTED, gapAfter: 2 },
      );
      for (const a of t.pack.about) {
        w.paragraph(`${a.label} (provided by the trust)`, { size: 10, style: 'bold', gapAfter: 0.8 });
        w.paragraph(a.text, { size: 10, gapAfter: 2 });
      }
      if (t.pack.contacts.length > 0) {
        w.paragraph('Contacts (provided by the trust)', { size: 10, style: 'bold', gapAfter: 0.8 });
        w.bullets(t.pack.contacts);
      }
      if (t.pack.links.length > 0) {
        w.paragraph('Published documents (provided by the trust)', { size: 10, style: 'bold', gapAfter: 0.8 });
        w.bullets(t.pack.links.map((l) => `${l.title}: ${address(l.url)}`));
      }
    }
    for (const q of t.questions) {
      const heading = `Question ${q.number}: ${q.shortTitle}`;
      const textH = w.measure(q.text, 9.5, CONTENT_W, 'italic');
      w.y += 2;
      w.ensure(w.lineHeight(11.5) + textH + w.lineHeight(9.5) * 3 + 4);
      w.paragraph(heading, { size: 11.5, style: 'bold', gapAfter: 0.8 });
      const onBreak = () => w.continued(many ? `${heading}, ${t.name}` : heading);
      w.paragraph(q.text, { size: 9.5, style: 'italic', color: MUTED, gapAfter: 1, onBreak });
      // With a trust pack, what the school checked and what the trust says are labelled apart.
      if (q.providedByTrust !== null) w.paragraph('Checked by the school', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
      const ratingLine =
        q.boardRatingLabel !== null
          ? `Board’s agreed rating: ${q.boardRatingLabel} (used in the figures). School’s assessment: ${q.schoolRatingLabel}.`
          : `School’s assessment: ${q.schoolRatingLabel}.`;
      w.paragraph(`${ratingLine} Evidence: ${q.evidenceLabel}. Weight: ${q.weightLabel}.`, {
        size: 9.5,
        color: MUTED,
        gapAfter: 1.5,
        onBreak,
      });
      // A label is never left alone at the foot of a page.
      const keepLabel = () => {
        if (w.ensure(w.lineHeight(10) * 2.2)) onBreak();
      };
      if (q.redFlag !== 'none') {
        keepLabel();
        w.paragraph(q.redFlag === 'unresolved' ? 'Red flag' : 'Red flag (resolved)', {
          size: 10,
          style: 'bold',
          color: q.redFlag === 'unresolved' ? RED : MUTED,
          gapAfter: 0.8,
          onBreak,
        });
        w.paragraph(q.redFlagNote || 'No note given.', { size: 10, gapAfter: 2, onBreak });
      }
      if (q.notes) {
        keepLabel();
        w.paragraph('Notes', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
        w.paragraph(q.notes, { size: 10, gapAfter: 2, onBreak });
      } else if (q.redFlag === 'none') {
        w.paragraph('No notes recorded.', { size: 10, color: MUTED, gapAfter: 2, onBreak });
      }
      if (q.providedByTrust !== null) {
        keepLabel();
        w.paragraph('Provided by the trust (not checked)', { size: 10, style: 'bold', gapAfter: 0.8, onBreak });
        w.paragraph(q.providedByTrust || 'The trust’s pack has no answer to this question.', {
          size: 10,
          color: q.providedByTrust ? undefined : MUTED,
          gapAfter: q.providedLinks.length > 0 ? 0.8 : 2,
          onBreak,
        });
        q.providedLinks.forEach((l, i) =>
          w.paragraph(`${l.title}: ${address(l.url)}`, { size: 9.5, color: MUTED, gapAfter: i === q.providedLinks.length - 1 ? 2 : 0.5, onBreak }),
        );
      }
      w.doc.setDrawColor(...TRACK);
      w.doc.setLineWidth(0.3);
      if (w.y + 1 < BOTTOM) w.doc.line(MARGIN, w.y, MARGIN + CONTENT_W, w.y);
      w.y += 1;
    }
  });
}
