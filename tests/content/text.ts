import type { Content } from '@/content/schema';

/** One piece of user-facing text, with where it came from. */
export interface TextField {
  where: string;
  text: string;
}

/**
 * The guidance text whose readability we hold to a standard: why each question
 * matters, strong answers, red flags, what each step involves, the truth about
 * each myth and what to check locally, and glossary definitions.
 */
export function guidanceFields(content: Content): TextField[] {
  return [
    ...content.tenQuestions.questions.flatMap((q) => [
      { where: `${q.id}.whyItMatters`, text: q.whyItMatters },
      ...q.strongAnswer.map((text, i) => ({ where: `${q.id}.strongAnswer[${i}]`, text })),
      ...q.redFlags.map((text, i) => ({ where: `${q.id}.redFlags[${i}]`, text })),
    ]),
    ...content.stages.flatMap((s) =>
      s.steps.flatMap((step) => [
        { where: `${step.id}.what`, text: step.what },
        ...(step.variants ?? []).map((v, i) => ({ where: `${step.id}.variants[${i}].what`, text: v.what })),
      ]),
    ),
    ...content.myths.flatMap((m) => [
      { where: `${m.id}.truth`, text: m.truth },
      { where: `${m.id}.checkLocally`, text: m.checkLocally },
    ]),
    ...content.glossary.map((g) => ({ where: `${g.id}.definition`, text: g.definition })),
  ];
}

/**
 * Other running prose (summaries, context notes, the disclaimer). It is held to
 * the same readability standard as the guidance text.
 */
export function proseFields(content: Content): TextField[] {
  const { tenQuestions, stages, profile, pillars, elements, meta } = content;
  return [
    { where: 'meta.disclaimer', text: meta.disclaimer },
    { where: 'pillars.status', text: pillars.status },
    ...pillars.pillars.map((p) => ({ where: `${p.id}.summary`, text: p.summary })),
    { where: 'ten-questions.attribution.note', text: tenQuestions.attribution.note },
    ...stages.flatMap((s) => [
      { where: `${s.id}.summary`, text: s.summary },
      ...(s.variants ?? []).map((v, i) => ({ where: `${s.id}.variants[${i}].summary`, text: v.summary })),
    ]),
    ...profile.flatMap((p) => p.contextNotes.map((n, i) => ({ where: `${p.id}.contextNotes[${i}]`, text: n.note }))),
    ...elements.map((e) => ({ where: `${e.id}.summary`, text: e.summary })),
  ];
}

/** Short labels: titles, names, hints, evidence and document lists, durations. Too short to score for readability. */
export function labelFields(content: Content): TextField[] {
  const { tenQuestions, stages, profile, pillars, elements } = content;
  return [
    ...pillars.pillars.map((p) => ({ where: `${p.id}.name`, text: p.name })),
    ...tenQuestions.questions.flatMap((q) => [
      { where: `${q.id}.shortTitle`, text: q.shortTitle },
      ...q.evidence.map((text, i) => ({ where: `${q.id}.evidence[${i}]`, text })),
    ]),
    ...stages.flatMap((s) => [
      { where: `${s.id}.title`, text: s.title },
      ...(s.variants ?? []).flatMap((v, i) => (v.title ? [{ where: `${s.id}.variants[${i}].title`, text: v.title }] : [])),
      ...s.steps.flatMap((step) => [
        { where: `${step.id}.title`, text: step.title },
        { where: `${step.id}.duration`, text: step.duration },
        ...step.documents.map((text, i) => ({ where: `${step.id}.documents[${i}]`, text })),
      ]),
    ]),
    ...profile.flatMap((p) => [
      { where: `${p.id}.question`, text: p.question },
      ...(p.hint ? [{ where: `${p.id}.hint`, text: p.hint }] : []),
      ...p.options.flatMap((o) => [
        { where: `${p.id}.${o.value}.label`, text: o.label },
        ...(o.hint ? [{ where: `${p.id}.${o.value}.hint`, text: o.hint }] : []),
      ]),
    ]),
    ...elements.map((e) => ({ where: `${e.id}.title`, text: e.title })),
  ];
}

/** Myth claims: deliberately false statements, kept apart so checks on what we assert can skip them. */
export function mythClaims(content: Content): TextField[] {
  return content.myths.map((m) => ({ where: `${m.id}.claim`, text: m.claim }));
}

/** The legal basis notes on steps (statute names and section numbers). */
export function legalBasisFields(content: Content): TextField[] {
  return content.stages.flatMap((s) =>
    s.steps.flatMap((step) => (step.legal ? [{ where: `${step.id}.legal.basis`, text: step.legal.basis }] : [])),
  );
}

/** Everything we assert to users in our own words: all of the above except myth claims and legal notes. */
export function ourStatements(content: Content): TextField[] {
  return [...guidanceFields(content), ...proseFields(content), ...labelFields(content)];
}

/** Splits text into sentences on . ! ? followed by a space or the end. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
