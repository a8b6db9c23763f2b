import type { RowInput } from 'jspdf-autotable';
import { capitalise, MUTED, type Writer } from '../layout';

export function drawStages(w: Writer) {
  const { report } = w;
  w.section('stages', { fresh: true });
  w.paragraph(`${capitalise(report.process.label)}.`, { size: 10.5, gapAfter: 1.5 });
  if (!report.process.profileComplete) {
    w.paragraph('The school profile is not finished, so some steps that apply to your school may not be listed yet.', {
      size: 10,
      color: MUTED,
    });
  }
  const body: RowInput[] = [];
  const leads: (string | null)[] = [];
  for (const stage of report.process.stages) {
    leads.push(null);
    body.push([
      {
        content: `${stage.title} (${stage.progressLabel}${stage.afterDecision ? ', after the board’s decision' : ''})`,
        colSpan: 4,
        styles: { fontStyle: 'bold', fillColor: [246, 247, 248] },
      },
    ]);
    for (const step of stage.steps) {
      leads.push(step.title);
      body.push([
        `${step.what}${step.note ? `\nNote: ${step.note}` : ''}`,
        step.statusLabel,
        step.isDecision ? `${step.weight.label}: the decision itself` : step.weight.label,
        step.legal?.summary ?? '',
      ]);
    }
  }
  w.y += 2;
  w.table({
    continuedTitle: report.sections.find((s) => s.id === 'stages')?.title,
    head: [['Step', 'Status', 'Legal weight', 'Legal status']],
    body,
    lead: { column: 0, width: 78, texts: leads },
    columnStyles: { 0: { cellWidth: 78 }, 1: { cellWidth: 20 }, 2: { cellWidth: 24 }, 3: { cellWidth: 48 } },
    didParseCell: (data) => {
      if (data.section === 'body' && data.column.index === 2 && String(data.cell.raw).startsWith('Legal ')) {
        data.cell.styles.fontStyle = 'bold';
      }
    },
  });
  w.subheading('Legal gates still to do before the decision', 12, 12);
  if (report.process.gatesOutstanding.length === 0) {
    const decision = report.process.gates.find((g) => g.isDecision);
    w.paragraph(
      decision && !decision.done
        ? `None: every legal precondition of the decision and the application is done. The board’s own resolution (“${decision.title}”) is the decision itself.`
        : 'None: every legal precondition of the decision and the application is done.',
      { size: 10 },
    );
  } else {
    w.bullets(report.process.gatesOutstanding.map((g) => `${g.title} (${g.stageTitle})`));
  }
  const later = report.process.gates.filter((g) => !g.beforeDecision);
  if (later.length > 0) {
    w.paragraph(
      `Legal preconditions of later steps: ${later.map((g) => `${g.title} (before ${g.preconditionOf}; ${g.done ? 'done' : 'to do'})`).join(', ')}.`,
      { size: 10, color: MUTED },
    );
  }
  if (report.process.duties.length > 0) {
    w.subheading('Legal duties', 12, 12);
    w.bullets(report.process.duties.map((d) => `${d.title} (${d.done ? 'done' : 'to do'}). If it is not done: ${d.consequence}`));
  }
}
