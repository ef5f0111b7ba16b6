/**
 * Rules for `%` measures (contract 2, Percentages; 4.3): pct-out-of-range
 * and pct-mixed-scale.
 */
import type { Field, MaybeField, MeasureRow, RawNumber } from '../model';
import { measureValue, round10 } from '../measures';
import type { MeasureContext } from './measure-context';
import { idOf, idSpot, measureName, measureTitle } from './measure-context';
import type { Pending } from './pending';
import { fieldAddress } from '../address';
import { pending } from './pending';
import { quote, seenText } from './quote';

/** `1.5` -> `150%` */
function percentText(fraction: number): string {
  return String(round10(fraction * 100)) + '%';
}

/**
 * pct-out-of-range: a `%` value (after scaling, contract 2) below 0% or above
 * 100%: baseline, target, floor, the benchmarks, then the month values.
 */
export function checkPercentRange(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  if (row.unit !== 'percent') return;
  percentInRange(row, ctx, 'Baseline', row.baseline, out);
  percentInRange(row, ctx, 'Target', row.target, out);
  percentInRange(row, ctx, 'Floor', row.floor, out);
  percentInRange(row, ctx, 'England', row.england, out);
  percentInRange(row, ctx, 'Statistical neighbours', row.statNeighbours, out);
  percentInRange(row, ctx, 'Core cities', row.coreCities, out);
  const months = row.months;
  for (let i = 0; i < months.length; i++) percentInRange(row, ctx, 'Value', months[i], out);
}

function percentInRange(row: MeasureRow, ctx: MeasureContext, label: string, f: MaybeField<RawNumber>, out: Pending[]): void {
  if (f === null || f.read.kind !== 'value') return;
  const x = measureValue(f.read.value, row.unit);
  // A value within 0..1 is still within it when rounded (round10 never rounds past 0 or 1),
  // so only a value outside needs rounding: it may round back in (1.00000000001).
  if (x >= 0 && x <= 1) return;
  const v = round10(x);
  if (v >= 0 && v <= 1) return;
  out.push(
    pending('pct-out-of-range', 'warning', ctx.sheet, f, idOf(row),
      label + ' ' + quote(seenText(f)) + ' in ' + fieldAddress(f) + ' (' + measureName(row) + ', a % measure) reads as ' +
        percentText(v) + ', outside 0% to 100%. Check the value; enter percentages as 58% or 0.58.'),
  );
}

/**
 * pct-mixed-scale, at the ID cell: plain numbers (not `%`-marked) at or below
 * 1 next to plain numbers above 1 among baseline, target, floor and month
 * values. Zero reads the same on both scales, so it is not evidence of either
 * (docs/decisions.md).
 */
export function checkPercentScale(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  if (row.unit !== 'percent') return;
  let fraction: Field<RawNumber> | null = null;
  let points: Field<RawNumber> | null = null;
  const months = row.months;
  const n = 3 + months.length;
  for (let i = 0; i < n; i++) {
    const f = i === 0 ? row.baseline : i === 1 ? row.target : i === 2 ? row.floor : months[i - 3];
    if (f === null || f.read.kind !== 'value') continue;
    const raw = f.read.value;
    if (raw.percentMarked || raw.value === 0) continue;
    if (raw.value > 1) {
      if (points === null) points = f;
    } else if (fraction === null) {
      fraction = f;
    }
  }
  if (fraction === null || points === null) return;
  const spot = idSpot(row, ctx);
  out.push(
    pending('pct-mixed-scale', 'warning', ctx.sheet, spot, idOf(row),
      measureTitle(row) + ' (' + fieldAddress(spot) + ') is a % measure but mixes fractions (' + quote(seenText(fraction)) + ' in ' + fieldAddress(fraction) +
        ') with percentage points (' + quote(seenText(points)) + ' in ' + fieldAddress(points) +
        '). Enter every value the same way, preferably as a percentage such as 58%.'),
  );
}
