/** The generator on small module graphs: tree-shaking, renames, loud failures, and the dialect check. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BuildError, DTS_PATH, checkDialect, generateScript } from '../../scripts/build-office-scripts';
import { ROOT } from './run-script';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'osgen-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  mkdirSync(path.join(root, 'scripts/office'), { recursive: true });
  copyFileSync(path.join(ROOT, DTS_PATH), path.join(root, DTS_PATH));
  return root;
}

const ENTRY = 'scripts/office/entries/e.ts';
const spec = { name: 'e', entry: ENTRY };

describe('generateScript', () => {
  it('inlines what main reaches, strips import/export, renames colliding helpers', () => {
    const root = project({
      'src/core/a.ts': "import { helper as h } from './b';\nexport function twice(n: number): number { return h(n) * 2 + pad(n); }\nfunction pad(n: number): number { return n; }\nexport function unused(): number { return 1; }\n",
      'src/core/b.ts': 'export function helper(n: number): number { return pad(n) + 1; }\nfunction pad(n: number): number { return -n; }\nexport const LIMIT = 3;\n',
      'src/core/index.ts': "export * from './a';\nexport * from './b';\n",
      [ENTRY]: "import { twice, LIMIT } from '../../../src/core';\nexport function main(workbook: ExcelScript.Workbook): number { return twice(LIMIT) + workbook.getWorksheets().length; }\n",
    });
    const g = generateScript(spec, root);
    expect(g.text).not.toMatch(/^\s*(import|export) /m);
    expect(g.text).not.toContain('unused');
    expect(g.text).toContain('function helper(n: number)');
    expect(g.text).toContain('return helper(n) * 2 + pad_a(n)');
    expect(g.text).toContain('function pad_a(n: number)');
    expect(g.text.indexOf('function main(')).toBeLessThan(g.text.indexOf('function helper('));
    expect(g.text.indexOf('function helper(')).toBeLessThan(g.text.indexOf('function twice('));
    expect(g.renames).toEqual(['pad -> pad_a (src/core/a.ts)']);
    expect(checkDialect(g.text, root).problems).toEqual([]);
  });

  it('stops on what Office Scripts cannot take, naming the file and line', () => {
    const cls = project({
      'src/core/a.ts': 'export class Box { n = 1; }\n',
      [ENTRY]: "import { Box } from '../../../src/core/a';\nexport function main(workbook: ExcelScript.Workbook): number { return new Box().n + workbook.getWorksheets().length; }\n",
    });
    expect(() => generateScript(spec, cls)).toThrow(BuildError);
    expect(() => generateScript(spec, cls)).toThrow(/src\/core\/a\.ts:1:1: classes are not allowed/);
    const pkg = project({
      [ENTRY]: "import * as fs from 'node:fs';\nexport function main(workbook: ExcelScript.Workbook): boolean { return fs !== undefined && workbook !== undefined; }\n",
    });
    expect(() => generateScript(spec, pkg)).toThrow(/namespace imports|only relative imports/);
  });
});

describe('checkDialect', () => {
  it('finds any, non-arrow array callbacks, classes, imports, newer syntax and untyped main', () => {
    const text = [
      'function main(workbook: ExcelScript.Workbook, x) { const xs = [1, 2]; xs.map(String); let y; return workbook; }',
      'function f(v: any): string { return /(?<=a)b/.test(String(v)) ? "a" : "b"; }',
      'class A {}',
      'type T = `a${string}`;',
      'const o = { a: 1 } satisfies { a: number };',
    ].join('\n');
    const problems = checkDialect(text).problems.join('\n');
    for (const p of ['implicitly has an \'any\' type', 'explicit `any`', 'arrow functions', 'without a type', 'lookbehind', 'classes', 'template literal types', 'satisfies', 'explicit types', 'explicit return type']) {
      expect(problems).toContain(p);
    }
  });
});
