import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { applyWritePlan, loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../src/xlsx';
import type { WritePlan } from '../../src/core/writes';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { a1 } from '../../src/core/address';

function tracker(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const actions = wb.addWorksheet('Action plan');
  actions.mergeCells('A1:E1');
  actions.getCell('A1').value = 'Bristol Children\'s Services Improvement Plan 2016-17';
  actions.getRow(3).values = ['Ref', 'Action', 'Lead officer', 'Status', 'Weight'];
  actions.getRow(4).values = ['1.1', 'Audit', 'Jo Bloggs', 'On track', 2];
  actions.getRow(5).values = ['1.2', 'QAF', 'Sam Smith', 'At risk', 3];
  actions.getRow(6).values = ['1.3', 'PEPs', 'Jo Bloggs', 'Complete', 5];
  actions.getCell('E7').value = { formula: 'SUM(E4:E6)', result: 10 };
  actions.getCell('F7').value = { formula: 'E7*2', result: 20 };
  actions.getColumn(2).width = 40;
  actions.getCell('D4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Not started,On track,At risk,Off track,Complete"'] };
  actions.getCell('C4').dataValidation = { type: 'list', allowBlank: true, formulae: ['Officers!$A$2:$A$4'] };
  actions.addConditionalFormatting({
    ref: 'D4:D6',
    rules: [{ type: 'containsText', operator: 'containsText', text: 'At risk', priority: 1, style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFEB9C' } } } }],
  });
  actions.getCell('B4').font = { italic: true };
  const rollup = wb.addWorksheet('Monthly roll-up');
  rollup.getCell('Z99').value = 'stale';
  rollup.mergeCells('A1:C1');
  const officers = wb.addWorksheet('Officers');
  officers.getColumn(1).values = ['Lead officer', 'Jo Bloggs', 'Sam Smith', 'Priya Patel'];
  officers.getColumn(1).width = 25;
  wb.definedNames.add("'Officers'!$A$2:$A$4", 'OfficerList');
  const measures = wb.addWorksheet('Scorecard');
  measures.getRow(1).values = ['Measure ref', 'Measure', 'Sep-16'];
  measures.getRow(2).values = ['CL1', 'Care leavers in EET', null];
  return wb;
}

const plan: WritePlan = {
  columns: [
    { sheet: 'Action plan', col: 6, headerRow: 2, header: 'Calculated RAG', isNew: true, firstRow: 3, values: ['Green', 'Amber', 'Blue'], numberFormat: null, rag: true },
    { sheet: 'Action plan', col: 7, headerRow: 2, header: 'Days overdue', isNew: true, firstRow: 3, values: [0, 12, null], numberFormat: '0', rag: false },
    { sheet: 'Action plan', col: 8, headerRow: 2, header: 'Check', isNew: true, firstRow: 3, values: ['=HYPERLINK("x")', null, 'ok'], numberFormat: null, rag: false },
  ],
  sheets: [
    {
      sheet: 'Monthly roll-up',
      rows: [['Roll-up for September 2016'], ['Theme', 'Actions', 'RAG', 'Share'], ['1', 3, 'Red', 0.5], ['All', 3, 'Green', 1]],
      boldRows: [0, 1],
      numberFormats: [{ area: { top: 2, left: 3, bottom: 3, right: 3 }, numberFormat: '0%' }],
      ragAreas: [{ top: 2, left: 2, bottom: 3, right: 2 }],
      columnWidths: [30, 10, 10, 8],
    },
    {
      sheet: 'Roll-up history',
      rows: [['Month', 'Theme'], ['2016-09', 'All']],
      boldRows: [0],
      numberFormats: [],
      ragAreas: [],
      columnWidths: [],
    },
  ],
  cells: [{ sheet: 'Scorecard', row: 1, col: 2, address: 'C2', value: 0.58, numberFormat: '0%' }],
};

/** Every written cell, as `sheet!A1`. */
function writtenCells(p: WritePlan): Set<string> {
  const out = new Set<string>();
  for (const c of p.columns) {
    out.add(c.sheet + '!' + a1(c.headerRow, c.col));
    c.values.forEach((_, i) => out.add(c.sheet + '!' + a1(c.firstRow + i, c.col)));
  }
  for (const c of p.cells) out.add(c.sheet + '!' + a1(c.row, c.col));
  return out;
}

function cellsOf(snap: WorkbookSnapshot, sheet: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const s = snap.sheets.find((x) => x.name === sheet);
  if (s === undefined) return out;
  s.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.value !== null) out.set(a1(r, c), cell);
  }));
  return out;
}

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const loaded = await loadWorkbook(await writeWorkbook(wb));
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.workbook;
}

describe('applyWritePlan', () => {
  it('writes owned columns, sheets and cells, and keeps everything else', async () => {
    const original = await reload(tracker());
    const before = snapshotFromWorkbook(original);
    const wb = await reload(tracker());
    applyWritePlan(wb, plan);
    const after = await reload(wb);
    const snap = snapshotFromWorkbook(after);

    // Every cell of the user's sheets that the plan does not name is unchanged.
    const written = writtenCells(plan);
    for (const sheet of ['Action plan', 'Officers', 'Scorecard']) {
      const old = cellsOf(before, sheet);
      const now = cellsOf(snap, sheet);
      old.forEach((cell, address) => {
        if (!written.has(sheet + '!' + address)) expect(now.get(address), sheet + '!' + address).toEqual(cell);
      });
      now.forEach((_, address) => {
        if (!written.has(sheet + '!' + address)) expect(old.has(address), 'new cell ' + sheet + '!' + address).toBe(true);
      });
    }

    const ws = after.getWorksheet('Action plan');
    if (ws === undefined) throw new Error('sheet lost');
    // Formulas, merges, widths, validation, conditional formats, fonts survive.
    expect(ws.getCell('E7').formula).toBe('SUM(E4:E6)');
    expect(ws.getCell('F7').formula).toBe('E7*2');
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('E1').master.address).toBe('A1');
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getCell('D4').dataValidation?.formulae).toEqual(['"Not started,On track,At risk,Off track,Complete"']);
    expect(ws.getCell('C4').dataValidation?.formulae).toEqual(['Officers!$A$2:$A$4']);
    const cf = (ws as unknown as { conditionalFormattings: Array<{ ref: string }> }).conditionalFormattings;
    expect(cf.map((x) => x.ref)).toEqual(['D4:D6']);
    expect(ws.getCell('B4').font?.italic).toBe(true);
    expect(after.definedNames.getRanges('OfficerList').ranges).toEqual(["Officers!$A$2:$A$4"]);
    expect(after.getWorksheet('Officers')?.getColumn(1).width).toBe(25);

    // The owned columns.
    expect(ws.getCell('G3').value).toBe('Calculated RAG');
    expect([ws.getCell('G4').value, ws.getCell('G5').value, ws.getCell('G6').value]).toEqual(['Green', 'Amber', 'Blue']);
    expect(ws.getCell('G5').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } });
    expect(ws.getCell('G5').font?.color).toEqual({ argb: 'FF7F4F00' });
    expect(ws.getCell('H5').value).toBe(12);
    expect(ws.getCell('H5').numFmt).toBe('0');
    expect(ws.getCell('H6').value).toBeNull();
    // A string that looks like a formula is written as inert text.
    expect(ws.getCell('I4').value).toBe('=HYPERLINK("x")');
    expect(ws.getCell('I4').formula).toBeUndefined();

    // The owned sheets: old content gone, tab order kept, new sheet added at the end.
    expect(after.worksheets.map((s) => s.name)).toEqual(['Action plan', 'Monthly roll-up', 'Officers', 'Scorecard', 'Roll-up history']);
    const rollup = after.getWorksheet('Monthly roll-up');
    if (rollup === undefined) throw new Error('roll-up missing');
    expect(rollup.getCell('Z99').value).toBeNull();
    expect(rollup.getCell('B1').isMerged).toBe(false);
    expect(rollup.getCell('A1').value).toBe('Roll-up for September 2016');
    expect(rollup.getCell('A1').font?.bold).toBe(true);
    expect(rollup.getCell('B2').font?.bold).toBe(true);
    expect(rollup.getCell('A3').font?.bold).toBeFalsy();
    expect(rollup.getCell('C3').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(rollup.getCell('C4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFC6EFCE' } });
    expect(rollup.getCell('D3').numFmt).toBe('0%');
    expect(rollup.getColumn(1).width).toBe(30);
    expect(after.getWorksheet('Roll-up history')?.getCell('A2').value).toBe('2016-09');

    // The single cell.
    const sc = after.getWorksheet('Scorecard');
    expect(sc?.getCell('C2').value).toBe(0.58);
    expect(sc?.getCell('C2').numFmt).toBe('0%');
  });

  it('rewrites an owned column in place and takes off a colour that no longer applies', async () => {
    const wb = await reload(tracker());
    applyWritePlan(wb, plan);
    const rerun: WritePlan = {
      columns: [{ sheet: 'Action plan', col: 6, headerRow: 2, header: 'Calculated RAG', isNew: false, firstRow: 3, values: ['Red', 'Unknown', 'Blue'], numberFormat: null, rag: true }],
      sheets: [],
      cells: [],
    };
    applyWritePlan(wb, rerun);
    const ws = (await reload(wb)).getWorksheet('Action plan');
    if (ws === undefined) throw new Error('sheet lost');
    expect(ws.getCell('G4').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getCell('G5').value).toBe('Unknown');
    expect((ws.getCell('G5').fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
    expect(ws.getCell('H4').value).toBe(0);
  });

  it('gives a row its own number format where a column write has one', () => {
    const wb = tracker();
    applyWritePlan(wb, {
      columns: [
        { sheet: 'Action plan', col: 6, headerRow: 2, header: 'Latest', isNew: true, firstRow: 3, values: [0.58, 12, null], numberFormat: null, numberFormats: ['0.0%', null, null], rag: false },
      ],
      sheets: [],
      cells: [],
    });
    const ws = wb.getWorksheet('Action plan');
    expect(ws?.getCell('G4').numFmt).toBe('0.0%');
    expect(ws?.getCell('G5').numFmt ?? 'General').toBe('General');
  });

  it('finds a sheet whatever its case and creates a missing one for a cell write', () => {
    const wb = tracker();
    applyWritePlan(wb, { columns: [], sheets: [], cells: [
      { sheet: 'scorecard', row: 1, col: 2, address: 'C2', value: 'c', numberFormat: null },
      { sheet: 'Settings', row: 0, col: 1, address: 'B1', value: 42643, numberFormat: 'dd/mm/yyyy' },
    ] });
    expect(wb.getWorksheet('Scorecard')?.getCell('C2').value).toBe('c');
    expect(wb.worksheets.filter((s) => s.name.toLowerCase() === 'scorecard')).toHaveLength(1);
    expect(wb.getWorksheet('Settings')?.getCell('B1').value).toBe(42643);
  });

  it('writes an owned column beside an Excel table without changing the table', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    ws.addTable({ name: 'Plan', ref: 'A1', headerRow: true, columns: [{ name: 'Ref' }, { name: 'Status' }], rows: [['1.1', 'On track'], ['1.2', 'Complete']] });
    const loaded = await reload(wb);
    applyWritePlan(loaded, { columns: [{ sheet: 'Actions', col: 2, headerRow: 0, header: 'Calculated RAG', isNew: true, firstRow: 1, values: ['Green', 'Blue'], numberFormat: null, rag: true }], sheets: [], cells: [] });
    const after = await reload(loaded);
    const snap = snapshotFromWorkbook(after);
    expect(snap.tables).toEqual([{ name: 'Plan', sheet: 'Actions', address: 'A1:B3' }]);
    expect(snap.sheets[0].rows.map((r) => r.map((c) => c.value))).toEqual([['Ref', 'Status', 'Calculated RAG'], ['1.1', 'On track', 'Green'], ['1.2', 'Complete', 'Blue']]);
  });
});
