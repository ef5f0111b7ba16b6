import { describe, expect, it } from 'vitest';
import { parsePlanYear, readPlan } from '../../../src/core/read';
import type { CellInput } from '../../helpers/snapshot-builder';
import { date, err, pct, sheet, table, workbook } from '../../helpers/snapshot-builder';
import { serialFromYmd } from '../../../src/core/calendar';
import { makeCell } from '../../../src/core/snapshot';
import { ACTION_HEADER, MEASURE_HEADER } from './fixtures';

const AS_OF = serialFromYmd(2016, 10, 31);
const base = [sheet('Actions', [ACTION_HEADER]), sheet('Measures', [MEASURE_HEADER])];

function withSheet(name: string, rows: ReadonlyArray<ReadonlyArray<CellInput>>) {
  return readPlan(workbook(...base, sheet(name, rows)), AS_OF);
}

describe('readPlan: Settings', () => {
  it('has all-null settings without a Settings sheet', () => {
    const p = readPlan(workbook(...base), AS_OF);
    expect(p.settings).toEqual({ planYear: null, defaultTolerance: null, amberWindow: null, asOf: null, planName: null, sheet: null, cells: {} });
  });

  it('reads the five keys (matched loosely) and where each value sits', () => {
    const p = withSheet('Plan settings', [
      ['Setting', 'Value'],
      ['Plan year:', '2016/17'],
      ['DEFAULT TOLERANCE', 3],
      ['Amber window', '14 days'],
      ['As of', date(2016, 9, 30)],
      ['Plan name', '  Getting to Good:\n Year 2 '],
      ['Something else', 'ignored'],
    ]);
    expect(p.settings).toEqual({
      planYear: 2016,
      defaultTolerance: 3,
      amberWindow: 14,
      asOf: serialFromYmd(2016, 9, 30),
      planName: 'Getting to Good: Year 2',
      sheet: 'Plan settings',
      cells: { 'Plan year': 'B2', 'Default tolerance': 'B3', 'Amber window': 'B4', 'As of': 'B5', 'Plan name': 'B6' },
    });
    expect(p.planYearStart).toBe(2016);
  });

  it('records a key with a blank value (so As of can be written back) and ignores bad values', () => {
    const p = withSheet('Settings', [['As of', null], ['Amber window', 'soon'], ['Default tolerance', -1], ['Plan year', err('#REF!')], ['Plan name', err('#N/A')]]);
    expect(p.settings.cells).toEqual({ 'As of': 'B1', 'Amber window': 'B2', 'Default tolerance': 'B3', 'Plan year': 'B4', 'Plan name': 'B5' });
    expect(p.settings).toMatchObject({ asOf: null, amberWindow: null, defaultTolerance: null, planYear: null, planName: null });
  });

  it('reads a percent default tolerance as points and keeps the first of a repeated key', () => {
    const p = withSheet('Settings', [['Default tolerance', '5%'], ['Default tolerance', 9]]);
    expect(p.settings.defaultTolerance).toBe(5);
    expect(withSheet('Settings', [['Default tolerance', pct(0.02)]]).settings.defaultTolerance).toBe(2);
    expect(p.settings.cells['Default tolerance']).toBe('B1');
  });

  it('finds keys that do not start in column A', () => {
    const p = withSheet('Settings', [[null, 'Plan year', 2017]]);
    expect(p.settings.planYear).toBe(2017);
    expect(p.settings.cells['Plan year']).toBe('C1');
  });

  it.each([
    ['2016/17', 2016], ['2016-17', 2016], ['2016/2017', 2016], ['16/17', 2016], ['FY2016/17', 2016], ['2016', 2016],
    ['2016/18', null], ['next year', null], ['', null],
  ] as const)('parsePlanYear(%j) = %s', (text, year) => {
    expect(parsePlanYear(makeCell(text))).toBe(year);
  });

  it('parsePlanYear reads a year number and a date inside the year', () => {
    expect(parsePlanYear(makeCell(2016))).toBe(2016);
    expect(parsePlanYear(date(2017, 2, 1))).toBe(2016);
    expect(parsePlanYear(makeCell(true))).toBeNull();
  });
});

describe('readPlan: Officers', () => {
  it('is null without an Officers sheet', () => {
    expect(readPlan(workbook(...base), AS_OF).officers).toBeNull();
  });

  it('lists the first column, skipping a heading cell, blanks and errors', () => {
    const p = withSheet('Officers', [['Lead officer', 'Role'], ['Jo Bloggs', 'HoS'], [], [err('#N/A')], ['  Al Smith '], ['jo bloggs']]);
    expect(p.officers).toEqual(['Jo Bloggs', 'Al Smith']);
  });

  it('keeps a first cell that is a real officer, and reads a Leads sheet or table', () => {
    expect(withSheet('Leads', [['Jo Bloggs'], ['Al Smith']]).officers).toEqual(['Jo Bloggs', 'Al Smith']);
    const wb = workbook(...base, sheet('Lists', [['Other'], ['x'], [null, 'Name'], [null, 'Sam']]), table('Officers', 'Lists', 'B3:B4'));
    expect(readPlan(wb, AS_OF).officers).toEqual(['Sam']);
  });
});

describe('readPlan: sheet-missing', () => {
  it('is an error at A1 of the first sheet when there is no Actions sheet', () => {
    const p = readPlan(workbook(sheet('Cover', [['Hello']]), sheet('Measures', [MEASURE_HEADER])), AS_OF);
    expect(p.actions).toBeNull();
    expect(p.structural).toHaveLength(1);
    expect(p.structural[0]).toMatchObject({ rule: 'sheet-missing', severity: 'error', sheet: 'Cover', cell: 'A1', ref: null });
    expect(p.structural[0].message).toContain("'Cover', 'Measures'");
    expect(p.structural[0].message).toContain('Actions');
  });

  it('is a warning when there is no Measures sheet', () => {
    const p = readPlan(workbook(sheet('Intro', []), sheet('Action plan', [ACTION_HEADER])), AS_OF);
    expect(p.measures).toBeNull();
    expect(p.actions?.layout.sheet).toBe('Action plan');
    expect(p.structural.map((f) => [f.rule, f.severity, f.sheet, f.cell])).toEqual([['sheet-missing', 'warning', 'Intro', 'A1']]);
  });

  it('gives both, Actions first, for a workbook with neither, and copes with no sheets at all', () => {
    const p = readPlan(workbook(sheet('Sheet1', [])), AS_OF);
    expect(p.structural.map((f) => f.severity)).toEqual(['error', 'warning']);
    const empty = readPlan(workbook(), AS_OF);
    expect(empty.structural.map((f) => [f.rule, f.sheet, f.cell])).toEqual([['sheet-missing', '', 'A1'], ['sheet-missing', '', 'A1']]);
    expect(empty.planYearStart).toBe(2016);
  });

  it('lists column-missing for the Actions sheet before the Measures sheet', () => {
    const p = readPlan(workbook(sheet('Measures', [['ID', 'Measure', 'Unit']]), sheet('Actions', [['Ref', 'Action', 'Lead']])), AS_OF);
    expect(p.structural.map((f) => f.sheet + ':' + f.message.split("'")[1])).toEqual([
      'Actions:Outcome', 'Actions:Due', 'Actions:Status', 'Measures:Polarity', 'Measures:Target',
    ]);
  });
});
