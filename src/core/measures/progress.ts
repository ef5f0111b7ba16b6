/** Progress to target (contract 3.3). */
import { measureRag } from './rag';
import type { MeasureSpec } from './rag';
import { round10 } from './round';

/**
 * (latest - baseline) / (target - baseline), taken literally and not clipped.
 * Null for context measures and without a baseline, target or latest. Where
 * target = baseline: 1 when the target is met (band: within tolerance), else 0.
 * The result is rounded to 10 significant digits (0.49999999999999994 -> 0.5).
 */
export function progressToTarget(spec: MeasureSpec, latest: number | null): number | null {
  if (spec.polarity === 'context') return null;
  if (latest === null || spec.baseline === null || spec.target === null) return null;
  if (round10(spec.target) === round10(spec.baseline)) {
    return measureRag({ ...spec, floor: null }, latest) === 'Green' ? 1 : 0;
  }
  return round10((latest - spec.baseline) / (spec.target - spec.baseline));
}
