import { describe, expect, it } from 'vitest';
import { monthInPlanYear, parseMonthHeader } from '../../../src/core/values';
import { yearMonth } from '../../../src/core/calendar';
import { makeCell } from '../../../src/core/snapshot';
import { date, err } from '../../helpers/snapshot-builder';

describe('parseMonthHeader (contract 3.1)', () => {
  it('takes a real date as its month', () => {
    expect(parseMonthHeader(date(2016, 4, 30))).toEqual({ kind: 'dated', month: yearMonth(2016, 4) });
    expect(parseMonthHeader(date(2017, 3, 1))).toEqual({ kind: 'dated', month: yearMonth(2017, 3) });
  });

  it.each([
    ['Apr', 4],
    ['April', 4],
    ['jan', 1],
    ['Sept', 9],
    ['MAR', 3],
    ['May', 5],
  ])('%j is a bare month %d', (text, m) => {
    expect(parseMonthHeader(makeCell(text))).toEqual({ kind: 'bare', monthOfYear: m });
  });

  it.each([
    ['Apr-16', 2016, 4],
    ['Apr 16', 2016, 4],
    ['Apr 2016', 2016, 4],
    ['April 2016', 2016, 4],
    ['2016-04', 2016, 4],
    ['04/2016', 2016, 4],
    ['4/2016', 2016, 4],
    ['Jan-17', 2017, 1],
    ["Mar '17", 2017, 3],
    ['30/04/2016', 2016, 4],
  ])('%j is dated %d-%d', (text, y, m) => {
    expect(parseMonthHeader(makeCell(text))).toEqual({ kind: 'dated', month: yearMonth(y, m) });
  });

  it.each([
    'Target 2016/17',
    'Baseline 2015/16',
    'Due',
    'Measure',
    'Marker',
    'Q1',
    '2016/17',
    '2016',
    '13/2016',
    '2016-13',
    'Smarch',
    'Mayor',
    '',
  ])('%j is not a month column', (text) => {
    expect(parseMonthHeader(makeCell(text))).toBeNull();
  });

  it('ignores small numbers, booleans, errors and blanks', () => {
    expect(parseMonthHeader(makeCell(2016))).toBeNull();
    expect(parseMonthHeader(makeCell(1))).toBeNull();
    expect(parseMonthHeader(makeCell(Number.NaN))).toBeNull();
    expect(parseMonthHeader(makeCell(true))).toBeNull();
    expect(parseMonthHeader(makeCell(err('#REF!')))).toBeNull();
    expect(parseMonthHeader(makeCell(null))).toBeNull();
  });
});

describe('monthInPlanYear', () => {
  it('puts April-December in the first year and January-March in the next', () => {
    expect(monthInPlanYear({ kind: 'bare', monthOfYear: 4 }, 2016)).toBe(yearMonth(2016, 4));
    expect(monthInPlanYear({ kind: 'bare', monthOfYear: 12 }, 2016)).toBe(yearMonth(2016, 12));
    expect(monthInPlanYear({ kind: 'bare', monthOfYear: 1 }, 2016)).toBe(yearMonth(2017, 1));
    expect(monthInPlanYear({ kind: 'bare', monthOfYear: 3 }, 2016)).toBe(yearMonth(2017, 3));
  });
  it('keeps dated months as they are', () => {
    expect(monthInPlanYear({ kind: 'dated', month: yearMonth(2015, 6) }, 2016)).toBe(yearMonth(2015, 6));
  });
});
