import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers, left to right. A layer may import only the layers to its left.
const layers = ['content', 'domain', 'report', 'machine', 'store', 'ui'];

const stateLibraries = ['react', 'react-dom', 'zustand', 'react-router'];
const pureLibraries = [...stateLibraries, 'xstate', '@xstate/*'];

/** The libraries a layer may not use: domain and report are pure; the machine uses XState only. */
function bannedLibraries(layer) {
  if (layer === 'ui' || layer === 'store') return [];
  return layer === 'machine' ? stateLibraries : pureLibraries;
}

// A selector's regular expression ends at its first "/", so a slash is written \x2F.
const slash = '\\x2F';
/** A package name as a regular expression: "@xstate/*" is any package of that scope. */
const pattern = (name) => name.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('/', slash).replace('*', '.*');

const layerRules = layers.map((layer, index) => {
  const forbidden = layers.slice(index + 1);
  const allowed = layers.slice(0, index).join(', ') || 'questions/ and libraries';
  const libraries = bannedLibraries(layer);
  const libraryMessage =
    layer === 'machine' ? 'src/machine decides what comes next with XState alone: no React, Zustand or router.' : `src/${layer} is pure: no React, XState, Zustand or router.`;
  // import() is not covered by no-restricted-imports, so the same rule is written for it as
  // syntax: a relative (or @/) path with a later layer as one of its folders.
  const dynamicImports = [
    ...(forbidden.length
      ? [
          {
            selector: `ImportExpression[source.value=/^(\\.\\.?|@)(${slash}.*)?${slash}(${forbidden.join('|')})(${slash}|$)/]`,
            message: `src/${layer} may import only ${allowed}: import() of a layer to its right is not allowed either.`,
          },
        ]
      : []),
    ...(libraries.length
      ? [
          {
            selector: `ImportExpression[source.value=/^(${libraries.map(pattern).join('|')})(${slash}|$)/]`,
            message: libraryMessage,
          },
        ]
      : []),
    { selector: 'ImportExpression[source.type!="Literal"]', message: 'import() takes a plain string, so the layer rule can check it.' },
  ];
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.map((name) => ({
              group: [`**/${name}`, `**/${name}/**`],
              message: `src/${layer} may import only ${allowed}: "${name}" is to its right.`,
            })),
            ...(libraries.length ? [{ group: libraries, message: libraryMessage }] : []),
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...dynamicImports],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'out', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  ...layerRules,
);
