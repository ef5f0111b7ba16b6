/** Every 4.3 rule for one measure row, in column order. */
import type { MeasureRow } from '../model';
import type { Finding } from '../findings';
import { longYearMonth } from '../calendar';
import type { MeasureContext } from './measure-context';
import { idOf, measureName } from './measure-context';
import type { LabelledField } from './cell-errors';
import { cellErrors } from './cell-errors';
import { checkId, checkLatest, checkMonthValues, checkPolarity, checkTargetBaseline, checkTargetVsBaseline } from './measure-fields';
import { checkPercentRange, checkPercentScale } from './measure-percent';
import { inColumnOrder } from './pending';

export function checkMeasureRow(row: MeasureRow, ctx: MeasureContext): Finding[] {
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
  return inColumnOrder(
    errors.concat(
      checkId(row, ctx),
      checkPercentScale(row, ctx),
      checkPolarity(row, ctx),
      checkTargetBaseline(row, ctx),
      checkTargetVsBaseline(row, ctx),
      checkMonthValues(row, ctx),
      checkLatest(row, ctx),
      checkPercentRange(row, ctx),
    ),
  );
}
