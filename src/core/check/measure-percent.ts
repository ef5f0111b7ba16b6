/**
 * Rules for `%` measures (contract 2, Percentages; 4.3): pct-out-of-range
 * and pct-mixed-scale.
 */
import type { Field, MaybeField, MeasureRow, RawNumber } from '../model';
import { measureValue, round10 } from '../measures';
import type { MeasureContext } from './measure-context';
import { idOf, idSpot, measureName, measureTitle } from './measure-context';
import type { Pending } from './pending';
import { pending } from './pending';
import { quote, seenText } from './quote';

interface Labelled {
  readonly label: string;
  readonly field: MaybeField<RawNumber>;
}

/** The `%` values of a row that are percentages of something (tolerance is not: it is points). */
function percentValues(row: MeasureRow, withBenchmarks: boolean): Labelled[] {
  const list: Labelled[] = [
    { label: 'Baseline', field: row.baseline },
    { label: 'Target', field: row.target },
    { label: 'Floor', field: row.floor },
  ];
  const bench: Labelled[] = withBenchmarks
    ? [
        { label: 'England', field: row.england },
        { label: 'Statistical neighbours', field: row.statNeighbours },
        { label: 'Core cities', field: row.coreCities },
      ]
    : [];
  const months: Labelled[] = row.months.map((f) => ({ label: 'Value', field: f }));
  return list.concat(bench, months);
}

/** `1.5` -> `150%` */
export function percentText(fraction: number): string {
  return String(round10(fraction * 100)) + '%';
}

/** pct-out-of-range: a `%` value (after scaling, contract 2) below 0% or above 100%. Benchmarks count too. */
export function checkPercentRange(row: MeasureRow, ctx: MeasureContext): Pending[] {
  if (row.unit !== 'percent') return [];
  const out: Pending[] = [];
  for (const item of percentValues(row, true)) {
    const f = item.field;
    if (f === null || f.read.kind !== 'value') continue;
    const v = round10(measureValue(f.read.value, row.unit));
    if (v >= 0 && v <= 1) continue;
    out.push(
      pending('pct-out-of-range', 'warning', ctx.sheet, f, idOf(row),
        item.label + ' ' + quote(seenText(f)) + ' in ' + f.address + ' (' + measureName(row) + ', a % measure) reads as ' +
          percentText(v) + ', outside 0% to 100%. Check the value; enter percentages as 58% or 0.58.'),
    );
  }
  return out;
}

/**
 * pct-mixed-scale, at the ID cell: plain numbers (not `%`-marked) at or below
 * 1 next to plain numbers above 1 among baseline, target, floor and month
 * values. Zero reads the same on both scales, so it is not evidence of either
 * (docs/decisions.md).
 */
export function checkPercentScale(row: MeasureRow, ctx: MeasureContext): Pending[] {
  if (row.unit !== 'percent') return [];
  let fraction: Field<RawNumber> | null = null;
  let points: Field<RawNumber> | null = null;
  for (const item of percentValues(row, false)) {
    const f = item.field;
    if (f === null || f.read.kind !== 'value') continue;
    const raw = f.read.value;
    if (raw.percentMarked || raw.value === 0) continue;
    if (raw.value > 1) {
      if (points === null) points = f;
    } else if (fraction === null) {
      fraction = f;
    }
  }
  if (fraction === null || points === null) return [];
  const spot = idSpot(row, ctx);
  return [
    pending('pct-mixed-scale', 'warning', ctx.sheet, spot, idOf(row),
      measureTitle(row) + ' (' + spot.address + ') is a % measure but mixes fractions (' + quote(seenText(fraction)) + ' in ' + fraction.address +
        ') with percentage points (' + quote(seenText(points)) + ' in ' + points.address +
        '). Enter every value the same way, preferably as a percentage such as 58%.'),
  ];
}
