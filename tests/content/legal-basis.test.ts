// @vitest-environment node
import { expect, it } from 'vitest';
import { content } from '@/content';
import { legalStatusLabels } from '@/domain/labels';

it('gives each legal basis without repeating its status, which the app prints beside it', () => {
  const repeats = content.stages
    .flatMap((stage) => stage.steps)
    .filter((step) => step.legal && step.legal.basis.toLowerCase().startsWith(legalStatusLabels[step.legal.status].toLowerCase()))
    .map((step) => step.id);
  expect(repeats).toEqual([]);
});
