import { describe, expect, it } from 'vitest';
import { measureRag } from '../../../src/core/measures';
import type { MeasureSpec } from '../../../src/core/measures';

const higher: MeasureSpec = { unit: 'percent', polarity: 'higher', baseline: 0.5, target: 0.6, tolerance: 0.05, floor: null };
const lower: MeasureSpec = { unit: 'days', polarity: 'lower', baseline: 30, target: 20, tolerance: 2, floor: null };
const band: MeasureSpec = { unit: 'number', polarity: 'band', baseline: 100, target: 100, tolerance: 5, floor: null };

describe('measureRag', () => {
  it('is n/a for context measures, even without a latest', () => {
    expect(measureRag({ ...higher, polarity: 'context' }, 0.9)).toBe('n/a');
    expect(measureRag({ ...higher, polarity: 'context' }, null)).toBe('n/a');
  });

  it('is No data without a latest or without a target', () => {
    expect(measureRag(higher, null)).toBe('No data');
    expect(measureRag({ ...higher, target: null }, 0.7)).toBe('No data');
  });

  it('higher: Green at or above target, Amber within tolerance, else Red', () => {
    expect(measureRag(higher, 0.61)).toBe('Green');
    expect(measureRag(higher, 0.6)).toBe('Green');
    expect(measureRag(higher, 0.58)).toBe('Amber');
    expect(measureRag(higher, 0.55)).toBe('Amber');
    expect(measureRag(higher, 0.549)).toBe('Red');
  });

  it('compares after rounding to 10 significant digits', () => {
    // 0.95 - 0.91 is 0.04000000000000004 in binary floating point.
    expect(measureRag({ ...higher, target: 0.95, tolerance: 0.04 }, 0.91)).toBe('Amber');
    expect(measureRag({ ...higher, target: 0.58 }, 58 / 100)).toBe('Green');
    expect(measureRag({ ...higher, target: 0.3 }, 0.1 + 0.2)).toBe('Green');
  });

  it('lower is the mirror image', () => {
    expect(measureRag(lower, 19)).toBe('Green');
    expect(measureRag(lower, 20)).toBe('Green');
    expect(measureRag(lower, 22)).toBe('Amber');
    expect(measureRag(lower, 22.01)).toBe('Red');
  });

  it('a floor replaces tolerance: Amber from target down to the floor (higher)', () => {
    const spec = { ...higher, floor: 0.4 };
    expect(measureRag(spec, 0.6)).toBe('Green');
    expect(measureRag(spec, 0.45)).toBe('Amber');
    expect(measureRag(spec, 0.4)).toBe('Amber');
    expect(measureRag(spec, 0.39)).toBe('Red');
    // Within tolerance but below the floor: the floor wins.
    expect(measureRag({ ...higher, floor: 0.59 }, 0.58)).toBe('Red');
  });

  it('a floor for lower-is-better runs up to the floor', () => {
    const spec = { ...lower, floor: 25 };
    expect(measureRag(spec, 25)).toBe('Amber');
    expect(measureRag(spec, 25.5)).toBe('Red');
    expect(measureRag(spec, 20)).toBe('Green');
  });

  it('band: Green within tolerance either side, Amber within twice, else Red', () => {
    expect(measureRag(band, 105)).toBe('Green');
    expect(measureRag(band, 95)).toBe('Green');
    expect(measureRag(band, 110)).toBe('Amber');
    expect(measureRag(band, 90)).toBe('Amber');
    expect(measureRag(band, 110.1)).toBe('Red');
    expect(measureRag(band, 89)).toBe('Red');
  });

  it('band ignores a floor', () => {
    expect(measureRag({ ...band, floor: 50 }, 80)).toBe('Red');
  });

  it('zero tolerance: only meeting the target is not Red', () => {
    expect(measureRag({ ...higher, tolerance: 0 }, 0.6)).toBe('Green');
    expect(measureRag({ ...higher, tolerance: 0 }, 0.599)).toBe('Red');
  });
});
