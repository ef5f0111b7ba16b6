import { describe, expect, it } from 'vitest';
import { buildRollup, orderThemes } from '../../../src/core/rollup';
import { yearMonth } from '../../../src/core/calendar';
import { action, measure } from './fixtures';

const SEP = yearMonth(2016, 9);

describe('buildRollup', () => {
  it('counts every column per theme and for All', () => {
    const actions = [
      action('1.1', '1', 'Blue'),
      action('1.2', '1', 'Green'),
      action('1.3', '1', 'Red', 12),
      action('1.4', '1', 'Red', 0),
      action('2.1', '2', 'Amber'),
      action('2.2', '2', 'Grey'),
      action('2.3', '2', 'Unknown'),
      action('2.4', '2', 'Red', 1),
    ];
    const measures = [
      measure('M1', '1', 'Green'),
      measure('M2', '1', 'Red'),
      measure('M3', '1', 'n/a'),
      measure('M4', '2', 'Amber'),
      measure('M5', '2', 'No data'),
      measure('M6', '2', 'Green'),
    ];
    const rows = buildRollup(actions, measures, SEP);
    expect(rows.map((r) => r.theme)).toEqual(['1', '2', 'All']);
    expect(rows[0]).toEqual({
      month: '2016-09', theme: '1', actions: 4, blue: 1, green: 1, amber: 0, red: 2, grey: 0, unknown: 0, overdue: 1,
      measures: 2, measuresGreen: 1, measuresAmber: 0, measuresRed: 1, measuresNoData: 0,
    });
    expect(rows[1]).toEqual({
      month: '2016-09', theme: '2', actions: 4, blue: 0, green: 0, amber: 1, red: 1, grey: 1, unknown: 1, overdue: 1,
      measures: 3, measuresGreen: 1, measuresAmber: 1, measuresRed: 0, measuresNoData: 1,
    });
    expect(rows[2]).toEqual({
      month: '2016-09', theme: 'All', actions: 8, blue: 1, green: 1, amber: 1, red: 3, grey: 1, unknown: 1, overdue: 2,
      measures: 5, measuresGreen: 2, measuresAmber: 1, measuresRed: 1, measuresNoData: 1,
    });
  });

  it('leaves context measures out even when their RAG is not n/a', () => {
    const rows = buildRollup([], [measure('C1', '1', 'No data', { polarity: 'context' })], SEP);
    expect(rows[rows.length - 1].measures).toBe(0);
    expect(rows[rows.length - 1].measuresNoData).toBe(0);
  });

  it('sorts numbered themes numerically, not as text', () => {
    const rows = buildRollup([action('10.1', '10', 'Green'), action('2.1', '2', 'Green'), action('1.1', '1', 'Green')], [], SEP);
    expect(rows.map((r) => r.theme)).toEqual(['1', '2', '10', 'All']);
  });

  it('keeps named themes in first-seen order, actions before measures', () => {
    const rows = buildRollup(
      [action('A', 'Workforce', 'Green'), action('B', 'Care leavers', 'Green')],
      [measure('M1', 'Early help', 'Green'), measure('M2', 'Workforce', 'Red')],
      SEP,
    );
    expect(rows.map((r) => r.theme)).toEqual(['Workforce', 'Care leavers', 'Early help', 'All']);
    expect(rows[0].measuresRed).toBe(1);
  });

  it('adds Unassigned only when something has no theme', () => {
    expect(buildRollup([action('1.1', '1', 'Green')], [], SEP).map((r) => r.theme)).toEqual(['1', 'All']);
    const rows = buildRollup([action('1.1', '1', 'Green'), action('x', null, 'Red', 3)], [measure('M9', null, 'Amber')], SEP);
    expect(rows.map((r) => r.theme)).toEqual(['1', 'Unassigned', 'All']);
    expect(rows[1]).toMatchObject({ actions: 1, red: 1, overdue: 1, measures: 1, measuresAmber: 1 });
    expect(rows[2]).toMatchObject({ actions: 2, red: 1, green: 1, measures: 1 });
  });

  it('gives an All row of zeros for an empty plan', () => {
    const rows = buildRollup([], [], yearMonth(2017, 1));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ month: '2017-01', theme: 'All', actions: 0, measures: 0 });
  });
});

describe('orderThemes', () => {
  it('puts numbers first, then names, then Unassigned', () => {
    expect(orderThemes(['Unassigned', 'Zeta', '3', 'Alpha', '1'])).toEqual(['1', '3', 'Zeta', 'Alpha', 'Unassigned']);
  });
});
