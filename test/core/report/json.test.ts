import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../../src/core';
import { checkJson, reportJson } from '../../../src/core/report';
import { serialFromYmd } from '../../../src/core/calendar';
import { date, pct, sheet, workbook } from '../../helpers/snapshot-builder';

const OCT31 = serialFromYmd(2016, 10, 31);

function wb(status11 = 'On track') {
  return workbook(
    sheet('Action plan', [
      ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
      ['1.1', 'Do A', 'Better', 'Jo Bloggs', date(2016, 9, 30), status11],
      ['2.1', 'Do C', 'Better', 'Sam Smith', date(2017, 3, 31), 'Complete'],
    ]),
    sheet('Scorecard', [
      ['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target', 'Jul 2016', 'Aug 2016', 'Sep 2016'],
      ['CL1', 'Care leavers in EET', 1, '%', 'Higher is better', pct(0.5), pct(0.6), pct(0.55), pct(0.58), pct(0.59)],
      ['M3', 'Referrals', 2, 'Number', 'Context', null, null, 100, null, null],
    ]),
  );
}

describe('checkJson', () => {
  it('has the CLI shape: asOf, ready, counts and findings with sheet, cell and ref', () => {
    const j = checkJson(analysePlan(wb(), { asOf: OCT31 }));
    expect(Object.keys(j)).toEqual(['asOf', 'asOfSource', 'ready', 'errors', 'warnings', 'findings']);
    expect(j.asOf).toBe('2016-10-31');
    expect(j.asOfSource).toEqual({ kind: 'given', where: 'given' });
    expect(j.ready).toBe(false);
    expect(j.errors).toBe(j.findings.filter((f) => f.severity === 'error').length);
    expect(j.warnings).toBe(j.findings.filter((f) => f.severity === 'warning').length);
    const f = j.findings.find((x) => x.rule === 'overdue-on-track');
    expect(f).toBeDefined();
    if (f === undefined) return;
    expect(Object.keys(f)).toEqual(['rule', 'severity', 'sheet', 'cell', 'ref', 'message']);
    expect(f).toMatchObject({ severity: 'error', sheet: 'Action plan', cell: 'F2', ref: '1.1' });
  });

  it('is ready with no errors', () => {
    const j = checkJson(analysePlan(wb('Deferred'), { asOf: OCT31 }));
    expect(j.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(j.ready).toBe(true);
    expect(j.errors).toBe(0);
  });
});

describe('reportJson', () => {
  it('has actions, measures (fractions, yyyy-mm) and the roll-up', () => {
    const j = reportJson(analysePlan(wb(), { asOf: OCT31 }));
    expect(j.asOf).toBe('2016-10-31');
    expect(j.actions).toEqual([
      { ref: '1.1', theme: '1', rag: 'Red', late: false, daysOverdue: 31 },
      { ref: '2.1', theme: '2', rag: 'Blue', late: false, daysOverdue: 0 },
    ]);
    expect(j.measures).toEqual([
      { id: 'CL1', latest: 0.59, latestPeriod: '2016-09', progress: 0.9, rag: 'Amber', trajectory: 'On trajectory', direction: 'Improving', comparators: [] },
      { id: 'M3', latest: 100, latestPeriod: '2016-07', progress: null, rag: 'n/a', trajectory: null, direction: null, comparators: [] },
    ]);
    expect(j.rollup.map((r) => r.theme)).toEqual(['1', '2', 'All']);
    expect(j.rollup[2]).toEqual({
      month: '2016-10', theme: 'All', actions: 2, blue: 1, green: 0, amber: 0, red: 1, grey: 0, unknown: 0, overdue: 1,
      measures: 1, measuresGreen: 0, measuresAmber: 1, measuresRed: 0, measuresNoData: 0,
    });
  });

  it('gives a theme name when themes are not numbered, and null for none', () => {
    const w = workbook(
      sheet('Actions', [
        ['Ref', 'Theme', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
        ['A', 'Workforce', 'Do A', 'Better', 'Jo', date(2017, 3, 31), 'On track'],
        ['B', null, 'Do B', 'Better', 'Jo', date(2017, 3, 31), 'On track'],
      ]),
    );
    const j = reportJson(analysePlan(w, { asOf: OCT31 }));
    expect(j.actions.map((a) => a.theme)).toEqual(['Workforce', null]);
    expect(j.rollup.map((r) => r.theme)).toEqual(['Workforce', 'Unassigned', 'All']);
  });
});
