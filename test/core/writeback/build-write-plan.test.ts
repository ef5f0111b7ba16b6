import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../src/core';
import { buildWritePlan, ownedColumnWrites, OWNED_ACTION_COLUMNS, OWNED_MEASURE_COLUMNS } from '../../../src/core/writeback';
import type { ColumnWrite, WritePlan } from '../../../src/core/writes';
import { HISTORY_COLUMNS, historySheet } from '../../../src/core/rollup';
import { serialFromYmd } from '../../../src/core/calendar';
import type { CellInput } from '../../helpers/snapshot-builder';
import { date, pct, sheet, workbook } from '../../helpers/snapshot-builder';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { matchKey } from '../../../src/core/text';
import { row } from '../rollup/fixtures';

const OCT31 = serialFromYmd(2016, 10, 31);

type Row = ReadonlyArray<CellInput>;

/** Actions: title row, header in row 2, a section row, three actions (Red 31 days overdue, Blue, Amber) and a blank row. */
function actionRows(extraHeaders: Row = [], extra: ReadonlyArray<Row> = []): Row[] {
  const base: Row[] = [
    ['Improvement plan 2016/17'],
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'].concat(extraHeaders as string[]),
    ['1. Early help'],
    ['1.1', 'Do A', 'Better', 'Jo Bloggs', date(2016, 9, 30), 'On track'],
    ['1.2', 'Do B', 'Better', 'Jo Bloggs', date(2017, 3, 31), 'Complete'],
    [],
    ['2.1', 'Do C', 'Better', 'Sam Smith', date(2016, 11, 15), 'Not started'],
  ];
  return base.map((r, i) => r.concat(extra[i] !== undefined ? extra[i] : []));
}

function measuresSheet(): SheetSnapshot {
  return sheet('Measures', [
    ['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target', 'Jul 2016', 'Aug 2016', 'Sep 2016'],
    ['CL1', 'Care leavers in EET', 1, '%', 'Higher is better', pct(0.5), pct(0.6), pct(0.55), pct(0.58), null],
    ['M2', 'Caseload', 2, 'Number', 'Lower is better', 20, 15, 18, 'c', null],
    ['M3', 'Referrals', 1, 'Number', 'Context', null, null, 100, null, null],
  ]);
}

function plan(wb: WorkbookSnapshot, asOf = OCT31, options = { columns: true, rollup: true }): WritePlan {
  return buildWritePlan(analysePlan(wb, { asOf }), wb, options);
}

function column(p: WritePlan, sheetName: string, header: string): ColumnWrite {
  const c = p.columns.find((x) => x.sheet === sheetName && matchKey(x.header) === matchKey(header));
  if (c === undefined) throw new Error('no column ' + header);
  return c;
}

describe('buildWritePlan: owned columns', () => {
  it('appends missing Actions columns right of the table, in order, with a value per row', () => {
    const p = plan(workbook(sheet('Actions', actionRows()), measuresSheet()));
    const cols = p.columns.filter((c) => c.sheet === 'Actions');
    expect(cols.map((c) => [c.header, c.col, c.isNew, c.headerRow, c.firstRow])).toEqual([
      ['Calculated RAG', 6, true, 1, 2],
      ['Days overdue', 7, true, 1, 2],
      ['Check', 8, true, 1, 2],
    ]);
    expect(cols[0].values).toEqual([null, 'Red', 'Blue', null, 'Amber']);
    expect(cols[0].rag).toBe(true);
    expect(cols[1].values).toEqual([null, 31, 0, null, 0]);
    expect(cols[1].numberFormat).toBe('0');
    expect(cols[2].values[0]).toBeNull();
    expect(String(cols[2].values[1])).toContain('overdue-on-track');
    expect(cols[2].values[2]).toBe('OK');
    expect(cols[2].values[3]).toBeNull();
  });

  it('rewrites present columns in place (found by header text) and appends only the missing one', () => {
    const wb = workbook(
      sheet('Actions', actionRows(['calculated RAG:', 'Check', 'Notes'], [[], [], [], ['Green', 'old', 'keep me'], ['Amber', null, null]])),
      measuresSheet(),
    );
    const p = plan(wb);
    const cols = p.columns.filter((c) => c.sheet === 'Actions');
    expect(cols.map((c) => [c.header, c.col, c.isNew])).toEqual([
      ['calculated RAG:', 6, false],
      ['Days overdue', 9, true],
      ['Check', 7, false],
    ]);
    expect(cols[0].values).toEqual([null, 'Red', 'Blue', null, 'Amber']);
    // The Notes column (8) is never written.
    expect(p.columns.some((c) => c.col === 8)).toBe(false);
  });

  it('never writes over notes beside the table: new columns start past them', () => {
    const wb = workbook(sheet('Actions', actionRows([], [[], [], [], [null, 'a note']])), measuresSheet());
    const cols = plan(wb).columns.filter((c) => c.sheet === 'Actions');
    expect(cols.map((c) => c.col)).toEqual([8, 9, 10]);
  });

  it('writes the measure columns with per-row formats for Latest', () => {
    const p = plan(workbook(sheet('Actions', actionRows()), measuresSheet()));
    const cols = p.columns.filter((c) => c.sheet === 'Measures');
    expect(cols.map((c) => [c.header, c.col, c.isNew])).toEqual([
      ['Latest', 10, true],
      ['Latest period', 11, true],
      ['Progress to target', 12, true],
      ['Calculated RAG', 13, true],
      ['Trajectory', 14, true],
      ['Direction of travel', 15, true],
    ]);
    const latest = column(p, 'Measures', 'Latest');
    expect(latest.values).toEqual([0.58, 18, 100]);
    expect(latest.numberFormats).toEqual(['0.0%', 'General', 'General']);
    const period = column(p, 'Measures', 'Latest period');
    expect(period.values).toEqual([serialFromYmd(2016, 8, 1), serialFromYmd(2016, 7, 1), serialFromYmd(2016, 7, 1)]);
    expect(period.numberFormat).toBe('mmm yyyy');
    const progress = column(p, 'Measures', 'Progress to target');
    expect(progress.values).toEqual([0.8, 0.4, null]);
    expect(progress.numberFormat).toBe('0%');
    const rag = column(p, 'Measures', 'Calculated RAG');
    expect(rag.values).toEqual(['Amber', 'Red', 'n/a']);
    expect(rag.rag).toBe(true);
    expect(column(p, 'Measures', 'Trajectory').values).toEqual(['On trajectory', 'On trajectory', null]);
    expect(column(p, 'Measures', 'Direction of travel').values).toEqual(['Improving', null, null]);
  });

  it('puts nothing but owned columns and owned sheets in the plan', () => {
    const wb = workbook(sheet('Actions', actionRows(['Notes'])), measuresSheet(), sheet('Officers', [['Jo Bloggs']]));
    const p = plan(wb);
    const owned = OWNED_ACTION_COLUMNS.concat(OWNED_MEASURE_COLUMNS).map((h) => matchKey(h));
    for (const c of p.columns) expect(owned).toContain(matchKey(c.header));
    expect(p.sheets.map((s) => s.sheet)).toEqual(['Monthly roll-up', 'Roll-up history', 'RAG history']);
    expect(p.cells).toEqual([]);
  });

  it('leaves columns or sheets out when not asked for', () => {
    const wb = workbook(sheet('Actions', actionRows()), measuresSheet());
    expect(plan(wb, OCT31, { columns: false, rollup: true }).columns).toEqual([]);
    expect(plan(wb, OCT31, { columns: true, rollup: false }).sheets).toEqual([]);
  });
});

describe('ownedColumnWrites', () => {
  it('clears stale values an earlier, longer run left below the table', () => {
    const s = sheet('S', [['Ref', 'Check'], ['1.1', 'x'], [null, null], [null, 'stale']]);
    const layout = { sheet: 'S', headerRow: 0, columns: {}, headersSeen: ['Ref', 'Check'], lastCol: 1, lastRow: 1 };
    const [c] = ownedColumnWrites(s, layout, [{ header: 'Check', numberFormat: null, rag: false, cellFor: (r) => ({ value: r === 1 ? 'ok' : null, format: null }) }]);
    expect(c.values).toEqual(['ok', null, null]);
    expect(c.numberFormats).toBeUndefined();
  });
});

describe('buildWritePlan: roll-up sheets and history', () => {
  const base = (): SheetSnapshot[] => [sheet('Actions', actionRows()), measuresSheet()];

  it('counts the roll-up per theme in the history sheet', () => {
    const p = plan(workbook(...base()));
    const history = p.sheets[1];
    expect(history.rows[0]).toEqual(HISTORY_COLUMNS);
    expect(history.rows.slice(1)).toEqual([
      ['2016-10', '1', 2, 1, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 0],
      ['2016-10', '2', 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0],
      ['2016-10', 'All', 3, 1, 0, 1, 1, 0, 0, 1, 2, 0, 1, 1, 0],
    ]);
  });

  it('re-running a month replaces its rows and leaves other months untouched', () => {
    const existing = historySheet([row('2016-09', 'All', 7, { red: 4 }), row('2016-10', '1', 99), row('2016-10', 'All', 99)]);
    const wb = workbook(...base(), sheet('Roll-up history', existing.rows.map((r) => r.slice())));
    const rows = plan(wb).sheets[1].rows.slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['2016-09', 'All', 7],
      ['2016-10', '1', 2],
      ['2016-10', '2', 1],
      ['2016-10', 'All', 3],
    ]);
    expect(rows[0][6]).toBe(4);
  });

  it('the next month adds its rows after the earlier months', () => {
    const first = plan(workbook(...base())).sheets[1];
    const wb = workbook(...base(), sheet('Roll-up history', first.rows.map((r) => r.slice())));
    const next = plan(wb, serialFromYmd(2016, 11, 30)).sheets[1].rows.slice(1);
    expect(next.map((r) => r[0] + '/' + r[1])).toEqual(['2016-10/1', '2016-10/2', '2016-10/All', '2016-11/1', '2016-11/2', '2016-11/All']);
  });

  it('keeps the real name of an existing roll-up sheet', () => {
    const wb = workbook(...base(), sheet('monthly rollup', [['old']]), sheet('ROLL-UP HISTORY', [['Month', 'Theme']]), sheet('Rag History', [['Month']]));
    expect(plan(wb).sheets.map((s) => s.sheet)).toEqual(['monthly rollup', 'ROLL-UP HISTORY', 'Rag History']);
  });

  it('builds the roll-up even with check errors and says so, listing the Red action with its lead', () => {
    const a = analysePlan(workbook(...base()), { asOf: OCT31 });
    expect(a.errors).toBeGreaterThan(0);
    const s = buildWritePlan(a, workbook(...base()), { columns: false, rollup: true }).sheets[0];
    expect(String(s.rows[2][0])).toContain('The check found ' + a.errors + ' error');
    const h = s.rows.findIndex((r) => r[0] === 'Red actions');
    expect(s.rows[h + 2]).toEqual(['1.1', '1', 31, serialFromYmd(2016, 9, 30), 'Jo Bloggs', 'Do A']);
  });
});
