import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The import graph of a folder's TypeScript files, by path relative to `root`: every relative
 * import (./x or @/x), `import type`, `export … from` and `import()` counts (a type-only import still ties
 * two modules together for whoever reads or moves them). Packages are left out.
 */
export function importGraph(folder: string, root = process.cwd()): Map<string, string[]> {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const graph = new Map<string, string[]>();
  for (const file of walk(resolve(root, folder))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const deps = importedFiles
      .map((i) => i.fileName)
      .map((spec) => spec.replace(/\?.*$/, ''))
      .filter((spec) => spec.startsWith('.') || spec.startsWith('@/'))
      .map((spec) => {
        // @/ is src/ (tests/tools/aliases.mjs), wherever the folder being read is.
        const base = spec.startsWith('@/') ? resolve(root, 'src', spec.slice(2)) : resolve(dirname(file), spec);
        return ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ext) => base + ext).find((p) => existsSync(p));
      })
      .filter((p): p is string => p !== undefined)
      .map((p) => relative(root, p));
    graph.set(relative(root, file), [...new Set(deps)]);
  }
  return graph;
}

/** Every import cycle, as the groups of modules that import one another (Tarjan's algorithm). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** A cycle in words: each module with the ones in the same cycle it imports. */
export function describeCycle(graph: Map<string, string[]>, group: string[]): string {
  return group.map((m) => `${m} → ${(graph.get(m) ?? []).filter((d) => group.includes(d)).join(', ')}`).join('\n');
}
