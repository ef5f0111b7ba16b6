/**
 * A plan laid out the way another council keeps it: synonyms everywhere,
 * reordered columns, title rows, section rows (merged and not), text dates in
 * several forms, a `%` measure typed as points (58) next to fractions (0.58),
 * a `c` marker and a context measure. Expected results are worked out by hand
 * from the contract in cli.test.ts.
 */
import type ExcelJS from 'exceljs';
import { buildWorkbook, d, type XCell } from '../helpers/xlsx-builder';

export function unusualPlan(): ExcelJS.Workbook {
  const actions: XCell[][] = [
    ["Children's Services Improvement Plan 2016/17"],
    ['Last updated: 30/09/2016'],
    [],
    ['No.', 'What we will do', 'Impact', 'Who?', 'By when', 'Current status', 'BRAG', 'Date completed', 'Commentary', 'Success measures'],
    ['1. Good social work practice'],
    ['1.1', 'Audit case files monthly', 'Better practice', 'Jo Smith', d(2016, 12, 31), 'In progress', 'G', null, 'Audits running', 'SW1'],
    ['1.2', 'Train team managers', 'Stronger oversight', 'Ann Lee', 'Dec 2016', 'On track', 'G', null, null, 'SW1, CL9'],
    ['1.3', 'Refresh practice standards', 'Consistent practice', 'Jo Smith', 'Ongoing', 'Not started', null, null, null, null],
    ['2. Care leavers'],
    ['2.1', 'Pathway plan audit', 'Better plans', 'Sam Patel', d(2016, 9, 30), 'On track', 'G', null, 'Started', 'CL1'],
    ['2.2', 'Care leaver forum', 'Voice heard', 'Sam Patel', '12/31/2016', 'Complete', 'B', d(2016, 8, 1), 'Forum met', null],
    ['2.1', 'Duplicate ref on purpose', 'n/a' /* no outcome: outcome-missing */, 'Sam Patel', d(2017, 3, 31), 'Not started', null, null, null, null],
    [2.3, 'Local offer published', 'Leavers know offer', 'Ann Lee', d(2016, 11, 15), 'Not started', null, null, null, null],
    ['2.4', 'EET coaching', 'More in EET', 'Ann Lee', 'Q3 2016/17', 'At risk', 'A', null, null, 'CL1'],
    [],
    ['3. Children in care'],
    ['3.1', 'PEP quality audit', 'Good PEPs', 'Jo Smith', '31.03.2017', 'Complete', 'B', d(2017, 1, 1), 'Done', null],
  ];
  const measures: XCell[][] = [
    ['PI code', 'Indicator', 'Theme', 'Good is', 'Unit', 'Baseline 2015/16', 'Target 2016/17', 'Apr 2016', 'May 2016', 'Jun 2016', 'Jul 2016', 'Aug 2016', 'Sep 2016'],
    ['SW1', 'Assessments within 45 working days', '1', 'High', '%', { pct: 0.7 }, { pct: 0.85 }, { pct: 0.72 }, { pct: 0.75 }, { pct: 0.78 }, { pct: 0.8 }, { pct: 0.82 }, { pct: 0.86 }],
    ['CL1', 'Care leavers in EET', '2', 'Higher is better', '%', 58, 65, 58, 59, 60, 61, 'c', 62],
    ['RR1', 'Re-referrals within 12 months', '1', 'Lower is better', '%', { pct: 0.25 }, { pct: 0.22 }, { pct: 0.24 }, { pct: 0.26 }, { pct: 0.25 }, { pct: 0.26 }, { pct: 0.27 }, null],
    ['CIC1', 'Children in care per 10,000', '3', 'Context', 'Rate', 70, null, 70, 71, 71, 72, 72, 72],
  ];
  return buildWorkbook([
    { name: 'Improvement plan', rows: actions, merges: ['A5:J5', 'A16:J16'] },
    { name: 'KPIs', rows: measures },
  ]);
}
