import { describe, expect, it } from 'vitest';
import { measureValue, toleranceAmount } from '../../../src/core/measures';
import type { RawNumber } from '../../../src/core/model';

const plain = (value: number): RawNumber => ({ value, percentMarked: false, fromText: false });
const marked = (value: number): RawNumber => ({ value, percentMarked: true, fromText: false });

describe('measureValue', () => {
  it('reads a plain number above 1 in a % measure as points', () => {
    expect(measureValue(plain(58), 'percent')).toBe(0.58);
    expect(measureValue(plain(100), 'percent')).toBe(1);
    expect(measureValue(plain(1.5), 'percent')).toBe(0.015);
  });

  it('keeps fractions and %-marked values of a % measure as they are', () => {
    expect(measureValue(plain(0.58), 'percent')).toBe(0.58);
    expect(measureValue(plain(1), 'percent')).toBe(1);
    expect(measureValue(plain(0), 'percent')).toBe(0);
    expect(measureValue(marked(0.58), 'percent')).toBe(0.58);
    expect(measureValue(marked(1.2), 'percent')).toBe(1.2);
  });

  it('leaves other units unchanged', () => {
    expect(measureValue(plain(58), 'number')).toBe(58);
    expect(measureValue(plain(0.5), 'days')).toBe(0.5);
    expect(measureValue(marked(0.3), 'rate')).toBe(0.3);
  });
});

describe('toleranceAmount', () => {
  const base = { unit: 'percent' as const, target: 0.6, tolerance: null, toleranceType: null, defaultTolerance: null };

  it('defaults a blank tolerance to 5 points for % measures', () => {
    expect(toleranceAmount(base)).toBeCloseTo(0.05, 12);
  });

  it('defaults a blank tolerance to 5% of the target otherwise', () => {
    expect(toleranceAmount({ ...base, unit: 'number', target: 200 })).toBeCloseTo(10, 12);
    expect(toleranceAmount({ ...base, unit: 'days', target: -40 })).toBeCloseTo(2, 12);
  });

  it('uses the Default tolerance setting in the same scales', () => {
    expect(toleranceAmount({ ...base, defaultTolerance: 3 })).toBeCloseTo(0.03, 12);
    expect(toleranceAmount({ ...base, unit: 'number', target: 200, defaultTolerance: 10 })).toBeCloseTo(20, 12);
  });

  it('blank type means points for % measures: plain numbers are points, %-marked are fractions', () => {
    expect(toleranceAmount({ ...base, tolerance: plain(2) })).toBeCloseTo(0.02, 12);
    expect(toleranceAmount({ ...base, tolerance: plain(0.5) })).toBeCloseTo(0.005, 12);
    expect(toleranceAmount({ ...base, tolerance: marked(0.02) })).toBeCloseTo(0.02, 12);
  });

  it('blank type means relative for other units', () => {
    expect(toleranceAmount({ ...base, unit: 'number', target: 300, tolerance: plain(10) })).toBeCloseTo(30, 12);
    expect(toleranceAmount({ ...base, unit: 'number', target: 300, tolerance: marked(0.1) })).toBeCloseTo(30, 12);
  });

  it('points and value are absolute in the measure units', () => {
    expect(toleranceAmount({ ...base, unit: 'number', target: 300, tolerance: plain(10), toleranceType: 'points' })).toBe(10);
    expect(toleranceAmount({ ...base, unit: 'days', target: 20, tolerance: plain(3), toleranceType: 'value' })).toBe(3);
  });

  it('value on a % measure is the same as points', () => {
    expect(toleranceAmount({ ...base, tolerance: plain(4), toleranceType: 'value' })).toBeCloseTo(0.04, 12);
    expect(toleranceAmount({ ...base, tolerance: marked(0.04), toleranceType: 'value' })).toBeCloseTo(0.04, 12);
  });

  it('relative on a % measure is a share of the target', () => {
    expect(toleranceAmount({ ...base, target: 0.8, tolerance: plain(10), toleranceType: 'relative' })).toBeCloseTo(0.08, 12);
  });

  it('relative uses the size of a negative target and of a negative tolerance', () => {
    expect(toleranceAmount({ ...base, unit: 'number', target: -50, tolerance: plain(-10), toleranceType: 'relative' })).toBeCloseTo(5, 12);
  });

  it('relative without a target is 0', () => {
    expect(toleranceAmount({ ...base, unit: 'number', target: null, tolerance: plain(10) })).toBe(0);
    expect(toleranceAmount({ ...base, unit: 'number', target: null })).toBe(0);
  });
});
