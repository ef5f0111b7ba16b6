import { describe, expect, it } from 'vitest';
import { relevantSheetNames } from '../../../src/core/read';
import { table } from '../../helpers/snapshot-builder';

describe('relevantSheetNames', () => {
  it('keeps only the sheets the engine reads, by synonym, in workbook order', () => {
    const names = ['Cover', 'Action plan', 'KPIs', 'Notes', 'Leads', 'Plan Settings', 'Roll-up history', 'Monthly roll-up'];
    expect(relevantSheetNames(names, [])).toEqual(['Action plan', 'KPIs', 'Leads', 'Plan Settings', 'Roll-up history']);
  });

  it.each(['Actions', 'ACTIONS', ' action  plan ', 'Improvement plan', 'Plan', 'Action tracker', 'Measures', 'Scorecard',
    'Performance measures', 'Indicators', 'Officers', 'Settings', 'RollUp History'])('reads %j', (name) => {
    expect(relevantSheetNames(['Cover', name], [])).toEqual([name]);
  });

  it('adds the sheet of a table whose name is a synonym', () => {
    expect(relevantSheetNames(['Sheet1', 'Sheet2', 'Sheet3'], [table('Scorecard', 'Sheet2', 'A1:K20'), table('Lookup', 'Sheet3', 'A1:B2')]))
      .toEqual(['Sheet2']);
  });

  it('reads nothing from an unrelated workbook', () => {
    expect(relevantSheetNames(['Sheet1', 'Budget', 'Plan B'], [])).toEqual([]);
  });
});
