// @vitest-environment node
import { expect, it } from 'vitest';
import { renderShell } from '@/ui/Shell';

it('renders the page frame for index.html, with hash links and no storage warning', () => {
  const html = renderShell();
  expect(html).toContain('<header class="header">');
  expect(html).toContain('Should we join a trust?');
  expect(html).toContain('This is guidance, not legal advice.');
  expect(html).toContain('href="#/tasks"');
  expect(html).not.toMatch(/href="\/(?!\/)/);
  expect(html).not.toContain('not being saved');
  expect(html).toMatch(/<main[^>]*id="main-content"[^>]*><div aria-live="polite"><\/div><\/main>/);
});
