// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rule in eslint.config.js, checked against imports that break it and ones that do not. */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers import only to their left', () => {
  it('refuses an import from a layer to the right', async () => {
    expect(await layerErrors('src/domain/example.ts', "import { App } from '../ui/App';\nexport const x = App;\n")).toEqual([
      expect.stringContaining('"ui" is to its right'),
    ]);
    expect(await layerErrors('src/content/example.ts', "import { assess } from '../domain/scoring';\nexport const x = assess;\n")).toHaveLength(1);
    expect(await layerErrors('src/machine/example.ts', "import { useAnswers } from '../store/answers-store';\nexport const x = useAnswers;\n")).toHaveLength(1);
  });

  it('keeps domain and report free of React and state libraries', async () => {
    expect(await layerErrors('src/report/example.ts', "import { useState } from 'react';\nexport const x = useState;\n")).toEqual([
      expect.stringContaining('pure'),
    ]);
  });

  it('allows imports from the left', async () => {
    expect(await layerErrors('src/ui/example.ts', "import { assess } from '../domain/scoring';\nexport const x = assess;\n")).toEqual([]);
    expect(await layerErrors('src/store/example.ts', "import { next } from '../machine/next';\nexport const x = next;\n")).toEqual([]);
  });
});
