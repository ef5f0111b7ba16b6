/**
 * The requirement sets are declared exactly as the code needs them: the map of
 * Office API members to sets agrees with the @types/office-js doc comments
 * ("[Api set: ExcelApi 1.13]"), every member of the adapter's view of the
 * object model (src/excel/office-model.ts) used in src/excel is in the map,
 * the manifest declares exactly the highest required set of each name, and
 * the pane's check says which Excel is needed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICE_API_SETS, OPTIONAL_SETS, REQUIRED_SETS, missingSets, tooOldMessage } from '../../src/host/requirements';
import { declaredSets } from '../../tools/validate-manifest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OFFICE_DTS = readFileSync(path.join(ROOT, 'node_modules/@types/office-js/index.d.ts'), 'utf8');

/** The `[Api set: ...]` of a member of an Excel class, from its doc comment. */
function documentedSet(owner: string, member: string): string | null {
  const start = OFFICE_DTS.indexOf('\n    class ' + owner + ' extends OfficeExtension.ClientObject {');
  if (start < 0) return null;
  const end = OFFICE_DTS.indexOf('\n    }\n', start);
  const body = OFFICE_DTS.slice(start, end);
  const decl = new RegExp('\\n        (readonly )?' + member + '(\\(|: |\\?: )');
  const m = decl.exec(body);
  if (m === null) return null;
  const before = body.slice(0, m.index);
  const doc = before.slice(before.lastIndexOf('/**'));
  const set = /\[Api set: (\w+) ([\d.]+)\]/.exec(doc);
  return set === null ? null : set[1] + ' ' + set[2];
}

function cmp(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
}

function sourceOf(dir: string): string {
  return readdirSync(path.join(ROOT, dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(path.join(ROOT, dir, f), 'utf8'))
    .join('\n');
}

describe('requirement sets', () => {
  it.each(OFFICE_API_SETS.filter((u) => u.name === 'ExcelApi').map((u) => [u.owner + '.' + u.member, u]))('%s is in the set @types/office-js documents', (_label, u) => {
    expect(documentedSet(u.owner, u.member)).toBe(u.name + ' ' + u.version);
  });

  it('every Office API member in the adapter\'s object model that src/excel uses is mapped to its set', () => {
    const model = readFileSync(path.join(ROOT, 'src/excel/office-model.ts'), 'utf8');
    const members = new Set(Array.from(model.matchAll(/^\s+(?:readonly )?(\w+)[(?:]/gm)).map((m) => m[1]));
    const code = ['read.ts', 'write.ts', 'marks.ts', 'host.ts'].map((f) => readFileSync(path.join(ROOT, 'src/excel', f), 'utf8')).join('\n');
    // Members of ExcelApi 1.1 (the first Excel set, in every Excel that can load the add-in) need no entry.
    const baseline = new Set(['load', 'sync', 'workbook', 'worksheets', 'tables', 'items', 'name', 'getItem', 'add', 'getRange', 'values', 'numberFormat', 'text', 'address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'format', 'fill', 'font', 'color', 'bold', 'clear', 'select', 'activate', 'isNullObject', 'application', 'worksheet', 'formula', 'rule', 'formula1', 'operator', 'custom']);
    const mapped = new Set(OFFICE_API_SETS.map((u) => u.member));
    const used = Array.from(members).filter((m) => new RegExp('\\.' + m + '\\b').test(code));
    expect(used.filter((m) => !mapped.has(m) && !baseline.has(m))).toEqual([]);
    // And nothing is mapped that no code uses any more.
    const all = code + sourceOf('src/ribbon') + sourceOf('src/functions');
    expect(OFFICE_API_SETS.filter((u) => !new RegExp('\\b' + u.member + '\\b').test(all)).map((u) => u.member)).toEqual([]);
  });

  it('requires the highest set of each name that the code needs unconditionally, and keeps the optional ones out', () => {
    const optional = Object.values(OPTIONAL_SETS).map((s) => s.name + ' ' + s.version);
    const highest = new Map<string, string>();
    for (const u of OFFICE_API_SETS) {
      if (optional.includes(u.name + ' ' + u.version)) continue;
      const prev = highest.get(u.name);
      if (prev === undefined || cmp(u.version, prev) > 0) highest.set(u.name, u.version);
    }
    expect(REQUIRED_SETS.map((s) => s.name + ' ' + s.version).sort()).toEqual(Array.from(highest).map(([n, v]) => n + ' ' + v).sort());
  });

  it('the manifest declares exactly the required sets', () => {
    const xml = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    expect(declaredSets(xml).map((s) => s.name + ' ' + s.version).sort()).toEqual(REQUIRED_SETS.map((s) => s.name + ' ' + s.version).sort());
  });

  it('tells, in words, which Excel is needed when a set is missing, and nothing when all are there', () => {
    expect(tooOldMessage(() => true)).toBeNull();
    const old = (name: string, version: string): boolean => !(name === 'ExcelApi' && cmp(version, '1.4') > 0);
    expect(missingSets(old).map((s) => s.name)).toEqual(['ExcelApi']);
    const text = tooOldMessage(old) ?? '';
    expect(text).toContain('Excel for Microsoft 365 on Windows (version 2002 or later)');
    expect(text).toContain('Excel 2016 and Excel 2019 cannot run it');
    expect(text).toContain('ExcelApi 1.9');
  });
});
