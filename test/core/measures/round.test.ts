import { describe, expect, it } from 'vitest';
import { round10 } from '../../../src/core/measures';

describe('round10', () => {
  it('rounds to 10 significant digits', () => {
    expect(round10(0.95 - 0.91)).toBe(0.04);
    expect(round10(0.1 + 0.2)).toBe(0.3);
    expect(round10(58 / 100)).toBe(0.58);
    expect(round10(1234567.891234)).toBe(1234567.891);
    expect(round10(-0.30000000000000004)).toBe(-0.3);
  });

  it('keeps values with 10 or fewer digits exactly', () => {
    expect(round10(0.58)).toBe(0.58);
    expect(round10(123456789)).toBe(123456789);
    expect(round10(0.0001234567891)).toBe(0.0001234567891);
  });

  it('keeps 10 digits, not 9 or 11', () => {
    expect(round10(1.23456789012)).toBe(1.23456789);
    expect(round10(1.00000000049)).toBe(1);
    expect(round10(1.00000000051)).toBe(1.000000001);
  });

  it('leaves zero and non-finite values alone', () => {
    expect(round10(0)).toBe(0);
    expect(round10(Infinity)).toBe(Infinity);
    expect(round10(Number.NaN)).toBeNaN();
  });
});
