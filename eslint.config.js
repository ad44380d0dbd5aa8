import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import relance from './eslint-rules/no-french-text.js';

/** Where the rule against French text runs (eslint-rules/no-french-text.js): all of the add-on's code and its sidebar. */
const FRENCH_TEXT_SCOPE = { files: ['src/**/*.ts', 'sidebar/**/*.ts'], ignores: [] };

/**
 * Modules whose French literals are data read from or matched against the user's sheet or the
 * law, not text Relance writes; each with its reason.
 */
const FRENCH_DATA_MODULES = {
  'src/core/dunning/tae-communes.ts':
    'commune names and codes, and the tribunal judiciaire each belongs to (INSEE, COJ tableau IV)',
  'src/core/dunning/tae-ressorts.ts':
    'the tribunaux des activités économiques: their names and seats (arrêté du 5 juillet 2024)',
  'src/core/dunning/court-names.ts': 'the courts’ names as the law writes them',
  'src/core/dunning/foreign-seat.ts': 'country names recognised in a debtor’s address',
};

/** Outside the rule: the catalogue itself, the step table, the offline runtime (and the tests). */
const FRENCH_TEXT_HOMES = [
  'src/core/words/**', // the catalogue of words: French and English side by side
  'src/core/steps.ts', // the step table keeps its labels and phrases on each step
  'src/local/**', // the offline runtime: Google's own error texts and the developer CLI
];

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
    // No French text outside the catalogue of words.
    files: FRENCH_TEXT_SCOPE.files,
    ignores: [
      ...FRENCH_TEXT_SCOPE.ignores,
      ...FRENCH_TEXT_HOMES,
      ...Object.keys(FRENCH_DATA_MODULES),
    ],
    plugins: { relance },
    rules: { 'relance/no-french-text': 'error' },
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
