/** The Measures sheet (contract 1, 2, 3.1, 3.2). */
import type { Field, MeasureRow, MeasuresTable, MonthColumn, RawNumber, Unit } from '../model';
import type { Cell } from '../snapshot';
import { a1 } from '../address';
import type { Grid } from './grid';
import { rawCell } from './grid';
import type { HeaderCell } from './header';
import { specFor } from './header';
import { MEASURE_COLUMNS } from './synonyms';
import { layoutOf, readField, rowCells, walkRows } from './table';
import type { ThemeBook } from './themes';
import { noteCellTheme } from './themes';
import { readText } from '../values/text';
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
  const idCol = c['ID'];
  const nameCol = c['Name'];
  const themeCol = c['Theme'];
  const unitCol = c['Unit'];
  const polarityCol = c['Polarity'];
  const baselineCol = c['Baseline'];
  const targetCol = c['Target'];
  const toleranceCol = c['Tolerance'];
  const toleranceTypeCol = c['Tolerance type'];
  const floorCol = c['Floor'];
  const englandCol = c['England'];
  const neighboursCol = c['Statistical neighbours'];
  const citiesCol = c['Core cities'];
  const rows: MeasureRow[] = [];
  const sections = walkRows(grid, layout, firstCol, idCol === firstCol, book, (r, sectionTheme) => {
    const at = String(r + 1);
    const stored = rowCells(grid, r);
    const id = readField(grid, r, at, stored, idCol, readText);
    const themeCell = readField(grid, r, at, stored, themeCol, readText);
    const fromCell = themeCell !== null && themeCell.read.kind === 'value' ? noteCellTheme(book, themeCell.read.value) : null;
    const unitCell = readField(grid, r, at, stored, unitCol, readUnit);
    const target = readField(grid, r, at, stored, targetCol, readNumber);
    const monthFields: Field<RawNumber>[] = [];
    for (let i = 0; i < cols.length; i++) {
      const f = readField(grid, r, at, stored, cols[i].col, readNumber);
      if (f !== null) monthFields.push(f);
    }
    rows.push({
      row: r,
      id,
      idIsNumber: id !== null && typeof id.cell.value === 'number',
      name: readField(grid, r, at, stored, nameCol, readText),
      themeCell,
      theme: fromCell !== null ? fromCell : sectionTheme,
      unitCell,
      unit: resolveUnit(unitCell, target),
      polarity: readField(grid, r, at, stored, polarityCol, readPolarity),
      baseline: readField(grid, r, at, stored, baselineCol, readNumber),
      target,
      tolerance: readField(grid, r, at, stored, toleranceCol, readNumber),
      toleranceType: readField(grid, r, at, stored, toleranceTypeCol, readToleranceType),
      floor: readField(grid, r, at, stored, floorCol, readNumber),
      england: readField(grid, r, at, stored, englandCol, readNumber),
      statNeighbours: readField(grid, r, at, stored, neighboursCol, readNumber),
      coreCities: readField(grid, r, at, stored, citiesCol, readNumber),
      months: monthFields,
    });
  });
  return { layout, sections, monthColumns: cols, rows };
}
