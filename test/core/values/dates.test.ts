import { describe, expect, it } from 'vitest';
import { parseUkDateText, readDate } from '../../../src/core/values';
import { serialFromYmd } from '../../../src/core/calendar';
import { makeCell } from '../../../src/core/snapshot';
import { cell, date, err } from '../../helpers/snapshot-builder';

const ymd = (y: number, m: number, d: number): number => serialFromYmd(y, m, d);

describe('parseUkDateText', () => {
  it.each([
    ['31/12/2016', ymd(2016, 12, 31)],
    ['01/04/2016', ymd(2016, 4, 1)],
    ['1/4/16', ymd(2016, 4, 1)],
    ['5/9/2016', ymd(2016, 9, 5)],
    ['31.12.2016', ymd(2016, 12, 31)],
    ['31-12-2016', ymd(2016, 12, 31)],
    ['2016-12-31', ymd(2016, 12, 31)],
    ['2016-4-1', ymd(2016, 4, 1)],
    ['1 Dec 2016', ymd(2016, 12, 1)],
    ['1 December 2016', ymd(2016, 12, 1)],
    ['01-Dec-16', ymd(2016, 12, 1)],
    ['1st December 2016', ymd(2016, 12, 1)],
    ['  29/02/2016  ', ymd(2016, 2, 29)],
  ])('reads the day date %s', (text, serial) => {
    expect(parseUkDateText(text)).toBe(serial);
  });

  it.each([
    ['Dec 2016', ymd(2016, 12, 31)],
    ['December 2016', ymd(2016, 12, 31)],
    ['Dec-16', ymd(2016, 12, 31)],
    ['dec 16', ymd(2016, 12, 31)],
    ['Feb 2016', ymd(2016, 2, 29)],
    ['Feb-17', ymd(2017, 2, 28)],
    ['Sept 2016', ymd(2016, 9, 30)],
    ['June 2017', ymd(2017, 6, 30)],
  ])('reads the month-only %s as the last day of the month', (text, serial) => {
    expect(parseUkDateText(text)).toBe(serial);
  });

  it.each([
    ['Q1 2016/17', ymd(2016, 6, 30)],
    ['Q2 2016/17', ymd(2016, 9, 30)],
    ['Q3 2016/17', ymd(2016, 12, 31)],
    ['Q4 2016/17', ymd(2017, 3, 31)],
    ['q3 2016-17', ymd(2016, 12, 31)],
    ['Q4 16/17', ymd(2017, 3, 31)],
    ['Q2 2016/2017', ymd(2016, 9, 30)],
    ['2016/17 Q3', ymd(2016, 12, 31)],
    ['Q4 1999/00', ymd(2000, 3, 31)],
  ])('reads the financial quarter %s as its end', (text, serial) => {
    expect(parseUkDateText(text)).toBe(serial);
  });

  it.each([
    '12/31/2016', // US order
    '31/02/2016', // no such day
    '29/02/2017',
    '00/01/2016',
    '2016-13-01',
    'Ongoing',
    'TBC',
    'TBA',
    'n/a',
    '',
    '   ',
    'Q5 2016/17',
    'Q3 2016/18', // not a financial year
    'Q3 2016', // a quarter needs a financial year
    'Smarch 2016',
    '31/12/2016 and 1/1/2017',
    '31/12-2016', // mixed separators
    '42735',
    '1 Dec',
  ])('does not read %j as a date', (text) => {
    expect(parseUkDateText(text)).toBeNull();
  });

  it('expands two-digit years 00-69 to 20xx and 70-99 to 19xx', () => {
    expect(parseUkDateText('1/1/00')).toBe(ymd(2000, 1, 1));
    expect(parseUkDateText('1/1/69')).toBe(ymd(2069, 1, 1));
    expect(parseUkDateText('1/1/70')).toBe(ymd(1970, 1, 1));
    expect(parseUkDateText('1/1/99')).toBe(ymd(1999, 1, 1));
  });
});

describe('readDate', () => {
  it('takes a real number as an Excel serial, whole days only', () => {
    expect(readDate(date(2016, 12, 31))).toEqual({ kind: 'value', value: ymd(2016, 12, 31) });
    expect(readDate(makeCell(42735.75))).toEqual({ kind: 'value', value: 42735 });
  });

  it('reads UK text dates', () => {
    expect(readDate(makeCell('31/03/2017'))).toEqual({ kind: 'value', value: ymd(2017, 3, 31) });
    expect(readDate(makeCell('Q3 2016/17'))).toEqual({ kind: 'value', value: ymd(2016, 12, 31) });
  });

  it.each(['Ongoing', 'TBC', 'TBA', 'n/a', '12/31/2016', 'next spring'])('reads %j as invalid with the text seen', (t) => {
    expect(readDate(makeCell('  ' + t + ' '))).toEqual({ kind: 'invalid', text: t });
  });

  it('is blank for null and whitespace', () => {
    expect(readDate(makeCell(null))).toEqual({ kind: 'blank' });
    expect(readDate(makeCell('   '))).toEqual({ kind: 'blank' });
  });

  it('keeps Excel errors as errors', () => {
    expect(readDate(makeCell(err('#REF!')))).toEqual({ kind: 'error', code: '#REF!' });
  });

  it('treats booleans and impossible serials as invalid', () => {
    expect(readDate(makeCell(true))).toEqual({ kind: 'invalid', text: 'TRUE' });
    expect(readDate(makeCell(0))).toEqual({ kind: 'invalid', text: '0' });
    expect(readDate(makeCell(-5))).toEqual({ kind: 'invalid', text: '-5' });
    expect(readDate(makeCell(Number.NaN, ''))).toEqual({ kind: 'invalid', text: 'NaN' });
    expect(readDate(makeCell(3e7))).toMatchObject({ kind: 'invalid' });
  });

  it('names the shown text of a bad number cell', () => {
    expect(readDate(cell(-1, '########'))).toEqual({ kind: 'invalid', text: '########' });
  });
});
