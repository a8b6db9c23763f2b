// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lines = (path: string) => readFileSync(path, 'utf8').split('\n').length;

/** Trust mode's page is put together from small parts (issue 18), and stays that way. */
describe('small modules', () => {
  it('TrustModePage keeps its state and handlers; each form section and the share panel is its own small file', () => {
    expect(lines('src/ui/trust-pack/TrustModePage.tsx')).toBeLessThanOrEqual(200);
    for (const part of ['AboutSection', 'LogoColourSection', 'AnswersSection', 'ContactsSection', 'SharePanel', 'CarryOnSection']) {
      expect(lines(`src/ui/trust-pack/${part}.tsx`), part).toBeLessThanOrEqual(100);
    }
  });
});
