import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { plan, planJson } from '../helpers/cli';
import { readXlsx, writeXlsx, writeText } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

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
  file = await writeXlsx('unusual.xlsx', unusualPlan());
});

describe('plan check on a workbook laid out differently', () => {
  it('finds exactly the problems planted, in the cells at fault', async () => {
    const { code, json } = await planJson<CheckJson>('check', file, '--as-of', '2016-10-31');
    expect(code).toBe(1);
    expect(json.asOf).toBe('2016-10-31');
    expect(json.ready).toBe(false);
    const seen = json.findings.map((f) => [f.rule, f.severity, f.sheet, f.cell, f.ref]);
    expect(seen).toEqual([
      ['measure-unknown', 'error', 'Improvement plan', 'J7', '1.2'],
      ['due-invalid', 'error', 'Improvement plan', 'E8', '1.3'],
      ['overdue-on-track', 'error', 'Improvement plan', 'F10', '2.1'],
      ['manual-rag-mismatch', 'warning', 'Improvement plan', 'G10', '2.1'],
      ['due-invalid', 'error', 'Improvement plan', 'E11', '2.2'],
      ['ref-duplicate', 'error', 'Improvement plan', 'A12', '2.1'],
      ['outcome-missing', 'error', 'Improvement plan', 'C12', '2.1'],
      ['ref-stored-as-number', 'warning', 'Improvement plan', 'A13', '2.3'],
      ['update-missing', 'error', 'Improvement plan', 'I14', '2.4'],
      ['completed-date-future', 'error', 'Improvement plan', 'H17', '3.1'],
      ['latest-missing', 'warning', 'KPIs', 'M4', 'RR1'],
    ]);
    expect(json.errors).toBe(8);
    expect(json.warnings).toBe(3);
    for (const f of json.findings) expect(f.message.length).toBeGreaterThan(20);
    expect(json.findings.find((f) => f.cell === 'E11')?.message).toContain('12/31/2016');
    expect(json.findings.find((f) => f.cell === 'A12')?.message).toContain('A10');
  });

  it('prints findings grouped by sheet for people', async () => {
    const r = await plan('check', file, '--as-of', '2016-10-31');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Plan check of ' + file + ', as of 31/10/2016 (--as-of)');
    expect(r.out).toContain('Not ready for the board: 8 errors and 3 warnings.');
    expect(r.out.indexOf('Improvement plan')).toBeLessThan(r.out.indexOf('KPIs'));
    // Rules by their human titles (core RULES), the id kept for reference.
    expect(r.out).toMatch(/E8\s+error\s+Due date is not a date \[due-invalid\]: /);
    expect(r.out).not.toMatch(/Due invalid/);
  });
});

describe('plan report', () => {
  it('calculates action RAG, lateness and days overdue as of the date', async () => {
    const { code, json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    expect(code).toBe(0);
    expect(json.actions.map((a) => [a.ref, a.theme, a.rag, a.late, a.daysOverdue])).toEqual([
      ['1.1', '1', 'Green', false, 0],
      ['1.2', '1', 'Green', false, 0],
      ['1.3', '1', 'Unknown', false, 0],
      ['2.1', '2', 'Red', false, 31],
      ['2.2', '2', 'Blue', false, 0],
      ['2.1', '2', 'Green', false, 0],
      ['2.3', '2', 'Amber', false, 0],
      ['2.4', '2', 'Amber', false, 0],
      ['3.1', '3', 'Blue', false, 0],
    ]);
  });

  it('reads 58 and 0.58 alike, skips c, and rates by polarity', async () => {
    const { json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    const byId = new Map(json.measures.map((m) => [m.id, m]));
    expect(byId.get('SW1')).toMatchObject({ latest: 0.86, latestPeriod: '2016-09', rag: 'Green', trajectory: 'On trajectory', direction: 'Improving' });
    expect(byId.get('SW1')?.progress).toBeCloseTo(16 / 15, 9);
    expect(byId.get('CL1')).toMatchObject({ latest: 0.62, latestPeriod: '2016-09', rag: 'Amber', trajectory: 'On trajectory', direction: 'Improving' });
    expect(byId.get('CL1')?.progress).toBeCloseTo(4 / 7, 9);
    expect(byId.get('RR1')).toMatchObject({ latest: 0.27, latestPeriod: '2016-08', rag: 'Amber', trajectory: 'Behind trajectory', direction: 'Declining' });
    expect(byId.get('RR1')?.progress).toBeCloseTo(-2 / 3, 9);
    expect(byId.get('CIC1')).toMatchObject({ latest: 72, rag: 'n/a', progress: null, trajectory: null, direction: null });
  });

  it('rolls the month up per theme and overall', async () => {
    const { json } = await planJson<ReportJson>('report', file, '--as-of', '2016-10-31');
    const row = (theme: string) => json.rollup.find((r) => r.theme === theme);
    expect(row('1')).toMatchObject({ month: '2016-10', actions: 3, blue: 0, green: 2, amber: 0, red: 0, grey: 0, unknown: 1, overdue: 0, measures: 2, measuresGreen: 1, measuresAmber: 1, measuresRed: 0, measuresNoData: 0 });
    expect(row('2')).toMatchObject({ actions: 5, blue: 1, green: 1, amber: 2, red: 1, unknown: 0, overdue: 1, measures: 1, measuresAmber: 1 });
    expect(row('3')).toMatchObject({ actions: 1, blue: 1, measures: 0 });
    expect(row('All')).toMatchObject({ actions: 9, blue: 2, green: 3, amber: 2, red: 1, grey: 0, unknown: 1, overdue: 1, measures: 3, measuresGreen: 1, measuresAmber: 2, measuresRed: 0, measuresNoData: 0 });
    expect(json.rollup.map((r) => r.theme)).toEqual(['1', '2', '3', 'All']);
  });
});

describe('plan rollup', () => {
  it('writes the owned sheets to a new file and leaves the input untouched', async () => {
    const before = readFileSync(file);
    const out = file.replace('.xlsx', '-out.xlsx');
    const r = await plan('rollup', file, '--as-of', '2016-10-31', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const wb = await readXlsx(out);
    expect(wb.getWorksheet('Monthly roll-up')).toBeDefined();
    const history = wb.getWorksheet('Roll-up history');
    expect(history?.getRow(1).values).toEqual([undefined, 'Month', 'Theme', 'Actions', 'Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown', 'Overdue', 'Measures', 'Measures green', 'Measures amber', 'Measures red', 'Measures no data']);
    expect(history?.getCell('A2').value).toBe('2016-10');
    // An unowned cell is as it was.
    expect(wb.getWorksheet('Improvement plan')?.getCell('B6').value).toBe('Audit case files monthly');
  });

  it('re-running a month in place replaces its history rows; the next month adds its own', async () => {
    const copy = await writeXlsx('inplace.xlsx', unusualPlan());
    expect((await plan('rollup', copy, '--as-of', '2016-10-31', '--in-place')).code).toBe(0);
    expect((await plan('rollup', copy, '--as-of', '2016-10-31', '--in-place')).code).toBe(0);
    expect((await plan('rollup', copy, '--as-of', '2016-11-30', '--in-place')).code).toBe(0);
    const history = (await readXlsx(copy)).getWorksheet('Roll-up history');
    const months: string[] = [];
    history?.eachRow((row, n) => {
      if (n > 1) months.push(String(row.getCell(1).value));
    });
    expect(months.filter((m) => m === '2016-10')).toHaveLength(4);
    expect(months.filter((m) => m === '2016-11')).toHaveLength(4);
  });
});

describe('bad input', () => {
  it.each([
    ['missing.xlsx', 'no such workbook'],
  ])('a missing file exits 2 with a message', async (name, message) => {
    const r = await plan('check', `/nonexistent/${name}`);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it('a text file exits 2 and says it is not a workbook', async () => {
    const f = writeText('notes.xlsx', 'Ref,Action\n1.1,Do it\n');
    const r = await plan('check', f);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not an Excel .xlsx workbook');
  });

  it('an old .xls or encrypted file exits 2', async () => {
    const f = writeText('old.xlsx', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const r = await plan('report', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/encrypted or an old \.xls/);
  });

  it('a truncated workbook exits 2 and the file is untouched', async () => {
    const good = readFileSync(file);
    const f = writeText('truncated.xlsx', new Uint8Array(good.subarray(0, Math.floor(good.length / 2))));
    const r = await plan('rollup', f, '--in-place');
    expect(r.code).toBe(2);
    expect(readFileSync(f).length).toBe(Math.floor(good.length / 2));
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('bad arguments exit 2 with the usage', async () => {
    const r = await plan('check');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Usage:');
  });
});
