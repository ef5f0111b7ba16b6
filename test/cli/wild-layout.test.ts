/**
 * A tracker laid out "in the wild" (fixtures-wild.ts): the measures in an Excel
 * table named `Scorecard` on `Sheet2`, an actions sheet named
 * ` ACTION TRACKER `, punctuated headers, text dates in many forms, markers,
 * a band and a `↓` measure. Every expected result below is worked out by hand
 * from the contract (plan-workbook.md), as of 31/10/2016, with the arithmetic
 * in the comments; the product must agree exactly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type ExcelJS from 'exceljs';
import { plan, planJson } from '../helpers/cli';
import { readXlsx, writeXlsx } from '../helpers/xlsx-builder';
import { ACTION_ROWS, ACTIONS_SHEET, MEASURE_ROWS, MEASURES_SHEET, TABLE_COLUMNS, TABLE_NAME, TABLE_REF, wildPlan } from './fixtures-wild';

interface CheckJson {
  asOf: string;
  ready: boolean;
  errors: number;
  warnings: number;
  findings: Array<{ rule: string; severity: string; sheet: string; cell: string; ref: string | null; message: string }>;
}
interface ReportJson {
  asOf: string;
  actions: Array<{ ref: string; theme: string | null; rag: string; late: boolean; daysOverdue: number }>;
  measures: Array<{ id: string; latest: number | null; latestPeriod: string | null; progress: number | null; rag: string; trajectory: string | null; direction: string | null }>;
  rollup: Array<Record<string, string | number>>;
}

let file = '';
beforeAll(async () => {
  file = await writeXlsx('wild.xlsx', wildPlan());
});

/*
 * Finding things (contract 1).
 * - Actions: ` ACTION TRACKER ` -> matchKey `actiontracker`, a synonym. Header row 4
 *   (rows 1-3 hold fewer than three column names). `Ref.:` -> Ref, `What?` -> Action,
 *   `Expected Outcome(s)` -> Outcome, `Lead Officer:` -> Lead, `Date Due` -> Due,
 *   `RAG Status` -> Manual RAG, `Date completed` -> Completed, `Progress to date` -> Update,
 *   `As at:` -> Updated, `KPI(s)` -> Measures. No Evidence column (no evidence-missing),
 *   no Officers sheet (no lead-unknown).
 * - Measures: `Sheet2` is no synonym, but the table `Scorecard` is. Header row 4 (the
 *   table's first row). `Measure ref` -> ID, `Indicator` -> Name, `Good is` -> Polarity,
 *   `Baseline 2015/16` / `Target 2016/17` by prefix; H4:N4 are real dates -> months
 *   Apr..Oct 2016; `Notes` is left alone.
 * - Plan year: no Settings; earliest dated month column is April 2016 -> 2016/17
 *   (01/04/2016 to 31/03/2017). As-of month October 2016, so the month before is
 *   September 2016 (latest-missing looks at column M).
 *
 * Actions as of 31/10/2016 (4.2; sheet rows in brackets):
 *   1.1 (6)  due `1 Dec 2016` = 01/12/2016, In progress = On track: not past due, rule 8
 *            -> Green; RAG G agrees. As at 30/09/2016: 31 days, not stale (<= 35).
 *   1.2 (7)  due `Dec-16` = 31/12/2016 (last day of the month), Not started, due - as-of
 *            = 61 days > 30 -> Green (rule 8). RAG `A` disagrees -> manual-rag-mismatch H7.
 *   1.3 (8)  Theme `2. Care leavers` starts with 2, ref 1.3 with 1 -> theme-mismatch B8.
 *            Its theme is the Theme column's (2). Due `31/12/16` = 31/12/2016, Not started,
 *            61 days -> Green. RAG blank.
 *   2.1 (11) due `2016-12-31`, Complete on 14/10/2016 -> Blue, not late (14/10 <= 31/12),
 *            completed <= as-of. Not checked for staleness (complete).
 *   2.2 (12) due `Q4 2016/17` = 31/03/2017, At risk -> Amber (rule 6); RAG `Amber` agrees.
 *            Progress update `N/A` is a no-data marker = no update -> update-missing J12.
 *            As at 01/09/2016: 31/10 - 01/09 = 30 + 30 = 60 days > 35 -> update-stale K12.
 *   2.3 (13) Theme blank -> the ref's first number, 2. Due 30/09/2016 (a real date),
 *            On track: as-of after due -> Red (rule 5), days overdue 31/10 - 30/09 = 31.
 *            Status On track and past due -> overdue-on-track G13; RAG G vs Red ->
 *            manual-rag-mismatch H13; KPI `CL3` is not on the scorecard -> measure-unknown L13.
 *   3.1 (15) due `TBC` is not a date -> due-invalid F15. Deferred -> Grey (rule 2 comes
 *            before rule 4), 0 days. Not checked for staleness (deferred).
 *   3.2 (16) due `31/10/2016` = the as-of date: not after it, so not overdue (0 days).
 *            Off track -> Red (rule 6); RAG R agrees. Update given.
 *
 * Measures as of 31/10/2016 (3.3; October is empty everywhere, so the latest is at or
 * before September; blank tolerance = 5 points for `%`, 5% of the target otherwise):
 *   SW1  %, higher, 70% -> 85%, Jun `c`. Latest Sep 0.86 (Sep 2016). 0.86 >= 0.85 -> Green.
 *        Progress (0.86 - 0.70) / (0.85 - 0.70) = 0.16 / 0.15 = 1.0666666667 -> 1.066666667
 *        (10 significant digits). Trajectory Sep = month 6: 0.70 + 0.15 * 6/12 = 0.775,
 *        0.86 >= 0.775 -> On trajectory. Direction: Aug 0.82 -> 0.86, +4 points -> Improving.
 *   SW2  %, `↓` = lower, 25% -> 22%, Sep `..` (no data) -> latest-missing M6 (the month
 *        before the as-of month has a column and no value). Latest Aug 0.27 (Aug 2016).
 *        0.27 - 0.22 = 0.05 <= 0.05 (rounded to 10 digits) -> Amber.
 *        Progress (0.27 - 0.25) / (0.22 - 0.25) = 0.02 / -0.03 = -0.6666666667.
 *        Trajectory Aug = month 5: 0.25 - 0.03 * 5/12 = 0.2375; 0.27 > 0.2375 (lower is
 *        better) -> Behind trajectory. Direction: Jul 0.26 -> 0.27, +1 point: not smaller
 *        than 1 point, and up is worse -> Declining.
 *   RR1  Number, `Low`, 120 -> 100, May `N/A`. Latest Sep 104. 104 - 100 = 4 <= 5% of
 *        100 = 5 -> Amber. Progress (104 - 120) / (100 - 120) = -16 / -20 = 0.8.
 *        Trajectory month 6: 120 - 20 * 6/12 = 110; 104 <= 110 -> On trajectory.
 *        Direction: Aug 110 -> 104, -6 (1% of 110 = 1.1) -> Improving.
 *   CL1  % typed as points (58 = 58%), `Up`, 58 -> 65, Jul `x`. All plain numbers are above
 *        1, so the scales are not mixed. Latest Sep 62 = 0.62. 0.65 - 0.62 = 0.03 <= 0.05
 *        -> Amber. Progress (0.62 - 0.58) / (0.65 - 0.58) = 0.04 / 0.07 = 0.5714285714.
 *        Trajectory month 6: 0.58 + 0.07 * 6/12 = 0.615; 0.62 >= 0.615 -> On trajectory.
 *        Direction: Aug 0.61 -> 0.62, +1 point (not smaller than 1) -> Improving.
 *   CL2  `Percentage`, higher, baseline 0.55 (a plain fraction), target and months as
 *        `58%`-style text (never counts for pct-mixed-scale), Jun `c`. Latest Sep 0.58.
 *        0.60 - 0.58 = 0.02 <= 0.05 -> Amber. Progress (0.58 - 0.55) / (0.60 - 0.55) =
 *        0.03 / 0.05 = 0.6. Trajectory month 6: 0.55 + 0.05 / 2 = 0.575; 0.58 >= 0.575 ->
 *        On trajectory. Direction: Aug 0.575 -> 0.58, +0.5 point < 1 point -> No change.
 *   CIC1 Rate, Context, no target, Sep blank: rag n/a, no progress, trajectory or direction;
 *        no target-missing and no latest-missing (context). Latest Aug 72 (Aug 2016).
 *        Theme `3. Children in care` -> 3.
 *   CIC2 Number, `Close to target` = band, 22 -> 18, Jul `c`. Latest Sep 19.5. Tolerance
 *        5% of 18 = 0.9: |19.5 - 18| = 1.5 > 0.9 but <= 1.8 -> Amber. Progress taken
 *        literally (19.5 - 22) / (18 - 22) = -2.5 / -4 = 0.625. No trajectory (band).
 *        Direction: Aug 17 (1 from the target) -> 19.5 (1.5 from it), a change of 2.5
 *        (1% of 17 = 0.17) -> further from the target -> Declining. Band: no
 *        target-below-baseline.
 */

describe('plan check on a tracker laid out in the wild', () => {
  it('finds exactly the problems planted, on the sheets as named, at the cells at fault', async () => {
    const { code, json } = await planJson<CheckJson>('check', file, '--as-of', '2016-10-31');
    // Actions rows in order, each row's findings by column; then the Measures table.
    expect(json.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.ref])).toEqual([
      ['manual-rag-mismatch', 'warning', ACTIONS_SHEET, 'H7', '1.2'],
      ['theme-mismatch', 'error', ACTIONS_SHEET, 'B8', '1.3'],
      ['update-missing', 'error', ACTIONS_SHEET, 'J12', '2.2'],
      ['update-stale', 'warning', ACTIONS_SHEET, 'K12', '2.2'],
      ['overdue-on-track', 'error', ACTIONS_SHEET, 'G13', '2.3'],
      ['manual-rag-mismatch', 'warning', ACTIONS_SHEET, 'H13', '2.3'],
      ['measure-unknown', 'error', ACTIONS_SHEET, 'L13', '2.3'],
      ['due-invalid', 'error', ACTIONS_SHEET, 'F15', '3.1'],
      ['latest-missing', 'warning', MEASURES_SHEET, 'M6', 'SW2'],
    ]);
    // 5 errors: theme-mismatch, update-missing, overdue-on-track, measure-unknown, due-invalid.
    expect([json.errors, json.warnings, json.ready, code]).toEqual([5, 4, false, 1]);
    const msg = (cell: string): string => json.findings.find((f) => f.cell === cell)?.message ?? '';
    expect(msg('H7')).toContain('"A"');
    expect(msg('B8')).toContain('"2. Care leavers"');
    expect(msg('J12')).toContain('"N/A"');
    expect(msg('K12')).toMatch(/01\/09\/2016.*60 days/);
    expect(msg('G13')).toContain('31 days');
    expect(msg('L13')).toContain('CL3');
    expect(msg('F15')).toContain('"TBC"');
    expect(msg('M6')).toContain('".."');
  });
});

describe('plan report on a tracker laid out in the wild', () => {
  it('rates the actions from text dates in every form', async () => {
    const { code, json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    expect(code).toBe(0);
    expect(json.asOf).toBe('2016-10-31');
    expect(json.actions.map((a) => [a.ref, a.theme, a.rag, a.late, a.daysOverdue])).toEqual([
      ['1.1', '1', 'Green', false, 0],
      ['1.2', '1', 'Green', false, 0],
      ['1.3', '2', 'Green', false, 0],
      ['2.1', '2', 'Blue', false, 0],
      ['2.2', '2', 'Amber', false, 0],
      ['2.3', '2', 'Red', false, 31],
      ['3.1', '3', 'Grey', false, 0],
      ['3.2', '3', 'Red', false, 0],
    ]);
  });

  it('reads the Scorecard table: points, 58% text, markers, a band and a ↓ measure', async () => {
    const { json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    expect(json.measures).toEqual([
      { id: 'SW1', latest: 0.86, latestPeriod: '2016-09', progress: 1.066666667, rag: 'Green', trajectory: 'On trajectory', direction: 'Improving', comparators: [] },
      { id: 'SW2', latest: 0.27, latestPeriod: '2016-08', progress: -0.6666666667, rag: 'Amber', trajectory: 'Behind trajectory', direction: 'Declining', comparators: [] },
      { id: 'RR1', latest: 104, latestPeriod: '2016-09', progress: 0.8, rag: 'Amber', trajectory: 'On trajectory', direction: 'Improving', comparators: [] },
      { id: 'CL1', latest: 0.62, latestPeriod: '2016-09', progress: 0.5714285714, rag: 'Amber', trajectory: 'On trajectory', direction: 'Improving', comparators: [] },
      { id: 'CL2', latest: 0.58, latestPeriod: '2016-09', progress: 0.6, rag: 'Amber', trajectory: 'On trajectory', direction: 'No change', comparators: [] },
      { id: 'CIC1', latest: 72, latestPeriod: '2016-08', progress: null, rag: 'n/a', trajectory: null, direction: null, comparators: [] },
      { id: 'CIC2', latest: 19.5, latestPeriod: '2016-09', progress: 0.625, rag: 'Amber', trajectory: null, direction: 'Declining', comparators: [] },
    ]);
  });

  it('rolls the month up per theme and overall', async () => {
    const { json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    // Theme 1: 1.1, 1.2 Green. Theme 2: 1.3 Green, 2.1 Blue, 2.2 Amber, 2.3 Red (overdue).
    // Theme 3: 3.1 Grey, 3.2 Red (not overdue). Measures (context CIC1 left out):
    // 1: SW1 Green, SW2 Amber, RR1 Amber; 2: CL1, CL2 Amber; 3: CIC2 Amber.
    const zero = { blue: 0, green: 0, amber: 0, red: 0, grey: 0, unknown: 0, overdue: 0, measuresGreen: 0, measuresAmber: 0, measuresRed: 0, measuresNoData: 0 };
    expect(json.rollup).toEqual([
      { ...zero, month: '2016-10', theme: '1', actions: 2, green: 2, measures: 3, measuresGreen: 1, measuresAmber: 2 },
      { ...zero, month: '2016-10', theme: '2', actions: 4, blue: 1, green: 1, amber: 1, red: 1, overdue: 1, measures: 2, measuresAmber: 2 },
      { ...zero, month: '2016-10', theme: '3', actions: 2, red: 1, grey: 1, measures: 1, measuresAmber: 1 },
      { ...zero, month: '2016-10', theme: 'All', actions: 8, blue: 1, green: 3, amber: 1, red: 2, grey: 1, overdue: 1, measures: 6, measuresGreen: 1, measuresAmber: 5 },
    ]);
  });
});

/** Every cell value of a range, as exceljs reads it (dates as ISO text), keyed by address. */
function cellsOf(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const cell = ws.getCell(r, c);
      const v: unknown = cell.value;
      out[cell.address] = v instanceof Date ? v.toISOString() : v;
    }
  }
  return out;
}

function tableInfo(ws: ExcelJS.Worksheet): Array<{ name: string; ref: string; columns: string[] }> {
  return ws.getTables().map((entry) => {
    const t = entry as unknown as { table?: { name?: string; tableRef?: string; ref?: string; columns?: Array<{ name: string }> } };
    const model = t.table ?? {};
    return { name: String(model.name), ref: String(model.tableRef ?? model.ref), columns: (model.columns ?? []).map((c) => c.name) };
  });
}

describe('plan rollup --out on a tracker laid out in the wild', () => {
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let code = -1;
  let input: Buffer;
  beforeAll(async () => {
    input = readFileSync(file);
    const out = file.replace('.xlsx', '-rollup.xlsx');
    code = (await plan('rollup', file, '--as-of', '2016-10-31', '--out', out)).code;
    before = await readXlsx(file);
    after = await readXlsx(out);
  });

  it('writes a new file and leaves the input as it was', () => {
    expect(code).toBe(0);
    expect(readFileSync(file).equals(input)).toBe(true);
    expect(after.worksheets.map((w) => w.name)).toEqual([ACTIONS_SHEET, MEASURES_SHEET, 'Monthly roll-up', 'Roll-up history', 'RAG history']);
  });

  it('appends the action columns right of the tracker (M, N, O) with the values worked out above', () => {
    const ws = after.getWorksheet(ACTIONS_SHEET);
    expect(ws).toBeDefined();
    if (ws === undefined) return;
    expect([ws.getCell('M4').value, ws.getCell('N4').value, ws.getCell('O4').value]).toEqual(['Calculated RAG', 'Days overdue', 'Check']);
    const rows = [6, 7, 8, 11, 12, 13, 15, 16];
    expect(rows.map((r) => [ws.getCell(r, 13).value, ws.getCell(r, 14).value, ws.getCell(r, 15).value])).toEqual([
      ['Green', 0, 'OK'],
      ['Green', 0, '1 warning: manual-rag-mismatch'],
      ['Green', 0, '1 error: theme-mismatch'],
      ['Blue', 0, 'OK'],
      ['Amber', 0, '1 error, 1 warning: update-missing, update-stale'],
      ['Red', 31, '2 errors, 1 warning: overdue-on-track, measure-unknown, manual-rag-mismatch'],
      ['Grey', 0, '1 error: due-invalid'],
      ['Red', 0, 'OK'],
    ]);
    // Section rows and the blank row get blank values.
    for (const r of [5, 9, 10, 14]) expect([13, 14, 15].map((c) => ws.getCell(r, c).value)).toEqual([null, null, null]);
    // Every cell the user typed is as it was (A1:L16).
    const theirs = before.getWorksheet(ACTIONS_SHEET);
    expect(theirs).toBeDefined();
    if (theirs !== undefined) expect(cellsOf(ws, 1, 1, 4 + ACTION_ROWS.length, 12)).toEqual(cellsOf(theirs, 1, 1, 4 + ACTION_ROWS.length, 12));
  });

  it('writes the measure columns right of the table, past the note beside it, and leaves the table intact', () => {
    const ws = after.getWorksheet(MEASURES_SHEET);
    const theirs = before.getWorksheet(MEASURES_SHEET);
    expect(ws).toBeDefined();
    expect(theirs).toBeDefined();
    if (ws === undefined || theirs === undefined) return;
    // The table ends at O; P holds a note in P6, so the first blank column is Q: Q..V.
    expect(['Q4', 'R4', 'S4', 'T4', 'U4', 'V4'].map((a) => ws.getCell(a).value)).toEqual([
      'Latest', 'Latest period', 'Progress to target', 'Calculated RAG', 'Trajectory', 'Direction of travel',
    ]);
    expect(ws.getCell('P6').value).toBe('Figures provisional');
    expect(ws.getCell('P4').value).toBeNull();
    const rows = [5, 6, 7, 8, 9, 10, 11];
    expect(rows.map((r) => ws.getCell(r, 17).value)).toEqual([0.86, 0.27, 104, 0.62, 0.58, 72, 19.5]);
    expect(rows.map((r) => ws.getCell(r, 20).value)).toEqual(['Green', 'Amber', 'Amber', 'Amber', 'Amber', 'n/a', 'Amber']);
    expect(rows.map((r) => ws.getCell(r, 21).value)).toEqual(['On trajectory', 'Behind trajectory', 'On trajectory', 'On trajectory', 'On trajectory', null, null]);
    expect(rows.map((r) => ws.getCell(r, 22).value)).toEqual(['Improving', 'Declining', 'Improving', 'Improving', 'No change', null, 'Declining']);
    // % rows show 0.0%, others General; the period is the 1st of the month, `mmm yyyy`.
    expect([ws.getCell('Q5').numFmt, ws.getCell('Q7').numFmt ?? 'General']).toEqual(['0.0%', 'General']);
    const period = ws.getCell('R5').value;
    expect(period instanceof Date ? period.toISOString().slice(0, 10) : period).toBe('2016-09-01');
    expect(ws.getCell('R5').numFmt).toBe('mmm yyyy');
    // The table: same name, same range (not extended), same columns, every cell as it was.
    expect(tableInfo(ws)).toEqual(tableInfo(theirs));
    expect(tableInfo(ws)).toEqual([{ name: TABLE_NAME, ref: TABLE_REF, columns: TABLE_COLUMNS }]);
    expect(cellsOf(ws, 1, 1, 4 + MEASURE_ROWS.length, 16)).toEqual(cellsOf(theirs, 1, 1, 4 + MEASURE_ROWS.length, 16));
    // The month headers are still real dates.
    const h4 = ws.getCell('H4').value;
    expect(h4 instanceof Date ? h4.toISOString().slice(0, 10) : h4).toBe('2016-04-01');
  });

  it('writes the roll-up history for October 2016 from the same counts', () => {
    const history = after.getWorksheet('Roll-up history');
    expect(history).toBeDefined();
    if (history === undefined) return;
    const rows: unknown[][] = [];
    history.eachRow((row, n) => {
      if (n > 1) rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(10).value, row.getCell(11).value]);
    });
    // Month, Theme, Actions, Overdue, Measures
    expect(rows).toEqual([
      ['2016-10', '1', 2, 0, 3],
      ['2016-10', '2', 4, 1, 2],
      ['2016-10', '3', 2, 0, 1],
      ['2016-10', 'All', 8, 1, 6],
    ]);
  });
});
