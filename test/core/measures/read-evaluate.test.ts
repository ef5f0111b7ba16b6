/** evaluateMeasures / evaluateActions on plans read by readPlan from workbook snapshots. */
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../../src/core/read';
import { evaluateMeasures } from '../../../src/core/measures';
import { evaluateActions } from '../../../src/core/actions';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';
import { date, pct, sheet, workbook } from '../../helpers/snapshot-builder';

const AS_OF = serialFromYmd(2016, 7, 15);
const MEASURE_HEADER = ['Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline 2015/16', 'Target 2016/17', 'Tolerance', 'Floor', 'Apr-16', 'May-16', 'Jun-16', 'Jul-16'];
const ACTION_HEADER = ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'];

function plan(settings?: ReadonlyArray<ReadonlyArray<string | number>>) {
  const sheets = [
    sheet('Scorecard', [
      MEASURE_HEADER,
      // Unit blank, target %-formatted: a % measure; 58 is points, pct(0.55) a fraction.
      ['CL1', 'Care leavers in EET', null, 'Higher is better', pct(0.5), pct(0.6), null, null, 52, pct(0.55), 58, null],
      // %-formatted tolerance cell: 2% is already a fraction (2 points).
      ['CL2', 'Pathway plans', '%', 'High', 0.7, 0.9, pct(0.02), null, 0.8, 0.85, 0.87, 'c'],
      ['R1', 'Re-referrals', 'Number', 'Lower is better', 300, 250, null, null, 290, 280, 262, 'n/a'],
      ['R2', 'Children in need', 'Number', 'Context', 3000, null, null, null, 3100, 3120, null, null],
    ]),
    sheet('Action plan', [
      ACTION_HEADER,
      ['1.1', 'Recruit', 'Staff', 'Jo', date(2016, 8, 20), 'Not started'],
      ['1.2', 'Audit', 'Plans', 'Jo', '30/06/2016', 'On track'],
      ['1.3', 'Review', 'Cases', 'Jo', 'Ongoing', 'On track'],
      [null, 'Orphan row', 'None', 'Jo', 'Q2 2016/17', 'Complete'],
    ]),
  ];
  if (settings !== undefined) sheets.push(sheet('Settings', settings));
  return readPlan(workbook(...sheets), AS_OF);
}

describe('evaluateMeasures through readPlan', () => {
  it('scales each cell as read and rates every measure as of the month', () => {
    const p = plan();
    const [cl1, cl2, r1, r2] = evaluateMeasures(p);
    expect(cl1).toMatchObject({ id: 'CL1', unit: 'percent', baseline: 0.5, target: 0.6, latest: 0.58, latestPeriod: yearMonth(2016, 6) });
    expect(cl1.rag).toBe('Amber');
    expect(cl1.direction).toBe('Improving'); // 55% -> 58%
    expect(cl1.series.map((s) => s.value)).toEqual([0.52, 0.55, 0.58, null]);
    expect(cl2).toMatchObject({ latest: 0.87, rag: 'Red', direction: 'Improving' }); // 3 points short, tolerance 2 points
    expect(r1).toMatchObject({ latest: 262, rag: 'Amber', trajectory: 'On trajectory', direction: 'Improving' }); // 12 over, 5% of 250 = 12.5
    expect(r1.progress).toBe(0.76);
    expect(r2).toMatchObject({ rag: 'n/a', progress: null, direction: null, latest: 3120 });
  });

  it('uses the Default tolerance setting (plain number)', () => {
    const [, , r1] = evaluateMeasures(plan([['Default tolerance', 4]]));
    expect(r1.rag).toBe('Red'); // 4% of 250 = 10 < 12
  });
});

describe('evaluateActions through readPlan', () => {
  it('rates every row, text dates included, and keeps rows without a ref', () => {
    const out = evaluateActions(plan());
    expect(out.map((a) => [a.ref, a.rag, a.daysOverdue])).toEqual([
      ['1.1', 'Green', 0], // due in 36 days
      ['1.2', 'Red', 15],
      ['1.3', 'Unknown', 0],
      ['', 'Blue', 0],
    ]);
  });

  it('uses the Amber window setting', () => {
    const out = evaluateActions(plan([['Amber window', '40 days']]));
    expect(out[0].rag).toBe('Amber');
  });
});
