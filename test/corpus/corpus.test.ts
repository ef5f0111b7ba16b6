/**
 * Issue 11, "Never lose a byte": `plan rollup` and `plan import` into real
 * workbooks written by other software (test/corpus/files, made by
 * make-corpus.sh). Every package part the write plan does not name must come
 * out byte-identical; in the parts it names, everything outside the owned
 * cells must be unchanged (canonical XML); the owned cells must read back
 * right with a second, independent reader (openpyxl).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { zipSync } from 'fflate';
import { plan } from '../helpers/cli';
import { canonical, colOf, find, local, parts, sheetParts, xmlTree, type Node } from './package-compare';

const CORPUS = path.join(__dirname, 'files');
// The plan workbooks made for writing (xw-, op-, lo-); rd- files are the reader's (no Measures sheet).
const FILES = readdirSync(CORPUS).filter((f) => /^(xw|op|lo)-.*\.xls[xm]$/.test(f));
const TMP = mkdtempSync(path.join(tmpdir(), 'plan-corpus-'));
const PYTHON = process.env.PYTHON ?? '/usr/bin/python3';

const OWNED_SHEETS = ['Monthly roll-up', 'Roll-up history', 'RAG history'];
const OWNED_HEADERS = ['Calculated RAG', 'Days overdue', 'Check', 'Latest', 'Latest period', 'Progress to target', 'Trajectory', 'Direction of travel'];
const PLAN_SHEETS = /^(actions|action plan|measures|scorecard)$/i;

interface Column {
  readonly index: number;
  readonly values: ReadonlyArray<unknown>;
  readonly formats: ReadonlyArray<string>;
  readonly fills: ReadonlyArray<string | null>;
}
interface Table {
  readonly headerRow: number;
  readonly columns: Record<string, Column>;
}
interface ReadBack {
  readonly sheets: string[];
  readonly actions: Table;
  readonly measures: Table;
  readonly 'monthly roll-up'?: unknown[][];
  readonly 'roll-up history'?: unknown[][];
}

function readBack(file: string): ReadBack {
  return JSON.parse(execFileSync(PYTHON, [path.join(__dirname, 'read_back.py'), file], { encoding: 'utf8' })) as ReadBack;
}

function ownedColumns(t: Table): Set<number> {
  return new Set(OWNED_HEADERS.filter((h) => t.columns[h] !== undefined).map((h) => t.columns[h].index));
}

/** A sheet part's canonical text without the owned cells (and the hints the writer may widen). */
function sheetCanonical(xml: Uint8Array, owned: Set<number>, keepCols: boolean): string {
  return canonical(
    xmlTree(xml),
    (n) =>
      (local(n.name) === 'c' && owned.has(colOf(n.attrs.r))) ||
      (local(n.name) === 'col' && owned.has(Number(n.attrs.min) - 1)) ||
      (local(n.name) === 'cols' && !keepCols),
    (n, a) => (local(n.name) === 'row' && a === 'spans') || (local(n.name) === 'dimension' && a === 'ref'),
  );
}

const LISTS = ['numFmts', 'fonts', 'fills', 'cellXfs'];

function expectStylesAppendedOnly(before: Uint8Array, after: Uint8Array): void {
  const b = xmlTree(before);
  const a = xmlTree(after);
  for (const list of LISTS) {
    const old = find(b, [list])?.children ?? [];
    const now = find(a, [list])?.children ?? [];
    expect(now.slice(0, old.length).map((n) => canonical(n)), `styles.xml ${list} keeps its entries in order`).toEqual(old.map((n) => canonical(n)));
  }
  const oldCounts = new Map(LISTS.map((l) => [l, find(b, [l])?.children.length ?? 0]));
  const dropAppended = (n: Node, parent: Node | null): boolean =>
    parent !== null && LISTS.includes(local(parent.name)) && parent.children.indexOf(n) >= (oldCounts.get(local(parent.name)) ?? 0);
  const dropNewList = (n: Node, parent: Node | null): boolean => dropAppended(n, parent) || (parent === a && LISTS.includes(local(n.name)) && find(b, [local(n.name)]) === undefined);
  const noCount = (n: Node, attr: string): boolean => LISTS.includes(local(n.name)) && attr === 'count';
  expect(canonical(a, dropNewList, noCount)).toBe(canonical(b, () => false, noCount));
}

function expectEntriesKept(before: Uint8Array, after: Uint8Array, what: string): void {
  const now = new Set(xmlTree(after).children.map((n) => canonical(n)));
  for (const n of xmlTree(before).children) expect(now.has(canonical(n)), `${what} keeps ${canonical(n)}`).toBe(true);
}

function expectWorkbookKept(before: Uint8Array, after: Uint8Array): void {
  const b = xmlTree(before);
  const a = xmlTree(after);
  expect(find(a, ['calcPr'])?.attrs.fullCalcOnLoad, 'Excel recalculates on opening').toMatch(/^(1|true)$/);
  const oldNames = new Set((find(b, ['sheets'])?.children ?? []).map((s) => s.attrs.name));
  const hadCalc = find(b, ['calcPr']) !== undefined;
  const drop = (n: Node): boolean => (local(n.name) === 'sheet' && !oldNames.has(n.attrs.name) && OWNED_SHEETS.includes(n.attrs.name)) || (local(n.name) === 'calcPr' && !hadCalc);
  const noCalcFlag = (n: Node, attr: string): boolean => local(n.name) === 'calcPr' && attr === 'fullCalcOnLoad';
  expect(canonical(a, drop, noCalcFlag)).toBe(canonical(b, () => false, noCalcFlag));
}

/** The parts a write may change: the package-level ones a new sheet needs, and the sheets named. */
function namedParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>, sheets: ReadonlyArray<string>): Set<string> {
  const named = new Set(['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'docProps/app.xml', 'xl/styles.xml']);
  for (const [name, part] of sheetParts(after)) if (sheets.includes(name)) named.add(part);
  for (const [name, part] of sheetParts(before)) if (sheets.includes(name)) named.add(part);
  return named;
}

function expectOtherPartsIdentical(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>, named: Set<string>): void {
  for (const [name, bytes] of before) {
    if (named.has(name)) continue;
    const out = after.get(name);
    expect(out, `${name} is kept`).toBeDefined();
    expect(Buffer.compare(Buffer.from(out!), Buffer.from(bytes)), `${name} is byte-identical`).toBe(0);
  }
  for (const name of after.keys()) if (!before.has(name)) expect(named.has(name), `${name} is a part the write plan names`).toBe(true);
}

const RAG_FILL: Record<string, string> = { Green: 'FFC6EFCE', Red: 'FFFFC7CE', Amber: 'FFFFEB9C', Blue: 'FFBDD7EE' };

describe('plan rollup into the corpus', () => {
  it('has a file for every feature the issue lists', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(FILES)('%s: only owned cells and sheets change, everything else is kept', async (name) => {
    const input = path.join(CORPUS, name);
    const out = path.join(TMP, 'rollup-' + name);
    const r = await plan('rollup', input, '--as-of', '2016-10-31', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const before = parts(readFileSync(input));
    const after = parts(readFileSync(out));
    const back = readBack(out);
    const planSheetNames = Array.from(sheetParts(before).keys()).filter((s) => PLAN_SHEETS.test(s));
    expect(planSheetNames).toHaveLength(2);
    const named = namedParts(before, after, [...planSheetNames, ...OWNED_SHEETS]);
    expectOtherPartsIdentical(before, after, named);

    // In the parts it names, nothing outside the owned cells changed.
    const beforeSheets = sheetParts(before);
    for (const sheet of planSheetNames) {
      const table = /^(actions|action plan)$/i.test(sheet) ? back.actions : back.measures;
      const part = beforeSheets.get(sheet)!;
      const hadCols = find(xmlTree(before.get(part)!), ['cols']) !== undefined;
      expect(sheetCanonical(after.get(part)!, ownedColumns(table), hadCols), `${sheet} outside the owned cells`).toBe(sheetCanonical(before.get(part)!, ownedColumns(table), hadCols));
    }
    expectStylesAppendedOnly(before.get('xl/styles.xml')!, after.get('xl/styles.xml')!);
    expectWorkbookKept(before.get('xl/workbook.xml')!, after.get('xl/workbook.xml')!);
    expectEntriesKept(before.get('xl/_rels/workbook.xml.rels')!, after.get('xl/_rels/workbook.xml.rels')!, 'workbook.xml.rels');
    expectEntriesKept(before.get('[Content_Types].xml')!, after.get('[Content_Types].xml')!, '[Content_Types].xml');

    // The owned cells read back right (openpyxl).
    const rag = back.actions.columns['Calculated RAG'];
    expect(rag.values).toEqual(['Green', 'Red', 'Amber', 'Blue', 'Amber']);
    expect(rag.fills).toEqual(['Green', 'Red', 'Amber', 'Blue', 'Amber'].map((w) => RAG_FILL[w]));
    expect(back.actions.columns['Days overdue'].values).toEqual([0, 31, 0, 0, 0]);
    expect(back.actions.columns['Check'].values).toEqual(['OK', '1 error: overdue-on-track', 'OK', 'OK', 'OK']);
    expect(back.measures.columns['Latest'].values).toEqual([0.86, 0.62, 0.27, 72]);
    expect(back.measures.columns['Latest'].formats).toEqual(['0.0%', '0.0%', '0.0%', 'General']);
    expect(back.measures.columns['Latest period'].values).toEqual(['2016-09-01', '2016-09-01', '2016-08-01', '2016-09-01']);
    expect(back.measures.columns['Calculated RAG'].values).toEqual(['Green', 'Amber', 'Amber', 'n/a']);
    expect(back.measures.columns['Calculated RAG'].fills).toEqual([RAG_FILL.Green, RAG_FILL.Amber, RAG_FILL.Amber, null]);
    expect(back['monthly roll-up']?.[0]?.[0]).toBe('Monthly roll-up: October 2016');
    expect(back['roll-up history']?.[0]?.slice(0, 3)).toEqual(['Month', 'Theme', 'Actions']);
    expect(back['roll-up history']?.[1]?.slice(0, 2)).toEqual(['2016-10', '1']);
  });

  it.each(FILES)('%s: plan import writes one value and nothing else', async (name) => {
    const input = path.join(CORPUS, name);
    const csv = path.join(TMP, 'import-' + name + '.csv');
    writeFileSync(csv, 'Measure ID,Period,Value\nRR1,2016-09,26%\n');
    const out = path.join(TMP, 'import-' + name);
    const r = await plan('import', input, csv, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const before = parts(readFileSync(input));
    const after = parts(readFileSync(out));
    const measuresSheet = Array.from(sheetParts(before).keys()).filter((s) => /^(measures|scorecard)$/i.test(s));
    const named = namedParts(before, after, measuresSheet);
    expectOtherPartsIdentical(before, after, named);
    const back = readBack(out);
    const sep = back.measures.columns['Sep 2016'];
    expect(sep.values[2]).toBe(0.26);
    expect(sep.formats[2]).toContain('%');
    const part = sheetParts(before).get(measuresSheet[0])!;
    // Only the one cell changed: RR1's September cell (M, third row under the header).
    const dropCell = (n: Node): boolean => local(n.name) === 'c' && n.attrs.r === `M${back.measures.headerRow + 4}`;
    expect(canonical(xmlTree(after.get(part)!), dropCell, (n, a) => a === 'spans' || (local(n.name) === 'dimension' && a === 'ref'))).toBe(
      canonical(xmlTree(before.get(part)!), dropCell, (n, a) => a === 'spans' || (local(n.name) === 'dimension' && a === 'ref')),
    );
    expectStylesAppendedOnly(before.get('xl/styles.xml')!, after.get('xl/styles.xml')!);
  });

  it('running the roll-up again appends no more styles and keeps the owned sheets in place', async () => {
    const first = path.join(TMP, 'again-1.xlsx');
    const second = path.join(TMP, 'again-2.xlsx');
    expect((await plan('rollup', path.join(CORPUS, 'xw-condformat.xlsx'), '--as-of', '2016-10-31', '--out', first)).code).toBe(0);
    expect((await plan('rollup', first, '--as-of', '2016-10-31', '--out', second)).code).toBe(0);
    const a = parts(readFileSync(first));
    const b = parts(readFileSync(second));
    expect(Buffer.from(b.get('xl/styles.xml')!).equals(Buffer.from(a.get('xl/styles.xml')!))).toBe(true);
    expect(Array.from(sheetParts(b).entries())).toEqual(Array.from(sheetParts(a).entries()));
    for (const [name, bytes] of a) expect(Buffer.from(b.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('refuses to replace an owned sheet that holds a drawing, naming it, and writes nothing', async () => {
    const first = path.join(TMP, 'drawing-1.xlsx');
    expect((await plan('rollup', path.join(CORPUS, 'xw-chart.xlsx'), '--as-of', '2016-10-31', '--out', first)).code).toBe(0);
    const pkg = parts(readFileSync(first));
    const rollupPart = sheetParts(pkg).get('Monthly roll-up')!;
    const relsName = rollupPart.replace('worksheets/', 'worksheets/_rels/') + '.rels';
    pkg.set(relsName, pkg.get('xl/worksheets/_rels/sheet2.xml.rels')!);
    writeFileSync(first, zipSync(Object.fromEntries(pkg)));
    const second = path.join(TMP, 'drawing-2.xlsx');
    const r = await plan('rollup', first, '--as-of', '2016-10-31', '--out', second);
    expect(r.code).toBe(1);
    expect(r.err).toContain('"Monthly roll-up"');
    expect(r.err).toContain('drawing');
    expect(() => readFileSync(second)).toThrow();
  });

  it('refuses to write a macro-enabled workbook under an .xlsx name', async () => {
    const r = await plan('rollup', path.join(CORPUS, 'xw-macros.xlsm'), '--as-of', '2016-10-31', '--out', path.join(TMP, 'macros.xlsx'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('.xlsm');
  });
});
