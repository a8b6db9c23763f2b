import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { content } from '@/content';
import { answersSchema } from '@/domain/answers-schema';
import { MAX_FILE_BYTES, readSaveFile, toSaveFile, type ReadResult } from '@/domain/save-file';
import { answersFor } from '../fixtures/arbitraries';
import { mutate, mutation, path } from './mutate';

/**
 * readSaveFile takes whatever a user picks in a file dialog. Over 6,000 generated files it
 * must never throw, must answer in the documented shape, and must never let a file reach
 * Object.prototype.
 */

const SLOW = 60_000;
export const SAVE_FILE_CASES = { text: 1_200, json: 1_200, anything: 800, mutated: 2_000, truncated: 800 };

let ran = 0;
function check(text: string): void {
  ran += 1;
  let result: ReadResult;
  try {
    result = readSaveFile(text, content);
  } catch (error) {
    throw new Error(`readSaveFile threw on ${JSON.stringify(text.slice(0, 200))}: ${String(error)}`, { cause: error });
  }
  if (result.ok) {
    expect(answersSchema.safeParse(result.answers).success).toBe(true);
    expect(Array.isArray(result.dropped)).toBe(true);
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p).toBe('string');
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const validFile = answersFor(content).map((answers) => toSaveFile(answers, content.meta.contentVersion, '2026-11-25T10:00:00.000Z'));

describe('readSaveFile never throws', () => {
  it('on any text at all (including lone surrogates and control characters)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 })), check),
      { numRuns: SAVE_FILE_CASES.text },
    );
  }, SLOW);

  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => check(JSON.stringify(value) ?? 'null')),
      { numRuns: SAVE_FILE_CASES.json },
    );
  }, SLOW);

  it('on any JSON-able thing, with prototype-looking keys', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: false, withBoxedValues: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false, withObjectString: true, withNullPrototype: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'answers', 'format', 'version', 'polluted')) }),
        // JSON.stringify leaves out a key called __proto__ (it is the prototype, not a key), so
        // the keys are written back as text: the file then really holds "__proto__": {…}.
        (value) => check((JSON.stringify(value) ?? '').replaceAll('"prototype"', '"__proto__"')),
      ),
      { numRuns: SAVE_FILE_CASES.anything },
    );
  }, SLOW);

  it('on valid save files with one thing wrong: wrong types, missing fields, huge strings, bad keys', () => {
    fc.assert(
      fc.property(validFile, path, mutation, (file, where, change) => check(JSON.stringify(mutate(file, where, change)) ?? '')),
      { numRuns: SAVE_FILE_CASES.mutated },
    );
  }, SLOW);

  it('on valid save files cut short, or padded past the size limit (refused for its size)', () => {
    fc.assert(
      fc.property(validFile, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (file, at, pad) => {
        const text = JSON.stringify(file);
        if (!pad) return check(text.slice(0, Math.floor(text.length * at)));
        check(text + ' '.repeat(MAX_FILE_BYTES));
        const result = readSaveFile(text + ' '.repeat(MAX_FILE_BYTES), content);
        expect(result.ok).toBe(false);
        expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining('too big')]);
      }),
      { numRuns: SAVE_FILE_CASES.truncated },
    );
  }, SLOW);

  it('refuses a file with "__proto__" anywhere in it, and never lets it set a property on Object.prototype', () => {
    fc.assert(
      fc.property(validFile, path, (file, where) => {
        // Put {"__proto__": {"polluted": true}} inside a valid file, at a random object in it.
        const marked = mutate(file, where, { kind: 'rename-key', to: 'polluted-marker' });
        const json = JSON.stringify(marked);
        const text = json.includes('"polluted-marker":')
          ? json.replace('"polluted-marker":', '"__proto__":{"polluted":true},"polluted-marker":')
          : json.replace('{', '{"__proto__":{"polluted":true},');
        expect(text).toContain('"__proto__":{"polluted":true}');
        check(text);
        const result = readSaveFile(text, content);
        expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining('field name that is not allowed (__proto__)')]);
      }),
      { numRuns: 300 },
    );
  }, SLOW);

  it('and reads an unmutated valid file back exactly (so the cases above are near misses)', () => {
    fc.assert(
      fc.property(validFile, (file) => {
        const result = readSaveFile(JSON.stringify(file), content);
        expect(result.ok).toBe(true);
        // The generated answers use only ids the content has, so nothing is pruned.
        expect(result.ok && result.dropped).toEqual([]);
        expect(result.ok && result.answers).toEqual(file.answers);
      }),
      { numRuns: 50 },
    );
  }, SLOW);
});

afterAll(() => {
  const planned = Object.values(SAVE_FILE_CASES).reduce((a, b) => a + b, 0);
  expect(ran).toBeGreaterThanOrEqual(planned);
  console.info(`readSaveFile fuzz: ${ran} generated cases, none threw`);
});
