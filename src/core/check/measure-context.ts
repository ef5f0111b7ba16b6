/** What the measure rules need besides the row itself. */
import type { YearMonth } from '../calendar';
import type { Field, MeasureRow, MonthColumn } from '../model';
import type { Spot } from './pending';

export interface MeasureContext {
  /** The Measures sheet's real name. */
  readonly sheet: string;
  /** The month before the as-of month (latest-missing). */
  readonly previousMonth: YearMonth;
  readonly monthColumns: ReadonlyArray<MonthColumn>;
  /** 0-based first column of the table, for a finding whose column is missing. */
  readonly firstCol: number;
  /** Id key -> the first id cell using it, for keys more than one measure uses (measure-id-duplicate; firstOfRepeatedKeys). */
  readonly repeatedIds: ReadonlyMap<string, Field<string>>;
}

export function idOf(row: MeasureRow): string | null {
  const f = row.id;
  return f !== null && f.read.kind === 'value' ? f.read.value : null;
}

/** `measure CL1`, or `the measure in row 8` without an id. */
export function measureName(row: MeasureRow): string {
  const id = idOf(row);
  return id !== null ? 'measure ' + id : 'the measure in row ' + String(row.row + 1);
}

export function measureTitle(row: MeasureRow): string {
  const name = measureName(row);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The ID cell, else the row's cell in the table's first column. */
export function idSpot(row: MeasureRow, ctx: MeasureContext): Spot {
  return row.id !== null ? row.id : { row: row.row, col: ctx.firstCol };
}

export function isContext(row: MeasureRow): boolean {
  return row.polarity !== null && row.polarity.read.kind === 'value' && row.polarity.read.value === 'context';
}
