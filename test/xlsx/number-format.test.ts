import { describe, expect, it } from 'vitest';
import { formatGeneral, formatNumber, normaliseFormat, shownText } from '../../src/xlsx/number-format';
import { serialFromYmd } from '../../src/core/calendar';

const dec31 = serialFromYmd(2016, 12, 31);

describe('shownText', () => {
  it('keeps text as it is, so a ref 1.10 stays 1.10', () => {
    expect(shownText('1.10', 'General')).toBe('1.10');
    expect(shownText('1.10', '@')).toBe('1.10');
  });
  it('shows errors, booleans and blanks as Excel does', () => {
    expect(shownText({ error: '#REF!' }, 'General')).toBe('#REF!');
    expect(shownText(true, 'General')).toBe('TRUE');
    expect(shownText(null, '0%')).toBe('');
  });
});

describe('General', () => {
  it.each([
    [1.1, '1.1'],
    [1.1 + 2.2, '3.3'],
    [58, '58'],
    [-2.5, '-2.5'],
    [0.58, '0.58'],
    [1 / 3, '0.333333333'],
    [123456.789012, '123456.789'],
    [42735, '42735'],
    [0, '0'],
    [123456789012, '1.23457E+11'],
    [0.000001, '1E-06'],
  ])('%s -> %s', (value, text) => {
    expect(formatGeneral(value)).toBe(text);
    expect(formatNumber(value, 'General')).toBe(text);
  });
});

describe('numbers', () => {
  it.each([
    [0.58, '0%', '58%'],
    [0.575, '0%', '58%'],
    [0.583, '0.0%', '58.3%'],
    [0.832, '0.00%', '83.20%'],
    [1.005, '0.00', '1.01'],
    [2, '0.00', '2.00'],
    [1234.5, '#,##0', '1,235'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [0.5, '#.##', '.5'],
    [12, '0.0#', '12.0'],
    [12.345, '0.0#', '12.35'],
    [-3, '0;(0)', '(3)'],
    [-3, '0.0', '-3.0'],
    [0, '0;-0;"nil"', 'nil'],
    [1500, '[$£-809]#,##0', '£1,500'],
    [7, '0 "days"', '7 days'],
    [42, '[Red]0', '42'],
    [5, '_(0_)', ' 5 '],
    [1500, '#,##0,"k"', '2k'],
    [12345, '0.00E+00', '1.23E+04'],
    [58, '@', '58'],
  ])('%s as %s -> %s', (value, format, text) => {
    expect(formatNumber(value, format)).toBe(text);
  });
});

describe('dates', () => {
  it.each([
    ['dd/mm/yyyy', '31/12/2016'],
    ['d-mmm-yy', '31-Dec-16'],
    ['mmm-yy', 'Dec-16'],
    ['mmm yyyy', 'Dec 2016'],
    ['mmmm yyyy', 'December 2016'],
    ['yyyy-mm-dd', '2016-12-31'],
    ['d mmmm yyyy', '31 December 2016'],
    ['dddd d mmm', 'Saturday 31 Dec'],
    ['[$-809]dd mmmm yyyy;@', '31 December 2016'],
    ['d/m/yy', '31/12/16'],
  ])('31 Dec 2016 as %s -> %s', (format, text) => {
    expect(formatNumber(dec31, format)).toBe(text);
  });
  it('reads minutes, not months, next to hours and seconds', () => {
    const t = dec31 + (13 * 60 + 5) / 1440;
    expect(formatNumber(t, 'dd/mm/yyyy hh:mm')).toBe('31/12/2016 13:05');
    expect(formatNumber(t, 'h:mm AM/PM')).toBe('1:05 PM');
    expect(formatNumber(t, 'mm:ss')).toBe('05:00');
  });
  it('shows Excel built-in short date (exceljs mm-dd-yy) in UK order', () => {
    const format = normaliseFormat('mm-dd-yy');
    expect(format).toBe('dd/mm/yyyy');
    expect(formatNumber(serialFromYmd(2017, 3, 1), format)).toBe('01/03/2017');
  });
  it('treats a missing format as General', () => {
    expect(normaliseFormat(undefined)).toBe('General');
    expect(normaliseFormat('')).toBe('General');
    expect(normaliseFormat('0%')).toBe('0%');
  });
});
