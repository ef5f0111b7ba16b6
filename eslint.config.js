import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Which src/ folders each folder may import from (besides its own). Faces: cli, taskpane, ribbon, functions; preview is the pane's development harness. */
export const ALLOWED = {
  host: ['core'],
  xlsx: ['core'],
  csv: ['core'],
  excel: ['core', 'host'],
  functions: ['core'],
  sample: ['core', 'xlsx', 'functions'],
  cli: ['core', 'xlsx', 'csv', 'sample'],
  ribbon: ['core', 'host', 'excel'],
  taskpane: ['core', 'host', 'csv', 'excel'],
  preview: ['core', 'host', 'xlsx', 'taskpane'],
};

export default tseslint.config(
  { ignores: ['scripts/office/monthly-rollup.ts', 'scripts/office/check-plan.ts', 'scripts/office/board-pack.ts', 'dist/**', 'dist-preview/**', 'dist-cli/**', 'node_modules/**', 'test-results/**', 'out/**', 'coverage/**', 'build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: Office Scripts reuse it as it is (no packages, no Node, no DOM, no Office).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!\\.{1,2}/)', message: 'src/core imports nothing outside src/core' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require'],
    },
  },
  // The house (docs/architecture.md): each folder imports only the folders below it, so no face leans on another.
  ...Object.entries(ALLOWED).map(([folder, allowed]) => ({
    files: ['src/' + folder + '/**/*.ts'],
    ignores: ['src/core/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+(?!(' + allowed.join('|') + ')/)[^./][^/]*/', message: 'src/' + folder + ' may import only from src/' + allowed.join(', src/') + ' (docs/architecture.md)' }] }] },
  })),
);
