/**
 * A plan workbook of any size for the fake Excel: title rows, an Actions sheet
 * with section rows (merged), an Officers list, a Measures sheet with month
 * columns, and a sheet the product must leave alone. Used by the adapter tests
 * and bench/office.bench.ts.
 */
import { columnLetters } from '../../src/core/address';
import { serialFromYmd, ukFromSerial } from '../../src/core/calendar';
import { FakeExcel } from './fake-excel';
import type { FakeCellInit, FakeSheetInit } from './fake-excel';

export const AS_OF = serialFromYmd(2016, 10, 31);

const STATUSES = ['On track', 'At risk', 'Off track', 'Complete', 'Not started', 'Deferred'];
const LEADS = ['Jo Bloggs', 'Sam Patel', 'Alex Green'];

export interface PlanWorkbookOptions {
  readonly actions: number;
  readonly measures?: number;
  /** Add an Excel table named `Scorecard` over the measures. */
  readonly scorecardTable?: boolean;
  /** Extra text columns on the Action plan (`Note 1`, ...), each cell about `textLength` characters. */
  readonly noteColumns?: number;
  readonly textLength?: number;
}

const WORDS = ['partnership', 'review', 'safeguarding', 'board', 'agreed', 'recovery', 'plan', 'with', 'the', 'team', 'audit', 'completed', 'and', 'reported', 'to'];

/** Deterministic prose of about `length` characters (60% to 140% of it, by seed). */
export function proseText(seed: number, length: number): string {
  const target = Math.max(1, Math.round(length * (0.6 + ((seed * 7) % 9) / 10)));
  let out = 'Update ' + String(seed) + ':';
  for (let i = 0; out.length < target; i++) out += ' ' + WORDS[(seed + i * 3) % WORDS.length];
  return out.slice(0, target);
}

export function planSheets(o: PlanWorkbookOptions): FakeSheetInit[] {
  const actions: FakeCellInit[][] = [
    ['Bristol Children\'s Services Improvement Plan 2016-17'],
    ['Last updated: 31/10/2016'],
    [],
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status', 'RAG', 'Progress update', 'Notes'],
  ];
  const notes = o.noteColumns ?? 0;
  const textLength = o.textLength ?? 100;
  for (let k = 1; k <= notes; k++) actions[3].push('Note ' + String(k));
  const lastCol = columnLetters(8 + notes);
  const merges: string[] = [];
  const perTheme = Math.max(1, Math.ceil(o.actions / 6));
  let n = 0;
  for (let theme = 1; theme <= 6 && n < o.actions; theme++) {
    merges.push('A' + String(actions.length + 1) + ':' + lastCol + String(actions.length + 1));
    actions.push([String(theme) + '. Theme ' + String(theme)]);
    for (let i = 1; i <= perTheme && n < o.actions; i++, n++) {
      const status = STATUSES[n % STATUSES.length];
      const due = serialFromYmd(2016, 4 + (n % 12 > 8 ? 8 : n % 12), 28);
      actions.push([
        { value: String(theme) + '.' + String(i), text: String(theme) + '.' + String(i), format: '@' },
        'Action ' + String(n + 1),
        'Outcome ' + String(n + 1),
        LEADS[n % LEADS.length],
        { value: due, text: ukFromSerial(due), format: 'dd/mm/yyyy' },
        status,
        status === 'Off track' ? 'R' : status === 'At risk' ? 'A' : 'G',
        status === 'At risk' || status === 'Off track' ? 'Recovery plan agreed' : null,
        'analyst note ' + String(n + 1),
        ...Array.from({ length: notes }, (_, k) => proseText(n * 31 + k, textLength)),
      ]);
    }
  }
  const measureCount = o.measures ?? 12;
  const months = ['Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16'];
  const measures: FakeCellInit[][] = [['Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target', ...months]];
  for (let m = 0; m < measureCount; m++) {
    const row: FakeCellInit[] = ['M' + String(m + 1), 'Measure ' + String(m + 1), '%', m % 2 === 0 ? 'Higher is better' : 'Lower is better', 0.5, m % 2 === 0 ? 0.7 : 0.3];
    for (let k = 0; k < months.length; k++) row.push(m % 5 === 4 && k === 3 ? 'c' : { value: 0.5 + (m % 2 === 0 ? 1 : -1) * 0.02 * k, format: '0%' });
    measures.push(row);
  }
  if (measureCount > 0) measures[1][3] = { value: '#REF!', text: '#REF!', error: true };
  return [
    { name: 'Cover', rows: [['Improvement plan tracker'], ['Owner: Performance team']] },
    { name: 'Action plan', rows: actions, merges },
    { name: 'Scorecard', rows: measures },
    { name: 'Officers', rows: [['Lead officer'], ...LEADS.map((l) => [l])] },
    { name: 'Notes', rows: [['Private analyst notes'], ['do not touch']] },
  ];
}

export function planWorkbook(o: PlanWorkbookOptions): FakeExcel {
  const sheets = planSheets(o);
  const tables = o.scorecardTable === true ? [{ name: 'KPIs', sheet: 'Scorecard', address: 'A1:M' + String((o.measures ?? 12) + 1) }] : [];
  return new FakeExcel(sheets, tables);
}
