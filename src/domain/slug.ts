/** "st-marys-c-of-e-primary" from "St Mary’s C of E Primary": for file names. Accents go, anything else becomes "-". */
export function slug(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}
