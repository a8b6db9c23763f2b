import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import elements from '@questions/elements.json';
import glossary from '@questions/glossary.json';
import meta from '@questions/meta.json';
import myths from '@questions/myths.json';
import pillars from '@questions/pillars.json';
import profile from '@questions/profile.json';
import sources from '@questions/sources.json';
import stages from '@questions/stages.json';
import tenQuestions from '@questions/ten-questions.json';
import { ContentError, parseContent, type RawContent } from '@/content/load';
import { mutate, mutation, path } from './mutate';

/**
 * parseContent guards the content in questions/. Over 4,000 generated inputs it may only
 * return valid content or throw a ContentError that lists problems: never a TypeError or
 * any other crash from inside the checks.
 */

export const CONTENT_CASES = { random: 1_300, mutated: 2_200, doubleMutated: 500 };
/** Each valid-content case validates all of questions/ (about 2 ms), so allow for a slow machine. */
const SLOW = 60_000;

const valid: RawContent = { meta, sources, pillars, tenQuestions, stages, profile, myths, glossary, elements };
const files = Object.keys(valid) as (keyof RawContent)[];

let ran = 0;
let rejected = 0;
function check(raw: RawContent): void {
  ran += 1;
  try {
    const content = parseContent(raw);
    expect(Array.isArray(content.profile)).toBe(true);
  } catch (error) {
    if (!(error instanceof ContentError)) {
      throw new Error(`parseContent threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`, { cause: error });
    }
    rejected += 1;
    expect(error.problems.length).toBeGreaterThan(0);
    for (const p of error.problems) expect(typeof p).toBe('string');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('parseContent throws nothing but ContentError', () => {
  it('accepts the real content (the base the mutations start from)', () => {
    expect(() => parseContent(valid)).not.toThrow();
  });

  it('on random values for any of the files', () => {
    const file = fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true }), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(
      fc.property(fc.record(Object.fromEntries(files.map((f) => [f, file])) as Record<keyof RawContent, fc.Arbitrary<unknown>>), fc.subarray(files), (random, keep) => {
        // Some files stay valid, so the checks get past the first file.
        const raw = { ...random } as RawContent;
        for (const f of keep) (raw as unknown as Record<string, unknown>)[f] = valid[f];
        check(raw);
      }),
      { numRuns: CONTENT_CASES.random },
    );
  }, SLOW);

  it('on the real content with one thing wrong: wrong types, missing fields, huge strings, bad keys, duplicates', () => {
    fc.assert(
      fc.property(path, mutation, (where, change) => check(mutate(valid, where, change) as RawContent)),
      { numRuns: CONTENT_CASES.mutated },
    );
  }, SLOW);

  it('on the real content with two things wrong', () => {
    fc.assert(
      fc.property(path, mutation, path, mutation, (w1, c1, w2, c2) => check(mutate(mutate(valid, w1, c1), w2, c2) as RawContent)),
      { numRuns: CONTENT_CASES.doubleMutated },
    );
  }, SLOW);
});

afterAll(() => {
  const planned = Object.values(CONTENT_CASES).reduce((a, b) => a + b, 0);
  expect(ran).toBeGreaterThanOrEqual(planned);
  // Most mutations must be caught, or the fuzzing is not reaching the checks.
  expect(rejected).toBeGreaterThan(ran / 2);
  console.info(`parseContent fuzz: ${ran} generated cases, ${rejected} rejected with ContentError, none threw anything else`);
});
