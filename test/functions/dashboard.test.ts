/**
 * The sample's Dashboard, formula level: every formula uses only PLAN
 * functions that exist, with an argument count they accept; evaluated by a
 * real formula engine (HyperFormula, with the PLAN plugin that calls the very
 * functions Excel calls) over the Scorecard and Action plan as `plan sample`
 * wrote them, each formula gives its cached result, and the results agree
 * with `plan report --format json --as-of 2016-09-30` on the same file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import type { HyperFormula } from 'hyperformula';
import { planJson } from '../helpers/cli';
import { buildEngine } from './hyperformula-plugin';
import {
  ACTION_BLOCK, ACTION_SUMMARY, CUSTOM_FUNCTION_PREFIX, DASHBOARD_SHEET, MEASURE_BLOCK, MEASURE_SUMMARY, SAMPLE_AS_OF, SAMPLE_SHEETS,
} from '../../src/sample';
import { columnIndex, parseA1 } from '../../src/core/address';
import { serialFromIso, serialFromYmd } from '../../src/core/calendar';
import { snapshotFromWorkbook } from '../../src/xlsx';
import type { ReportJson } from '../../src/core/report/json';
import type { CellValue } from '../../src/core/snapshot';
import { formulaCells, functionCalls, sampleFromCli, typedForm, type Cached, type FormulaCell, type SampleFile } from '../sample/dashboard-fixture';

const FUNCTIONS_FILE = fileURLToPath(new URL('../../src/functions/functions.ts', import.meta.url));

interface Arity {
  readonly min: number;
  readonly max: number;
}

/** PLAN function id -> how many arguments it takes, from functions.json as the add-in build generates it. */
async function arities(): Promise<Map<string, Arity>> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_FILE);
  const metadata = JSON.parse(generated.metadataJson) as { functions: Array<{ id: string; parameters: Array<{ optional?: boolean }> }> };
  return new Map(metadata.functions.map((f) => [f.id, { min: f.parameters.filter((p) => p.optional !== true).length, max: f.parameters.length }]));
}

type HfRow = Array<string | number | boolean | null>;

/** A sheet's cells as HyperFormula contents: text stays text (a leading `'`, so `1.4` or `Dec 2016` is not parsed), dates are serials. */
function hfRows(rows: ReadonlyArray<ReadonlyArray<{ readonly value: CellValue }>>): HfRow[] {
  return rows.map((row) => row.map((c) => {
    const v = c.value;
    if (v === null) return null;
    if (typeof v === 'object') return '=' + v.error; // none in the sample; kept visible if one appears
    return typeof v === 'string' ? "'" + v : v;
  }));
}

function buildHf(sample: SampleFile, formulas: ReadonlyArray<FormulaCell>): HyperFormula {
  const snap = snapshotFromWorkbook(sample.workbook, { sheets: [SAMPLE_SHEETS.actions, SAMPLE_SHEETS.measures, DASHBOARD_SHEET] });
  const sheets: Record<string, HfRow[]> = {};
  for (const s of snap.sheets) sheets[s.name] = hfRows(s.rows);
  const dashboard = sheets[DASHBOARD_SHEET];
  for (const f of formulas) {
    while (dashboard.length <= f.row) dashboard.push([]);
    const row = dashboard[f.row];
    while (row.length <= f.col) row.push(null);
    row[f.col] = '=' + typedForm(f.formula);
  }
  return buildEngine(sheets);
}

function hfValue(hf: HyperFormula, address: string): unknown {
  const id = hf.getSheetId(DASHBOARD_SHEET);
  const ref = parseA1(address);
  if (id === undefined || ref === null) throw new Error('bad address ' + address);
  return hf.getCellValue({ sheet: id, row: ref.row, col: ref.col });
}

/** HyperFormula's value in the shape of a cached result (a thrown #VALUE! becomes `{ error }`). */
function asCached(v: unknown): Cached {
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v === null) return '';
  if (typeof v === 'object' && v !== null && 'value' in v) return { error: String((v as { value: unknown }).value) };
  throw new Error('unexpected HyperFormula value ' + String(v));
}

function expectSame(actual: Cached, expected: Cached, label: string): void {
  if (typeof expected === 'number' && typeof actual === 'number') expect(actual, label).toBeCloseTo(expected, 10);
  else expect(actual, label).toEqual(expected);
}

const at = (col: string, row: number): string => col + String(row);

describe('the sample Dashboard, evaluated', () => {
  let sample: SampleFile;
  let formulas: FormulaCell[];
  let hf: HyperFormula;
  let report: ReportJson;
  let known: Map<string, Arity>;

  beforeAll(async () => {
    sample = await sampleFromCli();
    formulas = formulaCells(sample.dashboard);
    hf = buildHf(sample, formulas);
    report = (await planJson<ReportJson>('report', sample.file, '--as-of', SAMPLE_AS_OF)).json;
    known = await arities();
  });

  it('uses only known PLAN functions, each with an argument count it accepts', () => {
    expect([...known.keys()].sort()).toEqual(['ACTIONRAG', 'DAYSOVERDUE', 'DIRECTION', 'LATEST', 'PROGRESS', 'RAG', 'TRAJECTORY', 'UKDATE']);
    let calls = 0;
    for (const f of formulas) {
      for (const call of functionCalls(f.formula)) {
        if (!call.name.startsWith(CUSTOM_FUNCTION_PREFIX)) {
          expect(call.name, f.address).toMatch(/^(IF|ISNUMBER|ISBLANK|COUNTIF|COUNTA)$/);
          continue;
        }
        const id = call.name.slice(CUSTOM_FUNCTION_PREFIX.length);
        const arity = known.get(id);
        expect(arity, `${f.address}: ${call.name}`).toBeDefined();
        if (arity === undefined) continue;
        expect(call.args.length, `${f.address}: ${call.name}(${call.args.join(',')})`).toBeGreaterThanOrEqual(arity.min);
        expect(call.args.length, `${f.address}: ${call.name}(${call.args.join(',')})`).toBeLessThanOrEqual(arity.max);
        // Required arguments are never left out.
        for (let i = 0; i < arity.min; i++) expect(call.args[i], `${f.address}: ${call.name} argument ${i + 1}`).not.toBe('');
        calls++;
      }
    }
    expect(calls).toBeGreaterThan(sample.layout.measureRows.length * 20);
  });

  it('gives, in HyperFormula, every formula its cached result, with no error anywhere', () => {
    expect(formulas.length).toBeGreaterThan(400);
    for (const f of formulas) {
      const value = asCached(hfValue(hf, f.address));
      expect(typeof value === 'object', `${f.address}: ${f.formula} -> ${JSON.stringify(value)}`).toBe(false);
      expectSame(value, f.cached, `${f.address}: ${f.formula}`);
    }
  });

  it('per measure: the same latest, RAG, progress and direction as plan report', () => {
    expect(sample.layout.measureRows.map(({ row }) => hfValue(hf, at(MEASURE_BLOCK.id, row)))).toEqual(report.measures.map((m) => m.id));
    const scaled: string[] = [];
    report.measures.forEach((m, i) => {
      const row = sample.layout.measureRows[i].row;
      const latest = hfValue(hf, at(MEASURE_BLOCK.latest, row));
      if (m.latest === null) expect(latest, m.id).toBe('');
      else if (typeof latest === 'number' && latest > 1 && m.latest <= 1) {
        // Shown as typed on the Scorecard: a % row typed in points (58) is 0.58 to the engine.
        scaled.push(m.id);
        expect(latest / 100, m.id).toBeCloseTo(m.latest, 10);
      } else expect(latest, m.id).toBeCloseTo(m.latest, 10);
      expect(hfValue(hf, at(MEASURE_BLOCK.rag, row)), m.id).toBe(m.rag);
      const progress = hfValue(hf, at(MEASURE_BLOCK.progress, row));
      if (m.progress === null) expect(progress, m.id).toBe('');
      else expect(progress, m.id).toBeCloseTo(m.progress, 10);
      expect(hfValue(hf, at(MEASURE_BLOCK.direction, row)), m.id).toBe(m.direction === null ? '' : m.direction);
    });
    expect(scaled).toEqual(['CL1']);
    // The sample exercises every RAG and direction the formulas can give.
    expect(new Set(report.measures.map((m) => m.rag))).toEqual(new Set(['Green', 'Amber', 'Red', 'No data', 'n/a']));
    expect(new Set(report.measures.map((m) => m.direction))).toEqual(new Set(['Improving', 'Declining', 'No change', null]));
  });

  it('per action: the same calculated RAG and days overdue as plan report', () => {
    expect(sample.layout.actionRows).toHaveLength(report.actions.length);
    report.actions.forEach((a, i) => {
      const row = sample.layout.actionRows[i].row;
      expect(String(hfValue(hf, at(ACTION_BLOCK.ref, row))), 'row ' + row).toBe(a.ref);
      expect(hfValue(hf, at(ACTION_BLOCK.rag, row)), a.ref).toBe(a.rag);
      expect(hfValue(hf, at(ACTION_BLOCK.daysOverdue, row)), a.ref).toBe(a.daysOverdue);
    });
    expect(new Set(report.actions.map((a) => a.rag))).toEqual(new Set(['Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown']));
  });

  it('summary counts equal the roll-up\'s All row', () => {
    const all = report.rollup.find((r) => r.theme === 'All');
    expect(all).toBeDefined();
    if (all === undefined) return;
    const summary = (row: number, words: ReadonlyArray<string>): Record<string, unknown> =>
      Object.fromEntries(words.map((w, i) => [w, hfValue(hf, at(String.fromCharCode(66 + i), row + 1))]));
    expect(summary(sample.layout.actionSummaryRow, ACTION_SUMMARY)).toEqual({
      Blue: all.blue, Green: all.green, Amber: all.amber, Red: all.red, Grey: all.grey, Unknown: all.unknown, Overdue: all.overdue, All: all.actions,
    });
    const m = summary(sample.layout.measureSummaryRow, MEASURE_SUMMARY);
    expect([m.Green, m.Amber, m.Red, m['No data']]).toEqual([all.measuresGreen, all.measuresAmber, all.measuresRed, all.measuresNoData]);
    // Context measures (n/a) are left out of the roll-up's count.
    expect((m.All as number) - (m['n/a'] as number)).toBe(all.measures);
  });

  it('rates actions at the As-of cell, and shows PLAN.UKDATE("Q3 2016/17") as 31/12/2016', () => {
    const asOf = parseA1(sample.layout.asOfCell);
    expect(asOf).not.toBeNull();
    expect(hfValue(hf, sample.layout.asOfCell)).toBe(serialFromIso(SAMPLE_AS_OF));
    expect(hfValue(hf, sample.layout.ukDateCell)).toBe(serialFromYmd(2016, 12, 31));
    expect(sample.dashboard.getCell(sample.layout.ukDateCell).formula).toBe('_xldudf_PLAN_UKDATE("Q3 2016/17")');
    // Moving the As-of date moves the action formulas, as in Excel.
    const id = hf.getSheetId(DASHBOARD_SHEET) as number;
    hf.setCellContents({ sheet: id, row: asOf?.row ?? 0, col: asOf?.col ?? 0 }, serialFromYmd(2016, 10, 31));
    const overdueCol = columnIndex(ACTION_BLOCK.daysOverdue);
    const total = sample.layout.actionRows.reduce((sum, { row }) => sum + Number(hf.getCellValue({ sheet: id, row: row - 1, col: overdueCol })), 0);
    const before = report.actions.reduce((sum, a) => sum + a.daysOverdue, 0);
    expect(total).toBeGreaterThan(before);
  });
});
