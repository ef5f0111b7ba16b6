/**
 * The Office.js double (fake-excel.ts) behaves as the reference describes, one
 * rule at a time, so that code written against it fails here the way it would
 * fail in Excel: each rule has a case the double must refuse.
 */
import { describe, expect, it } from 'vitest';
import { FakeExcel, MERGED_AREAS_LIMIT } from './fake-excel';
import type { XlConditionalFormat } from '../../src/excel';

const sheet = (rows: number, cols: number): FakeExcel =>
  new FakeExcel([{ name: 'S', rows: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => 'r' + String(r) + 'c' + String(c))) }]);

describe('the Office.js double', () => {
  it('throws when a property is read before it was loaded and synced', async () => {
    const fx = sheet(2, 2);
    await fx.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => r.values).toThrow('PropertyNotLoaded');
      r.load('values');
      expect(() => r.values).toThrow('PropertyNotLoaded'); // loaded, not yet synced
      await context.sync();
      expect(r.values).toEqual([['r0c0', 'r0c1'], ['r1c0', 'r1c1']]);
      expect(() => r.text).toThrow('PropertyNotLoaded'); // synced, but not asked for
      expect(() => r.format.fill.color).toThrow('PropertyNotLoaded');
    });
  });

  it('rejects values, number formats and cell properties whose size differs from the range', async () => {
    const fx = sheet(2, 2);
    await fx.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B2');
      expect(() => {
        r.values = [['a', 'b']];
      }).toThrow('InvalidArgument');
      expect(() => {
        r.numberFormat = [['@'], ['@']];
      }).toThrow('InvalidArgument');
      expect(() => r.setCellProperties([[{}, {}], [{}]])).toThrow('InvalidArgument');
      r.values = [['a', 'b'], ['c', 'd']];
      await context.sync();
    });
    expect(fx.sheet('S').value(1, 1)).toBe('d');
  });

  it('gives conditional formats their priority as id, shifting as formats are added and deleted', async () => {
    const fx = sheet(3, 3);
    const s = fx.sheet('S');
    s.addUserFormat('first', [{ top: 0, left: 0, bottom: 0, right: 0 }]);
    s.addUserFormat('second', [{ top: 1, left: 1, bottom: 1, right: 1 }]);
    const ids = async (): Promise<string[]> =>
      fx.run(async (context) => {
        const cfs = context.workbook.worksheets.getItem('S').getRange().conditionalFormats;
        cfs.load('items/id');
        await context.sync();
        return cfs.items.map((c) => c.id);
      });
    expect(await ids()).toEqual(['0', '1']);
    expect(s.cfs.map((c) => c.tag)).toEqual(['second', 'first']);
    // A format added through the API goes on top: the others move down one.
    let stale: XlConditionalFormat[] = [];
    await fx.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem('S').getRange().conditionalFormats;
      cfs.load('items/id,items/type');
      await context.sync();
      stale = cfs.items;
      context.workbook.worksheets.getItem('S').getRange('C3').conditionalFormats.add('Custom').custom.rule.formula = '=TRUE';
      await context.sync();
      // `second` had id 0 when loaded; deleting by that id now deletes the new format, which holds priority 0.
      stale[0].delete();
      await context.sync();
    });
    expect(s.cfs.map((c) => c.tag)).toEqual(['second', 'first']);
    expect(await ids()).toEqual(['0', '1']);
  });

  it('fails a merged-area query above 512 merged areas', async () => {
    const merges = Array.from({ length: MERGED_AREAS_LIMIT + 1 }, (_, i) => 'A' + String(2 * i + 1) + ':B' + String(2 * i + 1));
    const fx = new FakeExcel([{ name: 'Many', rows: [['x']], merges }, { name: 'Few', rows: [['x']], merges: merges.slice(0, MERGED_AREAS_LIMIT) }]);
    const count = async (name: string): Promise<number> =>
      fx.run(async (context) => {
        const m = context.workbook.worksheets.getItem(name).getRange().getMergedAreasOrNullObject();
        m.load('address');
        await context.sync();
        return m.address.split(',').length;
      });
    expect(await count('Few')).toBe(MERGED_AREAS_LIMIT);
    await expect(count('Many')).rejects.toThrow('512');
  });

  it('refuses a request or a response over 5 MB with the documented error codes', async () => {
    const fx = new FakeExcel([{ name: 'S', rows: Array.from({ length: 3000 }, () => ['x'.repeat(1000), 'y'.repeat(1000)]) }]);
    const request = fx.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('C1:C6000');
      r.values = Array.from({ length: 6000 }, () => ['z'.repeat(900)]);
      await context.sync();
    });
    await expect(request).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    const response = fx.run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1:B3000');
      r.load('values,text');
      await context.sync();
    });
    await expect(response).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    expect(fx.stats().refused).toBe(2);
  });
});
