import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/', 'node_modules/', 'demo-workspace/', 'test-artifacts/', 'bin/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The core is pure: no Apps Script global, no Node API, no clock.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'MailApp',
          'GmailApp',
          'DocumentApp',
          'DriveApp',
          'PropertiesService',
          'LockService',
          'ScriptApp',
          'Utilities',
          'Session',
          'HtmlService',
          'CardService',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'src/core is pure.' })),
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', '**/server/**', '**/local/**', '**/sidebar/**'] },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core reads no clock: take today as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core reads no clock.',
        },
      ],
    },
  },
);
