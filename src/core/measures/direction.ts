/** Direction of travel (contract 3.3). */
import type { Direction } from '../model';
import type { MeasureSpec } from './rag';
import { round10 } from './round';

/**
 * Latest against the previous value. A change smaller than 1 percentage point
 * (`%`, values are fractions: 0.01) or 1% of the previous value (other units)
 * is No change. Band: closer to the target is Improving. Null for context
 * measures, without a previous value, and for band without a target.
 */
export function directionOfTravel(spec: MeasureSpec, latest: number | null, previous: number | null): Direction | null {
  if (spec.polarity === 'context' || latest === null || previous === null) return null;
  if (spec.polarity === 'band' && spec.target === null) return null;
  const change = round10(Math.abs(latest - previous));
  const threshold = round10(spec.unit === 'percent' ? 0.01 : 0.01 * Math.abs(previous));
  if (change === 0 || change < threshold) return 'No change';
  if (spec.polarity === 'band' && spec.target !== null) {
    const before = round10(Math.abs(previous - spec.target));
    const now = round10(Math.abs(latest - spec.target));
    if (now === before) return 'No change';
    return now < before ? 'Improving' : 'Declining';
  }
  const up = latest > previous;
  return up === (spec.polarity === 'higher') ? 'Improving' : 'Declining';
}
