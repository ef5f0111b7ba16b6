import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { findUnsafeParts, isMacroEnabled, writeWorkbook } from '../../src/xlsx';

async function plainPackage(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Actions');
  ws.getCell('A1').value = 'Ref';
  ws.getCell('B2').note = 'A legacy note is kept by exceljs';
  ws.addTable({ name: 'Plan', ref: 'D1', columns: [{ name: 'Ref' }, { name: 'Lead' }], rows: [['1.1', 'Jo']] });
  const image = wb.addImage({ base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', extension: 'png' });
  ws.addImage(image, 'F2:G4');
  return writeWorkbook(wb);
}

async function withParts(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plainPackage());
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: 'uint8array' });
}


describe('findUnsafeParts', () => {
  it('finds nothing in a plain package with notes, a table and an image', async () => {
    expect(findUnsafeParts(await plainPackage())).toEqual([]);
  });

  it.each([
    ['_xmlsignatures/sig1.xml', 'a digital signature (any change would break it)'],
    ['_xmlsignatures/origin.sigs', 'a digital signature (any change would break it)'],
    ['xl/revisions/revisionHeaders.xml', 'change tracking of a shared workbook (xl/revisions)'],
  ])('refuses %s as %s', async (path, name) => {
    expect(findUnsafeParts(await withParts({ [path]: '<x/>' }))).toEqual([name]);
  });

  // The patching writer never touches these parts, so they are kept byte for byte (test/corpus).
  it.each([
    'xl/charts/chart1.xml',
    'xl/vbaProject.bin',
    'xl/pivotTables/pivotTable1.xml',
    'xl/pivotCache/pivotCacheDefinition1.xml',
    'xl/slicers/slicer1.xml',
    'xl/timelines/timeline1.xml',
    'xl/externalLinks/externalLink1.xml',
    'xl/threadedComments/threadedComment1.xml',
    'xl/embeddings/oleObject1.bin',
    'xl/connections.xml',
    'xl/metadata.xml',
    'docMetadata/LabelInfo.xml',
    'xl/somethingNew/part1.xml',
  ])('no longer refuses %s', async (path) => {
    expect(findUnsafeParts(await withParts({ [path]: '<x/>' }))).toEqual([]);
  });

  it('names each kind once, for several parts', async () => {
    const bytes = await withParts({ '_xmlsignatures/sig1.xml': '<x/>', '_xmlsignatures/sig2.xml': '<x/>' });
    expect(findUnsafeParts(bytes)).toEqual(['a digital signature (any change would break it)']);
  });

  it('returns nothing for bytes that are not a zip (the reader explains those)', () => {
    expect(findUnsafeParts(new TextEncoder().encode('not a zip'))).toEqual([]);
  });
});

describe('isMacroEnabled', () => {
  it('sees a macro-enabled workbook by its content type, not a plain one', async () => {
    const zip = await JSZip.loadAsync(await plainPackage());
    expect(isMacroEnabled(await zip.generateAsync({ type: 'uint8array' }))).toBe(false);
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    expect(isMacroEnabled(await zip.generateAsync({ type: 'uint8array' }))).toBe(true);
  });
});
