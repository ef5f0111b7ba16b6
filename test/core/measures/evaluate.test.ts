import { describe, expect, it } from 'vitest';
import { evaluateMeasures } from '../../../src/core/measures';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';
import { blank, field, measureRow, num, planOf, val } from './plan-fixture';

const months = [yearMonth(2016, 4), yearMonth(2016, 5), yearMonth(2016, 6), yearMonth(2016, 7)];
const asOf = serialFromYmd(2016, 6, 15);

describe('evaluateMeasures', () => {
  it('is empty without a Measures sheet', () => {
    expect(evaluateMeasures(planOf({ asOf, planYearStart: 2016 }))).toEqual([]);
  });

  it('scales % values, takes latest as of the month, and rates it', () => {
    const row = measureRow({
      unit: 'percent',
      baseline: num(50),
      target: num(0.6, true),
      months: [num(52), num(0.55), num(57), num(70)],
    });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r.id).toBe('M1');
    expect(r.baseline).toBe(0.5);
    expect(r.target).toBe(0.6);
    expect(r.series.map((s) => s.value)).toEqual([0.52, 0.55, 0.57, 0.7]);
    expect(r.latest).toBe(0.57);
    expect(r.latestPeriod).toBe(yearMonth(2016, 6));
    expect(r.rag).toBe('Amber'); // 3 points short, default tolerance 5 points
    expect(r.progress).toBe(0.7);
    // expected(June = 3) = 0.5 + 0.1 * 3/12 = 0.525
    expect(r.trajectory).toBe('On trajectory');
    expect(r.direction).toBe('Improving'); // +2 points
  });

  it('skips no-data, blank and invalid month cells', () => {
    const row = measureRow({
      baseline: num(100),
      target: num(80),
      polarity: val('lower'),
      months: [num(95), field({ kind: 'no-data', marker: 'c' }), field({ kind: 'invalid', text: 'lots' }), blank()],
    });
    const [r] = evaluateMeasures(planOf({ asOf: serialFromYmd(2016, 7, 31), planYearStart: 2016, months, measures: [row] }));
    expect(r.series.map((s) => s.value)).toEqual([95, null, null, null]);
    expect(r.latest).toBe(95);
    expect(r.latestPeriod).toBe(yearMonth(2016, 4));
    expect(r.direction).toBeNull();
    expect(r.rag).toBe('Red'); // 15 above target, tolerance 5% of 80 = 4
  });

  it('uses the Default tolerance setting', () => {
    const row = measureRow({ baseline: num(100), target: num(80), polarity: val('lower'), months: [num(95)] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row], settings: { defaultTolerance: 20 } }));
    expect(r.rag).toBe('Amber'); // tolerance 20% of 80 = 16
  });

  it('uses the tolerance, tolerance type and floor columns', () => {
    const tol = measureRow({ target: num(100), tolerance: num(3), toleranceType: val('points'), months: [num(96)] });
    const floor = measureRow({ target: num(100), floor: num(90), months: [num(91)] });
    const [a, b] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [tol, floor] }));
    expect(a.rag).toBe('Red');
    expect(b.rag).toBe('Amber');
  });

  it('context measures: n/a and no progress, trajectory or direction', () => {
    const row = measureRow({ polarity: val('context'), baseline: num(1), target: num(2), months: [num(1), num(5)] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r).toMatchObject({ rag: 'n/a', progress: null, trajectory: null, direction: null, latest: 5, polarity: 'context' });
  });

  it('missing or unknown polarity: No data, literal progress, no trajectory or direction', () => {
    const row = measureRow({ polarity: field({ kind: 'invalid', text: 'sideways' }), baseline: num(10), target: num(20), months: [num(12), num(15)] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r).toMatchObject({ polarity: null, rag: 'No data', progress: 0.5, trajectory: null, direction: null, latest: 15 });
  });

  it('no month values: No data and no latest', () => {
    const row = measureRow({ baseline: num(10), target: num(20), months: [blank(), blank()] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r).toMatchObject({ rag: 'No data', latest: null, latestPeriod: null, progress: null, trajectory: null, direction: null });
  });

  it('a missing id or name gives empty text; a target that is not a number is none', () => {
    const row = measureRow({ id: blank(), name: null, target: field({ kind: 'no-data', marker: 'TBC' }), months: [num(3)] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r).toMatchObject({ id: '', name: '', target: null, rag: 'No data' });
  });

  it('trajectory uses the plan year start for month numbers', () => {
    const row = measureRow({ baseline: num(0), target: num(120), months: [num(10), num(20), num(29)] });
    const [r] = evaluateMeasures(planOf({ asOf, planYearStart: 2016, months, measures: [row] }));
    expect(r.trajectory).toBe('Behind trajectory'); // June is month 3: expected 30
    const [s] = evaluateMeasures(planOf({ asOf, planYearStart: 2015, months, measures: [row] }));
    expect(s.trajectory).toBe('Behind trajectory'); // month 15, held to the target
    const [t] = evaluateMeasures(planOf({ asOf, planYearStart: 2017, months, measures: [row] }));
    expect(t.trajectory).toBe('On trajectory'); // before the plan year, held to the baseline
  });
});
