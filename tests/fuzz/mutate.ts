import fc from 'fast-check';

/** What to do at the chosen place in a valid document. */
export type Mutation =
  | { kind: 'replace'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'huge-string'; length: number }
  | { kind: 'rename-key'; to: string }
  | { kind: 'truncate-array'; keep: number }
  | { kind: 'duplicate-item' };

const nastyKeys = ['__proto__', 'constructor', 'prototype', '', ' ', 'toString', 'hasOwnProperty', 'x'.repeat(200), 'id', 'answers'];

/** Values of the wrong type (or the right type with bad contents) for any place. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, NaN, Infinity, '', 'x', [], {}, [[]], [{}], { id: 1 }),
  fc.string({ maxLength: 50 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...nastyKeys), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.jsonValue({ maxDepth: 3 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: wrongValue.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 300_000 }).map((length) => ({ kind: 'huge-string' as const, length })) },
  { weight: 2, arbitrary: fc.constantFrom(...nastyKeys).map((to) => ({ kind: 'rename-key' as const, to })) },
  { weight: 1, arbitrary: fc.nat({ max: 3 }).map((keep) => ({ kind: 'truncate-array' as const, keep })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'duplicate-item' as const }) },
);

/** A random place in a document: one number per level, taken modulo the children there. */
export const path = fc.array(fc.nat(), { minLength: 0, maxLength: 8 });

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] => typeof v === 'object' && v !== null;

/**
 * Applies a mutation at a path, copying only the containers along the path (the rest is
 * shared, so a big document is cheap to mutate thousands of times). Never changes `doc`.
 */
export function mutate(doc: unknown, steps: number[], change: Mutation): unknown {
  if (!isContainer(doc)) return applyHere(doc, change, undefined);
  // The document itself stays a document: the shortest path picks one of its children.
  if (steps.length === 0) return mutate(doc, [0], change);
  const keys = Array.isArray(doc) ? doc.map((_, i) => i) : Object.keys(doc);
  if (keys.length === 0) return applyHere(doc, change, undefined);
  const key = keys[steps[0]! % keys.length]!;
  const child = (doc as Record<string | number, unknown>)[key];
  const copy = (Array.isArray(doc) ? [...doc] : { ...doc }) as Record<string | number, unknown>;
  const last = steps.length === 1 || !isContainer(child);
  if (!last) {
    copy[key] = mutate(child, steps.slice(1), change);
    return copy;
  }
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(copy)) (copy as unknown[]).splice(key as number, 1);
      else delete copy[key];
      return copy;
    case 'rename-key':
      if (Array.isArray(copy)) return copy;
      delete copy[key];
      Object.defineProperty(copy, change.to, { value: child, enumerable: true, configurable: true, writable: true });
      return copy;
    default:
      copy[key] = applyHere(child, change, key);
      return copy;
  }
}

function applyHere(value: unknown, change: Mutation, _key?: unknown): unknown {
  switch (change.kind) {
    case 'replace':
      return change.value;
    case 'huge-string':
      return 'é'.repeat(change.length);
    case 'truncate-array':
      return Array.isArray(value) ? value.slice(0, change.keep) : value;
    case 'duplicate-item':
      return Array.isArray(value) && value.length > 0 ? [...value, value[0]] : value;
    default:
      return undefined;
  }
}
