import { ACCENT, capitalise, CONTENT_W, MARGIN, MUTED, type Writer } from '../layout';

/**
 * The verdict and why, in a box: the board's decision in the minutes' words when it has
 * recorded one (the verdict then describes the school's record beside it), otherwise the band.
 */
const shorten = (name: string) => (name.length > 60 ? `${name.slice(0, 59).trimEnd()}…` : name);

export function drawVerdict(w: Writer) {
  const { doc, report } = w;
  const { verdict, summary } = report;
  const decision = verdict.decision;
  w.section('verdict', { fresh: false, size: 14, gapBefore: 5, keep: 40 });
  const inner = CONTENT_W - 10;
  const label = decision ? 'THE BOARD’S DECISION' : 'VERDICT';
  const headline = decision ? `${decision.outcomeLabel}: ${shorten(decision.trustName)}` : `${verdict.headline}${verdict.trustName ? ` (${shorten(verdict.trustName)})` : ''}`;
  const lines = [
    { text: headline, size: 16, style: 'bold' as const },
    ...(decision?.meetingLabel ? [{ text: decision.meetingLabel, size: 10, style: 'normal' as const }] : []),
    { text: verdict.summary, size: 10.5, style: 'normal' as const },
  ];
  const boxTop = w.y;
  const boxH = 5 + w.lineHeight(9) + 1.5 + lines.reduce((sum, l) => sum + w.measure(l.text, l.size, inner, l.style) + 2, 0) + 2;
  // The box is drawn first and the text on it; a verdict too long for the page (never in practice) flows on without it.
  if (boxTop + boxH <= 277) {
    doc.setFillColor(246, 247, 248);
    doc.rect(MARGIN, boxTop, CONTENT_W, boxH, 'F');
    doc.setFillColor(...ACCENT);
    doc.rect(MARGIN, boxTop, 2.5, boxH, 'F');
  }
  w.y = boxTop + 4;
  w.paragraph(label, { size: 9, style: 'bold', color: MUTED, indent: 7, width: inner, gapAfter: 1.5 });
  for (const l of lines) w.paragraph(l.text, { size: l.size, style: l.style, color: l.style === 'bold' ? ACCENT : undefined, indent: 7, width: inner, gapAfter: 2 });
  w.y = Math.max(w.y, boxTop + boxH) + 3;
  if (summary.conditions.length > 0) {
    w.paragraph(decision ? 'The board’s conditions' : 'Conditions', { size: 10.5, style: 'bold', gapAfter: 1 });
    w.bullets(summary.conditions.map(capitalise), { size: 10 });
    const more = verdict.conditions.length - summary.conditions.length;
    if (more > 0) w.paragraph(`${more} more in “${report.sections.find((s) => s.id === (decision ? 'meeting' : 'reasons'))?.title ?? ''}”.`, { size: 9.5, color: MUTED });
  }
  if (summary.reasons.length > 0) {
    w.paragraph('Why', { size: 10.5, style: 'bold', gapAfter: 1 });
    w.bullets(summary.reasons.map(capitalise), { size: 10 });
  }
}
