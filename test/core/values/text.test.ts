import { describe, expect, it } from 'vitest';
import { readText } from '../../../src/core/values';
import { makeCell } from '../../../src/core/snapshot';
import { cell, err } from '../../helpers/snapshot-builder';

describe('readText', () => {
  it('gives the shown text, trimmed', () => {
    expect(readText(makeCell('  Jo Bloggs  '))).toEqual({ kind: 'value', value: 'Jo Bloggs' });
    expect(readText(cell(1.1, '1.10', '0.00'))).toEqual({ kind: 'value', value: '1.10' });
  });

  it('falls back to the value when the adapter gave no text', () => {
    expect(readText(makeCell(1.1, ''))).toEqual({ kind: 'value', value: '1.1' });
    expect(readText(makeCell(true, ''))).toEqual({ kind: 'value', value: 'TRUE' });
  });

  it('is blank for null and whitespace, an error for Excel errors', () => {
    expect(readText(makeCell(null))).toEqual({ kind: 'blank' });
    expect(readText(makeCell('  \t '))).toEqual({ kind: 'blank' });
    expect(readText(makeCell(err('#N/A')))).toEqual({ kind: 'error', code: '#N/A' });
  });
});
