/**
 * The read against Excel on the web's 5 MB response limit: cells come in row
 * blocks whose estimated response stays within the read budget, and the
 * snapshot is the same whatever the blocks.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { createExcelHost, DEFAULT_READ_BUDGET, HEAD_COLUMNS, isPayloadLimit, jsonBytes, readWorkbookSnapshot } from '../../src/excel';
import type { ReadOptions, XlRun } from '../../src/excel';
import { FakeExcel, officeError } from './fake-excel';
import type { FakeCellInit, FakeSheetInit, FakeTableInit } from './fake-excel';
import { planSheets, planWorkbook, proseText } from './plan-workbook';
import type { PlanWorkbookOptions } from './plan-workbook';

async function readWith(fx: FakeExcel, readBudget?: number): Promise<WorkbookSnapshot> {
  return createExcelHost({ run: fx.run, readBudget }).readSnapshot();
}

async function readDirect(fx: FakeExcel, options: ReadOptions): Promise<WorkbookSnapshot> {
  return fx.run((context) => readWorkbookSnapshot(context, undefined, options));
}

/** The same workbook read twice: at the default budget and at `budget`. */
async function bothWays(make: () => FakeExcel, budget: number): Promise<{ whole: WorkbookSnapshot; blocks: WorkbookSnapshot; fx: FakeExcel; wholeFx: FakeExcel }> {
  const wholeFx = make();
  const whole = await readWith(wholeFx);
  const fx = make();
  const blocks = await readWith(fx, budget);
  return { whole, blocks, fx, wholeFx };
}

const row = (n: number, cols: number, f: (c: number) => FakeCellInit): FakeCellInit[] => Array.from({ length: cols }, (_, c) => (c < n ? null : f(c)));

/** Sheets that test where cells land: offsets, formatted blanks, errors, width, ragged tops, an empty sheet, a table. */
function oddWorkbook(): FakeExcel {
  const actions: FakeCellInit[][] = [[], [], []];
  actions.push(row(2, 8, (c) => 'Head ' + String(c)));
  for (let r = 0; r < 120; r++) {
    actions.push(
      row(2, 8, (c) =>
        c === 2
          ? { value: String(r + 1), text: String(r + 1), format: '@' }
          : c === 3 && r % 7 === 0
            ? { value: '#N/A', text: '#N/A', error: true }
            : c === 4 && r % 5 === 0
              ? { value: null, text: '', format: '0%' }
              : c === 5
                ? { value: 42000 + r, text: 'dd ' + String(r), format: 'dd/mm/yyyy' }
                : c === 6
                  ? 'Café – “quoted” \\ text ' + proseText(r, 40)
                  : r % 3 === 0 && c === 7
                    ? null
                    : r * 10 + c,
      ),
    );
  }
  // Wider than the first window, and its top rows narrower than the rest.
  const measures: FakeCellInit[][] = [['Measure ID', 'Measure']];
  for (let r = 0; r < 90; r++) measures.push(Array.from({ length: HEAD_COLUMNS + 8 }, (_, c) => (c === 0 ? 'M' + String(r) : c % 4 === 0 && r % 2 === 1 ? null : r + c / 10)));
  // Narrow at the top, wide further down, within the window's width.
  const officers: FakeCellInit[][] = [['Lead officer'], ['Jo Bloggs'], ['Sam Patel']];
  for (let r = 0; r < 40; r++) officers.push(['Officer ' + String(r), null, null, r % 2 === 0 ? 'note ' + String(r) : null]);
  // Two columns at the top, a sixth one further down: a first window of the top rows is too narrow.
  const settings: FakeCellInit[][] = Array.from({ length: 30 }, (_, r) => ['Key ' + String(r), r === 12 ? { value: 0.05, text: '5%', format: '0%' } : 'value ' + String(r)]);
  settings[24].push(null, null, null, 'far note');
  const sheets: FakeSheetInit[] = [
    { name: 'Cover', rows: [['Not read']] },
    { name: 'Actions', rows: actions, merges: ['C4:D4', 'E10:E12'] },
    { name: 'Measures', rows: measures },
    { name: 'Officers', rows: officers },
    { name: 'Settings', rows: settings },
    { name: 'Roll-up history' },
  ];
  const tables: FakeTableInit[] = [{ name: 'Scorecard', sheet: 'Measures', address: 'A1:AN91' }];
  return new FakeExcel(sheets, tables);
}

function totalResponse(fx: FakeExcel): number {
  return fx.stats().responseBytes.reduce((a, b) => a + b, 0);
}

describe('read in blocks within the response budget', () => {
  it('reads an ordinary plan in two syncs, 10 actions or 300', async () => {
    const small = planWorkbook({ actions: 10 });
    const larger = planWorkbook({ actions: 300, measures: 60 });
    const a = await readWith(small);
    const b = await readWith(larger);
    expect(a.sheets[1].rows.length).toBe(4 + 10 + 5);
    expect(b.sheets[1].rows.length).toBe(4 + 300 + 6);
    expect(small.stats().syncs).toBe(2);
    expect(larger.stats().syncs).toBe(small.stats().syncs);
    expect(larger.stats().calls).toBe(small.stats().calls);
  });

  it('adds syncs by the bytes read, never by the rows', async () => {
    const fx = planWorkbook({ actions: 10_000, measures: 500 });
    const snap = await readWith(fx);
    expect(snap.sheets[1].rows.length).toBe(4 + 10_000 + 6);
    const s = fx.stats();
    // About 4 MB of cells: the names, the outline with its first windows, then blocks of at most the budget.
    expect(s.maxResponseBytes).toBeLessThanOrEqual(DEFAULT_READ_BUDGET);
    expect(s.syncs).toBeGreaterThan(2);
    expect(s.syncs).toBeLessThanOrEqual(2 + Math.ceil((1.25 * totalResponse(fx)) / DEFAULT_READ_BUDGET));
    expect(s.refused).toBe(0);
    // Five times the text on the same rows: more syncs; the same rows again: the same syncs.
    const texty = planWorkbook({ actions: 10_000, measures: 500, noteColumns: 5, textLength: 100 });
    await readWith(texty);
    expect(texty.stats().syncs).toBeGreaterThan(s.syncs);
    expect(texty.stats().maxResponseBytes).toBeLessThanOrEqual(DEFAULT_READ_BUDGET);
    const again = planWorkbook({ actions: 10_000, measures: 500 });
    await readWith(again);
    expect(again.stats().syncs).toBe(s.syncs);
  });

  it('gives the same snapshot with a tiny budget as with the default, each response within the budget', async () => {
    for (const o of [{ actions: 300, measures: 40, scorecardTable: true }, { actions: 60, noteColumns: 30, textLength: 30 }] as PlanWorkbookOptions[]) {
      const budget = 9_000;
      const { whole, blocks, fx, wholeFx } = await bothWays(() => planWorkbook(o), budget);
      expect(blocks).toEqual(whole);
      // The second is wider than the first window: one more sync at the default budget.
      expect(wholeFx.stats().syncs).toBe(o.noteColumns === undefined ? 2 : 3);
      expect(fx.stats().syncs).toBeGreaterThan(10);
      expect(fx.stats().maxResponseBytes).toBeLessThanOrEqual(budget);
      expect(fx.stats().refused).toBe(0);
    }
  });

  it('keeps every cell where it is: offsets, formatted blanks, errors, merges, wide and ragged sheets, tables', async () => {
    for (const budget of [4_000, 20_000, 60_000]) {
      const { whole, blocks, fx } = await bothWays(oddWorkbook, budget);
      expect(blocks).toEqual(whole);
      expect(fx.stats().maxResponseBytes).toBeLessThanOrEqual(budget);
      if (budget === 60_000) {
        // First windows were asked for; Settings' (too narrow) was dropped and its rows read again from the top.
        const settings = fx.log.filter((e) => e.member === 'getRangeByIndexes' && e.sheet === 'Settings').map((e) => e.detail as number[]);
        expect(settings[0]).toEqual([0, 0, 5, HEAD_COLUMNS]);
        expect(settings[1]).toEqual([0, 0, 30, 6]);
      }
    }
    const snap = await readWith(oddWorkbook(), 4_000);
    const actions = snap.sheets[1];
    expect(actions.rows.slice(0, 3)).toEqual([[], [], []]);
    expect(actions.rows[3][2].value).toBe('Head 2');
    expect(actions.rows[4][2]).toEqual({ value: '1', text: '1', format: '@' });
    expect(actions.rows[4][3]).toEqual({ value: { error: '#N/A' }, text: '#N/A', format: 'General' });
    expect(actions.rows[4][4]).toEqual({ value: null, text: '', format: '0%' });
    expect(actions.rows[123][5]).toEqual({ value: 42119, text: 'dd 119', format: 'dd/mm/yyyy' });
    expect(actions.rows[123].length).toBe(8);
    expect(actions.merges).toEqual(['C4:D4', 'E10:E12']);
    const measures = snap.sheets[2];
    expect(measures.rows.length).toBe(91);
    expect(measures.rows[90][HEAD_COLUMNS + 7].value).toBe(89 + (HEAD_COLUMNS + 7) / 10);
    expect(snap.sheets[3].rows[3].length).toBe(4);
    expect(snap.sheets[4].rows.length).toBe(30);
    expect(snap.sheets[4].rows[0].length).toBe(6);
    expect(snap.sheets[4].rows[24][5].value).toBe('far note');
    expect(snap.sheets[4].rows[12][1]).toEqual({ value: 0.05, text: '5%', format: '0%' });
    expect(snap.sheets[5].rows).toEqual([]);
    expect(snap.sheets[0].rows).toEqual([]);
    expect(snap.tables).toEqual([{ name: 'Scorecard', sheet: 'Measures', address: 'A1:AN91' }]);
  });

  it('lands a used range far from A1 at its rows and columns, block by block', async () => {
    const rows: FakeCellInit[][] = [];
    for (let r = 0; r < 700; r++) rows.push(r < 500 ? [] : row(5, 9, (c) => (c === 5 ? 'Ref ' + String(r) : r * 100 + c)));
    const make = (): FakeExcel => new FakeExcel([{ name: 'Action plan', rows }]);
    const { whole, blocks, fx } = await bothWays(make, 3_000);
    expect(blocks).toEqual(whole);
    expect(fx.stats().syncs).toBeGreaterThan(4);
    const s = blocks.sheets[0];
    expect(s.rows.length).toBe(700);
    expect(s.rows[499]).toEqual([]);
    expect(s.rows[500][5].value).toBe('Ref 500');
    expect(s.rows[500][4].value).toBeNull();
    expect(s.rows[699][8].value).toBe(69908);
    expect(s.rows.slice(500).every((r) => r.length === 9)).toBe(true);
    // Blocks never ask for rows or columns outside the used range.
    const asked = fx.log.filter((e) => e.member === 'getRangeByIndexes').map((e) => e.detail as number[]);
    for (const [top, left, count, cols] of asked.slice(1)) {
      expect(top).toBeGreaterThanOrEqual(500);
      expect(top + count).toBeLessThanOrEqual(700);
      expect([left, cols]).toEqual([5, 4]);
    }
  });

  it('reports progress up to its total, which grows with the blocks', async () => {
    const seen: Array<[number, number]> = [];
    const fx = planWorkbook({ actions: 300 });
    await createExcelHost({ run: fx.run, readBudget: 20_000 }).readSnapshot((done, total) => seen.push([done, total]));
    expect(seen.length).toBeGreaterThan(fx.stats().syncs);
    for (const [done, total] of seen) expect(done).toBeLessThanOrEqual(total);
    for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
    const last = seen[seen.length - 1];
    expect(last[0]).toBe(last[1]);
  });

  it('merged areas and table addresses are asked for once, whatever the blocks', async () => {
    const fx = planWorkbook({ actions: 400, scorecardTable: true });
    await readWith(fx, 10_000);
    expect(fx.stats().syncs).toBeGreaterThan(5);
    expect(fx.log.filter((e) => e.member === 'getMergedAreasOrNullObject').length).toBe(3);
    expect(fx.log.filter((e) => e.member === 'getRange' && e.target.startsWith('table(')).length).toBe(1);
    expect(fx.log.filter((e) => e.member === 'getUsedRangeOrNullObject' && e.target.startsWith('worksheet(')).length).toBe(3);
  });

  it('asks again in smaller blocks when Excel refuses a response (cells longer than estimated)', async () => {
    const o: PlanWorkbookOptions = { actions: 200, noteColumns: 6, textLength: 400 };
    const expected = await readWith(planWorkbook(o));
    const fx = planWorkbook(o);
    fx.responseLimit = 60_000;
    // A guess of 16 bytes a cell for cells of about 500: the first responses are refused.
    const snap = await readDirect(fx, { readBudget: 50_000, cellBytes: 16 });
    expect(snap).toEqual(expected);
    const s = fx.stats();
    expect(s.refused).toBeGreaterThan(1);
    expect(s.refused).toBeLessThan(10);
    // Once the cells are seen, blocks are sized from them and fit.
    const lastRefused = s.responseBytes.map((b, i) => (b > 60_000 ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
    const after = s.responseBytes.slice(lastRefused + 1);
    expect(after.length).toBeGreaterThan(10);
    expect(Math.max(...after)).toBeLessThanOrEqual(50_000);
    // The outline (sync 2) was refused once for its first windows and asked for again without them.
    expect(s.responseBytes[1]).toBeGreaterThan(60_000);
    expect(s.responseBytes[2]).toBe(0);
  });

  it('says which row is too large when one row alone is over the limit', async () => {
    const fx = new FakeExcel([{ name: 'Actions', rows: [['Ref', 'Action'], ['1.1', 'x'.repeat(3000)], ['1.2', 'y']] }]);
    fx.responseLimit = 2_000;
    await expect(readDirect(fx, { readBudget: 1_000 })).rejects.toThrow('Row 2 of "Actions" is too large');
  });

  it('passes other errors on: a block sync without asking again, sync 2 after asking once without the merged areas', async () => {
    for (const [failAt, expected] of [[2, 3], [3, 3]]) {
      const fx = planWorkbook({ actions: 300 });
      let syncs = 0;
      const run: XlRun = (batch) =>
        fx.run((context) =>
          batch({
            workbook: context.workbook,
            sync: async () => {
              syncs++;
              if (syncs >= failAt) throw officeError('GeneralException', 'the workbook changed');
              return context.sync();
            },
          }),
        );
      await expect(createExcelHost({ run, readBudget: 20_000 }).readSnapshot()).rejects.toThrow('GeneralException');
      expect(syncs).toBe(expected);
    }
  });
});

describe('read helpers', () => {
  it('count a loaded array at least at its JSON length', () => {
    const arrays: unknown[][][] = [
      [['a', 'Café', '“q”', 'back\\slash', 'line\nbreak', '😀'], [1.5, -2e-7, 42000, 0], [true, false, null, '']],
      planSheets({ actions: 3 })[1].rows?.map((r) => r.map((c) => (c !== null && typeof c === 'object' ? c.value : c))) ?? [],
    ];
    for (const a of arrays) expect(jsonBytes(a)).toBeGreaterThanOrEqual(JSON.stringify(a).length);
    expect(jsonBytes([['é']])).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify([['é']]), 'utf8'));
  });

  it('know Excel\'s size refusals by code or message', () => {
    expect(isPayloadLimit(officeError('ResponsePayloadSizeLimitExceeded', 'x'))).toBe(true);
    expect(isPayloadLimit(Object.assign(new Error('The response payload size has exceeded the limit.'), { code: 'ResponsePayloadSizeLimitExceeded' }))).toBe(true);
    expect(isPayloadLimit(new Error('RequestPayloadSizeLimitExceeded: request of 6000000 bytes'))).toBe(true);
    expect(isPayloadLimit(new Error('The response payload size has exceeded the limit. Please refer to the documentation.'))).toBe(true);
    expect(isPayloadLimit(officeError('ItemNotFound', 'worksheet'))).toBe(false);
    expect(isPayloadLimit('nope')).toBe(false);
  });
});
