// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { content } from '@/content';

const seedsDir = path.resolve(__dirname, '../../../shared/seeds');
const storedCopy = path.resolve(__dirname, '../../questions/carter-ten-questions.txt');
const MARKER = 'Questions schools should ask a trust';

/** The ten questions as numbered lines 1–10 after the marker in the seed file, or undefined if no seed has them. */
function questionsFromSeeds(): string[] | undefined {
  if (!existsSync(seedsDir)) return undefined;
  for (const name of readdirSync(seedsDir).sort()) {
    const text = readFileSync(path.join(seedsDir, name), 'utf8');
    const at = text.indexOf(MARKER);
    if (at < 0) continue;
    const found: string[] = [];
    for (const line of text.slice(at).split(/\r?\n/)) {
      const m = /^\s*(\d{1,2})\.\s+(.+?)\s*$/.exec(line);
      if (m && Number(m[1]) === found.length + 1) found.push(m[2]!);
      if (found.length === 10) return found;
    }
  }
  return undefined;
}

function storedQuestions(): string[] {
  return readFileSync(storedCopy, 'utf8').split(/\r?\n/).filter((line) => line !== '');
}

describe("Carter's ten questions", () => {
  const json = content.tenQuestions.questions.map((q) => q.text);

  it('match the source word for word (the seed when present, else the stored copy)', () => {
    const expected = questionsFromSeeds() ?? storedQuestions();
    expect(expected).toHaveLength(10);
    expect(json).toEqual(expected);
  });

  it('are stored one a line, verbatim, in questions/carter-ten-questions.txt', () => {
    expect(storedQuestions()).toEqual(json);
    expect(readFileSync(storedCopy, 'utf8').endsWith('\n')).toBe(true);
  });

  it('keep the seed’s own spelling, e.g. "three years time" with no apostrophe', () => {
    expect(json[9]).toBe('If we join, what will the Trust be like in three years time?');
  });

  it('are credited to Sir David Carter as published by Prince Regent Street Trust, not as DfE guidance', () => {
    const { attribution } = content.tenQuestions;
    expect(attribution.author).toBe('Sir David Carter');
    expect(attribution.role).toBe('National Schools Commissioner 2016–18');
    expect(attribution.publishedBy).toBe('Prince Regent Street Trust');
    expect(attribution.note).toMatch(/not DfE guidance/);
    expect(attribution.note).toMatch(/attributed to Sir David Carter \(National Schools Commissioner 2016–18\), as published by Prince Regent Street Trust/);
    expect(attribution.note).not.toMatch(/Carter wrote/);
    const source = content.sources.find((s) => s.id === attribution.sourceId);
    expect(source?.url).toBe('https://www.princeregenttrust.co.uk/wp-content/uploads/2023/03/Sir-David-Carter-Questions.pdf');
  });

  it('have the agreed ids, short titles and default weights', () => {
    expect(content.tenQuestions.questions.map((q) => [q.id, q.defaultWeight])).toEqual([
      ['q01-values', 1.5],
      ['q02-autonomy', 1],
      ['q03-standards', 1.5],
      ['q04-improvement', 1.5],
      ['q05-supporting-others', 0.75],
      ['q06-members-trustees', 1],
      ['q07-local-boards', 1],
      ['q08-communication', 1],
      ['q09-influence', 1],
      ['q10-three-years', 1],
    ]);
    for (const q of content.tenQuestions.questions) expect(q.shortTitle.length).toBeLessThanOrEqual(24);
  });
});
