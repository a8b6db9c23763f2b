import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The layers, left to right. A layer may import only the layers to its left.
const layers = ['content', 'domain', 'report', 'machine', 'store', 'ui'];

const layerRules = layers.map((layer, index) => {
  const forbidden = layers.slice(index + 1);
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidden.map((name) => ({
              group: [`**/${name}`, `**/${name}/**`],
              message: `src/${layer} may import only ${layers.slice(0, index).join(', ') || 'questions/ and libraries'}: "${name}" is to its right.`,
            })),
            ...(layer === 'ui' || layer === 'store' || layer === 'machine'
              ? []
              : [{ group: ['react', 'react-dom', 'zustand', 'xstate', '@xstate/*', 'react-router'], message: `src/${layer} is pure: no React, XState, Zustand or router.` }]),
          ],
        },
      ],
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
