/**
 * The `Monthly roll-up` sheet (contract 5), rebuilt on every run for the
 * as-of month: title, readiness line, the month's rows (history columns), the
 * exceptions (Red actions, Red measures) and what changed since the previous
 * roll-up in the history. It is built even when the check finds errors, and
 * then says so at the top.
 */
import type { ActionRow, Analysis, MeasureResult, RollupRow } from '../model';
import { fieldText } from '../values/field';
import type { AreaFormat, SheetWrite, WriteValue } from '../writes';
import { PERCENT_FORMAT } from '../writes';
import { isoFromSerial, longYearMonth, ukFromSerial, yearMonth } from '../calendar';
import { HISTORY_COLUMNS, compareWithPrevious, rollupRowValues, upsertHistory } from './history';
import { plural } from '../text';

export const ROLLUP_SHEET = 'Monthly roll-up';

const DATE_FORMAT = 'dd/mm/yyyy';

/** The line under the title: whether the roll-up is ready for the board. */
export function readinessLine(errors: number, warnings: number): string {
  if (errors > 0) {
    return 'The check found ' + plural(errors, 'error') + ': this roll-up is not ready for the board. Fix the errors (run the check) and roll up again.';
  }
  if (warnings > 0) return 'The check found no errors (' + plural(warnings, 'warning') + '): ready for the board.';
  return 'The check found no errors: ready for the board.';
}

/** How far a Red measure is from its target, in its units (positive = short of target). */
export function gapToTarget(m: MeasureResult): number | null {
  if (m.latest === null || m.target === null) return null;
  const raw = m.polarity === 'lower' ? m.latest - m.target : m.polarity === 'band' ? Math.abs(m.latest - m.target) : m.target - m.latest;
  return Number(raw.toPrecision(10));
}

function monthFromIso(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m === null ? month : longYearMonth(yearMonth(Number(m[1]), Number(m[2])));
}

export function buildRollupSheet(analysis: Analysis, history: ReadonlyArray<RollupRow>, sheetName?: string): SheetWrite {
  const rows: WriteValue[][] = [];
  const bold: number[] = [];
  const formats: AreaFormat[] = [];
  const push = (row: WriteValue[], isBold?: boolean): number => {
    rows.push(row);
    if (isBold === true) bold.push(rows.length - 1);
    return rows.length - 1;
  };
  const fmt = (row: number, col: number, numberFormat: string): void => {
    formats.push({ area: { top: row, left: col, bottom: row, right: col }, numberFormat });
  };

  push(['Monthly roll-up: ' + longYearMonth(analysis.month)], true);
  push(['As of ' + ukFromSerial(analysis.asOf) + ' (' + isoFromSerial(analysis.asOf) + ')']);
  push([readinessLine(analysis.errors, analysis.warnings)], analysis.errors > 0);
  push([]);

  push(HISTORY_COLUMNS.slice(), true);
  for (const r of analysis.rollup) push(rollupRowValues(r));
  push([]);

  // Red actions: most overdue first.
  push(['Red actions'], true);
  const actionRows: Record<number, ActionRow> = {};
  if (analysis.plan.actions !== null) for (const r of analysis.plan.actions.rows) actionRows[r.row] = r;
  const red = analysis.actions
    .map((a, i) => ({ a, i }))
    .filter((x) => x.a.rag === 'Red')
    .sort((x, y) => y.a.daysOverdue - x.a.daysOverdue || x.i - y.i)
    .map((x) => x.a);
  if (red.length === 0) push(['No Red actions.']);
  else {
    push(['Ref', 'Theme', 'Days overdue', 'Due date', 'Lead', 'Action'], true);
    for (const a of red) {
      const src = actionRows[a.row];
      const due = src !== undefined && src.due !== null && src.due.read.kind === 'value' ? src.due.read.value : null;
      const lead = src !== undefined ? fieldText(src.lead) : '';
      const text = src !== undefined ? fieldText(src.action) : '';
      const r = push([a.ref, a.theme === null ? null : a.theme.key, a.daysOverdue, due, lead === '' ? null : lead, text === '' ? null : text]);
      if (due !== null) fmt(r, 3, DATE_FORMAT);
    }
  }
  push([]);

  push(['Red measures'], true);
  const redMeasures = analysis.measures.filter((m) => m.rag === 'Red');
  if (redMeasures.length === 0) push(['No Red measures.']);
  else {
    push(['ID', 'Theme', 'Latest', 'Latest period', 'Target', 'Gap', 'Measure'], true);
    for (const m of redMeasures) {
      const r = push([
        m.id,
        m.theme === null ? null : m.theme.key,
        m.latest,
        m.latestPeriod === null ? null : longYearMonth(m.latestPeriod),
        m.target,
        gapToTarget(m),
        m.name === '' ? null : m.name,
      ]);
      if (m.unit === 'percent') {
        fmt(r, 2, PERCENT_FORMAT);
        fmt(r, 4, PERCENT_FORMAT);
        fmt(r, 5, PERCENT_FORMAT);
      }
    }
  }
  push([]);

  // What moved since the previous roll-up, for the whole plan (the `All` row).
  const comparison = compareWithPrevious(upsertHistory(history, analysis.rollup), analysis.month);
  if (comparison.kind === 'no-previous') {
    push(['Changes since the previous roll-up'], true);
    push(['No earlier month in Roll-up history to compare with.']);
  } else {
    push(['Changes since ' + monthFromIso(comparison.previousMonth) + ' (all themes)'], true);
    const moved = comparison.changes.filter((c) => c.theme === 'All');
    if (moved.length === 0) push(['No counts changed.']);
    else {
      push(['Count', 'Was', 'Now', 'Change'], true);
      for (const c of moved) fmt(push([c.label, c.previous, c.current, c.delta]), 3, '+0;-0;0');
    }
  }

  return {
    sheet: sheetName !== undefined ? sheetName : ROLLUP_SHEET,
    rows,
    boldRows: bold,
    numberFormats: formats,
    ragAreas: [],
    columnWidths: [16, 12, 14, 14, 24].concat(HISTORY_COLUMNS.slice(5).map((h) => Math.max(9, h.length + 2))),
  };
}
