/** Ref and theme rules (contract 4.3). */
import { describe, expect, it } from 'vitest';
import { byRule, check, one } from './fixture';

describe('ref-missing', () => {
  it('fires at the empty Ref cell', () => {
    const f = one(check({ actions: [{}, { Ref: null }] }), 'ref-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'A3', ref: null });
    expect(f.message).toContain('A3');
    expect(f.message).toContain('row 3');
  });
  it('treats a ref of spaces as missing', () => {
    expect(one(check({ actions: [{ Ref: '   ' }] }), 'ref-missing').cell).toBe('A2');
  });
  it('does not fire when every row has a ref', () => {
    expect(byRule(check({ actions: [{}, {}] }), 'ref-missing')).toEqual([]);
  });
});

describe('ref-duplicate', () => {
  it('fires on each later occurrence, naming the first cell', () => {
    const found = byRule(check({ actions: [{ Ref: '1.1' }, { Ref: '1.2' }, { Ref: '1.1' }, { Ref: '1.1' }] }), 'ref-duplicate');
    expect(found.map((f) => f.cell)).toEqual(['A4', 'A5']);
    expect(found[0]).toMatchObject({ severity: 'error', sheet: 'Actions', ref: '1.1' });
    expect(found[0].message).toContain('"1.1"');
    expect(found[0].message).toContain('already used in A2');
    expect(found[1].message).toContain('already used in A2');
  });
  it('ignores case and surrounding spaces', () => {
    expect(one(check({ actions: [{ Ref: '1.1a' }, { Ref: ' 1.1A ' }] }), 'ref-duplicate').cell).toBe('A3');
  });
  it('does not fire for 1.1 and 1.10 held as text', () => {
    expect(byRule(check({ actions: [{ Ref: '1.1' }, { Ref: '1.10' }, { Ref: '11' }] }), 'ref-duplicate')).toEqual([]);
  });
  it('is not fooled by a sheet of 5,000 distinct refs', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ Ref: String(Math.floor(i / 100) + 1) + '.' + String((i % 100) + 1) }));
    expect(byRule(check({ actions: rows }), 'ref-duplicate')).toEqual([]);
  });
});

describe('ref-format', () => {
  it.each(['1.1a', 'A1', '1', '1.2.3.4', 'Ref 1.1'])('fires for %s', (ref) => {
    const f = one(check({ actions: [{ Ref: ref }] }), 'ref-format');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'A2', ref });
    expect(f.message).toContain('N.N');
  });
  it.each(['1.1', '1.1.2', '10.12', '2.3.1'])('does not fire for %s', (ref) => {
    expect(byRule(check({ actions: [{ Ref: ref }] }), 'ref-format')).toEqual([]);
  });
});

describe('ref-stored-as-number', () => {
  it('fires when the ref cell holds a number', () => {
    const f = one(check({ actions: [{ Ref: 1.1 }] }), 'ref-stored-as-number');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Actions', cell: 'A2', ref: '1.1' });
    expect(f.message).toContain('Text');
  });
  it('does not fire for a text ref', () => {
    expect(byRule(check({ actions: [{ Ref: '1.1' }] }), 'ref-stored-as-number')).toEqual([]);
  });
});

describe('theme-unknown', () => {
  it('fires at the Theme cell when neither the theme, the ref nor a section row gives one', () => {
    const f = one(check({ actions: [{ Ref: 'ABC', Theme: null }] }), 'theme-unknown');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'B2', ref: 'ABC' });
    expect(f.message).toContain('"ABC"');
  });
  it('fires at the Ref cell when there is no Theme column', () => {
    const f = one(check({ actions: [{ Ref: 'ABC' }], actionSpec: { drop: ['Theme'] } }), 'theme-unknown');
    expect(f.cell).toBe('A2');
  });
  it('does not fire when the ref starts with the theme number', () => {
    expect(byRule(check({ actions: [{ Ref: '2.1', Theme: null }] }), 'theme-unknown')).toEqual([]);
  });
  it('does not fire when a section row above sets the theme', () => {
    const found = check({
      actions: [{ Ref: 'ABC', Theme: null }],
      actionSpec: { sections: { 0: '2. Improve outcomes for care leavers' } },
    });
    expect(byRule(found, 'theme-unknown')).toEqual([]);
  });
});

describe('theme-mismatch', () => {
  it('fires when the theme number differs from the ref number', () => {
    const f = one(check({ actions: [{ Ref: '2.1', Theme: '3. Care leavers' }] }), 'theme-mismatch');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Actions', cell: 'B2', ref: '2.1' });
    expect(f.message).toContain('"3. Care leavers"');
    expect(f.message).toContain('theme 2');
  });
  it('fires for a theme held as a number', () => {
    expect(one(check({ actions: [{ Ref: '2.1', Theme: 3 }] }), 'theme-mismatch').cell).toBe('B2');
  });
  it('does not fire when the numbers agree or the theme has no number', () => {
    const found = check({ actions: [{ Ref: '2.1', Theme: '2. Care leavers' }, { Ref: '2.2', Theme: 'Care leavers' }, { Ref: '2.3', Theme: 2 }] });
    expect(byRule(found, 'theme-mismatch')).toEqual([]);
  });
});
