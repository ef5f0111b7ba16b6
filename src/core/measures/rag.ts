/** Measure RAG (contract 3.3). */
import type { MeasureRag, Polarity, Unit } from '../model';
import { round10 } from './round';

/** One measure's rating inputs, every value already in the measure's value units (fractions for `%`). */
export interface MeasureSpec {
  readonly unit: Unit;
  readonly polarity: Polarity;
  readonly baseline: number | null;
  readonly target: number | null;
  /** Absolute Amber tolerance (see toleranceAmount). */
  readonly tolerance: number;
  /** Kent-style floor: replaces tolerance for higher/lower; ignored for band (docs/decisions.md). */
  readonly floor: number | null;
}

/**
 * context -> n/a; no latest -> No data; no target -> No data (cannot be rated,
 * docs/decisions.md). higher: Green at or above target, Amber within tolerance
 * below it (or at/above the floor), else Red; lower mirrors it. band: Green
 * within tolerance of the target, Amber within twice the tolerance, else Red.
 */
export function measureRag(spec: MeasureSpec, latest: number | null): MeasureRag {
  if (spec.polarity === 'context') return 'n/a';
  if (latest === null || spec.target === null) return 'No data';
  const target = spec.target;
  if (spec.polarity === 'band') {
    const gap = round10(Math.abs(latest - target));
    if (gap <= round10(spec.tolerance)) return 'Green';
    return gap <= round10(2 * spec.tolerance) ? 'Amber' : 'Red';
  }
  const higher = spec.polarity === 'higher';
  if (meets(latest, target, higher)) return 'Green';
  if (spec.floor !== null) return meets(latest, spec.floor, higher) ? 'Amber' : 'Red';
  const shortfall = higher ? target - latest : latest - target;
  return round10(shortfall) <= round10(spec.tolerance) ? 'Amber' : 'Red';
}

/** True when `value` is at least as good as `mark` for its polarity (rounded to 10 significant digits). */
export function meets(value: number, mark: number, higherIsBetter: boolean): boolean {
  const v = round10(value);
  const m = round10(mark);
  return higherIsBetter ? v >= m : v <= m;
}
