import { describe, expect, it } from 'vitest';
import { checkFromRibbon } from '../../src/ribbon/check';
import { createExcelHost } from '../../src/excel';
import { FakeExcel } from '../excel/fake-excel';
import { AS_OF, planSheets, planWorkbook } from '../excel/plan-workbook';
import { serialFromYmd } from '../../src/core/calendar';

describe('Check plan (ribbon command)', () => {
  it('reads, checks, marks the cells at fault and says what it found, writing no value', async () => {
    const fx = planWorkbook({ actions: 24 });
    const before = fx.dump('Action plan');
    const summary = await checkFromRibbon(createExcelHost({ run: fx.run }), AS_OF);
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.ready).toBe(false);
    expect(summary.marked).toEqual({ ok: true });
    expect(summary.message).toMatch(/^Plan checked as of 31\/10\/2016 \(today\)\. Not ready for the board: \d+ errors? and \d+ warnings?\. The cells at fault are marked/);
    expect(summary.asOfSource).toEqual({ kind: 'today' });
    expect(fx.dump('Action plan')).toEqual(before);
    expect(fx.log.filter((e) => e.kind === 'set' && (e.member === 'values' || e.member === 'numberFormat'))).toEqual([]);
    expect(fx.sheet('Action plan').cfs.length).toBeGreaterThan(0);
    // Read (2) + marks (3).
    expect(fx.stats().syncs).toBe(5);
  });

  it('a workbook without an Actions sheet gets one error, marked on its first sheet', async () => {
    const fx = new FakeExcel([{ name: 'Notes', rows: [['x']] }]);
    const summary = await checkFromRibbon(createExcelHost({ run: fx.run }), AS_OF);
    // No Actions sheet is an error (sheet-missing), marked on the first sheet.
    expect(summary.errors).toBe(1);
    expect(summary.message).toContain('1 error and');
  });

  it('uses the Settings As of (contract 8) and says where the date came from', async () => {
    const settings = { name: 'Settings', rows: [['Setting', 'Value'], ['Plan year', '2016/17'], ['As of', serialFromYmd(2016, 9, 30)]] };
    const fx = new FakeExcel([...planSheets({ actions: 12 }), settings]);
    const summary = await checkFromRibbon(createExcelHost({ run: fx.run }), AS_OF);
    expect(summary.asOf).toBe(serialFromYmd(2016, 9, 30));
    expect(summary.asOfSource).toEqual({ kind: 'settings', sheet: 'Settings', cell: 'B3' });
    expect(summary.message).toMatch(/^Plan checked as of 30\/09\/2016 \(Settings!B3\)\. /);
  });

  it('uses today when the Settings As of is not a date', async () => {
    const settings = { name: 'Settings', rows: [['As of', 'TBC']] };
    const fx = new FakeExcel([...planSheets({ actions: 12 }), settings]);
    const summary = await checkFromRibbon(createExcelHost({ run: fx.run }), AS_OF);
    expect(summary.message).toMatch(/^Plan checked as of 31\/10\/2016 \(today\)\. /);
  });
});
