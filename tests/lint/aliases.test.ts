// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** The layer of a file, or its feature in src/ui ("ui/journey"); src/ui's own files are "ui". */
export function unitOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'src') return parts[0]!;
  if (parts[1] === 'ui') return parts.length > 3 ? `ui/${parts[2]}` : 'ui';
  return parts[1]!;
}

/** Every "../" import in the files under `folder` that leaves the importing file's layer or feature. */
function climbingImports(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const root = process.cwd();
  return walk(resolve(root, folder)).flatMap((file) => {
    const from = relative(root, file);
    return ts
      .preProcessFile(readFileSync(file, 'utf8'), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((spec) => spec.startsWith('../'))
      .filter((spec) => {
        const to = relative(root, resolve(dirname(file), spec));
        return to.startsWith('src/') || to.startsWith('questions/') ? unitOf(to) !== unitOf(from) : false;
      })
      .map((spec) => `${from}: ${spec}`);
  });
}

describe('path aliases', () => {
  it('knows a layer and a feature of src/ui', () => {
    expect(unitOf('src/domain/scoring.ts')).toBe('domain');
    expect(unitOf('src/report/pdf/sections/chart.ts')).toBe('report');
    expect(unitOf('src/ui/journey/StepPage.tsx')).toBe('ui/journey');
    expect(unitOf('src/ui/App.tsx')).toBe('ui');
    expect(unitOf('questions/meta.json')).toBe('questions');
    expect(unitOf('tests/fixtures/content.ts')).toBe('tests');
  });

  it('src and tests reach another layer, feature or questions/ by @/ or @questions/, never by ../', () => {
    expect(climbingImports('src')).toEqual([]);
    expect(climbingImports('tests')).toEqual([]);
  });
});
