import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prerenderedAddresses, renderPage } from '@/ui/Shell';
import { openApp } from './render-app';

/** HTML as the browser holds it (attribute names as parsed), without comments, text joined and attributes in order. */
function normal(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
  template.content.normalize();
  for (const el of template.content.querySelectorAll('*')) {
    const attributes = [...el.attributes].map((a) => [a.name, a.value] as const).sort(([a], [b]) => a.localeCompare(b));
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }
  return template.innerHTML;
}

describe('the pages the build prerenders (src/ui/Shell.tsx) look exactly as the app draws them for someone with nothing saved', () => {
  it('prerenders the start page, each question about the school that applies at first, and the background pages', () => {
    const addresses = prerenderedAddresses();
    expect(addresses[0]).toBe('/');
    expect(addresses).toContain('/profile/school-name');
    expect(addresses).toEqual(expect.arrayContaining(['/myths', '/glossary', '/sources', '/strong-trusts']));
    expect(new Set(addresses).size).toBe(addresses.length);
  });

  it.each(prerenderedAddresses())('%s', async (address) => {
    const page = renderPage(address);
    openApp(address);
    await waitFor(() => expect(document.querySelector('main h1')).not.toBeNull());
    const main = document.querySelector('main')!;
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(normal(page.main)).toBe(normal(main.innerHTML.replace(/href="\//g, 'href="#/')));
    // The app sets the title once the page has been drawn (an effect): wait for it.
    await waitFor(() => expect(document.title).toBe(page.title));
  });
});
