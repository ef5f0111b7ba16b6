/**
 * The `Roll-up history` sheet (contract 5): one row per (month, theme) plus
 * `All`; re-running a month replaces that month's rows and leaves every other
 * month untouched.
 */
import type { RollupRow } from '../model';
import type { SheetWrite, WriteValue } from '../writes';
import type { WorkbookSnapshot, Cell } from '../snapshot';
import { cellAt, isBlankCell, isCellError, sheetNamed } from '../snapshot';
import { matchKey } from '../text';
import { formatYearMonth, yearMonthOfSerial } from '../calendar';
import type { YearMonth } from '../calendar';
import { parsePeriodText } from '../import/period';

export const HISTORY_SHEET = 'Roll-up history';

/** Count fields of a roll-up row, in column order. */
export type RollupCount =
  | 'actions' | 'blue' | 'green' | 'amber' | 'red' | 'grey' | 'unknown' | 'overdue'
  | 'measures' | 'measuresGreen' | 'measuresAmber' | 'measuresRed' | 'measuresNoData';

export const ROLLUP_COUNTS: ReadonlyArray<{ readonly field: RollupCount; readonly header: string }> = [
  { field: 'actions', header: 'Actions' },
  { field: 'blue', header: 'Blue' },
  { field: 'green', header: 'Green' },
  { field: 'amber', header: 'Amber' },
  { field: 'red', header: 'Red' },
  { field: 'grey', header: 'Grey' },
  { field: 'unknown', header: 'Unknown' },
  { field: 'overdue', header: 'Overdue' },
  { field: 'measures', header: 'Measures' },
  { field: 'measuresGreen', header: 'Measures green' },
  { field: 'measuresAmber', header: 'Measures amber' },
  { field: 'measuresRed', header: 'Measures red' },
  { field: 'measuresNoData', header: 'Measures no data' },
];

/** Exactly the history columns, in order. */
export const HISTORY_COLUMNS: ReadonlyArray<string> = ['Month', 'Theme'].concat(ROLLUP_COUNTS.map((c) => c.header));

/** A roll-up row as one sheet row in HISTORY_COLUMNS order. */
export function rollupRowValues(row: RollupRow): WriteValue[] {
  const out: WriteValue[] = [row.month, row.theme];
  for (const c of ROLLUP_COUNTS) out.push(row[c.field]);
  return out;
}

/** The sheet's real name when the workbook has it under any spelling, else `name`. */
export function ownedSheetName(snapshot: WorkbookSnapshot, name: string): string {
  const s = sheetNamed(snapshot, name);
  return s === null ? name : s.name;
}

function cellText(cell: Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return v.trim();
  if (cell.text !== '') return cell.text.trim();
  return typeof v === 'number' ? String(v) : '';
}

function monthOfCell(cell: Cell): string | null {
  const v = cell.value;
  // A real date (Excel turns a typed `2016-09` into 1 Sep 2016).
  if (typeof v === 'number' && v > 0 && /[dmy]/i.test(cell.format)) return formatYearMonth(yearMonthOfSerial(v));
  const t = cellText(cell);
  const parsed = parsePeriodText(t, null);
  return parsed === null ? null : formatYearMonth(parsed);
}

function countOf(cell: Cell): number {
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const n = Number(v.trim());
    return v.trim() !== '' && Number.isFinite(n) ? n : 0;
  }
  return 0;
}

/**
 * The rows of an existing `Roll-up history` sheet (any spelling of its name);
 * [] when there is none. The header row is the first of the first 15 rows with
 * `Month` and `Theme`; columns are found by header text. Rows whose month is
 * not a month (`yyyy-mm` or a date) are left out; blank counts read as 0.
 */
export function readHistory(snapshot: WorkbookSnapshot): RollupRow[] {
  const sheet = sheetNamed(snapshot, HISTORY_SHEET);
  if (sheet === null) return [];
  let headerRow = -1;
  const cols: Record<string, number> = {};
  for (let r = 0; r < Math.min(15, sheet.rows.length) && headerRow < 0; r++) {
    const keys = sheet.rows[r].map((c) => (typeof c.value === 'string' ? matchKey(c.value) : ''));
    if (keys.indexOf('month') >= 0 && keys.indexOf('theme') >= 0) {
      headerRow = r;
      keys.forEach((k, i) => {
        if (k !== '' && cols[k] === undefined) cols[k] = i;
      });
    }
  }
  if (headerRow < 0) return [];
  const out: RollupRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const monthCell = cellAt(sheet, r, cols['month']);
    const themeCell = cellAt(sheet, r, cols['theme']);
    if (isBlankCell(monthCell) || isCellError(monthCell.value)) continue;
    const month = monthOfCell(monthCell);
    const theme = cellText(themeCell);
    if (month === null || theme === '') continue;
    const counts: Record<string, number> = {};
    for (const c of ROLLUP_COUNTS) {
      const col = cols[matchKey(c.header)];
      counts[c.field] = col === undefined ? 0 : countOf(cellAt(sheet, r, col));
    }
    out.push({
      month,
      theme,
      actions: counts.actions,
      blue: counts.blue,
      green: counts.green,
      amber: counts.amber,
      red: counts.red,
      grey: counts.grey,
      unknown: counts.unknown,
      overdue: counts.overdue,
      measures: counts.measures,
      measuresGreen: counts.measuresGreen,
      measuresAmber: counts.measuresAmber,
      measuresRed: counts.measuresRed,
      measuresNoData: counts.measuresNoData,
    });
  }
  return out;
}

/**
 * History with the months of `monthRows` replaced by those rows; every other
 * month as it was. Sorted by month; within a month rows keep their order (the
 * roll-up's theme order, `All` last).
 */
export function upsertHistory(existing: ReadonlyArray<RollupRow>, monthRows: ReadonlyArray<RollupRow>): RollupRow[] {
  const replaced: string[] = [];
  for (const r of monthRows) if (replaced.indexOf(r.month) < 0) replaced.push(r.month);
  const kept = existing.filter((r) => replaced.indexOf(r.month) < 0);
  const merged = kept.concat(monthRows);
  // Stable sort by month (Array.prototype.sort is stable in ES2019+).
  return merged
    .map((row, i) => ({ row, i }))
    .sort((a, b) => (a.row.month < b.row.month ? -1 : a.row.month > b.row.month ? 1 : a.i - b.i))
    .map((x) => x.row);
}

/** The whole `Roll-up history` sheet: exactly HISTORY_COLUMNS, then one row per history row. */
export function historySheet(rows: ReadonlyArray<RollupRow>, sheetName?: string): SheetWrite {
  const body: WriteValue[][] = [HISTORY_COLUMNS.slice()];
  for (const r of rows) body.push(rollupRowValues(r));
  return {
    sheet: sheetName !== undefined ? sheetName : HISTORY_SHEET,
    rows: body,
    boldRows: [0],
    numberFormats: [],
    ragAreas: [],
    columnWidths: HISTORY_COLUMNS.map((h) => Math.max(9, h.length + 2)),
  };
}

/** One count that moved between two roll-ups. */
export interface RollupChange {
  readonly theme: string;
  readonly field: RollupCount;
  /** The history column header, e.g. `Measures red`. */
  readonly label: string;
  readonly previous: number;
  readonly current: number;
  /** current - previous */
  readonly delta: number;
}

export type RollupComparison =
  | { readonly kind: 'no-previous'; readonly month: string }
  | { readonly kind: 'compared'; readonly month: string; readonly previousMonth: string; readonly changes: ReadonlyArray<RollupChange> };

/**
 * What changed since the latest earlier month in the history (not necessarily
 * the month before): every count that moved, theme by theme (`All` included).
 * A theme missing from one of the months counts as all zeros there.
 */
export function compareWithPrevious(history: ReadonlyArray<RollupRow>, month: YearMonth): RollupComparison {
  const current = formatYearMonth(month);
  let previous: string | null = null;
  for (const r of history) {
    if (r.month < current && (previous === null || r.month > previous)) previous = r.month;
  }
  if (previous === null) return { kind: 'no-previous', month: current };
  const prevMonth = previous;
  const now = history.filter((r) => r.month === current);
  const before = history.filter((r) => r.month === prevMonth);
  const themes: string[] = [];
  for (const r of now.concat(before)) if (themes.indexOf(r.theme) < 0) themes.push(r.theme);
  const changes: RollupChange[] = [];
  for (const theme of themes) {
    const a = before.find((r) => r.theme === theme);
    const b = now.find((r) => r.theme === theme);
    for (const c of ROLLUP_COUNTS) {
      const p = a === undefined ? 0 : a[c.field];
      const q = b === undefined ? 0 : b[c.field];
      if (p !== q) changes.push({ theme, field: c.field, label: c.header, previous: p, current: q, delta: q - p });
    }
  }
  return { kind: 'compared', month: current, previousMonth: prevMonth, changes };
}
