/*
 * A date typed as GOV.UK day, month and year boxes, and its checks. The saved record keeps
 * the date as yyyy-mm-dd (see isoDateSchema in meeting-schema.ts), so only this form changes.
 */

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const noDate = (): DateParts => ({ day: '', month: '', year: '' });

/** "2026-12-03" as { day: '3', month: '12', year: '2026' }; anything else as empty boxes. */
export function partsFrom(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return noDate();
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' };
}

export const isBlank = (d: DateParts) => !d.day.trim() && !d.month.trim() && !d.year.trim();

export interface DateProblem {
  message: string;
  /** The boxes that are wrong, in order: only these are marked, and the summary links to the first. */
  parts: DatePart[];
}

const order: DatePart[] = ['day', 'month', 'year'];
const names: Record<DatePart, string> = { day: 'a day', month: 'a month', year: 'a year' };

export interface DateWords {
  /** What the date is, to start a sentence: "Date of the meeting". */
  subject: string;
  /** For a date that must be given: "Enter the date of the meeting". */
  enter?: string;
  /** "Year must include 4 numbers" unless said otherwise. */
  year?: string;
}

/**
 * GOV.UK's checks for a date input, in GOV.UK's words. Gives the date as yyyy-mm-dd (undefined
 * when every box is empty and the date is optional), or the one problem to show.
 */
export function checkDateParts(parts: DateParts, words: DateWords): { iso: string | undefined } | DateProblem {
  const { subject, enter, year: yearMessage = 'Year must include 4 numbers' } = words;
  const v = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  if (!v.day && !v.month && !v.year) return enter ? { message: enter, parts: [...order] } : { iso: undefined };
  const missing = order.filter((p) => !v[p]);
  if (missing.length > 0) {
    const what = missing.length === 1 ? names[missing[0] as DatePart] : `${names[missing[0] as DatePart]} and ${(missing[1] as DatePart)}`;
    return { message: `${subject} must include ${what}`, parts: missing };
  }
  const notNumber = order.filter((p) => !/^\d+$/.test(v[p]));
  if (notNumber.length > 0) return { message: `${subject} must be a real date`, parts: notNumber };
  if (!/^\d{4}$/.test(v.year)) return { message: yearMessage, parts: ['year'] };
  const day = Number(v.day);
  const month = Number(v.month);
  const year = Number(v.year);
  const wrong: DatePart[] = [];
  if (day < 1 || day > 31) wrong.push('day');
  if (month < 1 || month > 12) wrong.push('month');
  if (year < 1) wrong.push('year');
  if (wrong.length === 0) {
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    if (date.getUTCDate() !== day) wrong.push('day');
  }
  if (wrong.length > 0) return { message: `${subject} must be a real date`, parts: wrong };
  const pad = (n: number) => String(n).padStart(2, '0');
  return { iso: `${v.year}-${pad(month)}-${pad(day)}` };
}
