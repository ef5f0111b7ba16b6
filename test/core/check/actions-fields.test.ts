/** Action text, lead, due date and status rules (contract 4.3). */
import { describe, expect, it } from 'vitest';
import { date } from '../../helpers/snapshot-builder';
import { byRule, check, one } from './fixture';

describe('action-missing', () => {
  it('fires at the empty Action cell', () => {
    const f = one(check({ actions: [{}, { Action: '  ' }] }), 'action-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'C3', ref: '1.2' });
    expect(f.message).toContain('C3');
  });
  it('does not fire with action text, nor per row when the column is missing', () => {
    expect(byRule(check(), 'action-missing')).toEqual([]);
    const found = check({ actions: [{}, {}], actionSpec: { drop: ['Action'] } });
    expect(byRule(found, 'action-missing')).toEqual([]);
    expect(byRule(found, 'column-missing')).toHaveLength(1);
  });
});

describe('outcome-missing', () => {
  it('fires at the empty Expected outcome cell', () => {
    const f = one(check({ actions: [{ 'Expected outcome': null }] }), 'outcome-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'D2', ref: '1.1' });
  });
  it('does not fire with an outcome', () => {
    expect(byRule(check(), 'outcome-missing')).toEqual([]);
  });
});

describe('lead-missing', () => {
  it('fires at the empty Lead officer cell', () => {
    const f = one(check({ actions: [{ 'Lead officer': null }] }), 'lead-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'F2', ref: '1.1' });
    expect(byRule(check({ actions: [{ 'Lead officer': null }] }), 'lead-unknown')).toEqual([]);
  });
  it('fires for a no-data marker in place of a lead, quoting it', () => {
    const found = check({ actions: [{ 'Lead officer': 'TBC' }] });
    expect(one(found, 'lead-missing').message).toContain('(it holds "TBC")');
    expect(byRule(found, 'lead-unknown')).toEqual([]);
  });
  it('does not fire with a lead', () => {
    expect(byRule(check(), 'lead-missing')).toEqual([]);
  });
});

describe('lead-unknown', () => {
  it('fires for a lead not on the Officers sheet, quoting it', () => {
    const f = one(check({ actions: [{ 'Lead officer': 'Jo Blogs' }] }), 'lead-unknown');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'F2', ref: '1.1' });
    expect(f.message).toContain('"Jo Blogs"');
    expect(f.message).toContain('Officers');
  });
  it('names the unknown part of a shared lead', () => {
    const f = one(check({ actions: [{ 'Lead officer': 'Jo Bloggs / Ann Other' }] }), 'lead-unknown');
    expect(f.message).toContain('"Ann Other" not found');
  });
  it('matches ignoring case, spaces and punctuation, and accepts shared leads that are all known', () => {
    const found = check({
      actions: [{ 'Lead officer': 'JO  BLOGGS.' }, { 'Lead officer': 'Jo Bloggs / Sam Smith' }, { 'Lead officer': 'Jo Bloggs and Sam Smith' }],
    });
    expect(byRule(found, 'lead-unknown')).toEqual([]);
  });
  it('does not fire without an Officers sheet', () => {
    expect(byRule(check({ actions: [{ 'Lead officer': 'Anybody' }], officers: null }), 'lead-unknown')).toEqual([]);
  });
});

describe('due-missing', () => {
  it('fires at the empty Due date cell', () => {
    const f = one(check({ actions: [{ 'Due date': null }] }), 'due-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'G2', ref: '1.1' });
    expect(f.message).toContain('dd/mm/yyyy');
  });
  it('does not fire with a date', () => {
    expect(byRule(check(), 'due-missing')).toEqual([]);
  });
});

describe('due-invalid', () => {
  it('explains a US-order date', () => {
    const f = one(check({ actions: [{ 'Due date': '12/31/2016' }] }), 'due-invalid');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'G2', ref: '1.1' });
    expect(f.message).toBe('Due date "12/31/2016" in G2 is not a UK date (it reads as month 31). Enter it as dd/mm/yyyy, e.g. 31/12/2016.');
  });
  it('fires for words that are not dates', () => {
    for (const text of ['Ongoing', 'TBC', 'n/a']) {
      const f = one(check({ actions: [{ 'Due date': text }] }), 'due-invalid');
      expect(f.message).toContain('"' + text + '"');
      expect(f.message).toContain('is not a date');
    }
  });
  it('says when the day does not exist', () => {
    expect(one(check({ actions: [{ 'Due date': '31/02/2017' }] }), 'due-invalid').message).toContain('has no day 31');
  });
  it('does not fire for UK text dates, months and quarters', () => {
    const found = check({ actions: [{ 'Due date': '31/12/2016' }, { 'Due date': 'Dec 2016' }, { 'Due date': 'Q3 2016/17' }] });
    expect(byRule(found, 'due-invalid')).toEqual([]);
    expect(byRule(found, 'due-missing')).toEqual([]);
  });
});

describe('due-outside-plan', () => {
  it('fires after 31 March and before 1 April of the plan year', () => {
    const found = byRule(check({ actions: [{ 'Due date': date(2017, 4, 1) }, { 'Due date': date(2016, 3, 31), Status: 'Off track' }] }), 'due-outside-plan');
    expect(found.map((f) => [f.cell, f.severity, f.ref])).toEqual([['G2', 'warning', '1.1'], ['G3', 'warning', '1.2']]);
    expect(found[0].message).toContain('01/04/2017');
    expect(found[0].message).toContain('2016/17');
  });
  it('does not fire on the first and last days of the plan year', () => {
    const found = check({ actions: [{ 'Due date': date(2016, 4, 1), Status: 'Complete', 'Completed date': date(2016, 4, 1), Evidence: 'x' }, { 'Due date': date(2017, 3, 31) }] });
    expect(byRule(found, 'due-outside-plan')).toEqual([]);
  });
});

describe('status-missing', () => {
  it('fires at the empty Status cell', () => {
    const f = one(check({ actions: [{ Status: null, RAG: null }] }), 'status-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'H2', ref: '1.1' });
    expect(f.message).toContain('On track');
  });
  it('does not fire with a status', () => {
    expect(byRule(check(), 'status-missing')).toEqual([]);
  });
});

describe('status-unknown', () => {
  it('fires for a word that is not a status, quoting it', () => {
    const f = one(check({ actions: [{ Status: 'Pending' }] }), 'status-unknown');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'H2', ref: '1.1' });
    expect(f.message).toContain('"Pending"');
  });
  it('does not fire for synonyms in any case', () => {
    const found = check({ actions: [{ Status: 'in progress' }, { Status: 'AMBER', 'Progress update': 'x' }, { Status: 'g' }] });
    expect(byRule(found, 'status-unknown')).toEqual([]);
  });
});
