import { describe, expect, it } from 'vitest';
import { findingsByRow, shortCheckText } from '../../../src/core/check';
import type { Finding, RuleId, Severity } from '../../../src/core/findings';
import { check } from './fixture';

function finding(rule: RuleId, severity: Severity, cell = 'A2', sheet = 'Actions'): Finding {
  return { rule, severity, sheet, cell, ref: null, message: 'm' };
}

describe('shortCheckText', () => {
  it('says OK for a row without findings', () => {
    expect(shortCheckText([])).toBe('OK');
  });
  it('counts errors and lists their rule ids', () => {
    expect(shortCheckText([finding('due-invalid', 'error'), finding('lead-missing', 'error')])).toBe('2 errors: due-invalid, lead-missing');
  });
  it('puts errors before warnings and lists each rule once', () => {
    const text = shortCheckText([
      finding('ref-format', 'warning'),
      finding('due-invalid', 'error'),
      finding('ref-format', 'warning'),
    ]);
    expect(text).toBe('1 error, 2 warnings: due-invalid, ref-format');
  });
  it('handles a single warning', () => {
    expect(shortCheckText([finding('update-stale', 'warning')])).toBe('1 warning: update-stale');
  });
  it('summarises a real row', () => {
    const found = check({ actions: [{}, { 'Lead officer': null, 'Due date': '12/31/2016', Ref: 1.2 }] });
    const rows = findingsByRow(found, 'Actions');
    expect(shortCheckText(rows.get(2) ?? [])).toBe('2 errors, 1 warning: lead-missing, due-invalid, ref-stored-as-number');
    expect(rows.has(1)).toBe(false);
  });
});

describe('findingsByRow', () => {
  it('groups one sheet\'s findings by 0-based row, in order', () => {
    const a = finding('ref-format', 'warning', 'A5');
    const b = finding('due-invalid', 'error', 'G5');
    const c = finding('lead-missing', 'error', 'F7');
    const other = finding('target-missing', 'error', 'F5', 'Measures');
    const rows = findingsByRow([a, other, b, c], 'Actions');
    expect(Array.from(rows.keys())).toEqual([4, 6]);
    expect(rows.get(4)).toEqual([a, b]);
    expect(rows.get(6)).toEqual([c]);
  });
});
