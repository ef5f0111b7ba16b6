import { describe, expect, it } from 'vitest';
import { isNoDataMarker, isPercentFormat, parseNumberText, readNumber } from '../../../src/core/values';
import { makeCell } from '../../../src/core/snapshot';
import { cell, err, pct } from '../../helpers/snapshot-builder';

describe('parseNumberText', () => {
  it.each([
    ['58%', 0.58, true],
    ['58 %', 0.58, true],
    ['58.5%', 0.585, true],
    ['-5%', -0.05, true],
    ['1,234', 1234, false],
    ['1,234,567.5', 1234567.5, false],
    ['0.58', 0.58, false],
    ['58', 58, false],
    ['-3', -3, false],
    ['+3', 3, false],
    ['\u22123', -3, false],
    ['.5', 0.5, false],
    ['£1,200', 1200, false],
    ['  42  ', 42, false],
    ['0', 0, false],
    ['-0', 0, false],
  ])('reads %j as %d', (text, value, percentMarked) => {
    expect(parseNumberText(text)).toEqual({ value, percentMarked });
  });

  it.each(['', 'lots', '1,23', '12,34,567', '1.2.3', '1e3', '58%%', '%', '£', 'c', '5 days', 'NaN', 'Infinity', '(3)'])(
    'does not read %j as a number',
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
});

describe('isNoDataMarker', () => {
  it.each(['c', 'C', '~', 'x', 'X', 'n/a', 'N/A', 'NA', 'n.a.', '-', 'TBC', 'tbc', '..', ' c ', '\u2013'])('%j is no data', (t) => {
    expect(isNoDataMarker(t)).toBe(true);
  });
  it.each(['', ' ', '0', 'c1', 'tbc soon', 'cc', '-3', 'none', 'abc'])('%j is not a no-data marker', (t) => {
    expect(isNoDataMarker(t)).toBe(false);
  });
});

describe('isPercentFormat', () => {
  it('sees a % outside quotes only', () => {
    expect(isPercentFormat('0%')).toBe(true);
    expect(isPercentFormat('0.0%')).toBe(true);
    expect(isPercentFormat('General')).toBe(false);
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0\\%')).toBe(false);
  });
});

describe('readNumber', () => {
  it('reads a real number, percent-marked by a % format', () => {
    expect(readNumber(makeCell(58))).toEqual({ kind: 'value', value: { value: 58, percentMarked: false, fromText: false } });
    expect(readNumber(pct(0.58))).toEqual({ kind: 'value', value: { value: 0.58, percentMarked: true, fromText: false } });
  });

  it('reads number text, 58% as 0.58 percent-marked', () => {
    expect(readNumber(makeCell('58%'))).toEqual({ kind: 'value', value: { value: 0.58, percentMarked: true, fromText: true } });
    expect(readNumber(makeCell('0.58'))).toEqual({ kind: 'value', value: { value: 0.58, percentMarked: false, fromText: true } });
  });

  it('keeps no-data markers as no data, never zero', () => {
    expect(readNumber(makeCell(' c '))).toEqual({ kind: 'no-data', marker: 'c' });
    expect(readNumber(makeCell('N/A'))).toEqual({ kind: 'no-data', marker: 'N/A' });
  });

  it('reads other text, booleans and non-finite numbers as invalid', () => {
    expect(readNumber(makeCell('lots'))).toEqual({ kind: 'invalid', text: 'lots' });
    expect(readNumber(makeCell(false))).toEqual({ kind: 'invalid', text: 'FALSE' });
    expect(readNumber(makeCell(Number.POSITIVE_INFINITY))).toEqual({ kind: 'invalid', text: 'Infinity' });
  });

  it('is blank for empty cells and an error for Excel errors', () => {
    expect(readNumber(makeCell(null))).toEqual({ kind: 'blank' });
    expect(readNumber(makeCell(' '))).toEqual({ kind: 'blank' });
    expect(readNumber(makeCell(err('#DIV/0!')))).toEqual({ kind: 'error', code: '#DIV/0!' });
  });

  it('uses the value, not the shown text', () => {
    expect(readNumber(cell(0.5833, '58%', '0%'))).toEqual({
      kind: 'value',
      value: { value: 0.5833, percentMarked: true, fromText: false },
    });
  });
});
