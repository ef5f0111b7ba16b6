/**
 * Measure rules (contract 4.3). As of 31/10/2016, so the month before the
 * as-of month is September (column L). Columns: A ID, B Measure, C Unit,
 * D Polarity, E Baseline, F Target, G Apr-16 .. L Sep-16, M Oct-16.
 */
import { describe, expect, it } from 'vitest';
import { err, pct } from '../../helpers/snapshot-builder';
import { byRule, check, one } from './fixture';

const count = { Unit: 'Number', Baseline: 40, Target: 30, Polarity: 'Lower is better', 'Apr-16': 41, 'May-16': 39, 'Jun-16': 38, 'Jul-16': 37, 'Aug-16': 36, 'Sep-16': 35 };

describe('measure-id-missing', () => {
  it('fires at the empty ID cell, naming the measure', () => {
    const f = one(check({ measures: [{}, { 'Measure ID': null, Measure: 'Re-referrals' }] }), 'measure-id-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Measures', cell: 'A3', ref: null });
    expect(f.message).toContain('"Re-referrals"');
  });
  it('does not fire when every measure has an id', () => {
    expect(byRule(check({ measures: [{}, {}] }), 'measure-id-missing')).toEqual([]);
  });
});

describe('measure-id-duplicate', () => {
  it('fires on each later occurrence, naming the first cell, ignoring case', () => {
    const found = byRule(check({ measures: [{ 'Measure ID': 'CL1' }, { 'Measure ID': 'CL2' }, { 'Measure ID': 'cl1' }] }), 'measure-id-duplicate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', sheet: 'Measures', cell: 'A4', ref: 'cl1' });
    expect(found[0].message).toContain('already used in A2');
  });
  it('does not fire for distinct ids', () => {
    expect(byRule(check({ measures: [{}, {}, {}] }), 'measure-id-duplicate')).toEqual([]);
  });
});

describe('polarity-missing', () => {
  it('fires at the empty Polarity cell', () => {
    const f = one(check({ measures: [{ Polarity: null }] }), 'polarity-missing');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Measures', cell: 'D2', ref: 'CL1' });
  });
  it('does not fire with a polarity', () => {
    expect(byRule(check(), 'polarity-missing')).toEqual([]);
  });
});

describe('polarity-unknown', () => {
  it('fires for a word that is not a polarity, quoting it', () => {
    const f = one(check({ measures: [{ Polarity: 'Good' }] }), 'polarity-unknown');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Measures', cell: 'D2', ref: 'CL1' });
    expect(f.message).toContain('"Good"');
  });
  it('does not fire for the words of 3.2', () => {
    const found = check({ measures: [{ Polarity: 'H' }, { Polarity: '↓', Target: pct(0.4) }, { Polarity: 'Close to target' }, { Polarity: 'Context' }] });
    expect(byRule(found, 'polarity-unknown')).toEqual([]);
  });
});

describe('target-missing', () => {
  it('fires for an empty target and for text like TBC', () => {
    const found = byRule(check({ measures: [{ Target: null }, { Target: 'TBC' }] }), 'target-missing');
    expect(found.map((f) => [f.cell, f.severity, f.ref])).toEqual([['F2', 'error', 'CL1'], ['F3', 'error', 'CL2']]);
    expect(found[1].message).toContain('"TBC"');
  });
  it('does not fire with a number, or for a context measure', () => {
    expect(byRule(check({ measures: [{}, { Polarity: 'Context', Target: null, Baseline: null }] }), 'target-missing')).toEqual([]);
  });
});

describe('baseline-missing', () => {
  it('fires at the empty Baseline cell', () => {
    const f = one(check({ measures: [{ Baseline: 'n/a' }] }), 'baseline-missing');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Measures', cell: 'E2', ref: 'CL1' });
    expect(f.message).toContain('"n/a"');
  });
  it('fires at the ID cell when there is no Baseline column', () => {
    const found = byRule(check({ measures: [{}, {}], measureSpec: { drop: ['Baseline'] } }), 'baseline-missing');
    expect(found.map((f) => f.cell)).toEqual(['A2', 'A3']);
  });
  it('does not fire with a baseline, or for a context measure', () => {
    expect(byRule(check({ measures: [{}, { Polarity: 'C', Baseline: null }] }), 'baseline-missing')).toEqual([]);
  });
});

describe('value-not-number', () => {
  it('fires at a month cell that is neither a number nor a no-data marker', () => {
    const f = one(check({ measures: [{ 'Jun-16': 'about 50' }] }), 'value-not-number');
    expect(f).toMatchObject({ severity: 'error', sheet: 'Measures', cell: 'I2', ref: 'CL1' });
    expect(f.message).toContain('"about 50"');
    expect(f.message).toContain('June 2016');
  });
  it('does not fire for numbers, number text and no-data markers', () => {
    const found = check({ measures: [{ 'Apr-16': 'c', 'May-16': '~', 'Jun-16': '52%', 'Jul-16': 'N/A', 'Aug-16': '..' }] });
    expect(byRule(found, 'value-not-number')).toEqual([]);
  });
});

describe('pct-out-of-range', () => {
  it('fires for % values above 100% or below 0%, after scaling', () => {
    const found = byRule(check({ measures: [{ 'Jun-16': 150, 'Jul-16': '120%', 'Aug-16': pct(-0.1) }] }), 'pct-out-of-range');
    expect(found.map((f) => [f.cell, f.severity, f.ref])).toEqual([['I2', 'warning', 'CL1'], ['J2', 'warning', 'CL1'], ['K2', 'warning', 'CL1']]);
    expect(found[0].message).toContain('150%');
    expect(found[0].message).toContain('"150"');
  });
  it('does not fire for 100%, 0, points or fractions, nor for other units', () => {
    const found = check({ measures: [{ 'Jun-16': pct(1), 'Jul-16': pct(0), 'Aug-16': pct(0.54) }, count, { ...count, Unit: 'Number', Polarity: 'Lower is better', 'Sep-16': 150 }] });
    expect(byRule(found, 'pct-out-of-range')).toEqual([]);
  });
});

describe('pct-mixed-scale', () => {
  it('fires at the ID cell when plain fractions and plain points are mixed', () => {
    const f = one(check({ measures: [{ Baseline: 0.5, Target: 0.6, 'Sep-16': 55 }] }), 'pct-mixed-scale');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Measures', cell: 'A2', ref: 'CL1' });
    expect(f.message).toContain('Measure CL1 (A2) is a % measure');
    expect(f.message).toContain('"0.5" in E2');
    expect(f.message).toContain('"55" in L2');
  });
  it('does not fire for %-marked values, a consistent scale, zero, or other units', () => {
    const found = check({
      measures: [
        { Baseline: '50%', Target: 60, 'Sep-16': 55 },
        { Baseline: 50, Target: 60, 'Apr-16': 0, 'Sep-16': 55 },
        { Baseline: 0.5, Target: 0.6, 'Sep-16': 0.55 },
        { ...count, 'Apr-16': 0.5 },
      ],
    });
    expect(byRule(found, 'pct-mixed-scale')).toEqual([]);
  });
});

describe('target-below-baseline', () => {
  it('fires for a higher-is-better target below the baseline', () => {
    const f = one(check({ measures: [{ Target: pct(0.4) }] }), 'target-below-baseline');
    expect(f).toMatchObject({ severity: 'warning', sheet: 'Measures', cell: 'F2', ref: 'CL1' });
    expect(f.message).toContain('"40%"');
    expect(f.message).toContain('"50%" in E2');
  });
  it('fires for a lower-is-better target above the baseline', () => {
    expect(one(check({ measures: [{ ...count, Target: 45 }] }), 'target-below-baseline').cell).toBe('F2');
  });
  it('does not fire for an improving target, equal values on two scales, band or context', () => {
    const found = check({
      measures: [
        {},
        count,
        { Baseline: 0.58, Target: '58%' },
        { Polarity: 'Target', Target: pct(0.4) },
        { Polarity: 'Context', Target: pct(0.4) },
      ],
    });
    expect(byRule(found, 'target-below-baseline')).toEqual([]);
  });
});

describe('latest-missing', () => {
  it('fires at the September cell when it is blank or holds a no-data marker', () => {
    const found = byRule(check({ measures: [{ 'Sep-16': null }, { 'Sep-16': 'c' }] }), 'latest-missing');
    expect(found.map((f) => [f.cell, f.severity, f.ref])).toEqual([['L2', 'warning', 'CL1'], ['L3', 'warning', 'CL2']]);
    expect(found[0].message).toContain('September 2016');
    expect(found[1].message).toContain('"c"');
  });
  it('does not fire with a value, for context measures, or without a September column', () => {
    expect(byRule(check({ measures: [{}, { Polarity: 'Context', 'Sep-16': null }] }), 'latest-missing')).toEqual([]);
    const noSep = check({ measures: [{ 'Sep-16': null }], measureSpec: { drop: ['Sep-16'] } });
    expect(byRule(noSep, 'latest-missing')).toEqual([]);
  });
  it('does not add to value-not-number or cell-error in the same cell', () => {
    const found = check({ measures: [{ 'Sep-16': 'lots' }, { 'Sep-16': err('#DIV/0!') }] });
    expect(byRule(found, 'latest-missing')).toEqual([]);
    expect(byRule(found, 'value-not-number').map((f) => f.cell)).toEqual(['L2']);
    expect(byRule(found, 'cell-error').map((f) => f.cell)).toEqual(['L3']);
  });
});

describe('cell-error (measures)', () => {
  it('fires in month, baseline and target cells without the missing-value rules', () => {
    const found = check({ measures: [{ Baseline: err('#REF!'), Target: err('#N/A'), 'Jun-16': err('#VALUE!') }] });
    expect(byRule(found, 'cell-error').map((f) => [f.cell, f.severity, f.ref])).toEqual([
      ['E2', 'error', 'CL1'],
      ['F2', 'error', 'CL1'],
      ['I2', 'error', 'CL1'],
    ]);
    expect(byRule(found, 'baseline-missing')).toEqual([]);
    expect(byRule(found, 'target-missing')).toEqual([]);
    expect(byRule(found, 'cell-error')[2].message).toContain('June 2016 value in I2');
  });
});
