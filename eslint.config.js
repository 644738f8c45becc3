import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Article text is data: render it as React text nodes.',
        },
      ],
    },
  },
  {
    // Client code must never pull in build-time parsing or NLP code.
    files: ['src/app/**', 'src/components/**', 'src/features/**', 'src/shared/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/content/**', '../content/*', 'node:*', 'compromise', 'yaml'], message: 'Client code imports only generated data and src/shared.' }] },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
);
