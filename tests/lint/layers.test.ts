// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rule in eslint.config.js, checked against imports that break it and ones that do not. */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('layers import only to their left', () => {
  it('refuses an import from a layer to the right', async () => {
    expect(await layerErrors('src/domain/example.ts', "import { App } from '../ui/App';\nexport const x = App;\n")).toEqual([
      expect.stringContaining('"ui" is to its right'),
    ]);
    expect(await layerErrors('src/content/example.ts', "import { assess } from '../domain/scoring';\nexport const x = assess;\n")).toHaveLength(1);
    expect(await layerErrors('src/machine/example.ts', "import { useAnswers } from '../store/answers-store';\nexport const x = useAnswers;\n")).toHaveLength(1);
  });

  it('refuses an import from a layer to the right written with the @/ alias, and allows one to the left', async () => {
    expect(await layerErrors('src/domain/example.ts', "import { App } from '@/ui/App';\nexport const x = App;\n")).toEqual([
      expect.stringContaining('"ui" is to its right'),
    ]);
    expect(await layerErrors('src/machine/example.ts', "import type { AnswersState } from '@/store/answers-store';\nexport type X = AnswersState;\n")).toHaveLength(1);
    expect(await layerErrors('src/content/example.ts', "export { assess } from '@/domain/scoring';\n")).toHaveLength(1);
    expect(await layerErrors('src/report/example.ts', "export const load = () => import('@/machine/journey');\n")).toEqual([
      expect.stringContaining('import() of a layer to its right'),
    ]);
    expect(await layerErrors('src/ui/example.ts', "import { assess } from '@/domain/scoring';\nexport const x = assess;\n")).toEqual([]);
    expect(await layerErrors('src/machine/example.ts', "import { content } from '@/content';\nexport const x = content;\n")).toEqual([]);
    expect(await layerErrors('src/content/example.ts', "import meta from '@questions/meta.json';\nexport const x = meta;\n")).toEqual([]);
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

  it('refuses import() of a layer to the right, as it refuses import', async () => {
    expect(await layerErrors('src/domain/example.ts', "export const load = () => import('../ui/App');\n")).toEqual([
      expect.stringContaining('import() of a layer to its right'),
    ]);
    expect(await layerErrors('src/report/example.ts', "export const load = () => import('@/store/answers-store');\n")).toHaveLength(1);
    expect(await layerErrors('src/machine/example.ts', "export const load = () => import('../ui');\n")).toHaveLength(1);
  });

  it('refuses import() of React or a state library in a pure layer, and a computed import() anywhere in src', async () => {
    expect(await layerErrors('src/domain/example.ts', "export const load = () => import('react');\n")).toEqual([expect.stringContaining('pure')]);
    expect(await layerErrors('src/report/example.ts', "export const load = () => import('@xstate/store');\n")).toHaveLength(1);
    expect(await layerErrors('src/report/example.ts', "const name = '../ui/App';\nexport const load = () => import(name);\n")).toEqual([
      expect.stringContaining('plain string'),
    ]);
  });

  it('keeps the machine free of React, Zustand and the router, but lets it use XState', async () => {
    expect(await layerErrors('src/machine/example.ts', "import { create } from 'zustand';\nexport const x = create;\n")).toEqual([
      expect.stringContaining('XState alone'),
    ]);
    expect(await layerErrors('src/machine/example.ts', "export const load = () => import('react-router');\n")).toHaveLength(1);
    expect(await layerErrors('src/machine/example.ts', "import { setup } from 'xstate';\nexport const x = setup;\n")).toEqual([]);
  });

  it('allows import() of libraries and of layers to the left', async () => {
    expect(await layerErrors('src/report/example.ts', "export const load = () => import('jspdf');\n")).toEqual([]);
    expect(await layerErrors('src/ui/example.ts', "export const load = () => import('../report/pdf');\n")).toEqual([]);
  });
});
