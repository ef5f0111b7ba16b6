import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../src/xlsx';

/** A workbook as Excel saves it: cached formula results, one a text under a date format. */
async function excelLikeWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Actions');
  ws.getCell('A1').value = { formula: '1-1', result: 0 };
  ws.getCell('A2').value = { formula: '1=2', result: false };
  ws.getCell('A3').value = { formula: 'IF(1,"Ongoing","")', result: 'Ongoing' };
  ws.getCell('A3').numFmt = 'dd/mm/yyyy';
  ws.getCell('A4').value = { formula: '2+2', result: 4 };
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const result = await loadWorkbook(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.workbook;
}

describe('formula cells', () => {
  it('read a cached 0 or FALSE as the value, not as blank', async () => {
    const rows = snapshotFromWorkbook(await loaded(await excelLikeWorkbook())).sheets[0].rows;
    expect(rows[0][0].value).toBe(0);
    expect(rows[1][0].value).toBe(false);
    expect(rows[3][0].value).toBe(4);
  });

  it('read a text result under a date format (which exceljs cannot) as the formula, never as blank', async () => {
    const rows = snapshotFromWorkbook(await loaded(await excelLikeWorkbook())).sheets[0].rows;
    expect(rows[2][0].value).toBe('=IF(1,"Ongoing","")');
  });

  it('are written back without a damaged value, and Excel is asked to recalculate', async () => {
    const out = await writeWorkbook(await loaded(await excelLikeWorkbook()));
    const zip = await JSZip.loadAsync(out);
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toContain('NaN');
    expect(sheet).toContain('IF(1,&quot;Ongoing&quot;,&quot;&quot;)');
    expect(sheet).toMatch(/<c r="A1"[^>]*><f>1-1<\/f><v>0<\/v>/);
    expect(await zip.file('xl/workbook.xml')!.async('string')).toContain('fullCalcOnLoad="1"');
  });
});
