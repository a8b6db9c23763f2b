import type { EvidenceLevel, RatingAnswer, StepStatus } from './answers';

/*
 * The one vocabulary for ratings and evidence. Every screen (the question page, check your
 * answers, the meeting pages), the HTML report and the PDF use these words and no others;
 * tests/ui/vocabulary.test.tsx renders each place and compares.
 */

/** Words for each rating. */
export const ratingLabels: Record<RatingAnswer, string> = {
  strong: 'Strong',
  meets: 'Meets what we need',
  partial: 'Partly meets',
  concern: 'Concern',
  unsure: 'Not sure yet',
};

/** What each rating means, where a person chooses one. */
export const ratingHints: Record<RatingAnswer, string> = {
  strong: 'A clear, convincing answer that matches what a strong answer looks like.',
  meets: 'A good answer with no real worries.',
  partial: 'Some of what we need, with gaps to follow up.',
  concern: 'A weak or worrying answer.',
  unsure: 'We have asked, but cannot judge it yet.',
};

/** Words for what a judgement rests on. */
export const evidenceLabels: Record<EvidenceLevel, string> = {
  claim: 'What the trust has told us',
  documents: 'Documents we have seen',
  verified: 'Checked for ourselves',
};

/** What each evidence level means, where a person chooses one. */
export const evidenceHints: Record<EvidenceLevel, string> = {
  claim: 'A presentation, a conversation or its website.',
  documents: 'For example its scheme of delegation, accounts or improvement data.',
  verified: 'By a visit, or by talking to heads and governors of schools in the trust.',
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

/** The text with its first letter in capitals. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The tool's name, as the page titles, the report and the PDF give it. */
export const TOOL_NAME = 'Should we join a trust?';
