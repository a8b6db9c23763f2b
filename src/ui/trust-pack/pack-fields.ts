import type { PackContact, PackLink, TrustPackDraft } from '@/domain/trust-pack';

/*
 * Which field of the trust-mode form a problem in a finished pack belongs to. Finishing a pack
 * leaves out empty rows, so a row's place in the pack is not always its place on the form.
 */

export const DEFAULT_COLOUR = '#1d3557';
const blankLink = (l: PackLink) => l.title.trim() === '' && l.url.trim() === '';
const blankContact = (c: PackContact) => !c.name.trim() && !c.role.trim() && !c.email?.trim() && !c.phone?.trim();

/** The draft row a finished pack's row came from (finishing leaves out empty rows). */
function draftRow<T>(rows: T[], isBlank: (row: T) => boolean, finishedIndex: number): number {
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    if (!isBlank(rows[i] as T)) seen++;
    if (seen === finishedIndex) return i;
  }
  return finishedIndex;
}

/** The id of the field a problem in a finished pack belongs to. */
export function fieldFor(path: PropertyKey[], draft: TrustPackDraft): string {
  const [first, second, third, fourth, fifth] = path;
  if (first === 'trustName') return 'pack-trust-name';
  if (first === 'about' && typeof second === 'string') return `pack-about-${second}`;
  if (first === 'schools') return 'pack-schools';
  if (first === 'colour') return 'pack-colour';
  if (first === 'logo') return 'pack-logo';
  if (first === 'contacts' && typeof second === 'number') {
    return `pack-contact-${draftRow(draft.contacts, blankContact, second)}-${String(third ?? 'name')}`;
  }
  if (first === 'links' && typeof second === 'number') return `pack-link-${draftRow(draft.links, blankLink, second)}-${String(third ?? 'url')}`;
  if (first === 'answers' && typeof second === 'string') {
    if (third === 'links' && typeof fourth === 'number') {
      return `pack-answer-${second}-link-${draftRow(draft.answers[second]?.links ?? [], blankLink, fourth)}-${String(fifth ?? 'url')}`;
    }
    return `pack-answer-${second}`;
  }
  return 'pack-trust-name';
}
