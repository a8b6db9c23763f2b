import type { Content, When } from './schema';

/** Every id in the content, with the file it lives in, for the uniqueness check. */
export function allIds(content: Content): { id: string; where: string }[] {
  return [
    ...content.sources.map((s) => ({ id: s.id, where: 'source' })),
    ...content.pillars.pillars.map((p) => ({ id: p.id, where: 'pillar' })),
    ...content.tenQuestions.questions.map((q) => ({ id: q.id, where: 'question' })),
    ...content.stages.map((s) => ({ id: s.id, where: 'stage' })),
    ...content.stages.flatMap((s) => s.steps.map((step) => ({ id: step.id, where: 'step' }))),
    ...content.profile.map((p) => ({ id: p.id, where: 'profile' })),
    ...content.myths.map((m) => ({ id: m.id, where: 'myth' })),
    ...content.glossary.map((g) => ({ id: g.id, where: 'glossary' })),
    ...content.elements.map((e) => ({ id: e.id, where: 'element' })),
  ];
}

/** Lists broken references: unknown sources, pillars, profile answers, steps; duplicate ids. */
export function crossReferenceProblems(content: Content): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { id, where } of allIds(content)) {
    const before = seen.get(id);
    if (before) problems.push(`id "${id}" is used twice (${before} and ${where})`);
    seen.set(id, where);
  }
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  const cite = (where: string, ids: string[] | undefined) => {
    for (const id of ids ?? []) {
      const source = sourceById.get(id);
      if (!source) problems.push(`${where} cites unknown source "${id}"`);
      else if (source.retired) problems.push(`${where} cites retired source "${id}"`);
    }
  };
  const pillarIds = new Set(content.pillars.pillars.map((p) => p.id));
  const profileById = new Map(content.profile.map((p) => [p.id, p]));
  const checkWhen = (where: string, when: When | undefined) => {
    for (const [questionId, values] of Object.entries(when ?? {})) {
      const question = profileById.get(questionId);
      if (!question) {
        problems.push(`${where} depends on unknown profile question "${questionId}"`);
        continue;
      }
      const allowed = new Set(question.options.map((o) => o.value));
      for (const value of values) {
        if (!allowed.has(value)) problems.push(`${where} depends on "${questionId}" = "${value}", which is not an option`);
      }
    }
  };

  cite(`ten questions attribution`, [content.tenQuestions.attribution.sourceId]);
  content.pillars.pillars.forEach((p) => cite(`pillar ${p.id}`, p.cites));
  content.tenQuestions.questions.forEach((q, index) => {
    cite(`question ${q.id}`, q.cites);
    if (q.number !== index + 1) problems.push(`question ${q.id} is number ${q.number} but stands at ${index + 1}`);
    for (const p of q.pillars) if (!pillarIds.has(p)) problems.push(`question ${q.id} names unknown pillar "${p}"`);
  });
  const stepIds = new Set<string>();
  for (const stage of content.stages) {
    cite(`stage ${stage.id}`, stage.cites);
    stage.variants?.forEach((v, i) => checkWhen(`stage ${stage.id} variant ${i + 1}`, v.when));
    for (const required of stage.requires) {
      if (!stepIds.has(required)) problems.push(`stage ${stage.id} requires "${required}", which is not a step in an earlier stage`);
    }
    for (const step of stage.steps) {
      cite(`step ${step.id}`, step.cites);
      checkWhen(`step ${step.id}`, step.when);
      checkWhen(`step ${step.id} (unless)`, step.unless);
      step.variants?.forEach((v, i) => {
        checkWhen(`step ${step.id} variant ${i + 1}`, v.when);
        cite(`step ${step.id} variant ${i + 1}`, v.cites);
      });
      const { kind } = step.weight;
      if ((kind === 'precondition' || kind === 'duty') && step.legal?.status !== 'in-force') {
        problems.push(`step ${step.id} is a legal ${kind}, so it needs a legal note on law in force`);
      }
    }
    stage.steps.forEach((s) => stepIds.add(s.id));
  }
  const decisions = content.stages.flatMap((stage) => stage.steps.filter((step) => step.decision).map((step) => ({ stage, step })));
  if (decisions.length > 1) problems.push(`only one step can be the decision, found ${decisions.map((d) => d.step.id).join(', ')}`);
  for (const { stage, step } of decisions) {
    if (step.weight.kind !== 'precondition') problems.push(`step ${step.id} is the decision, so it must be a legal precondition`);
    if (stage.afterDecision) problems.push(`step ${step.id} is the decision, so it cannot be in a stage after the decision`);
  }
  content.profile.forEach((p, index) => {
    cite(`profile ${p.id}`, p.cites);
    checkWhen(`profile ${p.id}`, p.when);
    checkWhen(`profile ${p.id} (unless)`, p.unless);
    for (const dependsOn of [...Object.keys(p.when ?? {}), ...Object.keys(p.unless ?? {})]) {
      const at = content.profile.findIndex((q) => q.id === dependsOn);
      if (at >= index) problems.push(`profile ${p.id} depends on "${dependsOn}", which is not asked before it`);
    }
    if (p.kind === 'choice' && p.options.length < 2) problems.push(`profile ${p.id} is a choice with fewer than two options`);
    if (p.kind === 'text' && p.options.length > 0) problems.push(`profile ${p.id} is free text but lists options`);
    for (const note of p.contextNotes) {
      cite(`profile ${p.id} context note`, note.cites);
      checkWhen(`profile ${p.id} context note`, note.when);
      checkWhen(`profile ${p.id} context note (unless)`, note.unless);
      for (const v of note.values) {
        if (!p.options.some((o) => o.value === v)) problems.push(`profile ${p.id} has a context note for unknown value "${v}"`);
      }
    }
  });
  content.myths.forEach((m) => cite(`myth ${m.id}`, m.cites));
  content.glossary.forEach((g) => cite(`glossary ${g.id}`, g.cites));
  content.elements.forEach((e) => cite(`element ${e.id}`, e.cites));
  return problems;
}
