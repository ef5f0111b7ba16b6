import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline, writeWorkbook } from '../../src/xlsx';
import { cellAt, type SheetSnapshot } from '../../src/core/snapshot';
import { parseA1 } from '../../src/core/address';
import { serialFromYmd } from '../../src/core/calendar';

function at(sheet: SheetSnapshot, address: string): ReturnType<typeof cellAt> {
  const ref = parseA1(address);
  if (ref === null) throw new Error('bad address ' + address);
  return cellAt(sheet, ref.row, ref.col);
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = await loadWorkbook(await writeWorkbook(wb));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.workbook;
}

function tracker(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'Bristol plan';
  ws.getCell('A3').value = 'Ref';
  ws.getCell('B3').value = 'Due date';
  ws.getCell('C3').value = 'Score';
  ws.mergeCells('A4:D4');
  ws.getCell('A4').value = '1. Good social work practice';
  ws.getCell('A5').value = '1.10';
  ws.getCell('A6').value = 1.1;
  ws.getCell('B5').value = new Date(Date.UTC(2016, 11, 31));
  ws.getCell('B5').numFmt = 'dd/mm/yyyy';
  ws.getCell('B6').value = 'Dec 2016';
  ws.getCell('B7').value = new Date(Date.UTC(2017, 2, 31));
  ws.getCell('B8').value = new Date(Date.UTC(2016, 8, 1));
  ws.getCell('B8').numFmt = 'mmm-yy';
  ws.getCell('C5').value = 0.58;
  ws.getCell('C5').numFmt = '0%';
  ws.getCell('C6').value = { formula: 'C5*2', result: 1.16 };
  ws.getCell('C6').numFmt = '0.0%';
  ws.getCell('C7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('C8').value = { error: '#REF!' };
  ws.getCell('D5').value = { richText: [{ text: 'Audit ', font: { bold: true } }, { text: 'done' }] };
  ws.getCell('D6').value = { text: 'Evidence folder', hyperlink: 'https://example.org/evidence' };
  ws.getCell('D7').value = true;
  ws.getCell('E5').value = 10;
  ws.getCell('E6').value = { formula: 'E5*2', result: 20, shareType: 'shared', ref: 'E6:E8' } as unknown as ExcelJS.CellValue;
  ws.getCell('E7').value = { sharedFormula: 'E6', result: 40 };
  ws.getCell('E8').value = { sharedFormula: 'E6', result: 80 };
  ws.getCell('F5').value = { formula: 'B5+1', result: new Date(Date.UTC(2017, 0, 1)) };
  ws.getCell('F5').numFmt = 'd-mmm-yy';
  const other = wb.addWorksheet('Notes');
  other.getCell('A1').value = 'not read';
  const data = wb.addWorksheet('Data');
  data.addTable({ name: 'Scorecard', ref: 'B2', headerRow: true, columns: [{ name: 'Measure ref' }, { name: 'Target' }], rows: [['CL1', 0.65], ['CL2', 0.8]] });
  return wb;
}

describe('snapshotFromWorkbook', () => {
  it('reads values, shown text and formats as Excel shows them', async () => {
    const snap = snapshotFromWorkbook(await roundTrip(tracker()), { sheets: ['Action plan'] });
    // Every sheet is listed (the engine needs the first sheet and all names); only those asked for are read.
    expect(snap.sheets.map((s) => s.name)).toEqual(['Action plan', 'Notes', 'Data']);
    expect(snap.sheets.slice(1).map((s) => s.rows.length)).toEqual([0, 0]);
    const s = snap.sheets[0];
    expect(at(s, 'A1').value).toBe('Bristol plan');
    expect(at(s, 'A2').value).toBeNull();
    expect(at(s, 'A5')).toEqual({ value: '1.10', text: '1.10', format: 'General' });
    expect(at(s, 'A6')).toEqual({ value: 1.1, text: '1.1', format: 'General' });
    expect(at(s, 'B5')).toEqual({ value: serialFromYmd(2016, 12, 31), text: '31/12/2016', format: 'dd/mm/yyyy' });
    expect(at(s, 'B6').value).toBe('Dec 2016');
    // A date with no format of its own gets Excel's short date: dd/mm/yyyy on a UK machine.
    expect(at(s, 'B7')).toEqual({ value: serialFromYmd(2017, 3, 31), text: '31/03/2017', format: 'dd/mm/yyyy' });
    expect(at(s, 'B8').text).toBe('Sep-16');
    expect(at(s, 'C5')).toEqual({ value: 0.58, text: '58%', format: '0%' });
    expect(at(s, 'C6')).toEqual({ value: 1.16, text: '116.0%', format: '0.0%' });
    expect(at(s, 'C7').value).toEqual({ error: '#DIV/0!' });
    expect(at(s, 'C7').text).toBe('#DIV/0!');
    expect(at(s, 'C8').value).toEqual({ error: '#REF!' });
    expect(at(s, 'D5').value).toBe('Audit done');
    expect(at(s, 'D6').value).toBe('Evidence folder');
    expect(at(s, 'D7')).toEqual({ value: true, text: 'TRUE', format: 'General' });
    expect([at(s, 'E6').value, at(s, 'E7').value, at(s, 'E8').value]).toEqual([20, 40, 80]);
    expect(at(s, 'F5')).toEqual({ value: serialFromYmd(2017, 1, 1), text: '1-Jan-17', format: 'd-mmm-yy' });
  });

  it('keeps only the top-left cell of a merged area and lists the area', async () => {
    const s = snapshotFromWorkbook(await roundTrip(tracker()), { sheets: ['Action plan'] }).sheets[0];
    expect(s.merges).toEqual(['A4:D4']);
    expect(at(s, 'A4').value).toBe('1. Good social work practice');
    expect(at(s, 'B4').value).toBeNull();
    expect(at(s, 'D4').value).toBeNull();
  });

  it('lists every table with its sheet and range, and reads every sheet by default', async () => {
    const wb = await roundTrip(tracker());
    const snap = snapshotFromWorkbook(wb);
    expect(snap.sheets.map((s) => s.name)).toEqual(['Action plan', 'Notes', 'Data']);
    expect(snap.tables).toEqual([{ name: 'Scorecard', sheet: 'Data', address: 'B2:C4' }]);
    expect(workbookOutline(wb)).toEqual({ sheetNames: ['Action plan', 'Notes', 'Data'], tables: snap.tables });
  });

  it('works on a workbook built in memory too (no round trip)', () => {
    const snap = snapshotFromWorkbook(tracker(), { sheets: ['Action plan'] });
    const s = snap.sheets[0];
    expect(at(s, 'C5').text).toBe('58%');
    expect(at(s, 'B4').value).toBeNull();
    expect(s.merges).toEqual(['A4:D4']);
    expect(snap.tables).toEqual([{ name: 'Scorecard', sheet: 'Data', address: 'B2:C4' }]);
  });

  it('reports progress up to the total rows', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Big');
    for (let r = 1; r <= 5000; r++) ws.getRow(r).values = [r, 'x' + String(r)];
    const calls: Array<[number, number]> = [];
    const snap = snapshotFromWorkbook(wb, { onProgress: (done, total) => calls.push([done, total]) });
    expect(snap.sheets[0].rows.length).toBe(5000);
    expect(calls[calls.length - 1]).toEqual([5000, 5000]);
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every(([done, total]) => done <= total && total === 5000)).toBe(true);
  });

  it('leaves rows with nothing in them empty, keeping row numbers', () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Gaps');
    ws.getCell('C10').value = 'here';
    const s = snapshotFromWorkbook(wb).sheets[0];
    expect(s.rows.length).toBe(10);
    expect(s.rows[0]).toEqual([]);
    expect(at(s, 'C10').value).toBe('here');
    expect(at(s, 'A10').value).toBeNull();
  });

  it('gives 1900-system serials for a workbook saved in the 1904 date system', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.getCell('A1').value = new Date(Date.UTC(2016, 11, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    const s = snapshotFromWorkbook(await roundTrip(wb)).sheets[0];
    expect(at(s, 'A1')).toEqual({ value: serialFromYmd(2016, 12, 31), text: '31/12/2016', format: 'dd/mm/yyyy' });
  });
});
