/**
 * The package reader gives the same snapshot as the exceljs path for the cells
 * the engine reads, on workbooks exceljs writes (the sample, a tracker with
 * every kind of cell), plus what exceljs gets wrong.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../src/xlsx';
import { readWorkbook } from '../../src/xlsx/package/read-workbook';
import { buildSampleWorkbook } from '../../src/sample';
import { relevantSheetNames } from '../../src/core';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { cellAt } from '../../src/core/snapshot';
import { serialFromYmd } from '../../src/core/calendar';

async function viaExceljs(bytes: Uint8Array, sheets?: ReadonlyArray<string>): Promise<WorkbookSnapshot> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.message);
  return snapshotFromWorkbook(loaded.workbook, sheets === undefined ? undefined : { sheets });
}

function viaPackage(bytes: Uint8Array, sheets: 'relevant' | 'all' = 'all'): WorkbookSnapshot {
  const read = readWorkbook(bytes, { sheets });
  if (!read.ok) throw new Error(read.message);
  return read.snapshot;
}

function tracker(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Action plan');
  ws.getCell('A1').value = 'Bristol plan';
  ws.mergeCells('A4:D4');
  ws.getCell('A4').value = '1. Good social work practice';
  ws.getCell('A5').value = '1.10';
  ws.getCell('A6').value = 1.1;
  ws.getCell('B5').value = new Date(Date.UTC(2016, 11, 31));
  ws.getCell('B5').numFmt = 'dd/mm/yyyy';
  ws.getCell('B7').value = new Date(Date.UTC(2017, 2, 31, 13, 45));
  ws.getCell('B8').value = new Date(Date.UTC(2016, 8, 1));
  ws.getCell('B8').numFmt = 'mmm-yy';
  ws.getCell('C5').value = 0.58;
  ws.getCell('C5').numFmt = '0%';
  ws.getCell('C6').value = { formula: 'C5*2', result: 1.16 };
  ws.getCell('C6').numFmt = '0.0%';
  ws.getCell('C7').value = { formula: '1/0', result: { error: '#DIV/0!' } };
  ws.getCell('C8').value = { error: '#REF!' };
  ws.getCell('C9').value = { formula: '1-1', result: 0 };
  ws.getCell('C10').value = { formula: '1=2', result: false };
  ws.getCell('C11').value = { formula: 'A1&""', result: 'Bristol plan' };
  ws.getCell('D5').value = { richText: [{ text: 'Audit ', font: { bold: true } }, { text: 'done' }] };
  ws.getCell('D6').value = { text: 'Evidence folder', hyperlink: 'https://example.org/evidence' };
  ws.getCell('D7').value = true;
  ws.getCell('D8').value = 'Line one\r\nline two _x unescaped';
  ws.getCell('E5').value = 10;
  ws.getCell('E6').value = { formula: 'E5*2', result: 20, shareType: 'shared', ref: 'E6:E8' } as unknown as ExcelJS.CellValue;
  ws.getCell('E7').value = { sharedFormula: 'E6', result: 40 };
  ws.getCell('E8').value = { sharedFormula: 'E6', result: 80 };
  ws.getCell('F5').value = { formula: 'B5+1', result: new Date(Date.UTC(2017, 0, 1)) };
  ws.getCell('F5').numFmt = 'd-mmm-yy';
  ws.getCell('G5').value = 1234.5;
  ws.getCell('G5').numFmt = '#,##0.00';
  ws.getCell('H5').value = 45000;
  ws.getCell('H5').numFmt = '[$-809]dd mmmm yyyy';
  ws.getCell('C20').numFmt = '0%'; // a style with no value: blank
  wb.addWorksheet("Notes 'quoted' & more").getCell('A1').value = 'not read';
  const data = wb.addWorksheet('Data');
  data.addTable({ name: 'Scorecard', ref: 'B2', headerRow: true, columns: [{ name: 'Measure ref' }, { name: 'Target' }], rows: [['CL1', 0.65], ['CL2', 0.8]] });
  return wb;
}

describe('readWorkbook (the package reader)', () => {
  it('gives the same snapshot as the exceljs path on a tracker with every kind of cell', async () => {
    const bytes = await writeWorkbook(tracker());
    expect(viaPackage(bytes)).toEqual(await viaExceljs(bytes));
  });

  it('gives the same snapshot as the exceljs path on the sample, reading only the sheets the engine needs', async () => {
    const bytes = await writeWorkbook(buildSampleWorkbook());
    const mine = viaPackage(bytes, 'relevant');
    const all = viaPackage(bytes, 'all');
    const names = relevantSheetNames(all.sheets.map((s) => s.name), all.tables);
    expect(mine).toEqual(await viaExceljs(bytes, names));
    expect(all).toEqual(await viaExceljs(bytes));
  });

  it('reads the 1904 date system as 1900-system serials', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('Mac');
    ws.getCell('A1').value = new Date(Date.UTC(2016, 11, 31));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('A2').value = 42;
    const s = viaPackage(await writeWorkbook(wb)).sheets[0];
    expect(cellAt(s, 0, 0)).toEqual({ value: serialFromYmd(2016, 12, 31), text: '31/12/2016', format: 'dd/mm/yyyy' });
    expect(cellAt(s, 1, 0).value).toBe(42);
  });

  it('reads a text formula result under a date format as the text Excel shows (exceljs cannot)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.getCell('A1').value = { formula: 'IF(1,"Ongoing","")', result: 'Ongoing' };
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    expect(cellAt(viaPackage(await writeWorkbook(wb)).sheets[0], 0, 0)).toEqual({ value: 'Ongoing', text: 'Ongoing', format: 'dd/mm/yyyy' });
  });

  it('reads inline strings, rich text, prefixed element names and Excel escapes', async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(tracker()));
    const sheet =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>Rich </x:t></x:r><x:r><x:t>text_x000D_</x:t></x:r><x:rPh><x:t>ignored</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="C2" t="b"><x:v>1</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c><x:c r="E2" t="d"><x:v>2017-03-31T00:00:00</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    zip.file('xl/worksheets/sheet1.xml', sheet);
    const s = viaPackage(await zip.generateAsync({ type: 'uint8array' })).sheets[0];
    expect(s.rows[1].map((c) => c.value)).toEqual([null, 'Rich text\r', true, { error: '#N/A' }, serialFromYmd(2017, 3, 31)]);
    expect(s.rows[0]).toEqual([]);
  });

  it('lists tables with their sheet and range, and every sheet name in tab order', async () => {
    const snap = viaPackage(await writeWorkbook(tracker()), 'relevant');
    expect(snap.sheets.map((s) => s.name)).toEqual(['Action plan', "Notes 'quoted' & more", 'Data']);
    expect(snap.tables).toEqual([{ name: 'Scorecard', sheet: 'Data', address: 'B2:C4' }]);
  });

  it('reports progress that ends at the rows read', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Big');
    for (let r = 1; r <= 5000; r++) ws.getRow(r).values = [r, 'x' + String(r)];
    const calls: Array<[number, number]> = [];
    const read = readWorkbook(await writeWorkbook(wb), { sheets: 'all', onProgress: (done, total) => calls.push([done, total]) });
    expect(read.ok).toBe(true);
    expect(calls[calls.length - 1]).toEqual([5000, 5000]);
    expect(calls.every(([done, total]) => done <= total)).toBe(true);
  });
});
