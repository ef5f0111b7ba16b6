/**
 * The header row and the columns (contract 1): the first row, within the first
 * 15 rows of the sheet or table, holding at least three recognised column names.
 */
import type { ColumnSpec } from './synonyms';
import type { Grid } from './grid';
import { rawCell } from './grid';
import { matchKey } from '../text';
import { readText } from '../values/text';

const HEADER_SEARCH_ROWS = 15;
const MIN_RECOGNISED = 3;

export interface HeaderCell {
  readonly col: number;
  readonly text: string;
  readonly key: string;
}

export type HeaderSearch =
  | { readonly kind: 'found'; readonly row: number; readonly cells: ReadonlyArray<HeaderCell> }
  /** No header row; `seen` is the most header-like row's texts, for the message. */
  | { readonly kind: 'not-found'; readonly seen: ReadonlyArray<string> };

/** The non-blank cells of a row between left and right, as header texts. */
export function headerCells(grid: Grid, row: number, left: number, right: number): HeaderCell[] {
  const out: HeaderCell[] = [];
  const cells = grid.region.sheet.rows[row];
  if (cells === undefined) return out;
  const end = Math.min(right, cells.length - 1);
  for (let c = left; c <= end; c++) {
    const r = readText(rawCell(grid, row, c));
    if (r.kind === 'value') out.push({ col: c, text: r.value, key: matchKey(r.value) });
  }
  return out;
}

/** The spec a header key names, exact synonyms first, then prefixes; null when none. */
export function specFor(specs: ReadonlyArray<ColumnSpec>, key: string): ColumnSpec | null {
  if (key === '') return null;
  for (const s of specs) if (s.keys.indexOf(key) >= 0) return s;
  for (const s of specs) {
    if (s.prefixes === undefined) continue;
    for (const p of s.prefixes) if (key.indexOf(p) === 0) return s;
  }
  return null;
}

function recognisedCount(specs: ReadonlyArray<ColumnSpec>, cells: ReadonlyArray<HeaderCell>): number {
  const names = new Set<string>();
  for (const c of cells) {
    const s = specFor(specs, c.key);
    if (s !== null && s.owned !== true) names.add(s.name);
  }
  return names.size;
}

export function findHeaderRow(grid: Grid, specs: ReadonlyArray<ColumnSpec>): HeaderSearch {
  const { top, left, right, bottom } = grid.region;
  const last = Math.min(top + HEADER_SEARCH_ROWS - 1, bottom);
  let best: ReadonlyArray<HeaderCell> = [];
  let bestCount = -1;
  for (let r = top; r <= last; r++) {
    const cells = headerCells(grid, r, left, right);
    if (cells.length === 0) continue;
    const n = recognisedCount(specs, cells);
    if (n >= MIN_RECOGNISED) return { kind: 'found', row: r, cells };
    if (n > bestCount) {
      best = cells;
      bestCount = n;
    }
  }
  return { kind: 'not-found', seen: best.map((c) => c.text) };
}

/** `Target 2016/17`, `Baseline 2015-16`, `Target 16/17` -> 2016, 2015, 2016; null when no financial year is named. */
function financialYearNamed(text: string): number | null {
  const m = /(\d{4}|\b\d{2})\s*[/-]\s*(\d{2}|\d{4})\b/.exec(text);
  if (m === null) return null;
  const first = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  return first;
}

/**
 * Assigns header cells to columns. Exact synonyms first, the leftmost header
 * winning when two name the same column; then prefix columns (`Target ...`)
 * among the headers left, preferring the one naming the right financial year
 * (plan year for Target, the year before for Baseline), else the leftmost.
 */
export function assignColumns(
  specs: ReadonlyArray<ColumnSpec>,
  cells: ReadonlyArray<HeaderCell>,
  planYearStart: number,
): Record<string, number> {
  const columns: Record<string, number> = {};
  const used = new Set<number>();
  for (const cell of cells) {
    for (const s of specs) {
      if (s.keys.indexOf(cell.key) >= 0) {
        if (columns[s.name] === undefined) {
          columns[s.name] = cell.col;
          used.add(cell.col);
        }
        break;
      }
    }
  }
  for (const s of specs) {
    const prefixes = s.prefixes;
    if (prefixes === undefined || columns[s.name] !== undefined) continue;
    const candidates = cells.filter((c) => !used.has(c.col) && prefixes.some((p) => c.key.indexOf(p) === 0));
    if (candidates.length === 0) continue;
    const wanted = planYearStart + (s.preferYearOffset !== undefined ? s.preferYearOffset : 0);
    const preferred = candidates.filter((c) => financialYearNamed(c.text) === wanted);
    const chosen = preferred.length > 0 ? preferred[0] : candidates[0];
    columns[s.name] = chosen.col;
    used.add(chosen.col);
  }
  return columns;
}
