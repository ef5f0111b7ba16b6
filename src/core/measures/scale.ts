/** Reading raw numbers in a measure's scale (contract 2, Percentages; 3.2 tolerance). */
import type { RawNumber, ToleranceType, Unit } from '../model';

/**
 * A raw cell number in the measure's value units (fractions for `%`):
 * a `%`-marked value is a fraction already; a plain number above 1 in a `%`
 * measure is points (58 -> 0.58); anything else is as read.
 */
export function measureValue(raw: RawNumber, unit: Unit): number {
  if (unit !== 'percent' || raw.percentMarked) return raw.value;
  return raw.value > 1 ? raw.value / 100 : raw.value;
}

/** The blank-tolerance default of contract 3.2. */
export const DEFAULT_TOLERANCE = 5;

export interface ToleranceInput {
  readonly unit: Unit;
  /** The target, already in the measure's value units. */
  readonly target: number | null;
  readonly tolerance: RawNumber | null;
  readonly toleranceType: ToleranceType | null;
  /** The `Default tolerance` setting: a plain number, points for `%`, percent of target otherwise. */
  readonly defaultTolerance: number | null;
}

/**
 * The absolute Amber tolerance in the measure's value units (fractions for `%`).
 *
 * Scale of the tolerance cell (docs/decisions.md): the type decides what the
 * number means, a `%` mark only decides its scale. A `%`-marked tolerance
 * (`2%`, or 0.02 in a `%`-formatted cell) is a fraction already; a plain
 * number is points for `%` measures (2 -> 0.02), percent for `relative`
 * (5 -> 5% of the target) and the measure's own units otherwise.
 * Blank tolerance (3.2): 5, or the Default tolerance setting, read as points
 * for `%` measures and percent of the target otherwise, whatever the type.
 * A negative tolerance counts as its size; `relative` without a target is 0.
 */
export function toleranceAmount(input: ToleranceInput): number {
  const isPercent = input.unit === 'percent';
  if (input.tolerance === null) {
    const plain = input.defaultTolerance !== null ? Math.abs(input.defaultTolerance) : DEFAULT_TOLERANCE;
    return isPercent ? plain / 100 : relativeOf(plain / 100, input.target);
  }
  const raw = input.tolerance;
  const size = Math.abs(raw.value);
  const type: ToleranceType = input.toleranceType !== null ? input.toleranceType : isPercent ? 'points' : 'relative';
  if (type === 'relative') return relativeOf(raw.percentMarked ? size : size / 100, input.target);
  // points / value: absolute; for `%` measures both are percentage points.
  if (isPercent) return raw.percentMarked ? size : size / 100;
  return size;
}

function relativeOf(fraction: number, target: number | null): number {
  return target === null ? 0 : fraction * Math.abs(target);
}
