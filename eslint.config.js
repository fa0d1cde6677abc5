import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output',
      '.wxt',
      'node_modules',
      'tests/fixtures',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Page data is never rendered as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render HTML: page data could carry markup.',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never assign HTML: page data could carry markup.',
        },
      ],
    },
  },
  {
    // Tests build deliberately malformed inputs.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.tsx', 'components/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The content script is bundled into every page the user opens: it gets
    // no UI framework, no validation library, no database and no datasets.
    files: [
      'entrypoints/content.ts',
      'entrypoints/probe.content.ts',
      'lib/extract/read-page.ts',
      'lib/extract/watch-page.ts',
      'lib/techno/gather.ts',
      'lib/techno/probe-*.ts',
      'lib/techno/technology-pass.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*'],
              message: 'No React in the content script.',
            },
            { group: ['zod', 'zod/*'], message: 'Validation happens in the background.' },
            {
              group: ['dexie', 'dexie-react-hooks'],
              message: 'IndexedDB lives in the extension origin.',
            },
            {
              group: ['tldts', 'i18n-iso-countries'],
              message: 'Normalization happens in the background.',
            },
          ],
        },
      ],
    },
  },
);
