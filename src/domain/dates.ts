const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 December 2026" from "2026-12-03", "September 2025" from "2025-09"; anything else unchanged. */
export function formatDateLong(iso: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  const month = match ? months[Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  return match[3] ? `${Number(match[3])} ${month} ${match[1]}` : `${month} ${match[1]}`;
}

/** What an item's `asOf` date means, in words: "Checked against sources published up to 30 June 2026." */
export function checkedAgainst(asOf: string): string {
  return `Checked against sources published up to ${formatDateLong(asOf)}.`;
}

/** Today as yyyy-mm-dd in the user's own time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
