// ESLint 9 flat config. Prettier owns layout (`npm run format:check`); ESLint looks for bugs:
// TypeScript mistakes, React hook dependencies, and the Office.js traps (reading a proxy before
// load/sync, sync inside loops) in the code that talks to Excel.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'out/', 'coverage/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // An unused binding is usually a forgotten step; a leading underscore says "on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    // The browser side: the task pane and the Office.js adapter.
    files: [
      'src/taskpane/**',
      'src/excel/**',
      'src/commands/**',
      'test/taskpane/**',
      'test/e2e/**',
      'test/stand-in/fake-office.js',
    ],
    languageOptions: {
      globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' },
    },
  },
  {
    // The boot guard runs in Internet Explorer 11: a plain ES5 script in the page (src/guard/guard.js).
    files: ['src/guard/**/*.js'],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser, globalThis: 'readonly' },
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Office.js: every proxy read needs load + sync first; a sync in a loop costs a round trip per row.
    files: ['src/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Test doubles keep `self = this` for callbacks that need both the fake and the proxy as `this`
    // (the Office.js stand-in is loaded as a plain script in the page, and required by jest).
    files: ['test/stand-in/fake-office.js', 'test/stand-in/fake-office/**/*.js'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
  {
    // Plain CommonJS scripts (bin/, scripts/, config files, the e2e runner).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
