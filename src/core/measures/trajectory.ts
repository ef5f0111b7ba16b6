/** Profiled (linear) target trajectory (contract 3.3). */
import type { Trajectory } from '../model';
import type { MeasureSpec } from './rag';
import { meets } from './rag';

/** baseline + (target - baseline) * m / 12, m = 1 for April ... 12 for March of the plan year. */
export function expectedOnTrajectory(baseline: number, target: number, planMonth: number): number {
  return baseline + ((target - baseline) * planMonth) / 12;
}

/**
 * On trajectory when latest meets the expected value for its month and
 * polarity; null for band and context measures and without a baseline, target
 * or latest. A latest month before the plan year is held to the baseline
 * (m = 0), one after it to the target (m = 12) (docs/decisions.md).
 */
export function trajectoryStatus(spec: MeasureSpec, latest: number | null, planMonth: number): Trajectory | null {
  if (spec.polarity !== 'higher' && spec.polarity !== 'lower') return null;
  if (latest === null || spec.baseline === null || spec.target === null) return null;
  const m = Math.min(12, Math.max(0, planMonth));
  const expected = expectedOnTrajectory(spec.baseline, spec.target, m);
  return meets(latest, expected, spec.polarity === 'higher') ? 'On trajectory' : 'Behind trajectory';
}
