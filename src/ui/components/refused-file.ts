import type { FieldError } from './ErrorSummary';

/** What a refused file left as it was, said the same way on every page that opens one. */
export const UNCHANGED = {
  answers: 'Nothing has been changed: your answers on this device are as they were.',
  pack: 'Nothing has been changed: the pack you are preparing is as it was.',
} as const;

/**
 * A refused file's problems as form errors: the first says the file (or "The link") could not
 * be opened, and the last that nothing has been changed. The first links to the file field,
 * the rest to numbered ids.
 */
export function refusedFile(field: string, source: string, problems: string[], unchanged: (typeof UNCHANGED)[keyof typeof UNCHANGED]): FieldError[] {
  return [...problems, unchanged].map((p, i) => ({ field: i === 0 ? field : `${field}-${i}`, message: i === 0 ? `${source} could not be opened. ${p}` : p }));
}
