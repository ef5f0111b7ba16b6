/**
 * Workbooks for the Office Scripts tests and bench: the other council's plan
 * used by the command-line tests, and a generated Bristol-style tracker of any
 * size (six themes, section rows merged across, statuses of every kind, an
 * Officers sheet and a Scorecard with monthly values).
 */
import type ExcelJS from 'exceljs';
import { buildWorkbook, d, type XCell } from '../helpers/xlsx-builder';
import { writeWorkbook } from '../../src/xlsx';

export { unusualPlan } from '../cli/fixtures';

const STATUSES = ['On track', 'Not started', 'At risk', 'Off track', 'Complete', 'In progress', 'Deferred', 'Awaiting sign-off', 'Green', 'Amber'];
const LEADS = ['Jo Smith', 'Ann Lee', 'Sam Patel', 'Ravi Shah', 'Kate Jones', 'Tom Brown'];
const THEMES = ['Good social work practice', 'Care leavers', 'Children in care', 'Early help', 'Leadership and governance', 'Partnerships'];

/** Text of exactly `length` characters (at least the given start), for long-text trackers. */
function padded(start: string, length: number | undefined): string {
  if (length === undefined || start.length >= length) return start;
  let out = start;
  for (let i = 0; out.length < length; i++) out += ' ' + ['review', 'partnership', 'audit', 'board', 'agreed'][i % 5];
  return out.slice(0, length);
}

/**
 * A tracker with `actions` actions over six themes and four measures per theme.
 * `textLength` makes the Action, Expected outcome and Progress update texts of
 * every action that many characters (long progress updates, issue 9's 5 MB case).
 */
export function generatedPlan(actions: number, textLength?: number): ExcelJS.Workbook {
  const rows: XCell[][] = [
    ['Getting to Good: Children\'s Services Improvement Plan 2016-17'],
    ['Last updated: 31/10/2016'],
    [],
    ['Ref', 'Action', 'Expected outcome', 'Measures', 'Lead officer', 'Due date', 'Status', 'RAG', 'Completed date', 'Progress update', 'Last updated'],
  ];
  const merges: string[] = [];
  const perTheme = Math.ceil(actions / 6);
  let made = 0;
  for (let t = 1; t <= 6 && made < actions; t++) {
    rows.push([String(t) + '. ' + THEMES[t - 1]]);
    merges.push('A' + String(rows.length) + ':K' + String(rows.length));
    for (let i = 1; i <= perTheme && made < actions; i++, made++) {
      const k = made * 7919;
      const status = STATUSES[k % STATUSES.length];
      const due = d(2016, 4 + (k % 12) > 12 ? (k % 12) - 8 : 4 + (k % 12), 1 + (k % 28));
      const dueYear = 4 + (k % 12) > 12 ? 2017 : 2016;
      const dueDate = new Date(Date.UTC(dueYear, due.getUTCMonth(), due.getUTCDate()));
      const complete = status === 'Complete';
      rows.push([
        String(t) + '.' + String(i),
        padded('Action ' + String(made + 1) + ': improve practice in area ' + String(k % 97), textLength),
        padded('Children get a better service (' + String(k % 13) + ')', textLength),
        'M' + String(t) + String(1 + (k % 4)),
        LEADS[k % LEADS.length],
        dueDate,
        status,
        ['G', 'A', 'R', 'B', null][k % 5],
        complete ? new Date(Date.UTC(2016, 3 + (k % 6), 1 + (k % 27))) : null,
        textLength !== undefined ? padded('Update ' + String(k % 1000), textLength) : status === 'At risk' || status === 'Off track' || k % 3 === 0 ? 'Update ' + String(k % 1000) : null,
        new Date(Date.UTC(2016, 9, 1 + (k % 30))),
      ]);
    }
  }
  const months = ['Apr 2016', 'May 2016', 'Jun 2016', 'Jul 2016', 'Aug 2016', 'Sep 2016', 'Oct 2016', 'Nov 2016', 'Dec 2016', 'Jan 2017', 'Feb 2017', 'Mar 2017'];
  const measures: XCell[][] = [['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline 2015/16', 'Target 2016/17'].concat(months)];
  for (let t = 1; t <= 6; t++) {
    for (let m = 1; m <= 4; m++) {
      const pct = m % 2 === 1;
      const higher = m !== 2;
      const base = pct ? 0.5 + m / 20 : 40 + m * 5;
      const target = pct ? base + (higher ? 0.1 : -0.1) : base + (higher ? 10 : -10);
      const row: XCell[] = ['M' + String(t) + String(m), 'Measure ' + String(t) + '.' + String(m), String(t), pct ? '%' : 'Number', higher ? 'Higher is better' : 'Lower is better', pct ? { pct: base } : base, pct ? { pct: target } : target];
      for (let i = 0; i < 7; i++) {
        const drift = ((t * 3 + m * 5 + i * 7) % 11) / 10 - 0.3;
        const v = pct ? Math.round((base + (target - base) * drift) * 1000) / 1000 : Math.round(base + (target - base) * drift);
        row.push(i === 4 && m === 3 ? 'c' : pct ? { pct: v } : v);
      }
      measures.push(row);
    }
  }
  return buildWorkbook([
    { name: 'Action plan', rows, merges },
    { name: 'Scorecard', rows: measures },
    { name: 'Officers', rows: [['Lead officer']].concat(LEADS.map((l) => [l])) },
  ]);
}

export async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return writeWorkbook(wb);
}
