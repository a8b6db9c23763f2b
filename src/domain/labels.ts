import type { EvidenceLevel, RatingAnswer, StepStatus } from './answers';

/** Words for each rating, as printed in the report and on the chart. */
export const ratingLabels: Record<RatingAnswer, string> = {
  concern: 'Concern',
  partial: 'Partly meets',
  meets: 'Meets',
  strong: 'Strong',
  unsure: 'Not sure yet',
};

/** Words for what a judgement rests on. */
export const evidenceLabels: Record<EvidenceLevel, string> = {
  claim: 'Trust’s claim',
  documents: 'Documents seen',
  verified: 'Verified',
};

/** Whose rating a figure uses: the two are kept apart and both shown. */
export const ratingSourceLabels = {
  school: 'School’s assessment',
  board: 'Board’s agreed rating',
} as const;

export const stepStatusLabels: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

export const legalStatusLabels = {
  'in-force': 'The law now',
  'enacted-not-in-force': 'Law passed, not yet in force',
  'good-practice': 'Good practice',
  'dfe-practice': 'DfE practice',
} as const;

/** "42%": rounded down, so a printed figure never looks as if it passes a threshold it misses. */
export function formatPercent(value: number): string {
  return `${Math.floor(value * 100 + 1e-9)}%`;
}

/** "1 question", "3 questions". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listInWords(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** At most `max` characters, cut at a word boundary with "…", so a long note can be quoted in a sentence. */
export function truncateWords(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
