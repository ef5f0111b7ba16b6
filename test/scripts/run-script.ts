/**
 * Runs a generated Office Script (scripts/office/<name>.ts) in Node: the file
 * is transpiled as it is (no bundling, no imports to resolve: it is
 * self-contained) and evaluated with the ExcelScript enums the Office Scripts
 * runtime provides, and its `main` is handed back.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ts from 'typescript';
import { EXCELSCRIPT_RUNTIME } from './fake-excelscript';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ScriptMain<R> = (workbook: ExcelScript.Workbook, asOf?: string, madeOn?: string) => R;

const cache = new Map<string, unknown>();

export function loadScript<R>(name: 'monthly-rollup' | 'check-plan' | 'board-pack', text?: string): ScriptMain<R> {
  const source = text !== undefined ? text : readFileSync(path.join(ROOT, 'scripts/office', name + '.ts'), 'utf8');
  const cached = cache.get(source);
  if (cached !== undefined) return cached as ScriptMain<R>;
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.None } }).outputText;
  const factory = new Function('ExcelScript', js + '\nreturn main;') as (runtime: typeof EXCELSCRIPT_RUNTIME) => ScriptMain<R>;
  const main = factory(EXCELSCRIPT_RUNTIME);
  cache.set(source, main);
  return main;
}
