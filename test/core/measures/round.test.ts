import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

describe('round10 agrees with toPrecision(10)', () => {
  it('on random doubles of every size and sign', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(round10(x)).toBe(Number(x.toPrecision(10)));
      }),
      { numRuns: 20000 },
    );
  });

  it('on measure-sized values and differences of decimals', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -100000, max: 100000 }), (x, a, b) => {
        expect(round10(x)).toBe(Number(x.toPrecision(10)));
        const d = a / 1000 - b / 1000;
        expect(round10(d)).toBe(Number(d.toPrecision(10)));
      }),
      { numRuns: 20000 },
    );
  });

  it('on values near powers of ten and typical measure values', () => {
    const samples = [9.9999999999, 99.99999999949, 0.09999999999951, 1e-7 + 1e-20, 123456789012, 0.58, 0.57999999999, 58 / 100, 1 / 3, 2 / 3, -1 / 3];
    for (const x of samples) expect(round10(x), String(x)).toBe(Number(x.toPrecision(10)));
  });
});
