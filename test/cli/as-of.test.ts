/**
 * Contract 8 on the command line, through real .xlsx files: `--as-of`, else
 * the Settings sheet's `As of`, else today (the helper pins 31/10/2016), and
 * every output says the date and where it came from. Months in text output as
 * people name them (`Sep 2016`); JSON keeps `yyyy-mm`.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import type ExcelJS from 'exceljs';
import { plan, planJson } from '../helpers/cli';
import { d, readXlsx, writeXlsx, type XCell } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

interface JsonHead {
  asOf: string;
  asOfSource: { kind: string; where: string };
  errors: number;
  findings: Array<{ rule: string; cell: string }>;
}
interface ReportJson extends JsonHead {
  measures: Array<{ id: string; latestPeriod: string | null }>;
  rollup: Array<{ month: string; theme: string }>;
}

/** The unusual plan with a Settings sheet whose `As of` value is in B5. */
function withSettings(asOf: XCell, sheetName = 'Settings'): ExcelJS.Workbook {
  const wb = unusualPlan();
  const ws = wb.addWorksheet(sheetName);
  const rows: XCell[][] = [['Plan settings'], [], ['Setting', 'Value'], ['Plan year', '2016/17'], ['As of', asOf]];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value as ExcelJS.CellValue;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    }),
  );
  return wb;
}

let settingsFile = '';
let plainFile = '';
beforeAll(async () => {
  settingsFile = await writeXlsx('as-of-settings.xlsx', withSettings(d(2016, 9, 30)));
  plainFile = await writeXlsx('as-of-plain.xlsx', unusualPlan());
});

describe('plan check finds the as-of date as every face does', () => {
  it('uses the Settings As of without --as-of, and says so', async () => {
    const { code, json } = await planJson<JsonHead>('check', settingsFile);
    expect(code).toBe(1);
    expect(json.asOf).toBe('2016-09-30');
    expect(json.asOfSource).toEqual({ kind: 'settings', where: 'Settings!B5' });
    const text = await plan('check', settingsFile);
    expect(text.out.split('\n')[0]).toBe('Plan check of ' + settingsFile + ', as of 30/09/2016 (Settings!B5)');
  });

  it('finds what the same date given explicitly finds (the pane and the command line agree)', async () => {
    const kept = await planJson<JsonHead>('check', settingsFile);
    const given = await planJson<JsonHead>('check', settingsFile, '--as-of', '30/09/2016');
    expect(given.json.asOfSource).toEqual({ kind: 'given', where: '--as-of' });
    expect(kept.json.findings).toEqual(given.json.findings);
    // As of today (31/10/2016) the plan has more overdue actions: the Settings date was really used.
    const today = await planJson<JsonHead>('check', plainFile);
    expect(today.json.findings.length).toBeGreaterThan(kept.json.findings.length);
  });

  it('--as-of wins over Settings, in either spelling', async () => {
    for (const text of ['2016-11-30', '30/11/2016']) {
      const { json } = await planJson<JsonHead>('check', settingsFile, '--as-of', text);
      expect(json.asOf).toBe('2016-11-30');
      expect(json.asOfSource).toEqual({ kind: 'given', where: '--as-of' });
    }
    const r = await plan('check', settingsFile, '--as-of', '30/11/2016');
    expect(r.out).toContain('as of 30/11/2016 (--as-of)');
  });

  it('uses today without a Settings As of, or when it is not a valid date', async () => {
    const plain = await planJson<JsonHead>('check', plainFile);
    expect(plain.json.asOf).toBe('2016-10-31');
    expect(plain.json.asOfSource).toEqual({ kind: 'today', where: 'today' });
    const tbc = await writeXlsx('as-of-tbc.xlsx', withSettings('TBC'));
    const r = await planJson<JsonHead>('check', tbc);
    expect(r.json.asOf).toBe('2016-10-31');
    expect(r.json.asOfSource.kind).toBe('today');
    expect((await plan('check', tbc)).out).toContain('as of 31/10/2016 (today)');
  });

  it('quotes a Settings sheet name with a space as Excel does', async () => {
    const file = await writeXlsx('as-of-plan-settings.xlsx', withSettings('30/09/2016', 'Plan settings'));
    const { json } = await planJson<JsonHead>('check', file);
    expect(json.asOfSource).toEqual({ kind: 'settings', where: "'Plan settings'!B5" });
  });

  it('rejects an impossible --as-of and a wrong format with different messages, exit 2', async () => {
    const impossible = await plan('check', settingsFile, '--as-of', '2016-02-30');
    expect(impossible.code).toBe(2);
    expect(impossible.err).toContain('not a real date: February 2016 has 29 days');
    const wrong = await plan('check', settingsFile, '--as-of', 'last Friday');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('"last Friday" is not a date');
    expect(wrong.err).not.toContain('not a real date');
  });
});

describe('plan report and rollup use the as-of month', () => {
  it('report names months as people do in text, yyyy-mm in JSON', async () => {
    const r = await plan('report', settingsFile);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Plan report for Sep 2016, as of 30/09/2016 (Settings!B5)');
    expect(r.out).toContain('Roll-up for Sep 2016');
    expect(r.out).toMatch(/SW1 .*\(Sep 2016\)/);
    expect(r.out).toMatch(/RR1 .*\(Aug 2016\)/);
    expect(r.out).not.toMatch(/\d{4}-\d{2}/);
    const { json } = await planJson<ReportJson>('report', settingsFile);
    expect(json.asOfSource).toEqual({ kind: 'settings', where: 'Settings!B5' });
    expect(json.measures.find((m) => m.id === 'SW1')?.latestPeriod).toBe('2016-09');
    expect(json.rollup[0].month).toBe('2016-09');
  });

  it('rollup without --as-of writes the Settings month and says where the date came from', async () => {
    const out = settingsFile.replace('.xlsx', '-rolled.xlsx');
    const r = await plan('rollup', settingsFile, '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Roll-up for Sep 2016 (as of 30/09/2016 (Settings!B5)) written to ' + out);
    const history = (await readXlsx(out)).getWorksheet('Roll-up history');
    expect(history?.getCell('A2').value).toBe('2016-09');
  });
});
