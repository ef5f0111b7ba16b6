/**
 * A clean plan as a real .xlsx (no findings at all as of 31/10/2016), and small
 * edits that spoil it, for the rule-by-rule CLI tests (rules-xlsx.test.ts).
 *
 * Actions (header row 1, data rows 2-4):
 *   A Ref | B Theme | C Action | D Expected outcome | E Measures | F Lead officer |
 *   G Due date | H Status | I RAG | J Completed date | K Progress update |
 *   L Last updated | M Evidence
 *   row 2: 1.1 On track, due 31/12/2016 (61 days ahead: Green), RAG G, updated 20/10/2016
 *   row 3: 1.2 On track, due 31/01/2017 (Green), RAG G, updated 20/10/2016, measures CL2
 *   row 4: 1.3 Complete on 14/10/2016 (Blue, not late), RAG B, evidence given
 * Measures (header row 1, data rows 2-4):
 *   A Measure ID | B Measure | C Unit | D Polarity | E Baseline | F Target |
 *   G Apr-16 .. L Sep-16 | M Oct-16 (the as-of month, still empty)
 *   row 2: CL1 %, higher, `%`-formatted cells 50% -> 60%, 50%..55%
 *   row 3: CL2 %, higher, plain fractions 0.8 -> 0.9, 0.8..0.85
 *   row 4: RR1 Number, lower, 120 -> 100, 118..105
 * Officers: Jo Bloggs, Sam Smith.
 * The plan year is 2016/17 (earliest month column Apr-16).
 */
import type ExcelJS from 'exceljs';
import { parseA1 } from '../../src/core/address';
import { buildWorkbook, d, type XCell } from '../helpers/xlsx-builder';

export interface EditableSheet {
  name: string;
  rows: XCell[][];
}

export interface EditablePlan {
  sheets: EditableSheet[];
}

const ACTION_HEADERS: XCell[] = [
  'Ref', 'Theme', 'Action', 'Expected outcome', 'Measures', 'Lead officer', 'Due date', 'Status', 'RAG',
  'Completed date', 'Progress update', 'Last updated', 'Evidence',
];

const MEASURE_HEADERS: XCell[] = [
  'Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target',
  'Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16',
];

export function cleanPlan(): EditablePlan {
  const actions: XCell[][] = [
    ACTION_HEADERS.slice(),
    ['1.1', '1', 'Review the front door', 'Faster, safer decisions', 'CL1', 'Jo Bloggs', d(2016, 12, 31), 'On track', 'G', null, 'On plan', d(2016, 10, 20), null],
    ['1.2', '1', 'Train team managers', 'Stronger oversight', 'CL2', 'Sam Smith', d(2017, 1, 31), 'On track', 'G', null, 'Sessions booked', d(2016, 10, 20), null],
    ['1.3', '1', 'Publish practice standards', 'Consistent practice', 'CL1', 'Jo Bloggs', d(2016, 12, 31), 'Complete', 'B', d(2016, 10, 14), 'Published', d(2016, 10, 14), 'Standards on the intranet'],
  ];
  const p = (x: number): XCell => ({ pct: x });
  const measures: XCell[][] = [
    MEASURE_HEADERS.slice(),
    ['CL1', 'Care leavers in education, employment or training', '%', 'Higher is better', p(0.5), p(0.6), p(0.5), p(0.51), p(0.52), p(0.53), p(0.54), p(0.55), null],
    ['CL2', 'Care leavers in suitable accommodation', '%', 'Higher is better', 0.8, 0.9, 0.8, 0.81, 0.82, 0.83, 0.84, 0.85, null],
    ['RR1', 'Re-referrals within 12 months', 'Number', 'Lower is better', 120, 100, 118, 115, 112, 110, 108, 105, null],
  ];
  const officers: XCell[][] = [['Officer'], ['Jo Bloggs'], ['Sam Smith']];
  return {
    sheets: [
      { name: 'Actions', rows: actions },
      { name: 'Measures', rows: measures },
      { name: 'Officers', rows: officers },
    ],
  };
}

function sheetNamed(plan: EditablePlan, name: string): EditableSheet {
  const s = plan.sheets.find((x) => x.name === name);
  if (s === undefined) throw new Error('no sheet ' + name);
  return s;
}

/** Sets one cell, `Actions!G3`, to a value (null blanks it). */
export function setCell(plan: EditablePlan, at: string, value: XCell): void {
  const bang = at.lastIndexOf('!');
  const sheet = sheetNamed(plan, at.slice(0, bang));
  const ref = parseA1(at.slice(bang + 1));
  if (ref === null) throw new Error('bad address ' + at);
  while (sheet.rows.length <= ref.row) sheet.rows.push([]);
  const row = sheet.rows[ref.row];
  while (row.length <= ref.col) row.push(null);
  row[ref.col] = value;
}

export function renameSheet(plan: EditablePlan, from: string, to: string): void {
  sheetNamed(plan, from).name = to;
}

export function toWorkbook(plan: EditablePlan): ExcelJS.Workbook {
  return buildWorkbook(plan.sheets.map((s) => ({ name: s.name, rows: s.rows })));
}
