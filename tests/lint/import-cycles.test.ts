// @vitest-environment node
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cycles, describeCycle, importGraph } from './import-graph';

/** No module in src/ imports, however indirectly, a module that imports it back. */
describe('import cycles', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds a cycle made by a type-only import, a re-export or an import(), and none where there is none', () => {
    const write = (path: string, text: string) => {
      mkdirSync(join(scratch, path, '..'), { recursive: true });
      writeFileSync(join(scratch, path), text);
    };
    write('src/a.ts', "import type { B } from './b';\nexport type A = B;\n");
    write('src/b.ts', "export { c } from './deep/c';\nexport type B = string;\n");
    write('src/deep/c.ts', "export const c = () => import('../a');\n");
    write('src/leaf.ts', "import { x } from 'some-package';\nimport type { B } from './b';\nexport const y: B = x;\n");
    const graph = importGraph('src', scratch);
    expect(graph.get('src/a.ts')).toEqual(['src/b.ts']);
    expect(graph.get('src/b.ts')).toEqual(['src/deep/c.ts']);
    expect(graph.get('src/deep/c.ts')).toEqual(['src/a.ts']);
    expect(cycles(graph)).toEqual([['src/a.ts', 'src/b.ts', 'src/deep/c.ts']]);
    expect(cycles(new Map([['x', ['y']], ['y', []]]))).toEqual([]);
    expect(cycles(new Map([['self', ['self']]]))).toEqual([['self']]);
  });

  it('follows the @/ path alias (src/) as it follows a relative path', () => {
    const write = (path: string, text: string) => {
      mkdirSync(join(scratch, 'alias', path, '..'), { recursive: true });
      writeFileSync(join(scratch, 'alias', path), text);
    };
    write('src/domain/x.ts', "import { y } from '@/report/y';\nexport const x = y;\n");
    write('src/report/y.ts', "import type { Z } from '@/ui/deep/z';\nexport const y: Z = 1;\n");
    write('src/ui/deep/z.tsx', "export type Z = number;\nexport const load = () => import('@/domain/x?raw');\n");
    const graph = importGraph('src', join(scratch, 'alias'));
    expect(graph.get('src/domain/x.ts')).toEqual(['src/report/y.ts']);
    expect(graph.get('src/ui/deep/z.tsx')).toEqual(['src/domain/x.ts']);
    expect(cycles(graph)).toEqual([['src/domain/x.ts', 'src/report/y.ts', 'src/ui/deep/z.tsx']]);
  });

  it('src/ has none', () => {
    const graph = importGraph('src');
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('src/ui/App.tsx')?.length).toBeGreaterThan(0);
    expect(cycles(graph).map((group) => describeCycle(graph, group))).toEqual([]);
  });
});
