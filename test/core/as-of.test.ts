/** Contract 8 in core: one as-of rule, one reader for typed dates, one way of saying where the date came from. */
import { describe, expect, it } from 'vitest';
import { asOfOf, describeAsOf, readGivenDate, resolveAsOf, rollupMonthOf, serialOfDate } from '../../src/core/as-of';
import { boardReadiness } from '../../src/core/readiness';
import { serialFromYmd, shortYearMonth, shortYearMonthText, longYearMonth, yearMonth, parseYearMonth } from '../../src/core/calendar';
import { analysePlan, checkPlan, evaluateActions, readPlan } from '../../src/core';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { sheet, workbook as snapshotOf } from '../helpers/snapshot-builder';

const SEP30 = serialFromYmd(2016, 9, 30);
const OCT31 = serialFromYmd(2016, 10, 31);

function workbook(settings: ReadonlyArray<ReadonlyArray<CellValue>> | null, settingsName = 'Settings'): WorkbookSnapshot {
  const actions: CellValue[][] = [
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status', 'RAG'],
    ['1.1', 'Audit', 'Better', 'Jo', serialFromYmd(2016, 10, 15), 'On track', 'G'],
    ['1.2', 'Train', 'Better', 'Jo', serialFromYmd(2016, 11, 10), 'Not started', 'G'],
    ['1.3', 'Plan', 'Better', 'Jo', serialFromYmd(2016, 9, 1), 'Complete', 'B'],
  ];
  const sheets = [sheet('Actions', actions)];
  if (settings !== null) sheets.push(sheet(settingsName, settings));
  return snapshotOf(...sheets);
}

describe('resolveAsOf', () => {
  const settings = [['Setting', 'Value'], ['Plan year', '2016/17'], ['As of', SEP30]];

  it('takes the given date first, then Settings As of, then today', () => {
    expect(resolveAsOf(workbook(settings), { date: OCT31, label: '--as-of' }, 1)).toEqual({ date: OCT31, source: { kind: 'given', label: '--as-of' } });
    expect(resolveAsOf(workbook(settings), null, OCT31)).toEqual({ date: SEP30, source: { kind: 'settings', sheet: 'Settings', cell: 'B3' } });
    expect(resolveAsOf(workbook(null), null, OCT31)).toEqual({ date: OCT31, source: { kind: 'today' } });
  });

  it('reads a Settings As of typed as UK text, and ignores one that is not a date', () => {
    expect(resolveAsOf(workbook([['As of', '30/09/2016']]), null, OCT31).date).toBe(SEP30);
    expect(resolveAsOf(workbook([['As of', 'TBC']]), null, OCT31)).toEqual({ date: OCT31, source: { kind: 'today' } });
    expect(resolveAsOf(workbook([['As of', '31/02/2017']]), null, OCT31).source.kind).toBe('today');
  });

  it('says the date and where it came from, quoting a sheet name as Excel does', () => {
    expect(describeAsOf(resolveAsOf(workbook(settings), null, OCT31))).toBe('as of 30/09/2016 (Settings!B3)');
    expect(describeAsOf(resolveAsOf(workbook(settings, 'Plan settings'), null, OCT31))).toBe("as of 30/09/2016 ('Plan settings'!B3)");
    expect(describeAsOf(resolveAsOf(workbook(null), null, OCT31))).toBe('as of 31/10/2016 (today)');
    expect(describeAsOf({ date: OCT31, source: { kind: 'given', label: '--as-of' } })).toBe('as of 31/10/2016 (--as-of)');
  });

  it('rolls up the as-of month, and the analysis carries where its date came from', () => {
    const asOf = resolveAsOf(workbook(settings), null, OCT31);
    expect(rollupMonthOf(asOf)).toBe(yearMonth(2016, 9));
    const analysis = analysePlan(workbook(settings), { asOf: asOf.date, source: asOf.source });
    expect(asOfOf(analysis)).toEqual(asOf);
    expect(analysis.month).toBe(rollupMonthOf(asOf));
  });
});

describe('serialOfDate', () => {
  it('is the local date, or the UTC date for a flow', () => {
    const now = new Date(2016, 8, 30, 23, 30);
    expect(serialOfDate(now, false)).toBe(SEP30);
    const utc = new Date(Date.UTC(2016, 8, 30, 23, 30));
    expect(serialOfDate(utc, true)).toBe(SEP30);
  });
});

describe('readGivenDate', () => {
  it.each(['30/09/2016', '2016-09-30', '30.09.2016', '30-09-2016', '30/9/16', '30 Sep 2016', ' 30 September 2016 ', 'Sep 2016'])('reads %j as 30/09/2016', (text) => {
    expect(readGivenDate(text, 'x')).toEqual({ ok: true, date: SEP30 });
  });

  it.each([
    ['2016-02-30', 'impossible', 'x "2016-02-30" is not a real date: February 2016 has 29 days. Check the day (the last day of that month is 29/02/2016).'],
    ['31/04/2017', 'impossible', 'x "31/04/2017" is not a real date: April 2017 has 30 days. Check the day (the last day of that month is 30/04/2017).'],
    ['29/02/2017', 'impossible', 'x "29/02/2017" is not a real date: February 2017 has 28 days. Check the day (the last day of that month is 28/02/2017).'],
    ['31 Jun 2016', 'impossible', 'x "31 Jun 2016" is not a real date: June 2016 has 30 days. Check the day (the last day of that month is 30/06/2016).'],
    ['2016-13-01', 'impossible', 'x "2016-13-01" is not a real date: there is no month 13. Give it day first, as 30/09/2016, or as 2016-09-30.'],
    ['01/01/1850', 'impossible', 'x "01/01/1850" is outside the years Excel can hold (1900 to 9999). Give it day first, as 30/09/2016, or as 2016-09-30.'],
    ['12/31/2016', 'us-order', 'x "12/31/2016" reads as month 31: dates are day first (UK order). Did you mean 31/12/2016?'],
    ['tomorrow', 'format', 'x "tomorrow" is not a date. Give it day first, as 30/09/2016, or as 2016-09-30.'],
    ['2016/09/30', 'format', 'x "2016/09/30" is not a date. Give it day first, as 30/09/2016, or as 2016-09-30.'],
    ['  ', 'empty', 'x is empty. Give it day first, as 30/09/2016, or as 2016-09-30.'],
  ])('refuses %j (%s) with a message', (text, problem, message) => {
    expect(readGivenDate(text, 'x')).toEqual({ ok: false, problem, message });
  });
});

describe('boardReadiness', () => {
  it('is one sentence for every face', () => {
    expect(boardReadiness(8, 3)).toBe('Not ready for the board: 8 errors and 3 warnings.');
    expect(boardReadiness(1, 0)).toBe('Not ready for the board: 1 error and 0 warnings.');
    expect(boardReadiness(0, 1)).toBe('Ready for the board: no errors, 1 warning.');
    expect(boardReadiness(0, 0)).toBe('Ready for the board: no errors or warnings.');
  });
});

describe('month names', () => {
  it('names months one way, short and long', () => {
    expect(shortYearMonth(yearMonth(2016, 9))).toBe('Sep 2016');
    expect(longYearMonth(yearMonth(2016, 9))).toBe('September 2016');
    expect(shortYearMonthText('2017-03')).toBe('Mar 2017');
    expect(shortYearMonthText('2017-13')).toBe('2017-13');
    expect(shortYearMonthText('Total')).toBe('Total');
    expect(parseYearMonth('2016-09')).toBe(yearMonth(2016, 9));
  });
});

describe('the action RAG is worked out once', () => {
  it('checkPlan with the evaluated actions finds exactly what it finds on its own', () => {
    const plan = readPlan(workbook(null), OCT31);
    const actions = evaluateActions(plan);
    expect(checkPlan(plan, actions)).toEqual(checkPlan(plan));
    expect(checkPlan(plan).map((f) => f.rule)).toContain('overdue-on-track');
  });

  it('the check uses the RAG it is given (so it cannot disagree with the results)', () => {
    const plan = readPlan(workbook(null), OCT31);
    expect(checkPlan(plan).filter((f) => f.ref === '1.1').map((f) => f.rule)).toEqual(['overdue-on-track', 'manual-rag-mismatch']);
    const actions = evaluateActions(plan).map((a) => (a.ref === '1.1' ? { ...a, rag: 'Green' as const, daysOverdue: 0 } : a));
    expect(checkPlan(plan, actions).filter((f) => f.ref === '1.1')).toEqual([]);
  });
});
