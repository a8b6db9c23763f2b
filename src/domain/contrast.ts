/*
 * Colour contrast, as WCAG 2 defines it. A trust's brand colour is used behind white text
 * (a header band) and as an accent on a white page, so white on it must reach 4.5:1.
 */

export const MIN_CONTRAST = 4.5;
export const WHITE = '#ffffff';

/** WCAG relative luminance of '#rrggbb', from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((part) => {
    const c = parseInt(part, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ColourCheck {
  /** The colour to use: the brand colour if it passes, otherwise null (use the default). */
  use: string | null;
  /** White text on the brand colour, for example 5.2; null when there is no colour. */
  ratio: number | null;
  /** In words, for the trust: what was checked and what happens. */
  message: string;
}

/** Checks a brand colour: used only when white text on it is at least 4.5:1. */
export function checkBrandColour(colour: string | undefined): ColourCheck {
  if (!colour || !/^#[0-9a-f]{6}$/i.test(colour)) return { use: null, ratio: null, message: 'No colour chosen: the tool’s own dark blue is used.' };
  const ratio = contrastRatio(WHITE, colour);
  const shown = Math.floor(ratio * 10) / 10;
  if (ratio >= MIN_CONTRAST) {
    return { use: colour.toLowerCase(), ratio, message: `White text on ${colour.toLowerCase()} has a contrast of ${shown} to 1, so it is easy to read. Your colour will be used.` };
  }
  return {
    use: null,
    ratio,
    message: `White text on ${colour.toLowerCase()} has a contrast of only ${shown} to 1 (it needs at least ${MIN_CONTRAST} to 1), so schools will see the tool’s own dark blue instead. Choose a darker colour to use yours.`,
  };
}

/** The brand colour if it is readable, otherwise undefined. */
export const usableBrandColour = (colour: string | undefined) => checkBrandColour(colour).use ?? undefined;
