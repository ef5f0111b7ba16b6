import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { findUnsafeParts, writeWorkbook } from '../../src/xlsx';

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

async function patched(path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plainPackage());
  const file = zip.file(path);
  if (file === null) throw new Error('no part ' + path);
  zip.file(path, edit(await file.async('string')));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('findUnsafeParts', () => {
  it('finds nothing in what exceljs writes itself (cells, tables, notes, pictures)', async () => {
    expect(await findUnsafeParts(await plainPackage())).toEqual([]);
  });

  it.each([
    ['xl/charts/chart1.xml', 'charts'],
    ['xl/vbaProject.bin', 'macros (VBA project)'],
    ['xl/pivotTables/pivotTable1.xml', 'pivot tables'],
    ['xl/pivotCache/pivotCacheDefinition1.xml', 'pivot tables'],
    ['xl/slicers/slicer1.xml', 'slicers'],
    ['xl/timelines/timeline1.xml', 'timelines'],
    ['xl/externalLinks/externalLink1.xml', 'links to other workbooks (external links)'],
    ['xl/threadedComments/threadedComment1.xml', 'threaded comments'],
    ['xl/embeddings/oleObject1.bin', 'embedded objects'],
    ['xl/connections.xml', 'data connections and queries'],
    ['xl/metadata.xml', 'dynamic array formulas or linked data types'],
    ['xl/somethingNew/part1.xml', 'other content this tool does not know (xl/somethingNew/part1.xml)'],
  ])('reports %s as %s', async (path, name) => {
    expect(await findUnsafeParts(await withParts({ [path]: '<x/>' }))).toEqual([name]);
  });

  it('reports each kind once, for several parts', async () => {
    const bytes = await withParts({ 'xl/charts/chart1.xml': '<c/>', 'xl/charts/chart2.xml': '<c/>', 'xl/vbaProject.bin': 'x' });
    expect(await findUnsafeParts(bytes)).toEqual(['charts', 'macros (VBA project)']);
  });

  it('sees a macro-enabled workbook by its content type', async () => {
    const bytes = await patched('[Content_Types].xml', (xml) => xml.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    expect(await findUnsafeParts(bytes)).toEqual(['macros (VBA project)']);
  });

  it('sees shapes in a drawing that otherwise holds a picture', async () => {
    const bytes = await patched('xl/drawings/drawing1.xml', (xml) =>
      xml.replace('</xdr:wsDr>', '<xdr:twoCellAnchor><xdr:sp macro="" textlink=""><xdr:txBody/></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'));
    expect(await findUnsafeParts(bytes)).toEqual(['shapes or text boxes']);
  });

  it('sees sparklines and Excel 2010 validation lists inside a sheet', async () => {
    const bytes = await patched('xl/worksheets/sheet1.xml', (xml) =>
      xml.replace('</worksheet>', '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups/></ext><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"/></ext></extLst></worksheet>'));
    expect(await findUnsafeParts(bytes)).toEqual(['sparklines', 'data validation lists kept in the Excel 2010 form (they point at another sheet)']);
  });

  it('sees form controls in a VML drawing but not the notes', async () => {
    const vml = (await JSZip.loadAsync(await plainPackage())).file(/vmlDrawing/)[0];
    expect(vml).toBeDefined();
    const bytes = await patched(vml.name, (xml) => xml.replace('ObjectType="Note"', 'ObjectType="Button"'));
    expect(await findUnsafeParts(bytes)).toEqual(['form controls (buttons, check boxes, drop-downs)']);
  });

  it('sees a sensitivity label in the custom properties', async () => {
    const bytes = await withParts({ 'docProps/custom.xml': '<Properties><property name="MSIP_Label_1234_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>' });
    expect(await findUnsafeParts(bytes)).toEqual(['a sensitivity label']);
  });

  it('lets harmless parts through (calc chain, printer settings, SharePoint metadata)', async () => {
    const bytes = await withParts({ 'xl/calcChain.xml': '<calcChain/>', 'xl/printerSettings/printerSettings1.bin': 'x', 'customXml/item1.xml': '<ct/>', 'docProps/custom.xml': '<Properties/>' });
    expect(await findUnsafeParts(bytes)).toEqual([]);
  });

  it('returns nothing for bytes that are not a zip (loadWorkbook explains those)', async () => {
    expect(await findUnsafeParts(new TextEncoder().encode('not a zip'))).toEqual([]);
  });
});
