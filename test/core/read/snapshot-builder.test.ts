import { describe, expect, it } from 'vitest';
import { cell, date, err, pct, sheet, table, workbook } from '../../helpers/snapshot-builder';
import { serialFromYmd } from '../../../src/core/calendar';

describe('snapshot builder', () => {
  it('builds cells from plain values with shown text and General format', () => {
    const s = sheet('Actions', [['Ref', 1.1, null, undefined, true]]);
    expect(s.rows[0]).toEqual([
      { value: 'Ref', text: 'Ref', format: 'General' },
      { value: 1.1, text: '1.1', format: 'General' },
      { value: null, text: '', format: 'General' },
      { value: null, text: '', format: 'General' },
      { value: true, text: 'TRUE', format: 'General' },
    ]);
    expect(s.merges).toEqual([]);
  });

  it('applies formats, texts and merges by A1 address', () => {
    const s = sheet('M', [[0.58, 1.1], ['x']], { formats: { A1: '0%' }, texts: { B1: '1.10' }, merges: ['A2:C2'] });
    expect(s.rows[0][0]).toEqual({ value: 0.58, text: '58%', format: '0%' });
    expect(s.rows[0][1]).toEqual({ value: 1.1, text: '1.10', format: 'General' });
    expect(s.merges).toEqual(['A2:C2']);
  });

  it('has helpers for errors, dates, percents and full cells', () => {
    expect(err('#REF!')).toEqual({ error: '#REF!' });
    expect(date(2016, 12, 31)).toEqual({ value: serialFromYmd(2016, 12, 31), text: '31/12/2016', format: 'dd/mm/yyyy' });
    expect(pct(0.585, '0.0%')).toEqual({ value: 0.585, text: '58.5%', format: '0.0%' });
    expect(cell(3, 'three')).toEqual({ value: 3, text: 'three', format: 'General' });
    const s = sheet('S', [[err('#N/A'), date(2016, 4, 1)]]);
    expect(s.rows[0][0]).toEqual({ value: { error: '#N/A' }, text: '#N/A', format: 'General' });
    expect(s.rows[0][1].format).toBe('dd/mm/yyyy');
  });

  it('splits sheets and tables in a workbook', () => {
    const wb = workbook(sheet('A', []), table('Scorecard', 'Sheet2', 'A1:C3'), sheet('Sheet2', []));
    expect(wb.sheets.map((s) => s.name)).toEqual(['A', 'Sheet2']);
    expect(wb.tables).toEqual([{ name: 'Scorecard', sheet: 'Sheet2', address: 'A1:C3' }]);
  });
});
