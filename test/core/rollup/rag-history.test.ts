import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { analysePlan } from '../../../src/core';
import { buildWritePlan } from '../../../src/core/writeback';
import {
  RAG_HISTORY_COLUMNS, ragHistoryRows, readRagHistory, upsertHistory,
} from '../../../src/core/rollup';
import type { RagHistoryRow } from '../../../src/core/rollup';
import type { SheetWrite } from '../../../src/core/writes';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { serialFromYmd } from '../../../src/core/calendar';
import { relevantSheetNames } from '../../../src/core/read';
import { applyWritePlan, loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../../src/xlsx';
import { cell, date, err, pct, sheet, workbook } from '../../helpers/snapshot-builder';
import type { CellInput } from '../../helpers/snapshot-builder';

const SEP30 = serialFromYmd(2016, 9, 30);
const OCT31 = serialFromYmd(2016, 10, 31);

function actions(status21 = 'Not started'): CellInput[][] {
  return [
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
    ['1.1', 'Do A', 'Better', 'Jo Bloggs', date(2016, 10, 15), 'On track'],
    ['1.2', 'Do B', 'Better', 'Jo Bloggs', date(2016, 7, 31), 'Complete'],
    ['2.1', 'Do C', 'Better', 'Sam Smith', date(2016, 10, 20), status21],
    ['2.2', 'Do D', 'Better', 'Sam Smith', 'Ongoing', 'in progress'],
  ];
}

function measures(): CellInput[][] {
  return [
    ['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target', 'Aug 2016', 'Sep 2016'],
    ['CL1', 'Care leavers in EET', 2, '%', 'Higher is better', pct(0.5), pct(0.6), pct(0.55), 58],
    ['M2', 'Caseload', 1, 'Number', 'Lower is better', 20, 15, 18, 'c'],
    ['M3', 'Referrals', 1, 'Number', 'Context', null, null, 100, null],
  ];
}

function ragSheet(p: { readonly sheets: ReadonlyArray<SheetWrite> }): SheetWrite {
  const s = p.sheets.find((x) => x.sheet === 'RAG history');
  if (s === undefined) throw new Error('no RAG history in the plan');
  return s;
}

function rollUp(wb: WorkbookSnapshot, asOf: number): SheetWrite {
  return ragSheet(buildWritePlan(analysePlan(wb, { asOf }), wb, { columns: false, rollup: true }));
}

function asSheet(s: SheetWrite): ReturnType<typeof sheet> {
  return sheet(s.sheet, s.rows.map((r) => r.slice()));
}

describe('RAG history (contract 5)', () => {
  it('has exactly the contract columns, in order', () => {
    expect(RAG_HISTORY_COLUMNS).toEqual(['Month', 'Type', 'Ref', 'Theme', 'RAG', 'Status', 'Days overdue', 'Latest', 'Latest period']);
  });

  it('has one row per action then per measure for the as-of month, worked out by hand', () => {
    const a = analysePlan(workbook(sheet('Actions', actions()), sheet('Measures', measures())), { asOf: SEP30 });
    // 1.1 due 15/10: On track -> Green. 1.2 Complete -> Blue. 2.1 Not started, due in 20 days -> Amber.
    // 2.2 due `Ongoing` -> Unknown (status `in progress` reads On track).
    // CL1: 58 in a % row is 0.58, 2 points short of 60% (tolerance 5) -> Amber.
    // M2: September is `c`, latest is August's 18 > 15, 3 over; tolerance 5% of 15 = 0.75 -> Red.
    expect(ragHistoryRows(a)).toEqual([
      { month: '2016-09', type: 'Action', ref: '1.1', theme: '1', rag: 'Green', status: 'On track', daysOverdue: 0, latest: null, latestPeriod: null },
      { month: '2016-09', type: 'Action', ref: '1.2', theme: '1', rag: 'Blue', status: 'Complete', daysOverdue: 0, latest: null, latestPeriod: null },
      { month: '2016-09', type: 'Action', ref: '2.1', theme: '2', rag: 'Amber', status: 'Not started', daysOverdue: 0, latest: null, latestPeriod: null },
      { month: '2016-09', type: 'Action', ref: '2.2', theme: '2', rag: 'Unknown', status: 'On track', daysOverdue: 0, latest: null, latestPeriod: null },
      { month: '2016-09', type: 'Measure', ref: 'CL1', theme: '2', rag: 'Amber', status: null, daysOverdue: null, latest: 0.58, latestPeriod: '2016-09' },
      { month: '2016-09', type: 'Measure', ref: 'M2', theme: '1', rag: 'Red', status: null, daysOverdue: null, latest: 18, latestPeriod: '2016-08' },
      { month: '2016-09', type: 'Measure', ref: 'M3', theme: '1', rag: 'n/a', status: null, daysOverdue: null, latest: 100, latestPeriod: '2016-08' },
    ]);
  });

  it('is in the roll-up\'s single WritePlan, and the sheet is read back as written', () => {
    const wb = workbook(sheet('Actions', actions()), sheet('Measures', measures()));
    const s = rollUp(wb, SEP30);
    expect(s.rows[0]).toEqual(RAG_HISTORY_COLUMNS);
    expect(s.rows[1]).toEqual(['2016-09', 'Action', '1.1', '1', 'Green', 'On track', 0, null, null]);
    expect(s.rows[5]).toEqual(['2016-09', 'Measure', 'CL1', '2', 'Amber', null, null, 0.58, '2016-09']);
    expect(s.boldRows).toEqual([0]);
    expect(s.ragAreas).toEqual([{ top: 1, left: 4, bottom: 7, right: 4 }]);
    // CL1 is the one `%` measure: its Latest (a fraction) shows as 58.0%, the others as they are.
    expect(s.numberFormats).toEqual([{ area: { top: 5, left: 7, bottom: 5, right: 7 }, numberFormat: '0.0%' }]);
    const back = readRagHistory(workbook(asSheet(s)));
    expect(back).toEqual(ragHistoryRows(analysePlan(wb, { asOf: SEP30 })));
  });

  it('a second roll-up of the same month leaves one set of rows; other months untouched', () => {
    const base = [sheet('Actions', actions()), sheet('Measures', measures())];
    const sep = rollUp(workbook(...base), SEP30);
    // October: 1.1 is now 16 days overdue (Red), 2.1 11 days overdue (Red).
    const oct1 = rollUp(workbook(...base, asSheet(sep)), OCT31);
    expect(oct1.rows.length).toBe(1 + 7 + 7);
    // Re-run October after 2.1 was marked Complete: October's rows are replaced, September's kept.
    const changed = [sheet('Actions', actions('Complete')), sheet('Measures', measures())];
    const oct2 = rollUp(workbook(...changed, asSheet(oct1)), OCT31);
    expect(oct2.rows.length).toBe(1 + 7 + 7);
    expect(oct2.rows.slice(1, 8)).toEqual(sep.rows.slice(1));
    const october = oct2.rows.slice(8);
    expect(october.map((r) => r[0])).toEqual(Array(7).fill('2016-10'));
    expect(october.map((r) => [r[2], r[4], r[6]]).slice(0, 4)).toEqual([['1.1', 'Red', 16], ['1.2', 'Blue', 0], ['2.1', 'Blue', 0], ['2.2', 'Unknown', 0]]);
    // Every month's CL1 row (rows 5 and 12) shows its Latest as a percentage; kept months too.
    expect(oct2.numberFormats).toEqual([5, 12].map((r) => ({ area: { top: r, left: 7, bottom: r, right: 7 }, numberFormat: '0.0%' })));
    // A third run with nothing changed gives the same sheet.
    expect(rollUp(workbook(...changed, asSheet(oct2)), OCT31).rows).toEqual(oct2.rows);
  });

  it('sorts an earlier month in before later ones', () => {
    const base = [sheet('Actions', actions()), sheet('Measures', measures())];
    const oct = rollUp(workbook(...base), OCT31);
    const sep = rollUp(workbook(...base, asSheet(oct)), SEP30);
    expect(sep.rows.slice(1).map((r) => r[0])).toEqual(Array(7).fill('2016-09').concat(Array(7).fill('2016-10')));
  });

  it('reads a sheet kept by hand: header below a title, columns in another order, months as dates, junk rows left out', () => {
    const wb = workbook(sheet('rag HISTORY', [
      ['RAG history, written by the Plan add-in'],
      [],
      ['Ref', 'Month', 'RAG', 'Type', 'Theme', 'Latest', 'Latest period', 'Days overdue', 'Status', 'Note'],
      ['1.1', cell(serialFromYmd(2016, 8, 1), 'Aug-16', 'mmm-yy'), 'Amber', 'action', 1, null, null, 3, 'At risk', 'x'],
      ['CL1', '2016-08', 'Green', 'Measure', '2', '0.61', cell(serialFromYmd(2016, 8, 1), '01/08/2016', 'dd/mm/yyyy'), null, null],
      ['1.2', 'last month', 'Red', 'Action'],
      ['1.3', '2016-08', 'Red', 'Risk'],
      [null, '2016-08', 'Red', 'Action'],
      ['1.4', err('#REF!'), 'Red', 'Action'],
      ['1.5', '2016-08', null, 'Action'],
    ]));
    expect(readRagHistory(wb)).toEqual([
      { month: '2016-08', type: 'Action', ref: '1.1', theme: '1', rag: 'Amber', status: 'At risk', daysOverdue: 3, latest: null, latestPeriod: null },
      { month: '2016-08', type: 'Measure', ref: 'CL1', theme: '2', rag: 'Green', status: null, daysOverdue: null, latest: 0.61, latestPeriod: '2016-08' },
      { month: '2016-08', type: 'Action', ref: '1.5', theme: null, rag: '', status: null, daysOverdue: null, latest: null, latestPeriod: null },
    ]);
    expect(readRagHistory(workbook(sheet('RAG history', [['Month', 'Theme']])))).toEqual([]);
    expect(readRagHistory(workbook(sheet('Actions', [['Ref']])))).toEqual([]);
  });

  it('is read by every adapter: relevantSheetNames includes it', () => {
    expect(relevantSheetNames(['Actions', 'Notes', 'RAG History', 'Roll-up history'], [])).toEqual(['Actions', 'RAG History', 'Roll-up history']);
  });

  it('upserts generically: the same rule as Roll-up history', () => {
    const r = (month: string, ref: string): RagHistoryRow => ({ month, type: 'Action', ref, theme: null, rag: 'Green', status: null, daysOverdue: 0, latest: null, latestPeriod: null });
    expect(upsertHistory([r('2016-08', 'a'), r('2016-09', 'b')], [r('2016-09', 'c'), r('2016-07', 'd')]).map((x) => x.month + x.ref))
      .toEqual(['2016-07d', '2016-08a', '2016-09c']);
  });
});

describe('RAG history through a real .xlsx', () => {
  const hostile = [
    '=HYPERLINK("http://evil.example","click")',
    '<script>alert(1)</script>',
    'x'.repeat(5000),
    'خطة التحسين 1.1',
    '+1.10',
    '2016-09',
  ];

  it('keeps hostile refs and statuses as inert text, and a second roll-up leaves one set of rows', async () => {
    const rows: CellInput[][] = [['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status', 'Theme']];
    hostile.forEach((ref, i) => rows.push([ref, 'Do ' + String(i), 'Better', 'Jo', date(2016, 12, 31), i === 1 ? '<b>On track</b>' : 'On track', '1']));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Actions');
    rows.forEach((r, i) => {
      r.forEach((v, j) => {
        const c = ws.getCell(i + 1, j + 1);
        if (v !== null && typeof v === 'object' && 'value' in v) {
          c.value = new Date(Date.UTC(2016, 11, 31));
          c.numFmt = 'dd/mm/yyyy';
        } else c.value = v as string;
      });
    });
    const load = async (bytes: Uint8Array): Promise<{ book: ExcelJS.Workbook; snap: WorkbookSnapshot }> => {
      const loaded = await loadWorkbook(bytes);
      if (!loaded.ok) throw new Error(loaded.message);
      return { book: loaded.workbook, snap: snapshotFromWorkbook(loaded.workbook) };
    };
    const rollOnce = async (bytes: Uint8Array): Promise<Uint8Array> => {
      const { book, snap } = await load(bytes);
      applyWritePlan(book, buildWritePlan(analysePlan(snap, { asOf: SEP30 }), snap, { columns: false, rollup: true }));
      return writeWorkbook(book);
    };
    const first = await rollOnce(await writeWorkbook(wb));
    const second = await rollOnce(first);
    const { snap } = await load(second);
    const back = readRagHistory(snap);
    expect(back.map((r) => r.ref)).toEqual(hostile.map((h) => h.trim()));
    expect(back.every((r) => r.month === '2016-09' && r.type === 'Action')).toBe(true);
    expect(back[1].status).toBe('<b>On track</b>');
    const rag = snap.sheets.find((s) => s.name === 'RAG history');
    if (rag === undefined) throw new Error('no RAG history sheet');
    // The formula-like ref is a text cell, not a formula; the month-like ref stays text.
    expect(rag.rows[1][2].value).toBe(hostile[0]);
    expect(rag.rows[6][2].value).toBe('2016-09');
    expect(rag.rows.length).toBe(1 + hostile.length);
  });
});
