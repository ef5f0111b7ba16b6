import { describe, expect, it } from 'vitest';
import { compareWithComparators, evaluateMeasures } from '../../../src/core/measures';
import type { ComparatorMark } from '../../../src/core/model';
import { analysePlan, reportJson } from '../../../src/core';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';
import { field, measureRow, num, planOf, val } from './plan-fixture';
import { pct, sheet, workbook } from '../../helpers/snapshot-builder';

const england = (value: number): ComparatorMark => ({ name: 'England', value });

describe('compareWithComparators (contract 3.4)', () => {
  it('higher is better: above is Better, below is Worse, gap = latest - comparator', () => {
    const marks: ComparatorMark[] = [england(0.49), { name: 'Statistical neighbours', value: 0.7 }, { name: 'Core cities', value: 0.62 }];
    expect(compareWithComparators('percent', 'higher', 0.62, marks)).toEqual([
      { name: 'England', value: 0.49, gap: 0.13, verdict: 'Better' },
      { name: 'Statistical neighbours', value: 0.7, gap: -0.08, verdict: 'Worse' },
      { name: 'Core cities', value: 0.62, gap: 0, verdict: 'Similar' },
    ]);
  });

  it('lower is better: below is Better, above is Worse', () => {
    expect(compareWithComparators('percent', 'lower', 0.2, [england(0.22)])).toEqual([{ name: 'England', value: 0.22, gap: -0.02, verdict: 'Better' }]);
    expect(compareWithComparators('number', 'lower', 20.4, [england(17.8)])).toEqual([{ name: 'England', value: 17.8, gap: 2.6, verdict: 'Worse' }]);
  });

  it('%: Similar below 1 percentage point, Better/Worse at exactly 1 point (after rounding to 10 digits)', () => {
    // 0.58 - 0.57 is 0.010000000000000009 in floating point: exactly one point after rounding.
    expect(compareWithComparators('percent', 'higher', 0.58, [england(0.57)])[0]).toMatchObject({ gap: 0.01, verdict: 'Better' });
    expect(compareWithComparators('percent', 'higher', 0.56, [england(0.57)])[0]).toMatchObject({ gap: -0.01, verdict: 'Worse' });
    expect(compareWithComparators('percent', 'higher', 0.579, [england(0.57)])[0]).toMatchObject({ gap: 0.009, verdict: 'Similar' });
    expect(compareWithComparators('percent', 'lower', 0.561, [england(0.57)])[0]).toMatchObject({ gap: -0.009, verdict: 'Similar' });
  });

  it('other units: Similar below 1% of the comparator, not of the latest value', () => {
    // 1% of 20 is 0.2: 20.2 is exactly at the threshold, 20.19 below it.
    expect(compareWithComparators('number', 'higher', 20.2, [england(20)])[0]).toMatchObject({ gap: 0.2, verdict: 'Better' });
    expect(compareWithComparators('number', 'higher', 20.19, [england(20)])[0]).toMatchObject({ gap: 0.19, verdict: 'Similar' });
    expect(compareWithComparators('days', 'lower', 19.81, [england(20)])[0]).toMatchObject({ verdict: 'Similar' });
    expect(compareWithComparators('rate', 'lower', 19.8, [england(20)])[0]).toMatchObject({ verdict: 'Better' });
    // 1% of a negative comparator is taken by its size.
    expect(compareWithComparators('number', 'higher', -9.95, [england(-10)])[0]).toMatchObject({ verdict: 'Similar' });
    // A comparator of 0: the threshold is 0, so only an equal value is Similar.
    expect(compareWithComparators('number', 'higher', 0, [england(0)])[0]).toMatchObject({ gap: 0, verdict: 'Similar' });
    expect(compareWithComparators('number', 'lower', 0.001, [england(0)])[0]).toMatchObject({ verdict: 'Worse' });
  });

  it('is empty for band, context and a missing polarity, and without a latest value', () => {
    const marks = [england(0.4)];
    expect(compareWithComparators('percent', 'band', 0.3, marks)).toEqual([]);
    expect(compareWithComparators('percent', 'context', 0.3, marks)).toEqual([]);
    expect(compareWithComparators('percent', null, 0.3, marks)).toEqual([]);
    expect(compareWithComparators('percent', 'higher', null, marks)).toEqual([]);
    expect(compareWithComparators('percent', 'higher', 0.3, [])).toEqual([]);
  });
});

describe('evaluateMeasures: comparators', () => {
  const months = [yearMonth(2016, 4), yearMonth(2016, 5)];
  const asOf = serialFromYmd(2016, 5, 31);

  it('reads comparators like the target: points in a % row are fractions, % cells and text as marked', () => {
    const row = measureRow({
      unit: 'percent',
      target: num(65),
      england: num(49),
      statNeighbours: num(0.5, true),
      coreCities: val({ value: 0.62, percentMarked: true, fromText: true }),
      months: [num(58), num(61)],
    });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r.comparatorValues).toEqual([
      { name: 'England', value: 0.49 },
      { name: 'Statistical neighbours', value: 0.5 },
      { name: 'Core cities', value: 0.62 },
    ]);
    expect(r.comparators.map((c) => [c.name, c.gap, c.verdict])).toEqual([
      ['England', 0.12, 'Better'],
      ['Statistical neighbours', 0.11, 'Better'],
      ['Core cities', -0.01, 'Worse'],
    ]);
  });

  it('leaves out a comparator that is blank, no data or not a number; keeps marks for a band measure', () => {
    const row = measureRow({
      unit: 'number',
      polarity: val('band'),
      target: num(30),
      england: field({ kind: 'no-data', marker: '..' }),
      statNeighbours: field({ kind: 'invalid', text: 'tbc later' }),
      coreCities: num(31),
      months: [num(28), num(29)],
    });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r.comparatorValues).toEqual([{ name: 'Core cities', value: 31 }]);
    expect(r.comparators).toEqual([]);
  });
});

describe('reportJson: comparators', () => {
  it('adds each measure\'s comparators, leaving the other fields as they were', () => {
    const wb = workbook(
      sheet('Actions', [
        ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
        ['1.1', 'Do it', 'Better', 'Jo', '31/03/2017', 'On track'],
      ]),
      sheet('Measures', [
        ['ID', 'Measure', 'Unit', 'Polarity', 'Target', 'England', 'SN', 'Core cities', 'Sep 2016'],
        ['CL1', 'EET', '%', 'Higher is better', pct(0.65), pct(0.49), '62%', 58, pct(0.615)],
      ]),
    );
    const j = reportJson(analysePlan(wb, { asOf: serialFromYmd(2016, 9, 30) }));
    expect(j.measures[0]).toMatchObject({ id: 'CL1', latest: 0.615, rag: 'Amber' });
    expect(j.measures[0].comparators).toEqual([
      { name: 'England', value: 0.49, gap: 0.125, verdict: 'Better' },
      { name: 'Statistical neighbours', value: 0.62, gap: -0.005, verdict: 'Similar' },
      { name: 'Core cities', value: 0.58, gap: 0.035, verdict: 'Better' },
    ]);
  });
});
