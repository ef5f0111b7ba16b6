import { describe, expect, it } from 'vitest';
import { latestValue } from '../../../src/core/measures';
import { yearMonth } from '../../../src/core/calendar';

const apr = yearMonth(2016, 4);
const may = yearMonth(2016, 5);
const jun = yearMonth(2016, 6);
const jul = yearMonth(2016, 7);

describe('latestValue', () => {
  it('takes the last value at or before the as-of month and the one before it', () => {
    const series = [
      { month: apr, value: 1 },
      { month: may, value: 2 },
      { month: jun, value: 3 },
      { month: jul, value: 4 },
    ];
    expect(latestValue(series, jun)).toEqual({ latest: { month: jun, value: 3 }, previous: { month: may, value: 2 } });
  });

  it('skips blank and no-data months (null)', () => {
    const series = [
      { month: apr, value: 1 },
      { month: may, value: null },
      { month: jun, value: 3 },
      { month: jul, value: null },
    ];
    expect(latestValue(series, jul)).toEqual({ latest: { month: jun, value: 3 }, previous: { month: apr, value: 1 } });
  });

  it('keeps zero as a value', () => {
    expect(latestValue([{ month: apr, value: 0 }], jun)).toEqual({ latest: { month: apr, value: 0 }, previous: null });
  });

  it('is null with no value at or before the as-of month', () => {
    expect(latestValue([{ month: jul, value: 5 }, { month: apr, value: null }], jun)).toBeNull();
    expect(latestValue([], jun)).toBeNull();
  });

  it('does not rely on the order of the series', () => {
    const series = [
      { month: jun, value: 3 },
      { month: apr, value: 1 },
      { month: may, value: 2 },
    ];
    expect(latestValue(series, jul)).toEqual({ latest: { month: jun, value: 3 }, previous: { month: may, value: 2 } });
  });
});
