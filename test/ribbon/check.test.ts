import { describe, expect, it } from 'vitest';
import { checkFromRibbon } from '../../src/ribbon/check';
import { createExcelHost } from '../../src/excel';
import { FakeExcel } from '../excel/fake-excel';
import { AS_OF, planWorkbook } from '../excel/plan-workbook';

describe('Check plan (ribbon command)', () => {
  it('reads, checks, marks the cells at fault and says what it found, writing no value', async () => {
    const fx = planWorkbook({ actions: 24 });
    const before = fx.dump('Action plan');
    const summary = await checkFromRibbon(createExcelHost({ run: fx.run }), AS_OF);
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.ready).toBe(false);
    expect(summary.marked).toEqual({ ok: true });
    expect(summary.message).toMatch(/^Plan checked as of 31\/10\/2016: \d+ errors? and \d+ warnings?; errors must be fixed/);
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
});
