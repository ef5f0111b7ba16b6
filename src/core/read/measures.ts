/** The Measures sheet (contract 1, 2, 3.1, 3.2). */
import type { Field, MeasureRow, MeasuresTable, MonthColumn, RawNumber, Unit } from '../model';
import type { Cell } from '../snapshot';
import { a1 } from '../address';
import type { Grid } from './grid';
import { rawCell } from './grid';
import type { HeaderCell } from './header';
import { specFor } from './header';
import { MEASURE_COLUMNS } from './synonyms';
import { columnReader, layoutOf, nextDataRow, readField, rowCells, startWalk } from './table';
import type { ThemeBook } from './themes';
import { noteCellTheme } from './themes';
import { readText, sharedTextReader } from '../values/text';
import { isPercentFormat, readNumber } from '../values/numbers';
import { readPolarity, readToleranceType, readUnit } from '../values/words';
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
  // Ids and names are one per measure: read as they are; themes repeat and share their Reads.
  const idColumn = columnReader(c['ID'], readText);
  const nameColumn = columnReader(c['Name'], readText);
  const themeColumn = columnReader(c['Theme'], sharedTextReader());
  const unitColumn = columnReader(c['Unit'], readUnit);
  const polarityColumn = columnReader(c['Polarity'], readPolarity);
  const baselineColumn = columnReader(c['Baseline'], readNumber);
  const targetColumn = columnReader(c['Target'], readNumber);
  const toleranceColumn = columnReader(c['Tolerance'], readNumber);
  const toleranceTypeColumn = columnReader(c['Tolerance type'], readToleranceType);
  const floorColumn = columnReader(c['Floor'], readNumber);
  const englandColumn = columnReader(c['England'], readNumber);
  const neighboursColumn = columnReader(c['Statistical neighbours'], readNumber);
  const citiesColumn = columnReader(c['Core cities'], readNumber);
  const monthReaders = cols.map((m) => columnReader(m.col, readNumber));
  const rows: MeasureRow[] = [];
  const walk = startWalk(grid, layout, firstCol, c['ID'] === firstCol, book);
  while (nextDataRow(walk)) {
    const r = walk.row;
    const sectionTheme = walk.sectionTheme;
    const stored = rowCells(grid, r);
    const id = readField(r, stored, idColumn);
    const themeCell = readField(r, stored, themeColumn);
    const fromCell = themeCell !== null && themeCell.read.kind === 'value' ? noteCellTheme(book, themeCell.read.value) : null;
    const unitCell = readField(r, stored, unitColumn);
    const target = readField(r, stored, targetColumn);
    const monthFields: Field<RawNumber>[] = [];
    for (let i = 0; i < monthReaders.length; i++) {
      const f = readField(r, stored, monthReaders[i]);
      if (f !== null) monthFields.push(f);
    }
    rows.push({
      row: r,
      id,
      idIsNumber: id !== null && typeof id.cell.value === 'number',
      name: readField(r, stored, nameColumn),
      themeCell,
      theme: fromCell !== null ? fromCell : sectionTheme,
      unitCell,
      unit: resolveUnit(unitCell, target),
      polarity: readField(r, stored, polarityColumn),
      baseline: readField(r, stored, baselineColumn),
      target,
      tolerance: readField(r, stored, toleranceColumn),
      toleranceType: readField(r, stored, toleranceTypeColumn),
      floor: readField(r, stored, floorColumn),
      england: readField(r, stored, englandColumn),
      statNeighbours: readField(r, stored, neighboursColumn),
      coreCities: readField(r, stored, citiesColumn),
      months: monthFields,
    });
  }
  return { layout, sections: walk.sections, monthColumns: cols, rows };
}
