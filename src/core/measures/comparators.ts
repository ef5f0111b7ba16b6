/** Comparators: Better / Worse / Similar against England, statistical neighbours and core cities (contract 3.4). */
import type { ComparatorMark, ComparatorName, ComparatorResult, ComparatorVerdict, MaybeField, MeasureRow, Polarity, RawNumber, Unit } from '../model';
import { fieldValue } from '../values/field';
import { measureValue } from './scale';
import { round10 } from './round';

/**
 * The comparator values a measure row has, in contract order, read like its
 * target (a plain number above 1 in a `%` measure is points: 49 -> 0.49).
 */
export function comparatorValues(row: MeasureRow, unit: Unit): ComparatorMark[] {
  const out: ComparatorMark[] = [];
  addMark(out, 'England', row.england, unit);
  addMark(out, 'Statistical neighbours', row.statNeighbours, unit);
  addMark(out, 'Core cities', row.coreCities, unit);
  return out;
}

function addMark(out: ComparatorMark[], name: ComparatorName, field: MaybeField<RawNumber>, unit: Unit): void {
  const raw = fieldValue(field);
  if (raw !== null) out.push({ name, value: measureValue(raw, unit) });
}

/**
 * Each comparator against the latest value (3.4): the gap is latest minus
 * comparator; `Similar` when the difference is below the direction-of-travel
 * threshold (1 percentage point for `%`, 1% of the comparator otherwise),
 * compared after rounding to 10 significant digits. A difference of exactly
 * zero is always Similar. Empty for band and context measures (and a missing
 * polarity) and without a latest value.
 */
export function compareWithComparators(
  unit: Unit,
  polarity: Polarity | null,
  latest: number | null,
  comparators: ReadonlyArray<ComparatorMark>,
): ComparatorResult[] {
  if (latest === null || (polarity !== 'higher' && polarity !== 'lower')) return [];
  const now = round10(latest);
  return comparators.map((c): ComparatorResult => {
    const gap = round10(now - round10(c.value));
    const size = Math.abs(gap);
    const threshold = round10(unit === 'percent' ? 0.01 : 0.01 * Math.abs(c.value));
    const similar = size === 0 || size < threshold;
    const verdict: ComparatorVerdict = similar ? 'Similar' : (gap > 0) === (polarity === 'higher') ? 'Better' : 'Worse';
    return { name: c.name, value: c.value, gap, verdict };
  });
}
