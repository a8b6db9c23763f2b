// @vitest-environment node
import { describe, expect, it } from 'vitest';
import meta from '@questions/meta.json';
import sources from '@questions/sources.json';
import pillars from '@questions/pillars.json';
import tenQuestions from '@questions/ten-questions.json';
import stages from '@questions/stages.json';
import profile from '@questions/profile.json';
import myths from '@questions/myths.json';
import glossary from '@questions/glossary.json';
import elements from '@questions/elements.json';
import { content, ContentError, parseContent, type RawContent } from '@/content';

interface LooseStep {
  id: string;
  cites: string[];
  when?: Record<string, string[]>;
}

/** Just enough typing to break the copy in the ways these tests need. */
interface LooseRaw extends RawContent {
  stages: { stages: { id: string; requires: string[]; steps: LooseStep[] }[] };
  glossary: { id: string }[];
  myths: { id: string }[];
}

/** A fresh, deep copy of the real files, safe to break. */
function rawCopy(): LooseRaw {
  return structuredClone({ meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements }) as unknown as LooseRaw;
}

function problemsFor(raw: RawContent): string {
  try {
    parseContent(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the broken content to be rejected');
}

describe('questions/ content', () => {
  it('parses and validates every file', () => {
    expect(() => parseContent(rawCopy())).not.toThrow();
    expect(content.meta.contentVersion).toBe('2026.11.1');
    expect(content.meta.reviewedOn).toBe('2026-06-30');
    expect(content.tenQuestions.questions).toHaveLength(10);
    expect(content.pillars.pillars).toHaveLength(5);
    expect(content.elements).toHaveLength(8);
    expect(content.myths.length).toBeGreaterThanOrEqual(15);
  });

  it('rejects a step that cites an unknown source, naming it', () => {
    const raw = rawCopy();
    raw.stages.stages[0]!.steps[0]!.cites.push('no-such-source');
    const message = problemsFor(raw);
    expect(message).toContain('step agree-why cites unknown source "no-such-source"');
  });

  it('rejects a duplicate id across files, naming it', () => {
    const raw = rawCopy();
    raw.glossary[0]!.id = 'board-resolution';
    expect(problemsFor(raw)).toContain('id "board-resolution" is used twice');
  });

  it('rejects a condition on a profile answer that does not exist, naming it', () => {
    const raw = rawCopy();
    const step = raw.stages.stages.flatMap((s) => s.steps).find((s) => s.id === 'pfi-check')!;
    step.when = { pfi: ['maybe'] };
    expect(problemsFor(raw)).toContain('step pfi-check depends on "pfi" = "maybe", which is not an option');
  });

  it('rejects a stage that requires a step from a later stage, naming it', () => {
    const raw = rawCopy();
    raw.stages.stages[0]!.requires = ['board-resolution'];
    expect(problemsFor(raw)).toContain('stage deciding requires "board-resolution"');
  });

  it('rejects a badly formed id, naming the file and field', () => {
    const raw = rawCopy();
    raw.myths[0]!.id = 'Myth Profit';
    expect(problemsFor(raw)).toMatch(/myths\.json: 0\.id: ids are lower-case/);
  });
});
