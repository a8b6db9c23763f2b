import { fileURLToPath } from 'node:url';

/** A folder of the project, as an absolute path ending in "/". */
const folder = (name) => fileURLToPath(new URL(`../../${name}/`, import.meta.url));

/**
 * How the project's own imports resolve, in one place for everything that resolves modules:
 * vite.config.ts (the build, the dev server, the prerendered shell and the unit tests),
 * tests/browser/vitest.config.ts and tests/tools/load-ts.mjs. tsconfig.json says the same in
 * "paths" for the type checker, and eslint.config.js checks the layer rule in both forms.
 *
 * - `@/…` is `src/…`: an import that leaves its own layer (or its own feature of src/ui) is
 *   written `@/domain/scoring`, not `../../domain/scoring`; one in the same folder stays `./x`.
 * - `@questions/…` is the content in `questions/`.
 * - `react-router` is the app's own small router, src/ui/router.tsx (issue 16): the few parts
 *   of React Router the app uses, in about 2 kB. Its types still come from the package.
 */
export const aliases = [
  { find: /^react-router$/, replacement: fileURLToPath(new URL('../../src/ui/router.tsx', import.meta.url)) },
  { find: /^@\//, replacement: folder('src') },
  { find: /^@questions\//, replacement: folder('questions') },
];
