import { describe, expect, it } from 'vitest';
import { rag } from '../../src/functions/functions';
import { errorOf, valueOf } from './call';

describe('PLAN.RAG', () => {
  it('higher is better by default: Green at target, Amber within 5% of target, else Red', () => {
    expect(valueOf(() => rag(100, 100))).toBe('Green');
    expect(valueOf(() => rag(96, 100))).toBe('Amber');
    expect(valueOf(() => rag(95, 100))).toBe('Amber');
    expect(valueOf(() => rag(94.9, 100))).toBe('Red');
  });

  it('accepts the polarity words of 3.2', () => {
    expect(valueOf(() => rag(18, 20, 'Lower is better'))).toBe('Green');
    expect(valueOf(() => rag(21, 20, 'low'))).toBe('Amber');
    expect(valueOf(() => rag(25, 20, '\u2193'))).toBe('Red');
    expect(valueOf(() => rag(25, 20, 'DOWN'))).toBe('Red');
    expect(valueOf(() => rag(105, 100, 'Close to target'))).toBe('Green');
    expect(valueOf(() => rag(109, 100, 'T'))).toBe('Amber');
    expect(valueOf(() => rag(25, 20, 'Context'))).toBe('n/a');
    expect(valueOf(() => rag(25, 20, ' c '))).toBe('n/a');
    expect(valueOf(() => rag(25, 20, 'Higher is better'))).toBe('Green');
  });

  it('treats omitted (null/undefined) and empty-text polarity as Higher is better', () => {
    expect(valueOf(() => rag(96, 100, null))).toBe('Amber');
    expect(valueOf(() => rag(96, 100, ''))).toBe('Amber');
    expect(valueOf(() => rag(96, 100, undefined))).toBe('Amber');
  });

  it('blank or no-data actual is No data; context is n/a even without data', () => {
    expect(valueOf(() => rag(null, 100))).toBe('No data');
    expect(valueOf(() => rag('', 100))).toBe('No data');
    expect(valueOf(() => rag('c', 100))).toBe('No data');
    expect(valueOf(() => rag('n/a', 100))).toBe('No data');
    expect(valueOf(() => rag('-', 100))).toBe('No data');
    expect(valueOf(() => rag(null, 100, 'Context'))).toBe('n/a');
  });

  it('a blank or TBC target cannot be rated: No data', () => {
    expect(valueOf(() => rag(50, null))).toBe('No data');
    expect(valueOf(() => rag(50, 'TBC'))).toBe('No data');
  });

  it('reads both percentage scales: fractions, points with unit %, and % text', () => {
    // 0.58 meets 58%.
    expect(valueOf(() => rag(0.58, '58%'))).toBe('Green');
    expect(valueOf(() => rag(58, '58%'))).toBe('Green');
    expect(valueOf(() => rag(58, 0.58, null, null, null, null, '%'))).toBe('Green');
    expect(valueOf(() => rag('55%', 0.6))).toBe('Amber'); // 5 points short, tolerance 5 points
    expect(valueOf(() => rag('54.9%', 0.6))).toBe('Red');
  });

  it('infers % for two fractions from 0 to 1 (as %-formatted cells pass them): tolerance in points', () => {
    // 0.56 vs 0.6: 4 points short -> Amber with 5 points (it would be Red with 5% of the target = 3 points).
    expect(valueOf(() => rag(0.56, 0.6))).toBe('Amber');
    expect(valueOf(() => rag(0.56, 0.6, null, null, null, null, 'Number'))).toBe('Red');
  });

  it('compares after rounding to 10 significant digits', () => {
    expect(valueOf(() => rag(0.91, 0.95, 'H', 4))).toBe('Amber');
  });

  it('tolerance and tolerance type', () => {
    expect(valueOf(() => rag(90, 100, 'High', 10))).toBe('Amber'); // 10% of target
    expect(valueOf(() => rag(89, 100, 'High', 10))).toBe('Red');
    expect(valueOf(() => rag(97, 100, 'High', 2, 'points'))).toBe('Red');
    expect(valueOf(() => rag(98, 100, 'High', 2, 'Value'))).toBe('Amber');
    expect(valueOf(() => rag(0.52, 0.6, 'High', 8))).toBe('Amber'); // 8 points
    expect(valueOf(() => rag(0.52, 0.6, 'High', '10%', 'relative'))).toBe('Red'); // 10% of 0.6 = 6 points
    expect(valueOf(() => rag(96, 100, 'High', '', ''))).toBe('Amber');
  });

  it('a floor replaces tolerance', () => {
    expect(valueOf(() => rag(70, 100, 'High', null, null, 60))).toBe('Amber');
    expect(valueOf(() => rag(59, 100, 'High', null, null, 60))).toBe('Red');
    expect(valueOf(() => rag(0.45, '60%', 'High', null, null, '40%'))).toBe('Amber');
    expect(valueOf(() => rag(25, 20, 'Low', null, null, 30))).toBe('Amber');
  });

  it('wrong input is #VALUE! with a message naming the value and what to do', () => {
    expect(errorOf(() => rag('lots', 100))).toBe(
      "PLAN.RAG: actual 'lots' is not a number. Give a number or a percentage like 58%, or leave it blank.",
    );
    expect(errorOf(() => rag(50, true))).toContain('target TRUE is not a number');
    expect(errorOf(() => rag(50, 100, 'sideways'))).toContain("polarity 'sideways' is not recognised. Use Higher is better");
    expect(errorOf(() => rag(50, 100, 1))).toContain('polarity 1 is not recognised');
    expect(errorOf(() => rag(50, 100, 'High', 'some'))).toContain("tolerance 'some' is not a number");
    expect(errorOf(() => rag(50, 100, 'High', 5, 'lots'))).toContain("tolerance_type 'lots' is not recognised. Use points, relative or value");
    expect(errorOf(() => rag(50, 100, 'High', 5, null, 'x1'))).toContain("floor 'x1' is not a number");
    expect(errorOf(() => rag(50, 100, 'High', 5, null, null, 'kg'))).toContain("unit 'kg' is not recognised. Use %, Number, Days or Rate");
    expect(errorOf(() => rag(Number.NaN, 100))).toContain('actual NaN is not a number');
  });
});
