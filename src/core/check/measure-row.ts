/** Every 4.3 rule for one measure row, in column order. */
import type { MeasureRow } from '../model';
import type { Finding } from '../findings';
import { longYearMonth } from '../calendar';
import type { MeasureContext } from './measure-context';
import { idOf, measureName } from './measure-context';
import type { LabelledField } from './cell-errors';
import { cellErrors, isErrorField } from './cell-errors';
import { checkId, checkLatest, checkMonthValues, checkPolarity, checkTargetBaseline, checkTargetVsBaseline } from './measure-fields';
import { checkPercentRange, checkPercentScale } from './measure-percent';
import type { Pending } from './pending';
import { pushInColumnOrder } from './pending';

/**
 * Appends the row's findings to `out`, in column order. `items` is scratch
 * space for the row's findings before they are ordered (emptied here).
 */
export function checkMeasureRow(row: MeasureRow, ctx: MeasureContext, items: Pending[], out: Finding[]): void {
  if (items.length > 0) items.length = 0;
  if (hasMeasureCellError(row)) {
    const fixed: LabelledField[] = [
      { label: 'Measure ID', field: row.id },
      { label: 'Measure name', field: row.name },
      { label: 'Theme', field: row.themeCell },
      { label: 'Unit', field: row.unitCell },
      { label: 'Polarity', field: row.polarity },
      { label: 'Baseline', field: row.baseline },
      { label: 'Target', field: row.target },
      { label: 'Tolerance', field: row.tolerance },
      { label: 'Tolerance type', field: row.toleranceType },
      { label: 'Floor', field: row.floor },
      { label: 'England', field: row.england },
      { label: 'Statistical neighbours', field: row.statNeighbours },
      { label: 'Core cities', field: row.coreCities },
    ];
    const months: LabelledField[] = row.months.map((f, i) => {
      const col = ctx.monthColumns[i];
      return { label: col !== undefined ? longYearMonth(col.month) + ' value' : 'Month value', field: f };
    });
    const errors = cellErrors(ctx.sheet, idOf(row), measureName(row), fixed.concat(months));
    for (const e of errors) items.push(e);
  }
  checkId(row, ctx, items);
  checkPercentScale(row, ctx, items);
  checkPolarity(row, ctx, items);
  checkTargetBaseline(row, ctx, items);
  checkTargetVsBaseline(row, ctx, items);
  checkMonthValues(row, ctx, items);
  checkLatest(row, ctx, items);
  checkPercentRange(row, ctx, items);
  pushInColumnOrder(items, out);
}

function hasMeasureCellError(row: MeasureRow): boolean {
  if (
    isErrorField(row.id) || isErrorField(row.name) || isErrorField(row.themeCell) || isErrorField(row.unitCell) || isErrorField(row.polarity) ||
    isErrorField(row.baseline) || isErrorField(row.target) || isErrorField(row.tolerance) || isErrorField(row.toleranceType) || isErrorField(row.floor) ||
    isErrorField(row.england) || isErrorField(row.statNeighbours) || isErrorField(row.coreCities)
  ) {
    return true;
  }
  const months = row.months;
  for (let i = 0; i < months.length; i++) if (months[i].read.kind === 'error') return true;
  return false;
}
