/** Every measure of a plan, as of the plan's date (contract 3.3). */
import type { MaybeField, MeasureResult, MeasureRow, Plan, RawNumber, Unit } from '../model';
import { planMonthNumber, yearMonthOfSerial } from '../calendar';
import type { YearMonth } from '../calendar';
import { measureValue, toleranceAmount } from './scale';
import { measureRag } from './rag';
import type { MeasureSpec } from './rag';
import { progressToTarget } from './progress';
import { trajectoryStatus } from './trajectory';
import { directionOfTravel } from './direction';
import { latestValue } from './latest';
import { comparatorValues, compareWithComparators } from './comparators';
import { fieldValue } from '../values/field';

export function evaluateMeasures(plan: Plan): MeasureResult[] {
  if (plan.measures === null) return [];
  const months = plan.measures.monthColumns;
  const asOfMonth = yearMonthOfSerial(plan.asOf);
  const monthOrder = months.map((m) => m.month);
  return plan.measures.rows.map((row) =>
    evaluateMeasureRow(row, monthOrder, asOfMonth, plan.planYearStart, plan.settings.defaultTolerance),
  );
}

/** One measure row; `monthOrder[i]` is the month of `row.months[i]`. */
export function evaluateMeasureRow(
  row: MeasureRow,
  monthOrder: ReadonlyArray<YearMonth>,
  asOfMonth: YearMonth,
  planYearStart: number,
  defaultTolerance: number | null,
): MeasureResult {
  const unit = row.unit;
  const baseline = scaled(row.baseline, unit);
  const target = scaled(row.target, unit);
  const polarity = fieldValue(row.polarity);
  const months = row.months;
  const series: Array<{ readonly month: YearMonth; readonly value: number | null }> = [];
  for (let i = 0; i < months.length; i++) {
    const read = months[i].read;
    series.push({ month: monthOrder[i], value: read.kind === 'value' ? measureValue(read.value, unit) : null });
  }
  const pair = latestValue(series, asOfMonth);
  const latest = pair === null ? null : pair.latest.value;
  const latestPeriod = pair === null ? null : pair.latest.month;
  const previous = pair === null || pair.previous === null ? null : pair.previous.value;
  const id = textOf(row.id);
  const name = textOf(row.name);
  const marks = comparatorValues(row, unit);
  const comparators = compareWithComparators(unit, polarity, latest, marks);
  if (polarity === null) {
    // Missing or unknown polarity (an error in 4.3): it cannot be rated, so it
    // counts as No data rather than vanishing like a context measure (docs/decisions.md).
    const literal = latest !== null && baseline !== null && target !== null && target !== baseline
      ? progressToTarget({ unit, polarity: 'higher', baseline, target, tolerance: 0, floor: null }, latest)
      : null;
    return {
      row: row.row, id, name, theme: row.theme, unit, polarity, baseline, target, latest, latestPeriod, series,
      progress: literal, rag: 'No data', trajectory: null, direction: null, comparators, comparatorValues: marks,
    };
  }
  const spec: MeasureSpec = {
    unit,
    polarity,
    baseline,
    target,
    tolerance: toleranceAmount({
      unit,
      target,
      tolerance: rawOf(row.tolerance),
      toleranceType: fieldValue(row.toleranceType),
      defaultTolerance,
    }),
    floor: scaled(row.floor, unit),
  };
  return {
    row: row.row, id, name, theme: row.theme, unit, polarity, baseline, target, latest, latestPeriod, series,
    progress: progressToTarget(spec, latest),
    rag: measureRag(spec, latest),
    trajectory: latestPeriod === null ? null : trajectoryStatus(spec, latest, planMonthNumber(latestPeriod, planYearStart)),
    direction: directionOfTravel(spec, latest, previous),
    comparators,
    comparatorValues: marks,
  };
}

/** A number field in the measure's value units; null unless it holds a number. */
function scaled(field: MaybeField<RawNumber>, unit: Unit): number | null {
  const raw = rawOf(field);
  return raw === null ? null : measureValue(raw, unit);
}


function rawOf(field: MaybeField<RawNumber>): RawNumber | null {
  return fieldValue(field);
}

function textOf(field: MaybeField<string>): string {
  const v = fieldValue(field);
  return v === null ? '' : v;
}
