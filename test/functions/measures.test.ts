import { describe, expect, it } from 'vitest';
import { direction, latest, progress, trajectory } from '../../src/functions/functions';
import { inferUnit } from '../../src/functions/measures';
import { serialFromYmd } from '../../src/core/calendar';
import { errorOf, valueOf } from './call';

describe('PLAN.PROGRESS', () => {
  it('is the fraction of the way from baseline to target, not clipped', () => {
    expect(valueOf(() => progress(50, 60, 70))).toBe(0.5);
    expect(valueOf(() => progress(50, 80, 70))).toBe(1.5);
    expect(valueOf(() => progress(50, 40, 70))).toBe(-0.5);
    expect(valueOf(() => progress(30, 25, 20))).toBe(0.5); // falling target
  });

  it('reads % text and mixed scales with unit %', () => {
    expect(valueOf(() => progress('50%', 0.6, '70%'))).toBe(0.5);
    expect(valueOf(() => progress(50, 0.6, 0.7, null, '%'))).toBe(0.5);
    expect(valueOf(() => progress(0.5, 0.6, 0.7))).toBe(0.5);
  });

  it('is blank without a baseline, actual or target, and for context', () => {
    expect(valueOf(() => progress(null, 60, 70))).toBe('');
    expect(valueOf(() => progress(50, '', 70))).toBe('');
    expect(valueOf(() => progress(50, 60, 'TBC'))).toBe('');
    expect(valueOf(() => progress(50, 60, 70, 'Context'))).toBe('');
  });

  it('target = baseline: 1 when met, else 0, by polarity', () => {
    expect(valueOf(() => progress(70, 75, 70, 'Higher is better'))).toBe(1);
    expect(valueOf(() => progress(70, 65, 70, 'Higher is better'))).toBe(0);
    expect(valueOf(() => progress(70, 65, 70, 'Lower is better'))).toBe(1);
    expect(valueOf(() => progress(100, 104, 100, 'Target'))).toBe(1); // within 5% of target
    expect(valueOf(() => progress(100, 106, 100, 'Target'))).toBe(0);
    expect(valueOf(() => progress(70, 70, 70))).toBe(1);
  });

  it('target = baseline without a polarity and an actual off target is #VALUE! asking for it', () => {
    expect(errorOf(() => progress(70, 75, 70))).toContain('Give the polarity');
  });

  it('wrong input is #VALUE!', () => {
    expect(errorOf(() => progress('abc', 1, 2))).toContain("baseline 'abc' is not a number");
    expect(errorOf(() => progress(1, false, 2))).toContain('actual FALSE is not a number');
  });
});

describe('PLAN.TRAJECTORY', () => {
  it('is linear from baseline (month 0) to target (month 12)', () => {
    expect(valueOf(() => trajectory(40, 52, 1))).toBe(41);
    expect(valueOf(() => trajectory(40, 52, 6))).toBe(46);
    expect(valueOf(() => trajectory(40, 52, 12))).toBe(52);
    expect(valueOf(() => trajectory(0.1, 0.3, 6))).toBe(0.2);
  });

  it('accepts month numbers as text, month names and dates (serial or UK text)', () => {
    expect(valueOf(() => trajectory(40, 52, '6'))).toBe(46);
    expect(valueOf(() => trajectory(40, 52, 'Apr'))).toBe(41);
    expect(valueOf(() => trajectory(40, 52, 'March'))).toBe(52);
    expect(valueOf(() => trajectory(40, 52, 'Jan'))).toBe(50);
    expect(valueOf(() => trajectory(40, 52, serialFromYmd(2016, 9, 30)))).toBe(46); // September = month 6
    expect(valueOf(() => trajectory(40, 52, serialFromYmd(2017, 2, 1)))).toBe(51); // February = month 11
    expect(valueOf(() => trajectory(40, 52, '30/09/2016'))).toBe(46);
    expect(valueOf(() => trajectory(40, 52, 'Dec 2016'))).toBe(49);
  });

  it('scales % values: 50 and 0.6 with unit % give fractions', () => {
    expect(valueOf(() => trajectory(50, 0.62, 6, '%'))).toBe(0.56);
    expect(valueOf(() => trajectory('50%', '62%', 6))).toBe(0.56);
  });

  it('is blank without a baseline or target', () => {
    expect(valueOf(() => trajectory(null, 52, 6))).toBe('');
    expect(valueOf(() => trajectory(40, 'n/a', 6))).toBe('');
  });

  it('a month that is not 1 to 12, a name or a date is #VALUE!', () => {
    expect(errorOf(() => trajectory(40, 52, 0))).toContain('month 0 is not a month of the plan year');
    expect(errorOf(() => trajectory(40, 52, 6.5))).toContain('month 6.5 is not a month of the plan year');
    expect(errorOf(() => trajectory(40, 52, -3))).toContain('month -3');
    expect(errorOf(() => trajectory(40, 52, null))).toContain('month is blank');
    expect(errorOf(() => trajectory(40, 52, 'Ongoing'))).toContain("month 'Ongoing' is not a month or a date");
    expect(errorOf(() => trajectory(40, 52, true))).toContain('month TRUE');
  });
});

describe('PLAN.DIRECTION', () => {
  it('higher and lower', () => {
    expect(valueOf(() => direction(110, 100, 'Higher is better'))).toBe('Improving');
    expect(valueOf(() => direction(90, 100, 'H'))).toBe('Declining');
    expect(valueOf(() => direction(90, 100, 'Lower is better'))).toBe('Improving');
    expect(valueOf(() => direction(110, 100, 'L'))).toBe('Declining');
  });

  it('a change under 1% of the previous value (or 1 point for %) is No change', () => {
    expect(valueOf(() => direction(100.9, 100, 'H'))).toBe('No change');
    expect(valueOf(() => direction(101, 100, 'H'))).toBe('Improving');
    expect(valueOf(() => direction(0.609, 0.6, 'H'))).toBe('No change'); // inferred %: 0.9 points
    expect(valueOf(() => direction('61%', '60%', 'H'))).toBe('Improving');
    expect(valueOf(() => direction(61, 0.6, 'H', null, '%'))).toBe('Improving');
  });

  it('band: closer to the target is Improving', () => {
    expect(valueOf(() => direction(104, 110, 'Target', 100))).toBe('Improving');
    expect(valueOf(() => direction(120, 110, 'Range', 100))).toBe('Declining');
  });

  it('blank with fewer than two values, and for context', () => {
    expect(valueOf(() => direction(null, 100, 'H'))).toBe('');
    expect(valueOf(() => direction(100, 'c', 'H'))).toBe('');
    expect(valueOf(() => direction(110, 100, 'Context'))).toBe('');
  });

  it('wrong or missing polarity, and band without a target, are #VALUE!', () => {
    expect(errorOf(() => direction(110, 100, null))).toContain('polarity is blank');
    expect(errorOf(() => direction(110, 100, 'sideways'))).toContain("polarity 'sideways' is not recognised");
    expect(errorOf(() => direction(110, 100, 'Target'))).toContain('needs the target');
    expect(errorOf(() => direction('x1', 100, 'H'))).toContain("latest 'x1' is not a number");
  });
});

describe('PLAN.LATEST', () => {
  it('is the last number of a row range', () => {
    expect(valueOf(() => latest([[1, 2, 3, null, '']]))).toBe(3);
  });

  it('is the last number of a column range', () => {
    expect(valueOf(() => latest([[1], [2], ['c'], [null]]))).toBe(2);
  });

  it('skips blanks and no-data markers, reads number text', () => {
    expect(valueOf(() => latest([[0.5, '58%', 'n/a', '-', '~', 'x', 'TBC', '..', 'N/A', '  ']]))).toBe(0.58);
    expect(valueOf(() => latest([['1,234', null]]))).toBe(1234);
    expect(valueOf(() => latest([[0, '']]))).toBe(0);
  });

  it('is blank when there is no number', () => {
    expect(valueOf(() => latest([[null, '', 'c']]))).toBe('');
    expect(valueOf(() => latest([[]]))).toBe('');
  });

  it('text that is neither a number nor a marker is #VALUE! naming where', () => {
    expect(errorOf(() => latest([[1, 'lots', 3]]))).toContain("value 'lots' (row 1, column 2 of the range) is neither a number nor a no-data marker");
    expect(errorOf(() => latest([[1], [true]]))).toContain('value TRUE (row 2, column 1');
  });
});

describe('inferUnit', () => {
  const plain = (value: number) => ({ value, percentMarked: false, fromText: false });
  const marked = (value: number) => ({ value, percentMarked: true, fromText: true });
  it('uses the unit given', () => {
    expect(inferUnit('days', [marked(0.5)], [plain(0.5), plain(0.6)])).toBe('days');
  });
  it('is percent for % text or two fractions from 0 to 1', () => {
    expect(inferUnit(null, [null, marked(0.5)], [])).toBe('percent');
    expect(inferUnit(null, [], [plain(0), plain(1)])).toBe('percent');
  });
  it('is number otherwise', () => {
    expect(inferUnit(null, [], [plain(0.5), null])).toBe('number');
    expect(inferUnit(null, [], [plain(0.5), plain(1.5)])).toBe('number');
    expect(inferUnit(null, [], [plain(-0.5), plain(0.5)])).toBe('number');
  });
});
