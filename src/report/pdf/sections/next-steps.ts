import type { Writer } from '../layout';

export function drawNextSteps(w: Writer) {
  w.section('next-steps', { fresh: false });
  if (w.report.nextSteps.length === 0) {
    w.paragraph('Nothing outstanding.', { size: 10.5 });
    return;
  }
  w.bullets(
    w.report.nextSteps.map((s) => s.text),
    { numbered: true, size: 10.5 },
  );
}
