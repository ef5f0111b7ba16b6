import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { loadWorkbook, writeWorkbook } from '../../src/xlsx';

async function smallWorkbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Actions').getCell('A1').value = 'Ref';
  return writeWorkbook(wb);
}

function failure(result: Awaited<ReturnType<typeof loadWorkbook>>): { problem: string; message: string } {
  if (result.ok) throw new Error('expected a failure');
  return { problem: result.problem, message: result.message };
}

describe('loadWorkbook', () => {
  it('loads a real .xlsx', async () => {
    const result = await loadWorkbook(await smallWorkbookBytes());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.workbook.getWorksheet('Actions')?.getCell('A1').value).toBe('Ref');
  });

  it('says an empty file is empty', async () => {
    const f = failure(await loadWorkbook(new Uint8Array(0)));
    expect(f.problem).toBe('empty');
    expect(f.message).toMatch(/empty/);
  });

  it('says an OLE2 file is encrypted or an old .xls, and what to do', async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const f = failure(await loadWorkbook(bytes));
    expect(f.problem).toBe('encrypted-or-xls');
    expect(f.message).toMatch(/encrypted or an old \.xls/);
    expect(f.message).toMatch(/save it as \.xlsx without a password/);
  });

  it('says a CSV is not a workbook', async () => {
    const f = failure(await loadWorkbook(new TextEncoder().encode('Ref,Action\n1.1,Audit\n')));
    expect(f.problem).toBe('not-zip');
    expect(f.message).toMatch(/not an Excel \.xlsx workbook/);
    expect(f.message).toMatch(/text file/);
  });

  it('says a truncated .xlsx is damaged', async () => {
    const bytes = await smallWorkbookBytes();
    const f = failure(await loadWorkbook(bytes.slice(0, Math.floor(bytes.length / 2))));
    expect(f.problem).toBe('corrupt');
    expect(f.message).toMatch(/damaged or incomplete/);
    expect(f.message).not.toMatch(/\n\s+at /);
  });

  it('says a zip with broken XML is damaged', async () => {
    const zip = await JSZip.loadAsync(await smallWorkbookBytes());
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>');
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Actions" sheetId="1" r:id="rId1"');
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const f = failure(await loadWorkbook(bytes));
    expect(f.problem).toBe('corrupt');
  });

  it('says a zip that is not a workbook holds no worksheets', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const f = failure(await loadWorkbook(await zip.generateAsync({ type: 'uint8array' })));
    expect(f.problem).toBe('not-xlsx');
    expect(f.message).toMatch(/no Excel worksheets/);
  });
});
