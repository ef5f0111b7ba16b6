/** checkPlan's order (structural, actions by row, measures by row; columns within a row) and the structural rules it passes on. */
import { describe, expect, it } from 'vitest';
import { date, err, sheet, workbook } from '../../helpers/snapshot-builder';
import { actionsSheet, byRule, check, checkWorkbook, measuresSheet, one, AS_OF } from './fixture';
import { checkPlan } from '../../../src/core/check';
import { readPlan } from '../../../src/core/read';
import { parseA1 } from '../../../src/core/address';

describe('sheet-missing', () => {
  it('is an error at A1 of the first sheet when there is no Actions sheet', () => {
    const found = checkWorkbook(workbook(sheet('Notes', [['hello']]), measuresSheet([{}])));
    const f = one(found, 'sheet-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Notes', cell: 'A1' });
    expect(found[0]).toBe(f);
  });
  it('is a warning when only the Measures sheet is missing', () => {
    const f = one(check({ measures: null }), 'sheet-missing');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'A1' });
  });
  it('does not fire when both sheets are there', () => {
    expect(byRule(check(), 'sheet-missing')).toEqual([]);
  });
});

describe('column-missing', () => {
  it('is an error at the first header cell when a required column is missing, and comes first', () => {
    const found = check({ actions: [{ 'Due date': 'Ongoing' }], actionSpec: { drop: ['Lead officer'] } });
    const f = one(found, 'column-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'A1' });
    expect(found[0]).toBe(f);
    expect(byRule(found, 'lead-missing')).toEqual([]);
    expect(one(found, 'due-invalid').cell).toBe('F2');
  });
  it('does not fire when every required column is there', () => {
    expect(byRule(check(), 'column-missing')).toEqual([]);
  });
});

describe('checkPlan order', () => {
  it('puts action rows in row order, then measure rows, each row in column order', () => {
    const found = check({
      actions: [{}, { 'Due date': 'Ongoing', 'Lead officer': null, Ref: 1.2 }, { Action: null }],
      measures: [{ Polarity: null, 'Sep-16': null, 'Measure ID': 'CL1' }, { Target: null }],
    });
    expect(found.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ['Actions', 'A3', 'ref-stored-as-number'],
      ['Actions', 'F3', 'lead-missing'],
      ['Actions', 'G3', 'due-invalid'],
      ['Actions', 'C4', 'action-missing'],
      ['Measures', 'D2', 'polarity-missing'],
      ['Measures', 'L2', 'latest-missing'],
      ['Measures', 'F3', 'target-missing'],
    ]);
  });
  it('orders by the sheet columns, not by rule, when columns are rearranged', () => {
    const rearranged = sheet('Action plan', [
      ['Status', 'Due date', 'Lead officer', 'Ref', 'Action', 'Expected outcome'],
      ['Pending', 'Ongoing', null, '1.1', 'Do it', 'Better'],
    ]);
    const found = checkWorkbook(workbook(rearranged, measuresSheet([{}])));
    expect(found.map((f) => [f.sheet, f.cell, f.rule])).toEqual([
      ['Action plan', 'A2', 'status-unknown'],
      ['Action plan', 'B2', 'due-invalid'],
      ['Action plan', 'C2', 'lead-missing'],
    ]);
  });
  it('gives the same findings when run twice on one plan (no state kept between runs)', () => {
    const plan = readPlan(
      workbook(actionsSheet([{ Ref: '1.1' }, { Ref: '1.1' }]), measuresSheet([{}, { 'Measure ID': 'CL1' }])),
      AS_OF,
    );
    const first = checkPlan(plan);
    expect(checkPlan(plan)).toEqual(first);
    expect(byRule(first, 'ref-duplicate')).toHaveLength(1);
    expect(byRule(first, 'measure-id-duplicate')).toHaveLength(1);
  });
});

describe('messages', () => {
  it('name their cell and never show undefined, NaN or object text', () => {
    const found = check({
      actions: [
        { Ref: 1.1, Theme: '3. X', 'Due date': '12/31/2016', 'Lead officer': 'Jo Blogs', RAG: 'Green', Measures: 'CL9', 'Last updated': null },
        { Ref: null, Action: null, 'Expected outcome': null, Status: 'Off track', 'Progress update': null, 'Due date': date(2016, 9, 1) },
        { Status: 'Complete', 'Completed date': date(2016, 12, 1), 'Due date': date(2017, 6, 1), Evidence: null },
        { Ref: 'x', Theme: null, Status: null, 'Due date': err('#REF!') },
      ],
      measures: [
        { Baseline: 0.5, Target: 0.4, 'Sep-16': 150, 'Jun-16': 'lots' },
        { 'Measure ID': null, Polarity: 'Good', Target: 'TBC', Baseline: null, 'Sep-16': 'c' },
      ],
    });
    expect(found.length).toBeGreaterThan(20);
    for (const f of found) {
      expect(parseA1(f.cell)).not.toBeNull();
      expect(f.message).toContain(f.cell);
      expect(f.message).not.toMatch(/undefined|NaN|\[object|null/);
      expect(f.message).toMatch(/\.$/);
    }
  });
  it('name their cell when it is a stand-in for a missing column', () => {
    const found = check({
      actions: [{ Ref: 'ABC', Status: 'Off track' }],
      actionSpec: { drop: ['Theme', 'Progress update'] },
      measures: [{}],
      measureSpec: { drop: ['Baseline'] },
    });
    expect(found.map((f) => [f.cell, f.rule])).toEqual([
      ['A2', 'ref-format'],
      ['A2', 'theme-unknown'],
      ['G2', 'update-missing'],
      ['H2', 'manual-rag-mismatch'],
      ['A2', 'baseline-missing'],
    ]);
    for (const f of found) expect(f.message).toContain(f.cell);
  });
  it('cut a very long value short', () => {
    const f = one(check({ actions: [{ Status: 'x'.repeat(500) }] }), 'status-unknown');
    expect(f.message.length).toBeLessThan(250);
    expect(f.message).toContain('\u2026');
  });
});
