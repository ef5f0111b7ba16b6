/**
 * The `Roll-up history` sheet (contract 5): one row per (month, theme) plus
 * `All`; re-running a month replaces that month's rows and leaves every other
 * month untouched.
 */
import type { RollupRow } from '../model';
import type { SheetWrite, WriteValue } from '../writes';
import type { WorkbookSnapshot, Cell, SheetSnapshot } from '../snapshot';
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

/** A cell of an owned history sheet as trimmed text (numbers as shown, else as written). */
export function ownedCellText(cell: Cell): string {
  const v = cell.value;
  if (typeof v === 'string') return v.trim();
  if (cell.text !== '') return cell.text.trim();
  return typeof v === 'number' ? String(v) : '';
}

/** A `yyyy-mm` month from a cell holding `yyyy-mm`, a month text or a real date (Excel turns a typed `2016-09` into 1 Sep 2016); null otherwise. */
export function ownedMonthOfCell(cell: Cell): string | null {
  if (isBlankCell(cell) || isCellError(cell.value)) return null;
  const v = cell.value;
  if (typeof v === 'number' && v > 0 && /[dmy]/i.test(cell.format)) return formatYearMonth(yearMonthOfSerial(v));
  const parsed = parsePeriodText(ownedCellText(cell), null);
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

/** Where an owned history sheet's table is: its header row and each header's column (by matchKey). */
export interface OwnedTable {
  readonly sheet: SheetSnapshot;
  readonly headerRow: number;
  /** matchKey(header) -> 0-based column (first occurrence). */
  readonly cols: Readonly<Record<string, number>>;
}

/**
 * The table of an owned sheet (any spelling of its name): the header row is the
 * first of the first 15 rows holding every one of `keys` (matchKey forms).
 * Null when the sheet or such a row is missing.
 */
export function findOwnedTable(snapshot: WorkbookSnapshot, sheetName: string, keys: ReadonlyArray<string>): OwnedTable | null {
  const sheet = sheetNamed(snapshot, sheetName);
  if (sheet === null) return null;
  for (let r = 0; r < Math.min(15, sheet.rows.length); r++) {
    const rowKeys = sheet.rows[r].map((c) => (typeof c.value === 'string' ? matchKey(c.value) : ''));
    if (keys.every((k) => rowKeys.indexOf(k) >= 0)) {
      const cols: Record<string, number> = {};
      rowKeys.forEach((k, i) => {
        if (k !== '' && cols[k] === undefined) cols[k] = i;
      });
      return { sheet, headerRow: r, cols };
    }
  }
  return null;
}

/**
 * The rows of an existing `Roll-up history` sheet (any spelling of its name);
 * [] when there is none. The header row is the first of the first 15 rows with
 * `Month` and `Theme`; columns are found by header text. Rows whose month is
 * not a month (`yyyy-mm` or a date) are left out; blank counts read as 0.
 */
export function readHistory(snapshot: WorkbookSnapshot): RollupRow[] {
  const table = findOwnedTable(snapshot, HISTORY_SHEET, ['month', 'theme']);
  if (table === null) return [];
  const { sheet, headerRow, cols } = table;
  const out: RollupRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const month = ownedMonthOfCell(cellAt(sheet, r, cols['month']));
    const theme = ownedCellText(cellAt(sheet, r, cols['theme']));
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
 * month as it was (for `Roll-up history` and `RAG history` rows alike). Sorted by month; within a month rows keep their order (the
 * roll-up's theme order, `All` last).
 */
export function upsertHistory<T extends { readonly month: string }>(existing: ReadonlyArray<T>, monthRows: ReadonlyArray<T>): T[] {
  const replaced: Record<string, boolean> = {};
  for (const r of monthRows) replaced[r.month] = true;
  const kept = existing.filter((r) => replaced[r.month] !== true);
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

/** The latest month before `month` (`yyyy-mm`) that has rows in a history, or null. */
export function latestEarlierMonth(history: ReadonlyArray<{ readonly month: string }>, month: string): string | null {
  let previous: string | null = null;
  for (let i = 0; i < history.length; i++) {
    const m = history[i].month;
    if (m < month && (previous === null || m > previous)) previous = m;
  }
  return previous;
}

/**
 * What changed since the latest earlier month in the history (not necessarily
 * the month before): every count that moved, theme by theme (`All` included).
 * A theme missing from one of the months counts as all zeros there.
 */
export function compareWithPrevious(history: ReadonlyArray<RollupRow>, month: YearMonth): RollupComparison {
  const current = formatYearMonth(month);
  const previous = latestEarlierMonth(history, current);
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
