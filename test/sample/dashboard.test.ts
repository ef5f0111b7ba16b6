/**
 * The sample's Dashboard sheet as `plan sample` writes it: PLAN.* formulas in
 * the form Excel stores them, each with a cached result, a note saying they
 * need the add-in, a real As-of date, not read by the engine, and kept as it
 * is by `plan rollup`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { plan } from '../helpers/cli';
import { readXlsx, tempDir } from '../helpers/xlsx-builder';
import {
  ACTION_SUMMARY, CUSTOM_FUNCTION_PREFIX, DASHBOARD_NOTE, DASHBOARD_SHEET, MEASURE_SUMMARY, SAMPLE_AS_OF, SAMPLE_SHEETS, buildSampleWorkbook,
} from '../../src/sample';
import { relevantSheetNames } from '../../src/core/read';
import { workbookOutline } from '../../src/xlsx';
import { formulaCells, functionCalls, sampleFromCli, sheetOf, cachedResult, type SampleFile } from './dashboard-fixture';

let sample: SampleFile;
beforeAll(async () => {
  sample = await sampleFromCli();
});

/** Everything a cell holds that a person would notice: value or formula and cached result, format, font, fill. */
function cellState(cell: ExcelJS.Cell): unknown {
  const formula = cell.formula;
  return {
    formula: typeof formula === 'string' && formula !== '' ? formula : null,
    result: typeof formula === 'string' && formula !== '' ? cachedResult(cell) : null,
    value: typeof formula === 'string' && formula !== '' ? null : cell.value,
    numFmt: cell.numFmt ?? null,
    font: cell.font ?? null,
    fill: cell.fill ?? null,
  };
}

function sheetState(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      out[cell.address] = cellState(cell);
    });
  });
  return out;
}

describe('the sample Dashboard', () => {
  it('is in the workbook plan sample writes, after the sheets the engine reads', () => {
    expect(sample.workbook.worksheets.map((ws) => ws.name)).toEqual(['Action plan', 'Scorecard', 'Officers', 'Settings', 'Roll-up history', 'RAG history', 'Dashboard']);
    expect(buildSampleWorkbook().worksheets.map((ws) => ws.name)).toContain(SAMPLE_SHEETS.dashboard);
  });

  it('is not a sheet the engine reads', () => {
    const outline = workbookOutline(sample.workbook);
    expect(relevantSheetNames(outline.sheetNames, outline.tables)).toEqual(['Action plan', 'Scorecard', 'Officers', 'Settings', 'Roll-up history', 'RAG history']);
  });

  it('says that its formulas need the Plan add-in', () => {
    const note = sample.dashboard.getCell('A2').value;
    expect(note).toBe(DASHBOARD_NOTE);
    expect(DASHBOARD_NOTE).toContain('need the Plan add-in');
    expect(DASHBOARD_NOTE).toContain('#NAME?');
  });

  it('has the As-of date as a real date, and every action formula reads it', () => {
    const cell = sample.dashboard.getCell(sample.layout.asOfCell);
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString().slice(0, 10)).toBe(SAMPLE_AS_OF);
    expect(cell.numFmt).toBe('dd/mm/yyyy');
    const actionFormulas = formulaCells(sample.dashboard).filter((f) => /ACTIONRAG|DAYSOVERDUE/.test(f.formula));
    expect(actionFormulas).toHaveLength(sample.layout.actionRows.length * 2);
    for (const f of actionFormulas) expect(f.formula, f.address).toMatch(/,\$B\$3\)$/);
  });

  it('stores the PLAN functions as Excel does (_xldudf_PLAN_X), never as typed (PLAN.X)', () => {
    const formulas = formulaCells(sample.dashboard);
    const names = new Set(formulas.flatMap((f) => functionCalls(f.formula).map((c) => c.name)));
    expect([...names].filter((n) => n.startsWith(CUSTOM_FUNCTION_PREFIX)).sort()).toEqual(
      ['ACTIONRAG', 'DAYSOVERDUE', 'DIRECTION', 'LATEST', 'PROGRESS', 'RAG', 'UKDATE'].map((n) => CUSTOM_FUNCTION_PREFIX + n),
    );
    for (const f of formulas) {
      expect(f.formula, f.address).not.toMatch(/PLAN\./i);
      expect(f.formula, f.address).not.toMatch(/^=/);
    }
    expect([...names].filter((n) => !n.startsWith(CUSTOM_FUNCTION_PREFIX)).sort()).toEqual(['COUNTA', 'COUNTIF', 'IF', 'ISBLANK', 'ISNUMBER']);
  });

  it('gives every formula a cached result, or none only for a blank answer', () => {
    const formulas = formulaCells(sample.dashboard);
    expect(formulas.length).toBeGreaterThan(sample.layout.measureRows.length * 8);
    for (const f of formulas) expect(typeof f.cached === 'object', f.address).toBe(false);
    const blank = formulas.filter((f) => f.cached === '');
    // Blank answers: progress and direction of the context measure (CIC4), progress of MA3 (target TBC), the Target of CIC4.
    expect(blank.map((f) => f.address).sort()).toEqual(blankAddresses(sample));
    // A cached 0 is kept (exceljs leaves a falsy result out of cell.value).
    expect(formulas.filter((f) => f.cached === 0).length).toBeGreaterThan(30);
  });

  it('summarises actions and measures in the rows the layout says, with COUNTIF over the formula columns', () => {
    const ws = sample.dashboard;
    const labels = (row: number, n: number) => Array.from({ length: n }, (_v, i) => ws.getCell(row, i + 2).value);
    expect(labels(sample.layout.actionSummaryRow, ACTION_SUMMARY.length)).toEqual([...ACTION_SUMMARY]);
    expect(labels(sample.layout.measureSummaryRow, MEASURE_SUMMARY.length)).toEqual([...MEASURE_SUMMARY]);
    expect(ws.getCell(sample.layout.actionSummaryRow + 1, 5).formula).toMatch(/^COUNTIF\(F\$\d+:F\$\d+,"Red"\)$/);
    expect(ws.getCell(sample.layout.measureSummaryRow + 1, 2).formula).toMatch(/^COUNTIF\(F\$\d+:F\$\d+,"Green"\)$/);
  });

  it('is deterministic', async () => {
    const again = await sampleFromCli();
    expect(sheetState(again.dashboard)).toEqual(sheetState(sample.dashboard));
  });
});

describe('plan rollup on the sample', () => {
  it('keeps the Dashboard as it was: formulas, cached results, formats, merges and colours', async () => {
    const rolled = path.join(tempDir(), 'sample-dashboard-rolled.xlsx');
    const run = await plan('rollup', sample.file, '--as-of', SAMPLE_AS_OF, '--out', rolled);
    expect(run.code, run.err).toBe(0);
    const after = await readXlsx(rolled);
    expect(after.worksheets.map((ws) => ws.name)).toEqual(['Action plan', 'Scorecard', 'Officers', 'Settings', 'Roll-up history', 'RAG history', 'Dashboard', 'Monthly roll-up']);
    const before = sample.dashboard;
    const dashboard = sheetOf(after, DASHBOARD_SHEET);
    expect(sheetState(dashboard)).toEqual(sheetState(before));
    expect(formulaCells(dashboard)).toEqual(formulaCells(before));
    expect(dashboard.model.merges).toEqual(before.model.merges);
    expect(conditionalFormats(dashboard)).toEqual(conditionalFormats(before));
    expect(conditionalFormats(dashboard)).toHaveLength(2);
    expect(dashboard.columns.map((c) => c.width)).toEqual(before.columns.map((c) => c.width));
  });

  it('leaves the Dashboard references pointing at the same Scorecard and Action plan cells (owned columns go to the right)', async () => {
    const rolled = path.join(tempDir(), 'sample-dashboard-rolled-2.xlsx');
    await plan('rollup', sample.file, '--as-of', SAMPLE_AS_OF, '--out', rolled);
    const after = await readXlsx(rolled);
    const scorecard = sheetOf(after, SAMPLE_SHEETS.measures);
    const actions = sheetOf(after, SAMPLE_SHEETS.actions);
    // The roll-up's own Latest column agrees with the Dashboard's cached Latest on every measure row.
    const latestCol = headerColumn(scorecard, 3, 'Latest');
    const ragCol = headerColumn(actions, 4, 'Calculated RAG');
    for (const { row, scorecardRow } of sample.layout.measureRows) {
      const engineLatest = scorecard.getCell(scorecardRow, latestCol).value;
      const dashLatest = cachedResult(sample.dashboard.getCell(row, 4));
      if (engineLatest === null) expect(dashLatest).toBe('');
      else if (typeof dashLatest === 'number' && dashLatest > 1 && (engineLatest as number) <= 1) expect(dashLatest / 100).toBeCloseTo(engineLatest as number, 12);
      else expect(dashLatest).toBeCloseTo(engineLatest as number, 12);
    }
    for (const { row, actionPlanRow } of sample.layout.actionRows) {
      expect(cachedResult(sample.dashboard.getCell(row, 6)), 'action row ' + actionPlanRow).toBe(actions.getCell(actionPlanRow, ragCol).value);
    }
  });
});

/** exceljs keeps a sheet's conditional formats on the worksheet (not in its typings). */
function conditionalFormats(ws: ExcelJS.Worksheet): unknown[] {
  const formats = (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings;
  return formats ?? [];
}

function headerColumn(ws: ExcelJS.Worksheet, headerRow: number, header: string): number {
  const row = ws.getRow(headerRow);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error('no column ' + header);
}

function blankAddresses(s: SampleFile): string[] {
  const cic4 = s.layout.measureRows.find(({ scorecardRow }) => sheetOf(s.workbook, SAMPLE_SHEETS.measures).getCell(scorecardRow, 1).value === 'CIC4');
  const ma3 = s.layout.measureRows.find(({ scorecardRow }) => sheetOf(s.workbook, SAMPLE_SHEETS.measures).getCell(scorecardRow, 1).value === 'MA3');
  if (cic4 === undefined || ma3 === undefined) throw new Error('measures not found');
  return ['C' + cic4.row, 'G' + cic4.row, 'H' + cic4.row, 'G' + ma3.row].sort();
}
