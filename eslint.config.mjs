import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      '.tmp/',
      'test-results/',
      'playwright-report/',
      'bench/baseline/',
      'packages/*/lib/',
      '**/__fixtures__/',
      'tests/fixtures/classic-typescript/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {globals: {...globals.node}},
    rules: {
      // `_`-prefixed names mark values left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_'},
      ],
    },
  },
  {
    files: [
      'src/pages/**/*.tsx',
      'src/theme/**/*.tsx',
      'packages/*/src/theme/**/*.tsx',
      'packages/*/src/client/**/*.ts',
    ],
    ...reactHooks.configs.flat.recommended,
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['src/**/*.tsx', 'packages/*/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['**/*.cjs'],
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  // Formatting is Prettier's job: turn off the rules it would fight with.
  prettier,
);
