/** The Measures sheet (contract 1, 2, 3.1, 3.2). */
import type { Field, MeasureRow, MeasuresTable, MonthColumn, RawNumber, Unit } from '../model';
import type { Cell } from '../snapshot';
import { a1 } from '../address';
import type { Grid } from './grid';
import { rawCell } from './grid';
import type { HeaderCell } from './header';
import { specFor } from './header';
import { MEASURE_COLUMNS } from './synonyms';
import { layoutOf, readField, walkRows } from './table';
import type { ThemeBook } from './themes';
import { noteTheme, themeFromText } from './themes';
import { readText } from '../values/text';
import { isPercentFormat, readNumber } from '../values/numbers';
import { parsePolarity, parseToleranceType, parseUnit, readWord } from '../values/words';
import type { MonthHeader } from '../values/month-header';
import { monthInPlanYear, parseMonthHeader } from '../values/month-header';

export interface MonthHeaderCell {
  readonly col: number;
  readonly header: MonthHeader;
}

/** Header cells that are months (3.1); a header naming a column is never a month. */
export function monthHeaderCells(grid: Grid, headerRow: number, cells: ReadonlyArray<HeaderCell>): MonthHeaderCell[] {
  const out: MonthHeaderCell[] = [];
  for (const c of cells) {
    if (specFor(MEASURE_COLUMNS, c.key) !== null) continue;
    const header = parseMonthHeader(rawCell(grid, headerRow, c.col));
    if (header !== null) out.push({ col: c.col, header });
  }
  return out;
}

/** Month columns sorted by month; when two columns name one month the leftmost is kept. */
export function monthColumns(headerRow: number, cells: ReadonlyArray<MonthHeaderCell>, planYearStart: number): MonthColumn[] {
  const seen = new Set<number>();
  const out: MonthColumn[] = [];
  for (const c of cells) {
    const month = monthInPlanYear(c.header, planYearStart);
    if (seen.has(month)) continue;
    seen.add(month);
    out.push({ col: c.col, month, address: a1(headerRow, c.col) });
  }
  return out.sort((a, b) => a.month - b.month);
}

/** True when a target cell says percent: a `%` number format or text ending in `%` (3.2). */
export function targetLooksPercent(cell: Cell): boolean {
  if (typeof cell.value === 'number' && isPercentFormat(cell.format)) return true;
  const shown = typeof cell.text === 'string' ? cell.text.trim() : '';
  if (/%$/.test(shown)) return true;
  return typeof cell.value === 'string' && /%$/.test(cell.value.trim());
}

/** The unit used: the Unit column when it names one, else percent for a `%` target, else number (3.2). */
export function resolveUnit(unitCell: Field<Unit> | null, target: Field<RawNumber> | null): Unit {
  if (unitCell !== null && unitCell.read.kind === 'value') return unitCell.read.value;
  return target !== null && targetLooksPercent(target.cell) ? 'percent' : 'number';
}

export function readMeasures(
  grid: Grid,
  headerRow: number,
  cells: ReadonlyArray<HeaderCell>,
  months: ReadonlyArray<MonthHeaderCell>,
  planYearStart: number,
  book: ThemeBook,
): MeasuresTable {
  const layout = layoutOf(grid, headerRow, cells, MEASURE_COLUMNS, planYearStart);
  const c = layout.columns;
  const firstCol = cells.length > 0 ? cells[0].col : grid.region.left;
  const cols = monthColumns(headerRow, months, planYearStart);
  const rows: MeasureRow[] = [];
  const readUnit = (cell: Cell) => readWord(cell, parseUnit);
  const readPolarity = (cell: Cell) => readWord(cell, parsePolarity);
  const readTolType = (cell: Cell) => readWord(cell, parseToleranceType);
  const sections = walkRows(grid, layout, firstCol, c['ID'] === firstCol, book, (visit) => {
    const r = visit.row;
    const id = readField(grid, r, c['ID'], readText);
    const themeCell = readField(grid, r, c['Theme'], readText);
    const fromCell = themeCell !== null && themeCell.read.kind === 'value' ? themeFromText(themeCell.read.value) : null;
    const unitCell = readField(grid, r, c['Unit'], readUnit);
    const target = readField(grid, r, c['Target'], readNumber);
    const monthFields: Field<RawNumber>[] = [];
    for (const m of cols) {
      const f = readField(grid, r, m.col, readNumber);
      if (f !== null) monthFields.push(f);
    }
    rows.push({
      row: r,
      id,
      idIsNumber: id !== null && typeof id.cell.value === 'number',
      name: readField(grid, r, c['Name'], readText),
      themeCell,
      theme: fromCell !== null ? noteTheme(book, fromCell, false) : visit.sectionTheme,
      unitCell,
      unit: resolveUnit(unitCell, target),
      polarity: readField(grid, r, c['Polarity'], readPolarity),
      baseline: readField(grid, r, c['Baseline'], readNumber),
      target,
      tolerance: readField(grid, r, c['Tolerance'], readNumber),
      toleranceType: readField(grid, r, c['Tolerance type'], readTolType),
      floor: readField(grid, r, c['Floor'], readNumber),
      england: readField(grid, r, c['England'], readNumber),
      statNeighbours: readField(grid, r, c['Statistical neighbours'], readNumber),
      coreCities: readField(grid, r, c['Core cities'], readNumber),
      months: monthFields,
    });
  });
  return { layout, sections, monthColumns: cols, rows };
}
