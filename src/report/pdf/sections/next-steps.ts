import { MUTED, type Writer } from '../layout';

/** The next steps in the summary: the first few, with a pointer to the rest. */
export function drawNextSteps(w: Writer) {
  const { report } = w;
  w.section('next-steps', { fresh: false, size: 14, gapBefore: 4, keep: 25 });
  if (report.summary.nextSteps.length === 0) {
    w.paragraph('Nothing outstanding.', { size: 10 });
    return;
  }
  w.bullets(
    report.summary.nextSteps.map((s) => s.text),
    { numbered: true, size: 10 },
  );
  if (report.summary.moreNextSteps > 0) {
    const all = report.sections.find((s) => s.id === 'all-next-steps')?.title ?? '';
    w.paragraph(`${report.summary.moreNextSteps} more in “${all}”.`, { size: 9.5, color: MUTED });
  }
}

/** Every next step (an appendix, when the summary could not list them all). */
export function drawAllNextSteps(w: Writer) {
  w.section('all-next-steps', { fresh: false });
  w.bullets(
    w.report.nextSteps.map((s) => s.text),
    { numbered: true, size: 10.5 },
  );
}
