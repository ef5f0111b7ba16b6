import { describe, expect, it } from 'vitest';
import { parsePeriodText } from '../../../src/core/import';
import { yearMonth } from '../../../src/core/calendar';

describe('parsePeriodText', () => {
  const sep16 = yearMonth(2016, 9);
  it.each(['2016-09', '2016-9', '09/2016', 'Sep-16', 'Sep 2016', 'September 2016', 'sept 16', '30/09/2016', '1/9/16', '2016-09-30', '30 Sep 2016', ' Sep 2016 '])(
    'reads %s as September 2016',
    (text) => {
      expect(parsePeriodText(text, null)).toBe(sep16);
    },
  );

  it.each(['09/30/2016', '31/09/2016', '2016-13', 'Sop 2016', 'Q2 2016/17', '', 'soon', '42'])('refuses %s', (text) => {
    expect(parsePeriodText(text, 2016)).toBeNull();
  });

  it('places a bare month name in the plan year, and refuses it without one', () => {
    expect(parsePeriodText('Sep', 2016)).toBe(sep16);
    expect(parsePeriodText('Feb', 2016)).toBe(yearMonth(2017, 2));
    expect(parsePeriodText('Sep', null)).toBeNull();
  });
});
