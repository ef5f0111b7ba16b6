import { describe, expect, it } from 'vitest';
import { compareWithPrevious, historySheet, readHistory, upsertHistory, HISTORY_COLUMNS } from '../../../src/core/rollup';
import { yearMonth } from '../../../src/core/calendar';
import { cell, date, sheet, workbook } from '../../helpers/snapshot-builder';
import { row } from './fixtures';

describe('HISTORY_COLUMNS', () => {
  it('is exactly the contract 5 columns, in order', () => {
    expect(HISTORY_COLUMNS).toEqual([
      'Month', 'Theme', 'Actions', 'Blue', 'Green', 'Amber', 'Red', 'Grey', 'Unknown', 'Overdue',
      'Measures', 'Measures green', 'Measures amber', 'Measures red', 'Measures no data',
    ]);
  });
});

describe('upsertHistory', () => {
  const aug = [row('2016-08', '1', 3), row('2016-08', '2', 4), row('2016-08', 'All', 7)];
  const sep = [row('2016-09', '1', 5), row('2016-09', 'All', 5)];

  it('replaces a re-run month and leaves other months untouched', () => {
    const rerun = [row('2016-09', '1', 6), row('2016-09', '2', 1), row('2016-09', 'All', 7)];
    const out = upsertHistory(aug.concat(sep), rerun);
    expect(out.filter((r) => r.month === '2016-08')).toEqual(aug);
    expect(out.filter((r) => r.month === '2016-09')).toEqual(rerun);
    expect(out).toHaveLength(6);
  });

  it('adds a new month after the earlier ones, and sorts an earlier month in', () => {
    const oct = [row('2016-10', '1', 9), row('2016-10', 'All', 9)];
    expect(upsertHistory(aug.concat(sep), oct).map((r) => r.month + '/' + r.theme)).toEqual([
      '2016-08/1', '2016-08/2', '2016-08/All', '2016-09/1', '2016-09/All', '2016-10/1', '2016-10/All',
    ]);
    const jul = [row('2016-07', 'All', 1)];
    expect(upsertHistory(aug.concat(sep), jul)[0]).toEqual(jul[0]);
  });

  it('keeps the theme order within a month', () => {
    const rows = [row('2016-09', '1', 1), row('2016-09', '2', 1), row('2016-09', 'All', 2)];
    expect(upsertHistory([], rows).map((r) => r.theme)).toEqual(['1', '2', 'All']);
  });
});

describe('historySheet and readHistory', () => {
  it('writes the header then one row per history row', () => {
    const s = historySheet([row('2016-09', '1', 5, { red: 2, measuresNoData: 1 })]);
    expect(s.sheet).toBe('Roll-up history');
    expect(s.rows[0]).toEqual(HISTORY_COLUMNS);
    expect(s.rows[1]).toEqual(['2016-09', '1', 5, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(s.boldRows).toEqual([0]);
  });

  it('reads back what it wrote', () => {
    const rows = [row('2016-08', '1', 3, { green: 3, measures: 2, measuresGreen: 2 }), row('2016-08', 'All', 3, { overdue: 1 })];
    const written = historySheet(rows);
    const wb = workbook(sheet('Roll-up history', written.rows.map((r) => r.slice())));
    expect(readHistory(wb)).toEqual(rows);
  });

  it('reads a month Excel turned into a date, a number theme, columns in any order, and skips junk', () => {
    const wb = workbook(
      sheet('ROLL-UP HISTORY', [
        ['Roll-up history'],
        ['Theme', 'Month', 'Red', 'Actions'],
        [1, date(2016, 9, 1), 2, 4],
        ['All', cell('2016-09'), '3', 4],
        ['All', 'not a month', 1, 1],
        [null, null, null, null],
      ]),
    );
    expect(readHistory(wb)).toEqual([row('2016-09', '1', 4, { red: 2 }), row('2016-09', 'All', 4, { red: 3 })]);
  });

  it('is empty without the sheet or its header', () => {
    expect(readHistory(workbook(sheet('Actions', [['Ref']])))).toEqual([]);
    expect(readHistory(workbook(sheet('Roll-up history', [['Month', 'Count'], ['2016-09', 3]])))).toEqual([]);
  });
});

describe('compareWithPrevious', () => {
  it('lists the counts that moved since the latest earlier month', () => {
    const history = [
      row('2016-07', 'All', 1, { red: 9 }),
      row('2016-08', '1', 3, { red: 1 }),
      row('2016-08', 'All', 3, { red: 1 }),
      row('2016-10', '1', 4, { red: 1, blue: 1 }),
      row('2016-10', '2', 2),
      row('2016-10', 'All', 6, { red: 1, blue: 1 }),
    ];
    const c = compareWithPrevious(history, yearMonth(2016, 10));
    expect(c.kind).toBe('compared');
    if (c.kind !== 'compared') return;
    expect(c.previousMonth).toBe('2016-08');
    expect(c.changes).toEqual([
      { theme: '1', field: 'actions', label: 'Actions', previous: 3, current: 4, delta: 1 },
      { theme: '1', field: 'blue', label: 'Blue', previous: 0, current: 1, delta: 1 },
      { theme: '2', field: 'actions', label: 'Actions', previous: 0, current: 2, delta: 2 },
      { theme: 'All', field: 'actions', label: 'Actions', previous: 3, current: 6, delta: 3 },
      { theme: 'All', field: 'blue', label: 'Blue', previous: 0, current: 1, delta: 1 },
    ]);
  });

  it('says when there is no earlier month', () => {
    expect(compareWithPrevious([row('2016-09', 'All', 1)], yearMonth(2016, 9))).toEqual({ kind: 'no-previous', month: '2016-09' });
  });
});
