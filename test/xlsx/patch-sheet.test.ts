/**
 * The sheet patcher on hand-made worksheet XML: the shapes other writers
 * produce (prefixes, rows and cells without `r`, self-closing rows, no
 * `sheetData` content) and the cases it must refuse. Every test checks that
 * the text outside the written cells is kept character for character.
 */
import { describe, expect, it } from 'vitest';
import { patchSheetXml, type CellPatch } from '../../src/xlsx/package/patch-sheet';
import { MINIMAL_STYLES, openStyleBook, type StyleBook } from '../../src/xlsx/package/patch-styles';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function book(): StyleBook {
  const opened = openStyleBook(MINIMAL_STYLES);
  if (!opened.ok) throw new Error(opened.message);
  return opened.book;
}

function put(row: number, col: number, value: string | number | null): CellPatch {
  return { row, col, value, styleFrom: 'own', change: {} };
}

function patch(xml: string, patches: CellPatch[], date1904 = false): string {
  const r = patchSheetXml(xml, 'Actions', patches, [], book(), date1904);
  if (!r.ok) throw new Error(r.message);
  return r.xml;
}

describe('patchSheetXml', () => {
  it('replaces an existing cell and keeps every other character', () => {
    const xml = `<worksheet ${NS}><sheetData><row r="1" ht="30" customHeight="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="0"><v>5</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells></worksheet>`;
    expect(patch(xml, [put(0, 1, 'Green')])).toBe(xml.replace('<c r="B1" s="0"><v>5</v></c>', '<c r="B1" t="inlineStr"><is><t>Green</t></is></c>'));
  });

  it('inserts cells in column order and new rows in row order', () => {
    const xml = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"><v>4</v></c></row><row r="3"><c r="A3"><v>3</v></c></row></sheetData></worksheet>`;
    const out = patch(xml, [put(0, 2, 7), put(1, 0, 'two'), put(4, 0, 5)]);
    expect(out).toBe(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>7</v></c><c r="D1"><v>4</v></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>two</t></is></c></row><row r="3"><c r="A3"><v>3</v></c></row><row r="5"><c r="A5"><v>5</v></c></row></sheetData></worksheet>`,
    );
  });

  it("writes with the part's own prefix, into self-closing rows and an empty sheetData", () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2" spans="1:1"/></x:sheetData></x:worksheet>';
    expect(patch(xml, [put(1, 2, 1)])).toBe('<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="2" spans="1:3"><x:c r="C2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>');
    const empty = `<worksheet ${NS}><dimension ref="A1"/><sheetData/></worksheet>`;
    expect(patch(empty, [put(0, 1, 'x')])).toBe(`<worksheet ${NS}><dimension ref="A1:B1"/><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`);
  });

  it('gives cells and rows without an address one before inserting next to them, so nothing moves', () => {
    const xml = `<worksheet ${NS}><sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row></sheetData></worksheet>`;
    const out = patch(xml, [put(0, 3, 9), put(3, 0, 4)]);
    expect(out).toBe(
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="D1"><v>9</v></c></row><row r="2"><c><v>3</v></c></row><row r="4"><c r="A4"><v>4</v></c></row></sheetData></worksheet>`,
    );
  });

  it('writes text as inert inline text: markup, formula-like text, control characters and _x escapes', () => {
    const xml = `<worksheet ${NS}><sheetData/></worksheet>`;
    const out = patch(xml, [put(0, 0, '=HYPERLINK("x")&<b>'), put(0, 1, ' padded '), put(0, 2, 'a\u0001b _x0041_')]);
    expect(out).toContain('<c r="A1" t="inlineStr"><is><t>=HYPERLINK("x")&amp;&lt;b&gt;</t></is></c>');
    expect(out).toContain('<t xml:space="preserve"> padded </t>');
    expect(out).toContain('<t>a_x0001_b _x005F_x0041_</t>');
    expect(out).not.toContain('<f>');
  });

  it('blanks a cell by dropping it when it has no style, and keeps a styled one empty', () => {
    const xml = `<worksheet ${NS}><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="3"><v>2</v></c></row></sheetData></worksheet>`;
    expect(patch(xml, [put(0, 0, null), put(0, 1, null)])).toBe(`<worksheet ${NS}><sheetData><row r="1"><c r="B1" s="3"/></row></sheetData></worksheet>`);
  });

  it('moves dates into the 1904 system when the workbook uses it', () => {
    const xml = `<worksheet ${NS}><sheetData/></worksheet>`;
    const date = (value: number): CellPatch => ({ row: 0, col: 0, value, styleFrom: 'own', change: { numberFormat: 'mmm yyyy' } });
    expect(patch(xml, [date(42614)], true)).toMatch(/<v>41152<\/v>/);
    expect(patch(xml, [date(42614)], false)).toMatch(/<v>42614<\/v>/);
    const pct = (value: number): CellPatch => ({ row: 0, col: 0, value, styleFrom: 'own', change: { numberFormat: '0%' } });
    expect(patch(xml, [pct(0.5)], true)).toMatch(/<v>0.5<\/v>/);
  });

  it('refuses to overwrite part of a shared formula, naming the cell and the range', () => {
    const xml = `<worksheet ${NS}><sheetData><row r="2"><c r="J2"><f t="shared" ref="J2:J4" si="0">F2-1</f><v>1</v></c></row><row r="3"><c r="J3"><f t="shared" si="0"/><v>1</v></c></row><row r="4"><c r="J4"><f t="shared" si="0"/><v>1</v></c></row></sheetData></worksheet>`;
    const partial = patchSheetXml(xml, 'Actions', [put(1, 9, 1), put(2, 9, 2)], [], book(), false);
    expect(partial).toEqual({ ok: false, message: expect.stringContaining('Actions!J2') as unknown as string });
    expect(!partial.ok && partial.message).toContain('J2:J4');
    const whole = patchSheetXml(xml, 'Actions', [put(1, 9, 1), put(2, 9, 2), put(3, 9, 3)], [], book(), false);
    expect(whole.ok && whole.removedFormula).toBe(true);
  });

  it('says which sheet is not XML', () => {
    expect(patchSheetXml('<worksheet><sheetData>', 'Measures', [put(0, 0, 1)], [], book(), false)).toEqual({ ok: false, message: expect.stringContaining('"Measures"') as unknown as string });
  });
});

describe('openStyleBook', () => {
  it('appends styles after the existing ones, reuses identical ones, and never renumbers', () => {
    const b = book();
    const bold = b.derive(0, { bold: true });
    const green = b.derive(0, { rag: { fill: '#C6EFCE', font: '#006100' } });
    const pct = b.derive(0, { numberFormat: '0.0%' });
    expect([bold, green, pct]).toEqual([1, 2, 3]);
    expect(b.derive(0, { bold: true })).toBe(1);
    expect(b.derive(0, {})).toBe(0);
    expect(b.formatOf(pct)).toBe('0.0%');
    const text = b.text()!;
    expect(text.startsWith(MINIMAL_STYLES.slice(0, MINIMAL_STYLES.indexOf('<fonts')))).toBe(true);
    expect(text).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>');
    expect(text).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    expect(text).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFC6EFCE"/><bgColor rgb="FFC6EFCE"/></patternFill></fill></fills>');
  });
});
