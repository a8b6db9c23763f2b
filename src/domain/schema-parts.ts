import * as z from 'zod/mini';

/** Names that could reach an object's prototype; no data of ours uses them. */
export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A record key from outside the app: short, and never a prototype name. */
export const safeKey = z
  .string()
  .check(
    z.maxLength(80),
    z.refine((k) => !FORBIDDEN_KEYS.has(k), 'that name is not allowed'),
  );

/** Text from outside the app, with a length limit so a hostile file cannot fill the device. */
export const text = (max: number) => z.string().check(z.maxLength(max, `text longer than ${max.toLocaleString('en-GB')} characters`));
