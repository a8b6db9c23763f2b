import type { Page } from 'playwright-core';

export interface Fit {
  viewport: { width: number; height: number };
  /** The page scrolls (the document is taller or wider than the window). */
  scrolls: { x: boolean; y: boolean };
  /** Visible elements of the slide or the control bar that are not wholly inside the window. */
  outside: string[];
  /** The smallest type on the slide (not the control bar), in px, and where it is. */
  smallest: { px: number; where: string };
  /** How many visible elements of the slide and the control bar were measured (none means the page has changed: fail, not pass). */
  measured: number;
}

/**
 * Measures the meeting view as it stands: whether the document scrolls, whether any visible
 * part of the slide or its controls lies outside the window, and the smallest type on the slide.
 */
export function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const doc = document.scrollingElement ?? document.documentElement;
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const hidden = (el: Element) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return true;
      if (el.closest('.visually-hidden, [hidden]')) return true;
      const style = getComputedStyle(el);
      return style.visibility === 'hidden' || style.display === 'none';
    };
    const outside: string[] = [];
    let measured = 0;
    for (const el of document.querySelectorAll('.meeting__item *, .meeting__controls *')) {
      if (hidden(el)) continue;
      measured += 1;
      const r = el.getBoundingClientRect();
      if (r.top < -0.5 || r.left < -0.5 || r.bottom > vh + 0.5 || r.right > vw + 0.5) {
        outside.push(`${name(el)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      }
    }
    let smallest = { px: Infinity, where: '' };
    for (const el of document.querySelectorAll('.meeting__item *')) {
      if (hidden(el)) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!ownText) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < smallest.px) smallest = { px, where: name(el) };
    }
    return {
      viewport: { width: vw, height: vh },
      scrolls: { x: doc.scrollWidth > vw, y: doc.scrollHeight > vh },
      outside,
      smallest,
      measured,
    };
  });
}
