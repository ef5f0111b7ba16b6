import { describe, expect, it } from 'vitest';
import { progressToTarget } from '../../../src/core/measures';
import type { MeasureSpec } from '../../../src/core/measures';

const higher: MeasureSpec = { unit: 'percent', polarity: 'higher', baseline: 0.5, target: 0.7, tolerance: 0.05, floor: null };

describe('progressToTarget', () => {
  it('is the share of the way from baseline to target', () => {
    expect(progressToTarget(higher, 0.6)).toBe(0.5);
    expect(progressToTarget(higher, 0.7)).toBe(1);
    expect(progressToTarget(higher, 0.5)).toBe(0);
  });

  it('is not clipped', () => {
    expect(progressToTarget(higher, 0.8)).toBe(1.5);
    expect(progressToTarget(higher, 0.4)).toBe(-0.5);
  });

  it('works for lower-is-better (a falling target)', () => {
    const lower: MeasureSpec = { unit: 'days', polarity: 'lower', baseline: 30, target: 20, tolerance: 1, floor: null };
    expect(progressToTarget(lower, 25)).toBe(0.5);
    expect(progressToTarget(lower, 35)).toBe(-0.5);
  });

  it('is null for context measures and without baseline, target or latest', () => {
    expect(progressToTarget({ ...higher, polarity: 'context' }, 0.6)).toBeNull();
    expect(progressToTarget({ ...higher, baseline: null }, 0.6)).toBeNull();
    expect(progressToTarget({ ...higher, target: null }, 0.6)).toBeNull();
    expect(progressToTarget(higher, null)).toBeNull();
  });

  it('where target = baseline: 1 when met, else 0', () => {
    const flat = { ...higher, baseline: 0.7 };
    expect(progressToTarget(flat, 0.7)).toBe(1);
    expect(progressToTarget(flat, 0.75)).toBe(1);
    expect(progressToTarget(flat, 0.69)).toBe(0);
    const flatLower: MeasureSpec = { unit: 'number', polarity: 'lower', baseline: 10, target: 10, tolerance: 1, floor: 12 };
    expect(progressToTarget(flatLower, 9)).toBe(1);
    expect(progressToTarget(flatLower, 11)).toBe(0);
  });

  it('where target = baseline for band: 1 within tolerance, else 0', () => {
    const band: MeasureSpec = { unit: 'number', polarity: 'band', baseline: 100, target: 100, tolerance: 5, floor: null };
    expect(progressToTarget(band, 104)).toBe(1);
    expect(progressToTarget(band, 95)).toBe(1);
    expect(progressToTarget(band, 106)).toBe(0);
  });
});
