/** Action rules that depend on status, dates and the calculated RAG (contract 4.2, 4.3). As of 31/10/2016. */
import { describe, expect, it } from 'vitest';
import { date, err } from '../../helpers/snapshot-builder';
import { byRule, check, one } from './fixture';

const complete = { Status: 'Complete', RAG: 'B', 'Completed date': date(2016, 10, 1), Evidence: 'Audit report, Oct 2016' };

describe('completed-date-missing', () => {
  it('fires for a Complete action with an empty Completed date', () => {
    const f = one(check({ actions: [{ ...complete, 'Completed date': null }] }), 'completed-date-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'J2', ref: '1.1' });
  });
  it('fires for a Complete action whose completed date is not a date, quoting it', () => {
    const f = one(check({ actions: [{ ...complete, 'Completed date': 'yes' }] }), 'completed-date-missing');
    expect(f.message).toContain('"yes"');
  });
  it('does not fire with a date, for other statuses, or without the column', () => {
    expect(byRule(check({ actions: [complete, {}] }), 'completed-date-missing')).toEqual([]);
    const noColumn = check({ actions: [{ ...complete, 'Completed date': null }], actionSpec: { drop: ['Completed date'] } });
    expect(byRule(noColumn, 'completed-date-missing')).toEqual([]);
  });
});

describe('completed-date-future', () => {
  it('fires for a completed date after the as-of date', () => {
    const f = one(check({ actions: [{ ...complete, 'Completed date': date(2016, 11, 1) }] }), 'completed-date-future');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'J2', ref: '1.1' });
    expect(f.message).toContain('01/11/2016');
    expect(f.message).toContain('31/10/2016');
  });
  it('does not fire for a completed date on the as-of date', () => {
    expect(byRule(check({ actions: [{ ...complete, 'Completed date': date(2016, 10, 31) }] }), 'completed-date-future')).toEqual([]);
  });
});

describe('overdue-on-track', () => {
  it('fires at Status for an On track action past its due date', () => {
    const f = one(check({ actions: [{ 'Due date': date(2016, 9, 30), RAG: null }] }), 'overdue-on-track');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'H2', ref: '1.1' });
    expect(f.message).toContain('31 days overdue');
    expect(f.message).toContain('"On track"');
  });
  it('fires for Not started too', () => {
    expect(one(check({ actions: [{ 'Due date': date(2016, 10, 30), Status: 'Not started', RAG: null }] }), 'overdue-on-track').message)
      .toContain('1 day overdue');
  });
  it('does not fire on the due date, nor for Off track, Complete, Deferred or Awaiting sign-off', () => {
    const past = date(2016, 9, 30);
    const found = check({
      actions: [
        { 'Due date': date(2016, 10, 31) },
        { 'Due date': past, Status: 'Off track', RAG: 'R' },
        { ...complete, 'Due date': past },
        { 'Due date': past, Status: 'Deferred', RAG: null },
        { 'Due date': past, Status: 'Awaiting sign-off' },
      ],
    });
    expect(byRule(found, 'overdue-on-track')).toEqual([]);
  });
});

describe('update-missing', () => {
  it('fires at the Progress update cell for At risk and Off track without an update', () => {
    const found = byRule(check({ actions: [{ Status: 'At risk', RAG: 'A', 'Progress update': null }, { Status: 'Off track', RAG: 'R', 'Progress update': 'n/a' }] }), 'update-missing');
    expect(found.map((f) => [f.cell, f.severity, f.ref])).toEqual([['K2', 'error', '1.1'], ['K3', 'error', '1.2']]);
    expect(found[0].message).toContain('At risk');
  });
  it('fires at Status when there is no Progress update column', () => {
    const f = one(check({ actions: [{ Status: 'Off track', RAG: 'R' }], actionSpec: { drop: ['Progress update'] } }), 'update-missing');
    expect(f.cell).toBe('H2');
    expect(f.message).toContain('no Progress update column');
  });
  it('does not fire with an update, or for On track without one', () => {
    const found = check({ actions: [{ Status: 'At risk', RAG: 'A' }, { 'Progress update': null }] });
    expect(byRule(found, 'update-missing')).toEqual([]);
  });
});

describe('update-stale', () => {
  it('fires when last updated more than 35 days before the as-of date', () => {
    const f = one(check({ actions: [{ 'Last updated': date(2016, 9, 25) }] }), 'update-stale');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'L2', ref: '1.1' });
    expect(f.message).toContain('36 days');
  });
  it('fires for a blank or non-date Last updated', () => {
    const found = byRule(check({ actions: [{ 'Last updated': null }, { 'Last updated': 'last week' }] }), 'update-stale');
    expect(found.map((f) => f.cell)).toEqual(['L2', 'L3']);
    expect(found[1].message).toContain('"last week"');
  });
  it('does not fire at 35 days, for Complete or Deferred, or without the column', () => {
    expect(byRule(check({ actions: [{ 'Last updated': date(2016, 9, 26) }] }), 'update-stale')).toEqual([]);
    const settled = check({ actions: [{ ...complete, 'Last updated': null }, { Status: 'Deferred', RAG: null, 'Last updated': null }] });
    expect(byRule(settled, 'update-stale')).toEqual([]);
    expect(byRule(check({ actions: [{}], actionSpec: { drop: ['Last updated'] } }), 'update-stale')).toEqual([]);
  });
  it('still applies to Awaiting sign-off', () => {
    expect(one(check({ actions: [{ Status: 'Awaiting sign-off', 'Last updated': null }] }), 'update-stale').cell).toBe('L2');
  });
});

describe('measure-unknown', () => {
  it('fires at the Measures cell naming only the ids not on the Measures sheet', () => {
    const f = one(check({ actions: [{ Measures: 'CL1, CL9; KPI12' }] }), 'measure-unknown');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'E2', ref: '1.1' });
    expect(f.message).toContain('"CL1, CL9; KPI12"');
    expect(f.message).toContain('name CL9, KPI12, which are not on the Measures sheet');
  });
  it('matches ids ignoring case and finds ids among free text', () => {
    const found = check({ actions: [{ Measures: 'cl1 cl2' }, { Measures: 'Stability improves (see CL2).' }], measures: [{}, {}] });
    expect(byRule(found, 'measure-unknown')).toEqual([]);
  });
  it('does not check free text, quarters, or plans without a Measures sheet', () => {
    expect(byRule(check({ actions: [{ Measures: 'More stable placements by Q4' }] }), 'measure-unknown')).toEqual([]);
    expect(byRule(check({ actions: [{ Measures: 'CL9' }], measures: null }), 'measure-unknown')).toEqual([]);
  });
});

describe('evidence-missing', () => {
  it('fires for a Complete action without evidence', () => {
    const f = one(check({ actions: [{ ...complete, Evidence: null }] }), 'evidence-missing');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'M2', ref: '1.1' });
  });
  it('does not fire with evidence, for other statuses, or without the column', () => {
    expect(byRule(check({ actions: [complete, { Evidence: null }] }), 'evidence-missing')).toEqual([]);
    const noColumn = check({ actions: [{ ...complete, Evidence: null }], actionSpec: { drop: ['Evidence'] } });
    expect(byRule(noColumn, 'evidence-missing')).toEqual([]);
  });
});

describe('manual-rag-mismatch', () => {
  it('fires when the hand-entered RAG disagrees with the calculated one', () => {
    const f = one(check({ actions: [{ 'Due date': date(2016, 9, 30), RAG: 'Green' }] }), 'manual-rag-mismatch');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'I2', ref: '1.1' });
    expect(f.message).toContain('"Green"');
    expect(f.message).toContain('calculated RAG Red');
  });
  it('compares letters and Blue', () => {
    const found = byRule(check({ actions: [{ RAG: 'A' }, { ...complete, RAG: 'G' }] }), 'manual-rag-mismatch');
    expect(found.map((f) => f.cell)).toEqual(['I2', 'I3']);
  });
  it('does not fire when they agree, for other words, or against Grey and Unknown', () => {
    const found = check({
      actions: [
        { RAG: 'green' },
        { RAG: 'On track' },
        { ...complete, RAG: 'Blue' },
        { Status: 'Deferred', RAG: 'G' },
        { 'Due date': null, Status: 'Not started', RAG: 'R' },
      ],
    });
    expect(byRule(found, 'manual-rag-mismatch')).toEqual([]);
  });
});

describe('cell-error (actions)', () => {
  it('fires for an Excel error in a read cell, and nothing else for that cell', () => {
    const found = check({ actions: [{ 'Due date': err('#REF!'), Ref: err('#N/A') }] });
    const errors = byRule(found, 'cell-error');
    expect(errors.map((f) => [f.cell, f.severity])).toEqual([['A2', 'error'], ['G2', 'error']]);
    expect(errors[1].message).toContain('#REF!');
    expect(errors[1].message).toContain('G2');
    expect(found.filter((f) => f.cell === 'G2' || f.cell === 'A2')).toEqual(errors);
  });
  it('does not fire for ordinary values', () => {
    expect(byRule(check(), 'cell-error')).toEqual([]);
  });
});
