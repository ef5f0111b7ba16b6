import { describe, expect, it } from 'vitest';
import { directionOfTravel } from '../../../src/core/measures';
import type { MeasureSpec } from '../../../src/core/measures';

const pctHigher: MeasureSpec = { unit: 'percent', polarity: 'higher', baseline: 0.5, target: 0.7, tolerance: 0.05, floor: null };
const numLower: MeasureSpec = { unit: 'number', polarity: 'lower', baseline: 300, target: 250, tolerance: 10, floor: null };

describe('directionOfTravel', () => {
  it('higher: up is Improving, down is Declining', () => {
    expect(directionOfTravel(pctHigher, 0.62, 0.6)).toBe('Improving');
    expect(directionOfTravel(pctHigher, 0.58, 0.6)).toBe('Declining');
  });

  it('lower: down is Improving, up is Declining', () => {
    expect(directionOfTravel(numLower, 280, 290)).toBe('Improving');
    expect(directionOfTravel(numLower, 300, 290)).toBe('Declining');
  });

  it('%: a change smaller than 1 percentage point is No change; exactly 1 point counts', () => {
    expect(directionOfTravel(pctHigher, 0.609, 0.6)).toBe('No change');
    expect(directionOfTravel(pctHigher, 0.61, 0.6)).toBe('Improving');
    expect(directionOfTravel(pctHigher, 0.59, 0.6)).toBe('Declining');
  });

  it('other units: a change smaller than 1% of the previous value is No change', () => {
    expect(directionOfTravel(numLower, 297.1, 300)).toBe('No change');
    expect(directionOfTravel(numLower, 297, 300)).toBe('Improving');
    expect(directionOfTravel(numLower, 303, 300)).toBe('Declining');
  });

  it('uses the size of a negative previous value for the threshold', () => {
    const spec: MeasureSpec = { ...numLower, polarity: 'higher' };
    expect(directionOfTravel(spec, -99.5, -100)).toBe('No change');
    expect(directionOfTravel(spec, -99, -100)).toBe('Improving');
  });

  it('from zero any change counts; no change stays No change', () => {
    expect(directionOfTravel(numLower, 1, 0)).toBe('Declining');
    expect(directionOfTravel(numLower, 0, 0)).toBe('No change');
  });

  it('band: closer to the target is Improving', () => {
    const band: MeasureSpec = { unit: 'number', polarity: 'band', baseline: 100, target: 100, tolerance: 5, floor: null };
    expect(directionOfTravel(band, 104, 110)).toBe('Improving');
    expect(directionOfTravel(band, 96, 90)).toBe('Improving');
    expect(directionOfTravel(band, 88, 95)).toBe('Declining');
    expect(directionOfTravel(band, 95, 105)).toBe('No change');
    expect(directionOfTravel(band, 100.5, 100)).toBe('No change');
  });

  it('is null for context, without a previous value, and for band without a target', () => {
    expect(directionOfTravel({ ...pctHigher, polarity: 'context' }, 0.7, 0.5)).toBeNull();
    expect(directionOfTravel(pctHigher, 0.7, null)).toBeNull();
    expect(directionOfTravel(pctHigher, null, 0.6)).toBeNull();
    expect(directionOfTravel({ ...pctHigher, polarity: 'band', target: null }, 0.7, 0.5)).toBeNull();
  });
});
