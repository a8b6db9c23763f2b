import { FORBIDDEN_KEYS } from './schema-parts';

export type JsonObjectResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'syntax'; detail: string }
  | { ok: false; reason: 'forbidden'; detail: string }
  | { ok: false; reason: 'not-object'; detail: string };

/**
 * Parses text that should hold one JSON object, as every file the app opens does. It never
 * throws, and refuses prototype names anywhere in the file before any of it is used.
 */
export function parseJsonObject(text: string): JsonObjectResult {
  let data: unknown;
  const forbidden = new Set<string>();
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden.add(key);
      return value;
    });
  } catch (error) {
    return { ok: false, reason: 'syntax', detail: error instanceof Error ? error.message : '' };
  }
  if (forbidden.size > 0) return { ok: false, reason: 'forbidden', detail: [...forbidden].join(', ') };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'not-object', detail: '' };
  return { ok: true, value: data as Record<string, unknown> };
}
