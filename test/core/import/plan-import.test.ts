import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../src/core';
import { planImport } from '../../../src/core/import';
import type { ImportPlan } from '../../../src/core/import';
import { serialFromYmd } from '../../../src/core/calendar';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { date, pct, sheet, workbook } from '../../helpers/snapshot-builder';
import type { CellInput } from '../../helpers/snapshot-builder';
import { parseCsvText } from '../../../src/csv/parse-csv';

const AS_OF = serialFromYmd(2016, 10, 31);

function actionsSheet() {
  return sheet('Actions', [
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
    ['1.1', 'Do it', 'Better', 'Jo Bloggs', date(2017, 3, 31), 'On track'],
  ]);
}

/** Measures: month columns Jul, Aug, Sep 2016 in G, H, I. CL1 row 2, M2 row 3, M3 row 4. */
function plan(extraRows?: ReadonlyArray<ReadonlyArray<CellInput>>): WorkbookSnapshot {
  const rows: CellInput[][] = [
    ['Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target', 'Jul 2016', 'Aug 2016', 'Sep 2016'],
    ['CL1', 'Care leavers in EET', '%', 'Higher is better', pct(0.5), pct(0.6), pct(0.55), pct(0.58), null],
    ['M2', 'Caseload', 'Number', 'Lower is better', 20, 15, 18, 'c', null],
    ['M3', 'Referrals', 'Number', 'Context', null, null, 100, null, null],
  ];
  return workbook(actionsSheet(), sheet('Measures', rows.concat(extraRows !== undefined ? extraRows.map((r) => r.slice()) : [])));
}

function run(rows: string[][], overwrite = false, wb?: WorkbookSnapshot): ImportPlan {
  return planImport(analysePlan(wb !== undefined ? wb : plan(), { asOf: AS_OF }), rows, { overwrite });
}

function ready(p: ImportPlan) {
  if (p.kind !== 'ready') throw new Error('expected ready, got ' + JSON.stringify(p));
  return p;
}

function rejected(p: ImportPlan) {
  if (p.kind !== 'rejected') throw new Error('expected rejected, got ' + JSON.stringify(p));
  return p;
}

const HEADER = ['Measure ID', 'Period', 'Value'];

describe('planImport: writing', () => {
  it('writes % values as fractions with the row\'s % format, numbers as they are', () => {
    const p = ready(run([HEADER, ['CL1', '2016-09', '58%'], ['M2', 'Sep-16', '16']]));
    expect(p.writes).toEqual([
      { sheet: 'Measures', row: 1, col: 8, address: 'I2', value: 0.58, numberFormat: '0%', line: 2, measureId: 'CL1', month: '2016-09', oldValue: null },
      { sheet: 'Measures', row: 2, col: 8, address: 'I3', value: 16, numberFormat: null, line: 3, measureId: 'M2', month: '2016-09', oldValue: null },
    ]);
    expect(p.conflicts).toEqual([]);
    expect(p.unchanged).toBe(0);
  });

  it('reads 58 and 0.58 in a % measure as 58%', () => {
    const p = ready(run([HEADER, ['CL1', 'Sep 2016', '58']]));
    expect(p.writes[0].value).toBe(0.58);
    expect(ready(run([HEADER, ['CL1', '30/09/2016', '0.58']])).writes[0].value).toBe(0.58);
  });

  it('uses 0.0% for a % row that has no % format anywhere', () => {
    const wb = plan([['P1', 'Plain %', '%', 'Higher is better', 0.5, 0.6, 0.55, null, null]]);
    const p = ready(run([HEADER, ['P1', '2016-09', '57.5']], false, wb));
    expect(p.writes[0]).toMatchObject({ address: 'I5', value: 0.575, numberFormat: '0.0%' });
  });

  it('counts a cell holding an Excel error or other text as an existing value (a conflict)', () => {
    const wb = plan([['P2', 'Broken', 'Number', 'Higher is better', 1, 2, { error: '#REF!' }, 'lots', null]]);
    const p = rejected(run([HEADER, ['P2', '2016-07', '3'], ['P2', '2016-08', '4']], false, wb));
    expect(p.conflicts.map((c) => [c.address, c.oldValue, c.newValue])).toEqual([['G5', '#REF!', 3], ['H5', 'lots', 4]]);
  });

  it('writes a no-data marker as its text', () => {
    const p = ready(run([HEADER, ['M2', '2016-09', 'x']]));
    expect(p.writes[0]).toMatchObject({ address: 'I3', value: 'x', numberFormat: null });
  });

  it('treats 58 against an existing 58% (0.58) as unchanged, not a conflict, and does not write it', () => {
    const p = ready(run([HEADER, ['CL1', '2016-08', '58'], ['CL1', '2016-07', '0.55'], ['M2', 'Aug 2016', 'C']]));
    expect(p.writes).toEqual([]);
    expect(p.conflicts).toEqual([]);
    expect(p.unchanged).toBe(3);
  });

  it('matches ids case-insensitively, takes Ref/Month synonyms and ignores extra columns', () => {
    const p = ready(run([['Notes', 'Ref', 'Month', 'Value', 'Source'], ['hi', 'cl1', 'September 2016', '61%', 'DfE']]));
    expect(p.writes[0]).toMatchObject({ measureId: 'CL1', address: 'I2', value: 0.61 });
  });

  it('strips a BOM from the first header cell', () => {
    const p = ready(run([['\uFEFFMeasure ID', 'Period', 'Value'], ['M2', '2016-09', '12']]));
    expect(p.writes[0]).toMatchObject({ address: 'I3', value: 12 });
  });

  it.each([
    ['semicolon', 'Measure ID;Period;Value\r\nCL1;2016-09;58%\r\nM2;2016-09;16\r\n'],
    ['tab', 'Measure ID\tPeriod\tValue\nCL1\t2016-09\t58%\nM2\t2016-09\t16\n'],
    ['comma with BOM', '\uFEFFMeasure ID,Period,Value\nCL1,2016-09,58%\nM2,2016-09,16\n'],
  ])('imports a %s delimited file as parsed by the CSV adapter', (_name, text) => {
    const parsed = parseCsvText(text, 'values.csv');
    if (!parsed.ok) throw new Error(parsed.message);
    const p = ready(run(parsed.rows));
    expect(p.writes.map((w) => [w.address, w.value])).toEqual([['I2', 0.58], ['I3', 16]]);
  });
});

describe('planImport: conflicts', () => {
  const rows = [HEADER, ['CL1', '2016-08', '60%'], ['M2', '2016-08', '17'], ['M2', '2016-09', '16']];

  it('rejects the whole file without overwrite, listing every conflict', () => {
    const p = rejected(run(rows));
    expect(p.problems).toEqual([]);
    expect(p.conflicts.map((c) => [c.line, c.measureId, c.month, c.address, c.oldValue, c.newValue])).toEqual([
      [2, 'CL1', '2016-08', 'H2', 0.58, 0.6],
      [3, 'M2', '2016-08', 'H3', 'c', 17],
    ]);
    expect(p.conflicts[0].message).toContain('Measures!H2');
    expect(p.conflicts[0].message).toContain('58%');
    expect(p.conflicts[0].message).toContain('60%');
    expect(p.conflicts[0].message).toContain('overwrite');
  });

  it('writes everything with overwrite, still listing the conflicts', () => {
    const p = ready(run(rows, true));
    expect(p.writes.map((w) => [w.address, w.value, w.oldValue])).toEqual([['H2', 0.6, 0.58], ['H3', 17, 'c'], ['I3', 16, null]]);
    expect(p.conflicts).toHaveLength(2);
  });
});

describe('planImport: rejections', () => {
  it('lists every problem with its line, the value seen and what to do', () => {
    const p = rejected(
      run([
        HEADER,
        ['ZZ9', '2016-09', '5'], // 2 unknown measure
        ['CL1', '2017-03', '5'], // 3 no month column
        ['CL1', 'soon', '5'], // 4 not a period
        ['M2', '2016-09', 'lots'], // 5 not a number
        ['M2', '2016-07', '18'], // 6 first of a duplicate (unchanged)
        ['m2', 'Jul-16', '18'], // 7 duplicate
        ['', '2016-09', '4'], // 8 no id
        ['M3', '2016-09', ''], // 9 no value
        ['M3', '2016-08', '58,5'], // 10 decimal comma
        ['CL1', '09/30/2016', '5'], // 11 US order date
      ]),
    );
    expect(p.problems.map((x) => [x.line, x.kind])).toEqual([
      [2, 'unknown-measure'],
      [3, 'unknown-month'],
      [4, 'period-invalid'],
      [5, 'value-invalid'],
      [7, 'duplicate'],
      [8, 'measure-id-missing'],
      [9, 'value-invalid'],
      [10, 'value-invalid'],
      [11, 'period-invalid'],
    ]);
    const msg = (line: number): string => {
      const found = p.problems.find((x) => x.line === line);
      return found === undefined ? '' : found.message;
    };
    expect(msg(2)).toContain('"ZZ9"');
    expect(msg(3)).toContain('March 2017');
    expect(msg(3)).toContain('July 2016 to September 2016');
    expect(msg(4)).toContain('"soon"');
    expect(msg(5)).toContain('"lots"');
    expect(msg(7)).toContain('line 6');
    expect(msg(9)).toContain('no value');
    expect(msg(10)).toContain('decimal comma');
    for (const x of p.problems) expect(x.message).toMatch(/^Line \d+/);
  });

  it('rejects conflicts and problems together, listing both', () => {
    const p = rejected(run([HEADER, ['CL1', '2016-08', '70%'], ['ZZ9', '2016-09', '5']], true));
    expect(p.problems.map((x) => x.kind)).toEqual(['unknown-measure']);
    expect(p.conflicts).toHaveLength(1);
  });

  it('needs a header row with the three columns, naming the headers seen', () => {
    const p = rejected(run([['CL1', '2016-09', '58%'], ['M2', '2016-09', '16']]));
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].kind).toBe('header-missing');
    expect(p.problems[0].message).toContain('"CL1"');
    expect(p.problems[0].message).toContain('Measure ID, Period, Value are not there');
  });

  it('says when only one column was found (wrong delimiter)', () => {
    const p = rejected(run([['Measure ID|Period|Value'], ['CL1|2016-09|58%']]));
    expect(p.problems.map((x) => x.kind)).toEqual(['wrong-delimiter']);
    expect(p.problems[0].message).toContain('"|"');
  });

  it('refuses an empty file and a header without values', () => {
    expect(rejected(run([])).problems[0].kind).toBe('empty-file');
    expect(rejected(run([['', '']])).problems[0].kind).toBe('empty-file');
    expect(rejected(run([HEADER])).problems[0].kind).toBe('no-values');
  });

  it('refuses when there is no Measures sheet', () => {
    const p = rejected(run([HEADER, ['CL1', '2016-09', '5']], false, workbook(actionsSheet())));
    expect(p.problems.map((x) => x.kind)).toEqual(['no-measures-sheet']);
  });

  it('refuses a measure id that is on the Measures sheet twice', () => {
    const wb = plan([['M2', 'Caseload again', 'Number', 'Lower is better', 20, 15, null, null, null]]);
    const p = rejected(run([HEADER, ['M2', '2016-09', '16']], false, wb));
    expect(p.problems.map((x) => x.kind)).toEqual(['ambiguous-measure']);
    expect(p.problems[0].message).toContain('rows 3, 5');
  });
});
