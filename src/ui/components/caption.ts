/**
 * A heading's caption from its parts, "Getting started: step 1 of 4". A part that already ends
 * in punctuation is not given a colon as well: "Deciding: why join a trust? Step 1 of 4", never
 * "…trust?: step 1 of 4".
 */
export function caption(...parts: string[]): string {
  let joined = '';
  for (const part of parts.map((p) => p.trim()).filter(Boolean)) {
    if (!joined) joined = part;
    else if (/[:;]$/.test(joined)) joined = `${joined} ${part}`;
    else if (/[?!.…]$/.test(joined)) joined = `${joined} ${part.charAt(0).toUpperCase()}${part.slice(1)}`;
    else joined = `${joined}: ${part}`;
  }
  return joined;
}
