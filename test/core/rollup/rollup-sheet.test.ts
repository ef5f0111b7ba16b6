import { describe, expect, it } from 'vitest';
import { buildRollup, buildRollupSheet, gapToTarget, readinessLine, HISTORY_COLUMNS } from '../../../src/core/rollup';
import type { ActionResult, Analysis, MeasureResult, Plan, RollupRow } from '../../../src/core/model';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';
import type { WriteValue } from '../../../src/core/writes';
import { action, measure, row } from './fixtures';

const PLAN: Plan = {
  asOf: serialFromYmd(2016, 10, 31),
  planYearStart: 2016,
  actions: null,
  measures: null,
  officers: null,
  settings: { planYear: null, defaultTolerance: null, amberWindow: null, asOf: null, planName: null, sheet: null, cells: {} },
  structural: [],
};

function analysis(actions: ActionResult[], measures: MeasureResult[], errors = 0, warnings = 0): Analysis {
  const month = yearMonth(2016, 10);
  return {
    asOf: serialFromYmd(2016, 10, 31), asOfSource: { kind: 'today' }, month, plan: PLAN, findings: [], errors, warnings, ready: errors === 0,
    actions, measures, rollup: buildRollup(actions, measures, month),
  };
}

function findRow(rows: ReadonlyArray<ReadonlyArray<WriteValue>>, first: WriteValue): number {
  return rows.findIndex((r) => r[0] === first);
}

describe('buildRollupSheet', () => {
  it('names the month and the as-of date, and says when the check found errors', () => {
    const s = buildRollupSheet(analysis([], [], 3), []);
    expect(s.sheet).toBe('Monthly roll-up');
    expect(s.rows[0]).toEqual(['Monthly roll-up: October 2016']);
    expect(String(s.rows[1][0])).toContain('31/10/2016');
    expect(String(s.rows[2][0])).toContain('The check found 3 errors: this roll-up is not ready for the board');
    expect(s.boldRows).toContain(0);
  });

  it('puts the month rows under the history columns', () => {
    const a = analysis([action('1.1', '1', 'Green'), action('2.1', '2', 'Red', 4)], []);
    const s = buildRollupSheet(a, []);
    const h = s.rows.findIndex((r) => r[0] === 'Month');
    expect(s.rows[h]).toEqual(HISTORY_COLUMNS);
    expect(s.boldRows).toContain(h);
    expect(s.rows.slice(h + 1, h + 4).map((r) => r[1])).toEqual(['1', '2', 'All']);
    expect(s.rows[h + 3][2]).toBe(2);
  });

  it('lists Red actions most overdue first with days overdue', () => {
    const a = analysis([action('1.1', '1', 'Red', 2), action('1.2', '1', 'Green'), action('2.1', '2', 'Red', 30)], []);
    const s = buildRollupSheet(a, []);
    const h = findRow(s.rows, 'Red actions');
    expect(s.rows[h + 1]).toEqual(['Ref', 'Theme', 'Days overdue', 'Due date', 'Lead', 'Action']);
    expect(s.rows[h + 2].slice(0, 3)).toEqual(['2.1', '2', 30]);
    expect(s.rows[h + 3].slice(0, 3)).toEqual(['1.1', '1', 2]);
    expect(s.rows[h + 4]).toEqual([]);
  });

  it('lists Red measures with latest, target and gap, % cells formatted', () => {
    const m = measure('CL1', '2', 'Red', { unit: 'percent', latest: 0.5, target: 0.58, latestPeriod: yearMonth(2016, 9), row: 7 });
    const s = buildRollupSheet(analysis([], [m, measure('M2', '1', 'Green')]), []);
    const h = findRow(s.rows, 'Red measures');
    expect(s.rows[h + 1]).toEqual(['ID', 'Theme', 'Latest', 'Latest period', 'Target', 'Gap', 'Measure']);
    expect(s.rows[h + 2]).toEqual(['CL1', '2', 0.5, 'September 2016', 0.58, 0.08, 'Measure CL1']);
    const r = h + 2;
    const pctCols = s.numberFormats.filter((f) => f.area.top === r && f.numberFormat === '0.0%').map((f) => f.area.left);
    expect(pctCols).toEqual([2, 4, 5]);
    expect(s.rows[h + 3]).toEqual([]);
  });

  it('says so when there are no Red actions or measures', () => {
    const s = buildRollupSheet(analysis([action('1.1', '1', 'Green')], []), []);
    expect(s.rows.some((r) => r[0] === 'No Red actions.')).toBe(true);
    expect(s.rows.some((r) => r[0] === 'No Red measures.')).toBe(true);
  });

  it('shows what moved in the All row since the previous month of the history', () => {
    const history: RollupRow[] = [row('2016-09', 'All', 1, { red: 0, green: 1 })];
    const s = buildRollupSheet(analysis([action('1.1', '1', 'Red', 5), action('1.2', '1', 'Green')], []), history);
    const h = findRow(s.rows, 'Changes since September 2016 (all themes)');
    expect(h).toBeGreaterThan(0);
    expect(s.rows[h + 1]).toEqual(['Count', 'Was', 'Now', 'Change']);
    expect(s.rows.slice(h + 2)).toEqual([
      ['Actions', 1, 2, 1],
      ['Red', 0, 1, 1],
      ['Overdue', 0, 1, 1],
    ]);
  });

  it('says when there is nothing to compare with', () => {
    const s = buildRollupSheet(analysis([], []), [row('2016-10', 'All', 99)]);
    expect(s.rows.some((r) => r[0] === 'No earlier month in Roll-up history to compare with.')).toBe(true);
  });
});

describe('readinessLine', () => {
  it('uses the singular for one error and is ready without errors', () => {
    expect(readinessLine(1, 0)).toContain('The check found 1 error: this roll-up is not ready for the board');
    expect(readinessLine(0, 2)).toBe('The check found no errors (2 warnings): ready for the board.');
    expect(readinessLine(0, 0)).toBe('The check found no errors: ready for the board.');
  });
});

describe('gapToTarget', () => {
  it('is how far short of target for each polarity', () => {
    expect(gapToTarget(measure('a', '1', 'Red', { latest: 0.5, target: 0.58 }))).toBe(0.08);
    expect(gapToTarget(measure('b', '1', 'Red', { polarity: 'lower', latest: 30, target: 20 }))).toBe(10);
    expect(gapToTarget(measure('c', '1', 'Red', { polarity: 'band', latest: 10, target: 20 }))).toBe(10);
    expect(gapToTarget(measure('d', '1', 'No data', { latest: null, target: 20 }))).toBeNull();
  });
});
