/**
 * The `RAG history` sheet (contract 5): one row per (month, action or
 * measure), so the next month's Board pack can say what moved. Re-running a
 * month replaces that month's rows and leaves every other month untouched,
 * exactly as for `Roll-up history` (the same upsert and the same reading rules).
 */
import type { ActionRow, Analysis } from '../model';
import type { AreaFormat, SheetWrite, WriteValue } from '../writes';
import { PERCENT_FORMAT } from '../writes';
import type { Cell, WorkbookSnapshot } from '../snapshot';
import { cellAt, isBlankCell, isCellError } from '../snapshot';
import { formatYearMonth } from '../calendar';
import { matchKey } from '../text';
import { fieldText } from '../values/field';
import { round10 } from '../measures/round';
import { findOwnedTable, ownedCellText, ownedMonthOfCell } from './history';

export const RAG_HISTORY_SHEET = 'RAG history';

/** Exactly the contract 5 columns, in order. */
export const RAG_HISTORY_COLUMNS: ReadonlyArray<string> = [
  'Month', 'Type', 'Ref', 'Theme', 'RAG', 'Status', 'Days overdue', 'Latest', 'Latest period',
];

export type RagHistoryType = 'Action' | 'Measure';

export interface RagHistoryRow {
  /** `yyyy-mm` */
  readonly month: string;
  readonly type: RagHistoryType;
  /** The action's ref or the measure's ID, as shown. */
  readonly ref: string;
  /** Theme key (`2`) or name; null when none. */
  readonly theme: string | null;
  /** Calculated BRAG for actions, RAG for measures (`n/a` for context). */
  readonly rag: string;
  /** Actions: the status as the engine reads it, else the text typed; null when blank and for measures. */
  readonly status: string | null;
  /** Actions only. */
  readonly daysOverdue: number | null;
  /** Measures only: fractions for `%`. */
  readonly latest: number | null;
  /** Measures only: `yyyy-mm`. */
  readonly latestPeriod: string | null;
}

/** The as-of month's rows: every action in sheet order, then every measure in sheet order. */
export function ragHistoryRows(analysis: Analysis): RagHistoryRow[] {
  const month = formatYearMonth(analysis.month);
  const sources: Record<number, ActionRow> = {};
  if (analysis.plan.actions !== null) for (const r of analysis.plan.actions.rows) sources[r.row] = r;
  const out: RagHistoryRow[] = [];
  for (const a of analysis.actions) {
    const src = sources[a.row];
    const status = src === undefined ? '' : fieldText(src.status).trim();
    out.push({
      month, type: 'Action', ref: a.ref, theme: a.theme === null ? null : a.theme.key, rag: a.rag,
      status: status === '' ? null : status, daysOverdue: a.daysOverdue, latest: null, latestPeriod: null,
    });
  }
  for (const m of analysis.measures) {
    out.push({
      month, type: 'Measure', ref: m.id, theme: m.theme === null ? null : m.theme.key, rag: m.rag, status: null, daysOverdue: null,
      latest: m.latest === null ? null : round10(m.latest),
      latestPeriod: m.latestPeriod === null ? null : formatYearMonth(m.latestPeriod),
    });
  }
  return out;
}

function numberOrNull(cell: Cell): number | null {
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim());
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

function textOrNull(cell: Cell): string | null {
  if (isBlankCell(cell) || isCellError(cell.value)) return null;
  const t = ownedCellText(cell);
  return t === '' ? null : t;
}

function typeOf(cell: Cell): RagHistoryType | null {
  const k = typeof cell.value === 'string' ? matchKey(cell.value) : '';
  return k === 'action' ? 'Action' : k === 'measure' ? 'Measure' : null;
}

/**
 * The rows of an existing `RAG history` sheet (any spelling of its name); []
 * when there is none. The header row is the first of the first 15 rows with
 * `Month`, `Type` and `Ref`; other columns are found by header text. Rows
 * without a readable month, a type (`Action`/`Measure`) or a ref are left out
 * (and so dropped when the sheet is rewritten: it is an owned sheet).
 */
export function readRagHistory(snapshot: WorkbookSnapshot): RagHistoryRow[] {
  const table = findOwnedTable(snapshot, RAG_HISTORY_SHEET, ['month', 'type', 'ref']);
  if (table === null) return [];
  const { sheet, headerRow, cols } = table;
  const at = (r: number, key: string): Cell => cellAt(sheet, r, cols[key] === undefined ? -1 : cols[key]);
  const out: RagHistoryRow[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const month = ownedMonthOfCell(at(r, 'month'));
    const type = typeOf(at(r, 'type'));
    const ref = textOrNull(at(r, 'ref'));
    if (month === null || type === null || ref === null) continue;
    const rag = textOrNull(at(r, 'rag'));
    out.push({
      month, type, ref,
      theme: textOrNull(at(r, 'theme')),
      rag: rag === null ? '' : rag,
      status: textOrNull(at(r, 'status')),
      daysOverdue: numberOrNull(at(r, 'daysoverdue')),
      latest: numberOrNull(at(r, 'latest')),
      latestPeriod: ownedMonthOfCell(at(r, 'latestperiod')),
    });
  }
  return out;
}

/** 0-based column of `Latest` in RAG_HISTORY_COLUMNS. */
const LATEST_COLUMN = 7;

/**
 * `Latest` of `%` measures shown as percentages (the value stays a fraction,
 * contract 5), as the Measures sheet shows it: one area per run of such rows.
 */
function percentAreas(rows: ReadonlyArray<RagHistoryRow>, percentIds: ReadonlyArray<string>): AreaFormat[] {
  const percent: Record<string, boolean> = {};
  for (const id of percentIds) percent[matchKey(id)] = true;
  const out: AreaFormat[] = [];
  let start = -1;
  for (let i = 0; i <= rows.length; i++) {
    const on = i < rows.length && rows[i].type === 'Measure' && percent[matchKey(rows[i].ref)] === true;
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      // Sheet rows: the header is row 0.
      out.push({ area: { top: start + 1, left: LATEST_COLUMN, bottom: i, right: LATEST_COLUMN }, numberFormat: PERCENT_FORMAT });
      start = -1;
    }
  }
  return out;
}

/**
 * The whole `RAG history` sheet: exactly RAG_HISTORY_COLUMNS, then one row per
 * history row. Months are `yyyy-mm` text; `Latest` keeps fractions for `%`,
 * shown as `62.0%` for the measures in `percentIds` (the plan's `%` measures).
 */
export function ragHistorySheet(rows: ReadonlyArray<RagHistoryRow>, sheetName?: string, percentIds: ReadonlyArray<string> = []): SheetWrite {
  const body: WriteValue[][] = [RAG_HISTORY_COLUMNS.slice()];
  for (const r of rows) {
    body.push([r.month, r.type, r.ref, r.theme, r.rag === '' ? null : r.rag, r.status, r.daysOverdue, r.latest, r.latestPeriod]);
  }
  return {
    sheet: sheetName !== undefined ? sheetName : RAG_HISTORY_SHEET,
    rows: body,
    boldRows: [0],
    // Text cells need no format here: every adapter writes them as text (`@`), so `1.10` stays `1.10` and `2016-09` is not made a date.
    numberFormats: percentAreas(rows, percentIds),
    ragAreas: rows.length > 0 ? [{ top: 1, left: 4, bottom: rows.length, right: 4 }] : [],
    columnWidths: [9, 9, 10, 8, 10, 20, 13, 10, 13],
  };
}
