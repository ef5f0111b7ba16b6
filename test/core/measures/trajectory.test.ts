import { describe, expect, it } from 'vitest';
import { expectedOnTrajectory, trajectoryStatus } from '../../../src/core/measures';
import type { MeasureSpec } from '../../../src/core/measures';

describe('expectedOnTrajectory', () => {
  it('is linear from baseline (month 0) to target (month 12)', () => {
    expect(expectedOnTrajectory(40, 52, 1)).toBe(41);
    expect(expectedOnTrajectory(40, 52, 6)).toBe(46);
    expect(expectedOnTrajectory(40, 52, 12)).toBe(52);
    expect(expectedOnTrajectory(40, 52, 0)).toBe(40);
  });

  it('falls for a falling target', () => {
    expect(expectedOnTrajectory(30, 18, 3)).toBe(27);
  });
});

describe('trajectoryStatus', () => {
  const higher: MeasureSpec = { unit: 'number', polarity: 'higher', baseline: 40, target: 52, tolerance: 1, floor: null };
  const lower: MeasureSpec = { unit: 'days', polarity: 'lower', baseline: 30, target: 18, tolerance: 1, floor: null };

  it('higher: on trajectory at or above expected', () => {
    expect(trajectoryStatus(higher, 46, 6)).toBe('On trajectory');
    expect(trajectoryStatus(higher, 47, 6)).toBe('On trajectory');
    expect(trajectoryStatus(higher, 45.9, 6)).toBe('Behind trajectory');
  });

  it('lower: on trajectory at or below expected', () => {
    expect(trajectoryStatus(lower, 27, 3)).toBe('On trajectory');
    expect(trajectoryStatus(lower, 27.5, 3)).toBe('Behind trajectory');
  });

  it('compares after rounding to 10 significant digits', () => {
    const pct: MeasureSpec = { unit: 'percent', polarity: 'higher', baseline: 0.1, target: 0.3, tolerance: 0.05, floor: null };
    // expected(6) = 0.1 + 0.2 * 6 / 12 = 0.2 (0.20000000000000004 in floating point)
    expect(trajectoryStatus(pct, 0.2, 6)).toBe('On trajectory');
  });

  it('holds months outside the plan year to the baseline or the target', () => {
    expect(trajectoryStatus(higher, 40, -2)).toBe('On trajectory');
    expect(trajectoryStatus(higher, 39, -2)).toBe('Behind trajectory');
    expect(trajectoryStatus(higher, 52, 15)).toBe('On trajectory');
    expect(trajectoryStatus(higher, 51, 15)).toBe('Behind trajectory');
  });

  it('is null for band and context, and without baseline, target or latest', () => {
    expect(trajectoryStatus({ ...higher, polarity: 'band' }, 46, 6)).toBeNull();
    expect(trajectoryStatus({ ...higher, polarity: 'context' }, 46, 6)).toBeNull();
    expect(trajectoryStatus({ ...higher, baseline: null }, 46, 6)).toBeNull();
    expect(trajectoryStatus({ ...higher, target: null }, 46, 6)).toBeNull();
    expect(trajectoryStatus(higher, null, 6)).toBeNull();
  });
});
