// One lint configuration for the whole monorepo (packages share it; none has its own).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import globals from 'globals';
import svara from './tools/eslint/relative-import-extension.mjs';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.cache/**',
      'storybook-static/**',
      'packages/*/src/generated/**',
      'test-results/**',
      'playwright-report/**',
      'data/**',
      'artifacts/**',
      'test/storybook-axe/fixture-static/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'no-only-tests': noOnlyTests, svara },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      // `./survey.js` for survey.ts, as browsers and Node's ESM need it; `eslint --fix` adds what is missing.
      'svara/relative-import-extension': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  // Type-aware rules (the TypeScript program of the root tsconfig.json): promises that nobody awaits or
  // catches, `await` on what is not a promise, and async functions where a caller ignores the promise.
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['test/storybook-axe/fixture/.storybook/*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // node:test's test() and describe() return promises the runner awaits.
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Web components: Lit template rules, template accessibility, custom-element conventions.
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'examples/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/*/src/**/*.ts', 'stories/**/*.ts', 'examples/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    files: ['packages/*/src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['packages/*/src/**/*.ts'],
    rules: {
      // Lit elements are registered in their *.define.ts module, guarded against double registration.
      'wc/tag-name-matches-class': 'off',
      'lit/no-template-bind': 'error',
    },
  },
  {
    files: ['**/*.test.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` style is an expression statement.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
);
