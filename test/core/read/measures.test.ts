import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/core/read';
import type { MeasureRow, Plan } from '../../../src/core/model';
import type { CellInput, SheetOptions } from '../../helpers/snapshot-builder';
import { date, err, pct, sheet, table, workbook } from '../../helpers/snapshot-builder';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';
import { fieldAddress } from '../../../src/core/address';
import { ACTION_HEADER, MEASURE_HEADER } from './fixtures';

const AS_OF = serialFromYmd(2016, 10, 31);
const actions = sheet('Actions', [ACTION_HEADER]);

function plan(rows: ReadonlyArray<ReadonlyArray<CellInput>>, opts?: SheetOptions, asOf = AS_OF): Plan {
  return readPlan(workbook(actions, sheet('Measures', rows, opts)), asOf);
}

function measureRows(p: Plan): ReadonlyArray<MeasureRow> {
  if (p.measures === null) throw new Error('no measures table');
  return p.measures.rows;
}

describe('readPlan: Measures columns', () => {
  it('reads every canonical column, prefixed Baseline/Target and month columns', () => {
    const p = plan([MEASURE_HEADER]);
    expect(p.measures?.layout.columns).toEqual({
      ID: 0, Name: 1, Theme: 2, Unit: 3, Polarity: 4, Baseline: 5, Target: 6, Tolerance: 7, 'Tolerance type': 8, Floor: 9,
      England: 10, 'Statistical neighbours': 11, 'Core cities': 12,
    });
    expect(p.measures?.monthColumns).toEqual([
      { col: 13, month: yearMonth(2016, 4), address: 'N1' },
      { col: 14, month: yearMonth(2016, 5), address: 'O1' },
      { col: 15, month: yearMonth(2016, 6), address: 'P1' },
    ]);
    expect(p.structural).toEqual([]);
  });

  it.each([
    ['ID', ['Measure ref', 'KPI ref', 'PI code', 'Ref', 'ID']],
    ['Name', ['Measure name', 'Indicator', 'KPI', 'Description']],
    ['Theme', ['Priority', 'Thematic area']],
    ['Unit', ['Measure type', 'Format']],
    ['Polarity', ['Good is', 'Direction', 'Good performance is']],
    ['Baseline', ['Baseline', 'Outturn', 'Previous year', 'Baseline outturn', 'Outturn 2015-16']],
    ['Target', ['Target', 'Annual target', 'Target value', 'Target 2016-17']],
    ['Tolerance', ['Amber tolerance', 'Amber threshold']],
    ['Floor', ['Floor standard']],
    ['England', ['National']],
    ['Statistical neighbours', ['Stat neighbours', 'SN']],
  ] as const)('recognises every synonym of %s', (canonical, synonyms) => {
    const at = MEASURE_HEADER.indexOf(canonical === 'ID' ? 'Measure ID' : canonical === 'Name' ? 'Measure'
      : canonical === 'Baseline' ? 'Baseline 2015/16' : canonical === 'Target' ? 'Target 2016/17' : canonical);
    expect(at).toBeGreaterThanOrEqual(0);
    const without = MEASURE_HEADER.filter((_h, i) => i !== at);
    for (const syn of synonyms) {
      const p = plan([without.concat([syn])]);
      expect(p.measures?.layout.columns[canonical], syn).toBe(without.length);
    }
  });

  it('on Measures, Measure/KPI/Description are the name and Ref/ID/Measure ref the id', () => {
    const p = plan([['Ref', 'KPI', 'Good is', 'Target'], ['CL1', 'Care leavers in EET', 'High', 0.6]]);
    expect(p.measures?.layout.columns).toMatchObject({ ID: 0, Name: 1, Polarity: 2, Target: 3 });
    const [m] = measureRows(p);
    expect(m.id?.read).toEqual({ kind: 'value', value: 'CL1' });
    expect(m.name?.read).toEqual({ kind: 'value', value: 'Care leavers in EET' });
  });

  it('prefers the Target and Baseline headers naming the plan year and the year before', () => {
    const p = plan([
      ['ID', 'Measure', 'Polarity', 'Target 2015/16', 'Baseline 2014/15', 'Target 2016/17', 'Baseline 2015/16', 'Apr-16'],
    ]);
    expect(p.planYearStart).toBe(2016);
    expect(p.measures?.layout.columns).toMatchObject({ Target: 5, Baseline: 6 });
  });

  it('takes the leftmost prefixed header when none names the plan year; an exact Target beats a prefix', () => {
    expect(plan([['ID', 'Measure', 'Polarity', 'Target (stretch)', 'Target (floor)']]).measures?.layout.columns['Target']).toBe(3);
    expect(plan([['ID', 'Measure', 'Polarity', 'Target 2016/17', 'Target']]).measures?.layout.columns['Target']).toBe(4);
  });

  it('does not take Target/Baseline headers as months, nor months as named columns', () => {
    const p = plan([['ID', 'Measure', 'Polarity', 'Target 2016/17', 'Baseline 2015/16', 'Due', 'Apr', 'May 2016', '2016-06', '07/2016']]);
    expect(p.measures?.monthColumns.map((m) => m.col)).toEqual([6, 7, 8, 9]);
    expect(p.measures?.monthColumns.map((m) => m.month)).toEqual([
      yearMonth(2016, 4), yearMonth(2016, 5), yearMonth(2016, 6), yearMonth(2016, 7),
    ]);
  });
});

describe('readPlan: month columns and the plan year (3.1)', () => {
  const head = ['ID', 'Measure', 'Polarity', 'Target'];

  it('puts bare months in the plan year from Settings: Apr-Dec first year, Jan-Mar next', () => {
    const wb = workbook(actions, sheet('Measures', [[...head, 'Jan', 'Apr', 'Mar', 'Dec']]), sheet('Settings', [['Plan year', '2015/16']]));
    const p = readPlan(wb, AS_OF);
    expect(p.planYearStart).toBe(2015);
    expect(p.measures?.monthColumns.map((m) => [m.col, m.month])).toEqual([
      [5, yearMonth(2015, 4)], [7, yearMonth(2015, 12)], [4, yearMonth(2016, 1)], [6, yearMonth(2016, 3)],
    ]);
  });

  it('else takes the plan year of the earliest dated month column', () => {
    const p = plan([[...head, date(2017, 2, 28), 'Mar-17', 'Apr']]);
    expect(p.planYearStart).toBe(2016);
    expect(p.measures?.monthColumns.map((m) => m.month)).toEqual([yearMonth(2016, 4), yearMonth(2017, 2), yearMonth(2017, 3)]);
  });

  it('else the April-to-March year containing the as-of date', () => {
    expect(plan([[...head, 'Apr', 'Jan']], undefined, serialFromYmd(2018, 3, 31)).planYearStart).toBe(2017);
    expect(plan([[...head, 'Apr', 'Jan']], undefined, serialFromYmd(2018, 4, 1)).planYearStart).toBe(2018);
    expect(plan([[...head, 'Apr', 'Jan']], undefined, serialFromYmd(2018, 4, 1)).measures?.monthColumns.map((m) => m.month))
      .toEqual([yearMonth(2018, 4), yearMonth(2019, 1)]);
  });

  it('keeps the leftmost of two columns for one month', () => {
    const p = plan([[...head, 'Apr-16', 'April 2016']]);
    expect(p.measures?.monthColumns.map((m) => m.col)).toEqual([4]);
  });

  it('gives one field per month column per row, in month order', () => {
    const p = plan([[...head, 'May-16', 'Apr-16'], ['M1', 'x', 'High', 5, 7, 6]]);
    expect(measureRows(p)[0].months.map((f) => [fieldAddress(f), f.read])).toEqual([
      ['F2', { kind: 'value', value: { value: 6, percentMarked: false, fromText: false } }],
      ['E2', { kind: 'value', value: { value: 7, percentMarked: false, fromText: false } }],
    ]);
  });
});

describe('readPlan: measure values', () => {
  const head = ['ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target', 'Apr-16', 'May-16', 'Jun-16'];

  it('reads 58, 0.58, 58% and a %-formatted 0.58 as they are, with their marks', () => {
    const p = plan([head, ['P1', 'x', '%', 'High', 58, '58%', 0.58, pct(0.58), '58 %']]);
    const [m] = measureRows(p);
    const v = (f: { read: unknown } | null) => (f === null ? null : f.read);
    expect(v(m.baseline)).toEqual({ kind: 'value', value: { value: 58, percentMarked: false, fromText: false } });
    expect(v(m.target)).toEqual({ kind: 'value', value: { value: 0.58, percentMarked: true, fromText: true } });
    expect(m.months.map((f) => f.read)).toEqual([
      { kind: 'value', value: { value: 0.58, percentMarked: false, fromText: false } },
      { kind: 'value', value: { value: 0.58, percentMarked: true, fromText: false } },
      { kind: 'value', value: { value: 0.58, percentMarked: true, fromText: true } },
    ]);
  });

  it('keeps no-data markers, bad text and errors apart from numbers', () => {
    const p = plan([head, ['P1', 'x', 'Number', 'Low', 'c', 'TBC', '~', 'lots', err('#DIV/0!')]]);
    const [m] = measureRows(p);
    expect(m.baseline?.read).toEqual({ kind: 'no-data', marker: 'c' });
    expect(m.target?.read).toEqual({ kind: 'no-data', marker: 'TBC' });
    expect(m.months.map((f) => f.read)).toEqual([
      { kind: 'no-data', marker: '~' },
      { kind: 'invalid', text: 'lots' },
      { kind: 'error', code: '#DIV/0!' },
    ]);
  });

  it('reads unit, polarity and tolerance type words', () => {
    const p = plan([
      ['ID', 'Measure', 'Unit', 'Polarity', 'Target', 'Tolerance', 'Tolerance type'],
      ['A', 'x', 'Rate per 10,000', '\u2193', 40, 2, 'Relative'],
      ['B', 'x', 'Days', 'Close to target', 20, null, null],
      ['C', 'x', 'Weeks', 'Sideways', 20, null, 'lots'],
    ]);
    const rows = measureRows(p);
    expect(rows.map((r) => r.unit)).toEqual(['rate', 'days', 'number']);
    expect(rows.map((r) => r.unitCell?.read)).toEqual([
      { kind: 'value', value: 'rate' }, { kind: 'value', value: 'days' }, { kind: 'invalid', text: 'Weeks' },
    ]);
    expect(rows.map((r) => r.polarity?.read)).toEqual([
      { kind: 'value', value: 'lower' }, { kind: 'value', value: 'band' }, { kind: 'invalid', text: 'Sideways' },
    ]);
    expect(rows.map((r) => r.toleranceType?.read)).toEqual([
      { kind: 'value', value: 'relative' }, { kind: 'blank' }, { kind: 'invalid', text: 'lots' },
    ]);
  });

  it('a blank unit is percent when the target is %-formatted or ends in %, else number (3.2)', () => {
    const p = plan([
      ['ID', 'Measure', 'Unit', 'Polarity', 'Target'],
      ['A', 'x', null, 'High', pct(0.6)],
      ['B', 'x', null, 'High', '60%'],
      ['C', 'x', null, 'High', 60],
      ['D', 'x', null, 'High', null],
      ['E', 'x', 'Count', 'High', pct(0.6)],
    ]);
    expect(measureRows(p).map((r) => r.unit)).toEqual(['percent', 'percent', 'number', 'number', 'number']);
    const noUnitColumn = plan([['ID', 'Measure', 'Polarity', 'Target'], ['A', 'x', 'High', pct(0.6)]]);
    expect(measureRows(noUnitColumn)[0].unit).toBe('percent');
    expect(measureRows(noUnitColumn)[0].unitCell).toBeNull();
  });

  it('resolves measure themes from the Theme column, else the section row; never from the id', () => {
    const p = plan(
      [
        ['ID', 'Measure', 'Theme', 'Polarity', 'Target'],
        ['2. Care leavers', null, null, null, null],
        ['CL1', 'EET', null, 'High', 1],
        ['EH3', 'Early help', '1', 'High', 1],
        ['Context measures'],
        ['X9', 'Population', null, 'Context', null],
      ],
      { merges: ['A2:E2'] },
    );
    const rows = measureRows(p);
    expect(rows.map((r) => r.theme)).toEqual([
      { key: '2', label: '2. Care leavers' },
      { key: '1', label: '1' },
      { key: 'Context measures', label: 'Context measures' },
    ]);
    expect(p.measures?.sections.map((s) => s.row)).toEqual([1, 4]);
  });

  it('flags ids stored as numbers', () => {
    const p = plan([['ID', 'Measure', 'Polarity', 'Target'], [12, 'x', 'High', 1], ['M12', 'y', 'High', 1]]);
    expect(measureRows(p).map((r) => [r.idIsNumber, r.id?.read])).toEqual([
      [true, { kind: 'value', value: '12' }],
      [false, { kind: 'value', value: 'M12' }],
    ]);
  });
});

describe('readPlan: an Excel table named Scorecard on Sheet2', () => {
  it('reads the measures from the table, within its bounds', () => {
    const wb = workbook(
      actions,
      sheet('Sheet2', [
        ['Notes about the scorecard'],
        [],
        [null, 'Measure ref', 'Indicator', 'Good is', 'Target', 'Apr-16', 'Comments'],
        [null, 'CL1', 'EET', 'High', pct(0.6), pct(0.55), 'fine'],
        [],
        [null, 'A row below the table'],
      ]),
      table('Scorecard', 'Sheet2', 'B3:F5'),
    );
    const p = readPlan(wb, AS_OF);
    expect(p.structural).toEqual([]);
    expect(p.measures?.layout).toMatchObject({ sheet: 'Sheet2', headerRow: 2, lastCol: 5, lastRow: 3 });
    expect(p.measures?.layout.columns).toEqual({ ID: 1, Name: 2, Polarity: 3, Target: 4 });
    expect(p.measures?.layout.headersSeen).not.toContain('Comments');
    expect(measureRows(p).map((r) => r.row)).toEqual([3]);
    expect(measureRows(p)[0].unit).toBe('percent');
  });

  it('prefers a sheet named by a synonym to a table', () => {
    const wb = workbook(
      actions,
      sheet('Sheet2', [['Measure ref', 'Indicator', 'Good is', 'Target'], ['T1', 'from table', 'High', 1]]),
      sheet('KPIs', [['ID', 'Measure', 'Polarity', 'Target'], ['S1', 'from sheet', 'High', 1]]),
      table('Scorecard', 'Sheet2', 'A1:D2'),
    );
    expect(measureRows(readPlan(wb, AS_OF))[0].id?.read).toEqual({ kind: 'value', value: 'S1' });
  });

  it('falls back to a later candidate when the first has no header row', () => {
    const wb = workbook(
      actions,
      sheet('Measures', [['This sheet moved to Sheet2']]),
      sheet('Sheet2', [['Measure ref', 'Indicator', 'Good is', 'Target'], ['T1', 'from table', 'High', 1]]),
      table('Scorecard', 'Sheet2', 'A1:D2'),
    );
    const p = readPlan(wb, AS_OF);
    expect(p.measures?.layout.sheet).toBe('Sheet2');
    expect(p.structural).toEqual([]);
  });
});
