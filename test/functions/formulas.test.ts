/**
 * Formula level: a worksheet of PLAN.* formulas mixed with ordinary Excel
 * functions, evaluated by a real formula engine (HyperFormula), agrees with
 * the engine's own evaluateMeasures / evaluateActions on the same data.
 */
import { describe, expect, it } from 'vitest';
import type { HyperFormula } from 'hyperformula';
import { readPlan } from '../../src/core/read';
import { evaluateMeasures, expectedOnTrajectory } from '../../src/core/measures';
import { evaluateActions } from '../../src/core/actions';
import { planMonthNumber, serialFromYmd } from '../../src/core/calendar';
import { date, sheet, workbook } from '../helpers/snapshot-builder';
import type { CellInput } from '../helpers/snapshot-builder';
import { buildEngine } from './hyperformula-plugin';

const AS_OF = serialFromYmd(2016, 9, 30);
const AS_OF_FORMULA = 'DATE(2016,9,30)';
const monthEnd = (m: number) => serialFromYmd(2016, m + 1, 0);
const MONTHS = [4, 5, 6, 7, 8, 9].map((m) => monthEnd(m)); // Apr..Sep 2016, real dates

const MONTH_COLS = ['J', 'K', 'L', 'M', 'N', 'O'];
const MEASURE_HEADER = ['Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target', 'Tolerance', 'Tolerance type', 'Floor'];
// A..I as in the header, J..O the months Apr..Sep.
const MEASURES: ReadonlyArray<ReadonlyArray<CellInput>> = [
  ['CL1', 'Care leavers in EET', '%', 'Higher is better', 0.5, 0.6, null, null, null, 0.52, 0.55, 0.54, 0.56, 0.57, 0.58],
  ['CL2', 'Care leavers in suitable accommodation', '%', 'Higher is better', 50, 60, null, null, null, 52, 'c', 53, 56, 57, 51],
  ['CL3', 'Pathway plans up to date', '%', 'High', '70%', '90%', 3, 'points', null, null, null, null, '80%', '85%', '88%'],
  ['R1', 'Re-referrals within 12 months', '%', 'Lower is better', 0.24, 0.2, null, null, 0.25, 0.25, 0.24, 0.23, 0.24, 0.23, 0.22],
  ['R2', 'Days to complete assessment', 'Days', 'Lower is better', 45, 35, 10, 'relative', null, 44, 43, 41, 40, 'n/a', 39],
  ['R3', 'Referrals per 10,000', 'Rate', 'Target', 600, 550, 5, null, null, 560, 570, 590, 585, 575, 580],
  ['R4', 'Children in need', 'Number', 'Context', 3000, null, null, null, null, 3100, 3120, 3150, 3160, 3170, 3180],
  ['R5', 'Agency social workers', 'Number', 'Lower is better', 40, 30, null, null, 35, 39, 38, 36, 'c', 'x', '-'],
  ['R6', 'Audits rated good', 'Number', 'Higher is better', 20, 'TBC', null, null, null, 10, 12, 14, 16, 18, 20],
  ['R7', 'Timely visits', '%', 'Higher is better', 0.8, 0.8, null, null, null, 0.78, 0.79, 0.8, 0.81, 0.79, 0.77],
  ['R8', 'Placement stability', '%', 'Higher is better', 0.66, 0.7, null, null, null, null, null, null, null, null, null],
  ['R9', 'Stat visits (unit blank)', null, 'Higher is better', 0.5, '60%', null, null, null, 0.52, 0.54, 0.55, 0.56, 0.57, 0.55],
  ['R10', 'Missing episodes', 'Number', 'L', 120, 100, 2, 'value', null, 118, 116, 115, 112, 111, 101.5],
  ['R11', 'Foster carers approved', 'Count', 'Higher', 10, 20, null, null, null, 12, 14, 15, 17, 19, 21],
];

/** Formulas for data row r (1-based sheet row), columns P.. */
function measureFormulas(r: number): string[] {
  const x = (col: string) => col + String(r);
  // "Has a value" as PLAN sees it: numbers and number text (`88%`), not blanks or no-data markers.
  const has = (col: string) => `ISNUMBER(PLAN.LATEST(${x(col)}:${x(col)}))`;
  // IF(has(O), then(O), IF(has(N), then(N), ... "")): whatever belongs to the month of the latest value.
  const nested = (then: (col: string, index: number) => string): string =>
    MONTH_COLS.reduce((inner, col, i) => `IF(${has(col)},${then(col, i)},${inner})`, '""');
  return [
    `=PLAN.LATEST(J${r}:O${r})`, // P latest
    `=${nested((_col, i) => (i === 0 ? '""' : `PLAN.LATEST(J${r}:${MONTH_COLS[i - 1]}${r})`))}`, // Q previous
    `=${nested((c) => `$${c}$1`)}`, // R latest period
    `=PLAN.RAG(${x('P')},${x('F')},${x('D')},${x('G')},${x('H')},${x('I')},${x('C')})`, // S
    `=PLAN.PROGRESS(${x('E')},${x('P')},${x('F')},${x('D')},${x('C')})`, // T
    `=IF(${x('R')}="","",PLAN.TRAJECTORY(${x('E')},${x('F')},${x('R')},${x('C')}))`, // U expected
    `=IF(${x('P')}="","",IF(AND(OR(${x('C')}="%",${x('C')}=""),${x('P')}>1),${x('P')}/100,${x('P')}))`, // V latest as a fraction for %
    `=IF(OR(${x('U')}="",${x('V')}=""),"",IF(LEFT(${x('D')},1)="L",IF(ROUND(${x('V')}-${x('U')},9)<=0,"On trajectory","Behind trajectory"),IF(LEFT(${x('D')},1)="H",IF(ROUND(${x('V')}-${x('U')},9)>=0,"On trajectory","Behind trajectory"),"")))`, // W
    `=PLAN.DIRECTION(${x('P')},${x('Q')},${x('D')},${x('F')},${x('C')})`, // X
  ];
}

const ACTION_HEADER = ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status', 'Completed date'];
const ACTIONS: ReadonlyArray<ReadonlyArray<CellInput>> = [
  ['1.1', 'Recruit IROs', 'Fewer drift cases', 'Jo Bloggs', serialFromYmd(2016, 12, 31), 'On track', null],
  ['1.2', 'Audit plans', 'Better plans', 'Jo Bloggs', serialFromYmd(2016, 8, 31), 'On track', null],
  ['1.3', 'Train staff', 'Skilled staff', 'Sam Smith', serialFromYmd(2016, 10, 15), 'Not started', null],
  ['1.4', 'New policy', 'Clear policy', 'Sam Smith', serialFromYmd(2016, 11, 30), 'Not started', null],
  ['2.1', 'Launch hub', 'Faster triage', 'Ali Khan', serialFromYmd(2016, 7, 31), 'Complete', serialFromYmd(2016, 8, 10)],
  ['2.2', 'Review cases', 'Safer decisions', 'Ali Khan', serialFromYmd(2016, 9, 30), 'Completed', serialFromYmd(2016, 9, 1)],
  ['2.3', 'Pilot app', 'Better data', 'Ali Khan', serialFromYmd(2016, 6, 30), 'On hold', null],
  ['2.4', 'Sign off', 'Assurance', 'Jo Bloggs', serialFromYmd(2016, 6, 30), 'Awaiting sign-off', null],
  ['3.1', 'Panel', 'Oversight', 'Jo Bloggs', 'Ongoing', 'On track', null],
  ['3.2', 'Forum', 'Voice of child', 'Sam Smith', 'Q3 2016/17', 'At risk', null],
  ['3.3', 'Board', 'Governance', 'Sam Smith', 'Q2 2016/17', 'Off track', null],
  ['3.4', 'Survey', 'Feedback', 'Ali Khan', serialFromYmd(2017, 3, 31), 'Red', null],
  ['3.5', 'Report', 'Insight', 'Ali Khan', serialFromYmd(2016, 9, 1), null, null],
  ['3.6', 'Refresh', 'Up to date', 'Ali Khan', '12/31/2016', 'In progress', null],
];

function actionFormulas(r: number): string[] {
  return [`=PLAN.ACTIONRAG(F${r},E${r},G${r},${AS_OF_FORMULA})`, `=PLAN.DAYSOVERDUE(E${r},F${r},${AS_OF_FORMULA})`];
}

function cellValue(input: CellInput): string | number | boolean | null {
  if (input === undefined || input === null) return null;
  if (typeof input === 'object' && 'value' in input) {
    const v = input.value;
    return typeof v === 'object' && v !== null ? null : v;
  }
  if (typeof input === 'object') return null;
  return input;
}

/** HyperFormula takes text like `58%` as the number 0.58 (as Excel does on entry); a leading ' keeps text text. */
function hfContent(input: CellInput): string | number | boolean | null {
  const v = cellValue(input);
  return typeof v === 'string' && !v.startsWith('=') ? "'" + v : v;
}

function buildBoth() {
  const measureRows: CellInput[][] = [[...MEASURE_HEADER, ...MONTHS.map((m) => cellForMonth(m))], ...MEASURES.map((r) => [...r])];
  const actionRows: CellInput[][] = [ACTION_HEADER, ...ACTIONS.map((r) => [...r])];
  const snapshot = workbook(sheet('Measures', measureRows), sheet('Actions', actionRows));
  const plan = readPlan(snapshot, AS_OF);
  const hf = buildEngine({
    Measures: measureRows.map((row, i) => [...row.map((c) => hfContent(c)), ...(i === 0 ? [] : measureFormulas(i + 1))]),
    Actions: actionRows.map((row, i) => [...row.map((c) => hfContent(c)), ...(i === 0 ? [] : actionFormulas(i + 1))]),
    Summary: [
      ['Red', '=COUNTIF(Actions!H2:H100,"Red")'],
      ['Amber', '=COUNTIF(Actions!H2:H100,"Amber")'],
      ['Overdue days', '=SUM(Actions!I2:I100)'],
      ['Overdue actions', '=COUNTIF(Actions!I2:I100,">0")'],
      ['Measures green', '=COUNTIF(Measures!S2:S100,"Green")'],
      ['Measures no data', '=COUNTIF(Measures!S2:S100,"No data")'],
    ],
  });
  return { plan, hf };
}

function cellForMonth(serial: number): CellInput {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return date(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

function at(hf: HyperFormula, sheetName: string, row: number, col: number): unknown {
  const id = hf.getSheetId(sheetName);
  if (id === undefined) throw new Error('no sheet ' + sheetName);
  return hf.getCellValue({ sheet: id, row, col });
}

const COL = { P: 15, Q: 16, R: 17, S: 18, T: 19, U: 20, W: 22, X: 23 };
const blankIfNull = <T>(v: T | null): T | '' => (v === null ? '' : v);

describe('PLAN.* formulas agree with the engine', () => {
  const { plan, hf } = buildBoth();
  const measures = evaluateMeasures(plan);
  const actions = evaluateActions(plan);

  it('reads every row of both sheets', () => {
    expect(plan.structural).toEqual([]);
    expect(measures.map((m) => m.id)).toEqual(MEASURES.map((r) => r[0]));
    expect(actions.map((a) => a.ref)).toEqual(ACTIONS.map((r) => r[0]));
  });

  it('measure by measure: latest, RAG, progress, trajectory and direction', () => {
    for (const m of measures) {
      const row = m.row;
      const label = m.id;
      const latest = at(hf, 'Measures', row, COL.P);
      const isPercent = m.unit === 'percent';
      const latestScaled = typeof latest === 'number' && isPercent && latest > 1 ? latest / 100 : latest;
      if (m.latest === null) expect(latest, label).toBe('');
      else expect(latestScaled, label).toBeCloseTo(m.latest, 12);
      expect(at(hf, 'Measures', row, COL.S), label).toBe(m.rag);
      const progress = at(hf, 'Measures', row, COL.T);
      if (m.progress === null) expect(progress, label).toBe('');
      else expect(progress, label).toBeCloseTo(m.progress, 10);
      expect(at(hf, 'Measures', row, COL.W), label).toBe(blankIfNull(m.trajectory));
      expect(at(hf, 'Measures', row, COL.X), label).toBe(blankIfNull(m.direction));
      if (m.baseline !== null && m.target !== null && m.latestPeriod !== null) {
        const expected = expectedOnTrajectory(m.baseline, m.target, planMonthNumber(m.latestPeriod, plan.planYearStart));
        expect(at(hf, 'Measures', row, COL.U), label).toBeCloseTo(expected, 10);
      }
    }
  });

  it('the data covers every RAG, trajectory and direction outcome', () => {
    expect(new Set(measures.map((m) => m.rag))).toEqual(new Set(['Green', 'Amber', 'Red', 'No data', 'n/a']));
    expect(new Set(measures.map((m) => m.trajectory))).toEqual(new Set(['On trajectory', 'Behind trajectory', null]));
    expect(new Set(measures.map((m) => m.direction))).toEqual(new Set(['Improving', 'Declining', 'No change', null]));
  });

  it('action by action: calculated RAG and days overdue', () => {
    for (const a of actions) {
      expect(at(hf, 'Actions', a.row, 7), a.ref).toBe(a.rag);
      expect(at(hf, 'Actions', a.row, 8), a.ref).toBe(a.daysOverdue);
    }
    expect(new Set(actions.map((a) => a.rag))).toEqual(new Set(['Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown']));
  });

  it('ordinary Excel functions over PLAN results give the engine totals', () => {
    const count = (rag: string) => actions.filter((a) => a.rag === rag).length;
    expect(at(hf, 'Summary', 0, 1)).toBe(count('Red'));
    expect(at(hf, 'Summary', 1, 1)).toBe(count('Amber'));
    expect(at(hf, 'Summary', 2, 1)).toBe(actions.reduce((s, a) => s + a.daysOverdue, 0));
    expect(at(hf, 'Summary', 3, 1)).toBe(actions.filter((a) => a.daysOverdue > 0).length);
    expect(at(hf, 'Summary', 4, 1)).toBe(measures.filter((m) => m.rag === 'Green').length);
    expect(at(hf, 'Summary', 5, 1)).toBe(measures.filter((m) => m.rag === 'No data').length);
  });
});
