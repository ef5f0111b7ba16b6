import { describe, expect, it } from 'vitest';
import { actionRag, daysOverdue, ukDate } from '../../src/functions/functions';
import { actionRagOf, daysOverdueOf } from '../../src/functions/actions';
import { serialFromYmd } from '../../src/core/calendar';
import { todaySerial } from '../../src/functions/args';
import { errorOf, valueOf } from './call';

const asOf = serialFromYmd(2016, 10, 31);

describe('PLAN.ACTIONRAG', () => {
  it('follows the numbered rules of 4.2', () => {
    expect(valueOf(() => actionRag('Complete', asOf - 10, asOf - 5, asOf))).toBe('Blue');
    expect(valueOf(() => actionRag('On hold', asOf - 10, null, asOf))).toBe('Grey');
    expect(valueOf(() => actionRag('Awaiting evidence', asOf - 10, null, asOf))).toBe('Green');
    expect(valueOf(() => actionRag('On track', null, null, asOf))).toBe('Unknown');
    expect(valueOf(() => actionRag('On track', asOf - 1, null, asOf))).toBe('Red');
    expect(valueOf(() => actionRag('R', asOf + 60, null, asOf))).toBe('Red');
    expect(valueOf(() => actionRag('amber', asOf + 60, null, asOf))).toBe('Amber');
    expect(valueOf(() => actionRag('Not started', asOf + 30, null, asOf))).toBe('Amber');
    expect(valueOf(() => actionRag('Not started', asOf + 31, null, asOf))).toBe('Green');
    expect(valueOf(() => actionRag('In progress', asOf + 5, null, asOf))).toBe('Green');
  });

  it('reads UK date text for due and as-of dates', () => {
    expect(valueOf(() => actionRag('On track', '30/10/2016', null, '31/10/2016'))).toBe('Red');
    expect(valueOf(() => actionRag('On track', 'Q3 2016/17', null, '31 Oct 2016'))).toBe('Green');
    expect(valueOf(() => actionRag('Not started', 'Nov 2016', null, '31/10/2016'))).toBe('Amber'); // due 30 Nov, 30 days
  });

  it('a due date that is not a date (Ongoing, US order) is Unknown, as rule 4 says', () => {
    expect(valueOf(() => actionRag('On track', 'Ongoing', null, asOf))).toBe('Unknown');
    expect(valueOf(() => actionRag('On track', '12/31/2016', null, asOf))).toBe('Unknown');
  });

  it('a blank status is Red when past due, else Unknown', () => {
    expect(valueOf(() => actionRag(null, asOf - 1, null, asOf))).toBe('Red');
    expect(valueOf(() => actionRag('', asOf + 100, null, asOf))).toBe('Unknown');
  });

  it('uses today when as_of is left out', () => {
    const now = new Date(2016, 9, 31, 15, 30); // 31 Oct 2016, local time
    expect(todaySerial(now)).toBe(asOf);
    expect(actionRagOf({ status: 'On track', due: asOf - 1, now })).toEqual({ ok: true, value: 'Red' });
    expect(actionRagOf({ status: 'On track', due: asOf, now })).toEqual({ ok: true, value: 'Green' });
    // Without `now` it is the real today: a due date far in the past is always Red.
    expect(valueOf(() => actionRag('On track', serialFromYmd(2000, 1, 1)))).toBe('Red');
    expect(valueOf(() => actionRag('On track', serialFromYmd(2000, 1, 1), null, null))).toBe('Red');
  });

  it('wrong input is #VALUE!', () => {
    expect(errorOf(() => actionRag('Sort of', asOf, null, asOf))).toContain(
      "status 'Sort of' is not recognised. Use Not started, On track, At risk, Off track, Complete, Awaiting sign-off or Deferred.",
    );
    expect(errorOf(() => actionRag('On track', true, null, asOf))).toContain('due TRUE is not a date');
    expect(errorOf(() => actionRag('On track', -5, null, asOf))).toContain('due -5 is not a date');
    expect(errorOf(() => actionRag('On track', asOf, 'soon', 'whenever'))).toContain("as_of 'whenever' is not a date");
    expect(errorOf(() => actionRag('On track', asOf, false, asOf))).toContain('completed FALSE is not a date');
    expect(errorOf(() => actionRag(3, asOf, null, asOf))).toContain('status 3 is not recognised');
  });
});

describe('PLAN.DAYSOVERDUE', () => {
  it('is as-of minus due for actions past due and not complete, awaiting sign-off or deferred', () => {
    expect(valueOf(() => daysOverdue(serialFromYmd(2016, 9, 30), 'On track', asOf))).toBe(31);
    expect(valueOf(() => daysOverdue('30/09/2016', 'At risk', '31/10/2016'))).toBe(31);
    expect(valueOf(() => daysOverdue(asOf - 3, null, asOf))).toBe(3);
  });

  it('is 0 when complete, awaiting sign-off, deferred, not yet due or without a due date', () => {
    expect(valueOf(() => daysOverdue(asOf - 3, 'Complete', asOf))).toBe(0);
    expect(valueOf(() => daysOverdue(asOf - 3, 'Awaiting sign-off', asOf))).toBe(0);
    expect(valueOf(() => daysOverdue(asOf - 3, 'Deferred', asOf))).toBe(0);
    expect(valueOf(() => daysOverdue(asOf, 'On track', asOf))).toBe(0);
    expect(valueOf(() => daysOverdue(null, 'On track', asOf))).toBe(0);
    expect(valueOf(() => daysOverdue('TBC', 'On track', asOf))).toBe(0);
  });

  it('uses today when as_of is left out', () => {
    const now = new Date(2016, 9, 31);
    expect(daysOverdueOf({ status: 'On track', due: asOf - 7, now })).toEqual({ ok: true, value: 7 });
  });

  it('wrong input is #VALUE!', () => {
    expect(errorOf(() => daysOverdue(asOf, 'nope', asOf))).toContain("status 'nope' is not recognised");
  });
});

describe('PLAN.UKDATE', () => {
  it('reads every date text of contract 2 as a serial', () => {
    expect(valueOf(() => ukDate('31/12/2016'))).toBe(serialFromYmd(2016, 12, 31));
    expect(valueOf(() => ukDate('1/2/16'))).toBe(serialFromYmd(2016, 2, 1));
    expect(valueOf(() => ukDate('2016-12-31'))).toBe(serialFromYmd(2016, 12, 31));
    expect(valueOf(() => ukDate('1 Dec 2016'))).toBe(serialFromYmd(2016, 12, 1));
    expect(valueOf(() => ukDate('Dec 2016'))).toBe(serialFromYmd(2016, 12, 31));
    expect(valueOf(() => ukDate('Feb-16'))).toBe(serialFromYmd(2016, 2, 29));
    expect(valueOf(() => ukDate('Q3 2016/17'))).toBe(serialFromYmd(2016, 12, 31));
    expect(valueOf(() => ukDate('Q4 2016/17'))).toBe(serialFromYmd(2017, 3, 31));
  });

  it('passes a real date through and keeps blank blank', () => {
    expect(valueOf(() => ukDate(42735))).toBe(42735);
    expect(valueOf(() => ukDate(42735.75))).toBe(42735);
    expect(valueOf(() => ukDate(null))).toBe('');
    expect(valueOf(() => ukDate('  '))).toBe('');
  });

  it('text that is not a date is #VALUE! (never US order)', () => {
    expect(errorOf(() => ukDate('12/31/2016'))).toBe(
      "PLAN.UKDATE: text '12/31/2016' is not a date. Give a date, or UK date text like 31/12/2016, Dec 2016 or Q3 2016/17.",
    );
    expect(errorOf(() => ukDate('Ongoing'))).toContain("'Ongoing' is not a date");
    expect(errorOf(() => ukDate('31/02/2016'))).toContain('is not a date');
    expect(errorOf(() => ukDate(true))).toContain('TRUE is not a date');
    expect(errorOf(() => ukDate(0))).toContain('0 is not a date');
  });
});
