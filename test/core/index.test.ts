import { describe, expect, it } from 'vitest';
import * as core from '../../src/core';
import { analysePlan, orderFindings } from '../../src/core';
import type { Finding, Plan } from '../../src/core';
import { serialFromYmd, yearMonth } from '../../src/core/calendar';
import { date, sheet, workbook } from '../helpers/snapshot-builder';

const OCT31 = serialFromYmd(2016, 10, 31);

describe('analysePlan', () => {
  it('reads, checks, evaluates and rolls up for the as-of month', () => {
    const wb = workbook(
      sheet('Actions', [
        ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status'],
        ['1.1', 'Do A', 'Better', 'Jo Bloggs', date(2016, 9, 30), 'On track'],
        ['1.2', 'Do B', '', 'Jo Bloggs', date(2017, 3, 31), 'On track'],
      ]),
    );
    const a = analysePlan(wb, { asOf: OCT31 });
    expect(a.asOf).toBe(OCT31);
    expect(a.month).toBe(yearMonth(2016, 10));
    expect(a.actions.map((x) => x.rag)).toEqual(['Red', 'Green']);
    expect(a.errors).toBe(a.findings.filter((f) => f.severity === 'error').length);
    expect(a.warnings).toBe(a.findings.filter((f) => f.severity === 'warning').length);
    expect(a.ready).toBe(false);
    // The missing Measures sheet is structural and comes first.
    expect(a.findings[0].rule).toBe('sheet-missing');
    expect(a.findings.map((f) => f.rule)).toContain('outcome-missing');
    expect(a.rollup[a.rollup.length - 1]).toMatchObject({ month: '2016-10', theme: 'All', actions: 2, red: 1, green: 1, overdue: 1 });
  });

  it('does not throw on an empty workbook', () => {
    const a = analysePlan(workbook(), { asOf: OCT31 });
    expect(a.ready).toBe(false);
    expect(a.actions).toEqual([]);
  });
});

describe('orderFindings', () => {
  const f = (rule: Finding['rule'], sheetName: string, cell: string): Finding => ({ rule, severity: 'error', sheet: sheetName, cell, ref: null, message: rule });
  const plan = { actions: { layout: { sheet: 'Actions' } }, measures: { layout: { sheet: 'Measures' } } } as unknown as Plan;

  it('puts structural findings first, then Actions, Measures, other sheets, by row then column', () => {
    const out = orderFindings(plan, [
      f('target-missing', 'Measures', 'F3'),
      f('cell-error', 'Zed', 'A1'),
      f('lead-missing', 'Actions', 'D10'),
      f('due-missing', 'Actions', 'E2'),
      f('ref-missing', 'Actions', 'A2'),
      f('column-missing', 'Measures', 'A1'),
      f('cell-error', 'Alpha', 'B2'),
    ]);
    expect(out.map((x) => x.sheet + '!' + x.cell)).toEqual(['Measures!A1', 'Actions!A2', 'Actions!E2', 'Actions!D10', 'Measures!F3', 'Alpha!B2', 'Zed!A1']);
  });
});

describe('the entry point', () => {
  it('re-exports the public API of every core module', () => {
    const names = [
      'analysePlan', 'readPlan', 'relevantSheetNames', 'readNumber', 'isNoDataMarker', 'parseUkDateText', 'parseMonthHeader',
      'evaluateMeasures', 'measureValue', 'round10', 'evaluateActions', 'checkPlan', 'shortCheckText',
      'buildRollup', 'buildRollupSheet', 'readHistory', 'upsertHistory', 'historySheet', 'compareWithPrevious',
      'buildWritePlan', 'planImport', 'checkJson', 'reportJson',
      'serialFromIso', 'isoFromSerial', 'formatYearMonth', 'a1', 'parseA1', 'matchKey', 'makeCell', 'cellAt', 'countBySeverity', 'RAG_FILLS',
    ];
    const exported = core as unknown as Record<string, unknown>;
    for (const n of names) expect(exported[n], n).toBeDefined();
  });
});
