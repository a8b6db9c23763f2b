import { MUTED, RED, type Writer } from '../layout';

/** The open red flags, each with its note cut short (in full in the appendices). */
export function drawRedFlags(w: Writer) {
  const { report } = w;
  const { openRedFlags, moreRedFlags } = report.summary;
  w.section('red-flags', { fresh: false, size: 14, gapBefore: 4, keep: 25 });
  if (openRedFlags.length === 0) {
    w.paragraph('None open.', { size: 10 });
    return;
  }
  const several = report.trusts.length > 1;
  w.bullets(
    openRedFlags.map((f) => `Question ${f.number} (${f.shortTitle})${several ? `, ${f.trustName}` : ''}: ${f.note || 'no note given.'}`),
    { size: 10, color: RED },
  );
  if (moreRedFlags > 0) {
    const notes = report.sections.find((s) => s.id === 'notes')?.title ?? '';
    w.paragraph(`${moreRedFlags} more open red flag${moreRedFlags === 1 ? ' is' : 's are'} in “${notes}”.`, { size: 9.5, color: MUTED });
  }
}
