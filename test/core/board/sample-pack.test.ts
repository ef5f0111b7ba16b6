/**
 * The Board pack of the sample as of 30/09/2016, section by section, against
 * figures worked out by hand from src/sample (actions-data.ts,
 * measures-data.ts, history-data.ts) and the contract, not by the engine.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkbook } from '../../../src/sample';
import { loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../../src/xlsx';
import { analysePlan, buildBoardPack, serialFromYmd, yearMonth } from '../../../src/core';
import type { BoardPack, SummaryRow } from '../../../src/core';

const SEP30 = serialFromYmd(2016, 9, 30);
let pack: BoardPack;

beforeAll(async () => {
  const loaded = await loadWorkbook(await writeWorkbook(buildSampleWorkbook()));
  if (!loaded.ok) throw new Error(loaded.message);
  const snap = snapshotFromWorkbook(loaded.workbook);
  pack = buildBoardPack(analysePlan(snap, { asOf: SEP30 }), snap, {
    asOf: { date: SEP30, source: { kind: 'settings', sheet: 'Settings', cell: 'B5' } },
    madeOn: serialFromYmd(2016, 10, 3),
  });
});

function summary(theme: string): SummaryRow {
  const row = pack.summary.rows.find((r) => r.theme === theme);
  if (row === undefined) throw new Error('no theme ' + theme);
  return row;
}

/** Counts in `Roll-up history` column order. */
function ordered(c: Readonly<Record<string, number>> | null): number[] {
  if (c === null) throw new Error('no changes');
  return ['actions', 'blue', 'green', 'amber', 'red', 'grey', 'unknown', 'overdue', 'measures', 'measuresGreen', 'measuresAmber', 'measuresRed', 'measuresNoData'].map((k) => c[k]);
}

describe('the sample Board pack, September 2016', () => {
  it('cover: title from the row above the header, the month, 7 errors counted by rule, DRAFT', () => {
    expect(pack.title).toBe("Bristol Children's Services Improvement Plan 2016-17");
    expect(pack.month).toBe(yearMonth(2016, 9));
    expect(pack.madeOn).toBe(serialFromYmd(2016, 10, 3));
    expect(pack.cover.errors).toBe(7);
    expect(pack.cover.warnings).toBe(5);
    expect(pack.cover.draft).toBe('DRAFT: the plan has 7 errors');
    expect(pack.cover.errorRules.map((r) => [r.rule, r.count, r.title])).toEqual([
      ['ref-duplicate', 1, 'Same ref used twice'],
      ['due-invalid', 2, 'Due date is not a date'],
      ['completed-date-missing', 1, 'Complete, but no completed date'],
      ['overdue-on-track', 1, 'Overdue but marked On track'],
      ['update-missing', 1, 'At risk or off track with no update'],
      ['target-missing', 1, 'No numeric target'],
    ]);
  });

  it('summary: September against August, theme by theme and All', () => {
    expect(pack.summary.previousMonth).toBe(yearMonth(2016, 8));
    expect(pack.summary.rows.map((r) => r.theme)).toEqual(['1', '2', '3', '4', '5', '6', 'All']);
    // All: 39 actions (6.6 is new), 7 Blue, 21 Green, 4 Amber (1.6, 3.7, 4.1, 4.4), 4 Red (2.3, 3.4, 4.5, 6.4),
    // 1 Grey (5.6), 2 Unknown (3.6, 5.5), 3 overdue (3.4, 4.5, 6.4); 23 measures (CIC4 is context):
    // 4 Green (SW1, CIC1, CIC2, MA1), 9 Amber, 9 Red, 1 no data (MA3).
    expect(ordered(summary('All').counts)).toEqual([39, 7, 21, 4, 4, 1, 2, 3, 23, 4, 9, 9, 1]);
    // August's All row: 38, 7, 22, 5, 1, 1, 2, 1, 23, 3, 9, 10, 1.
    expect(ordered(summary('All').changes)).toEqual([1, 0, -1, -1, 3, 0, 0, 2, 0, 1, 0, -1, 0]);
    // Theme 3: 3.4 Green -> Red (overdue), 3.7 Green -> Amber.
    expect(ordered(summary('3').counts)).toEqual([7, 1, 3, 1, 1, 0, 1, 1, 5, 2, 2, 1, 0]);
    expect(ordered(summary('3').changes)).toEqual([0, 0, -2, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0]);
    // Theme 2: 2.3 Amber -> Red; CL4 Red -> Amber.
    expect(ordered(summary('2').changes)).toEqual([0, 0, 0, -1, 1, 0, 0, 0, 0, 0, 1, -1, 0]);
    // Theme 6: 6.6 is new (Green).
    expect(ordered(summary('6').changes)).toEqual([1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(summary('2').label).toBe('2. Improve outcomes for care leavers and enable them to move successfully to adulthood');
    expect(summary('All').label).toBe('All themes');
  });

  it('what moved: every item whose RAG differs from August, and the new one', () => {
    expect(pack.moved.previousMonth).toBe(yearMonth(2016, 8));
    expect(pack.moved.items.map((m) => [m.type, m.ref, m.from, m.to])).toEqual([
      ['Action', '2.3', 'Amber', 'Red'],
      ['Action', '3.4', 'Green', 'Red'],
      ['Action', '3.7', 'Green', 'Amber'],
      ['Action', '4.5', 'Amber', 'Red'],
      ['Action', '6.6', null, 'Green'],
      ['Measure', 'SW1', 'Amber', 'Green'],
      ['Measure', 'CL4', 'Red', 'Amber'],
    ]);
    expect(pack.moved.items[4].name).toBe('Create a single front door for professionals and the public, with a consultation line for professionals');
  });

  it('exceptions: Red or overdue actions most overdue first; Red measures with gap and comparators', () => {
    // 6.4 due 30/06 (92 days), 3.4 and 4.5 due 31/08 (30 days, sheet order), 2.3 Off track (not overdue).
    expect(pack.exceptions.actions.map((a) => [a.ref, a.daysOverdue, a.rag, a.lead, a.status])).toEqual([
      ['6.4', 92, 'Red', 'Paul Okafor', 'Off track'],
      ['3.4', 30, 'Red', 'Aisha Rahman', 'On track'],
      ['4.5', 30, 'Red', 'Paul Okafor', 'At risk'],
      ['2.3', 0, 'Red', 'Simon Ashworth', 'Off track'],
    ]);
    expect(pack.exceptions.actions[0]).toMatchObject({ due: serialFromYmd(2016, 6, 30), updated: serialFromYmd(2016, 9, 15) });
    expect(pack.exceptions.measures.map((m) => m.id)).toEqual(['SW3', 'CL2', 'CL3', 'CIC6', 'LM1', 'LM2', 'LM3', 'WF1', 'MA2']);
    const lm1 = pack.exceptions.measures[4];
    // 20.4 against a target of 18, lower is better: 2.4 short; caseloads above every comparator.
    expect([lm1.latest, lm1.target, lm1.gap, lm1.trajectory, lm1.direction]).toEqual([20.4, 18, 2.4, 'Behind trajectory', 'Declining']);
    expect(lm1.comparators.map((c) => [c.name, c.gap, c.verdict])).toEqual([
      ['England', 2.6, 'Worse'], ['Statistical neighbours', 1.9, 'Worse'], ['Core cities', 1.2, 'Worse'],
    ]);
    const cl2 = pack.exceptions.measures[1];
    // 79% against 81% / 83% / 80%: Core cities is exactly one point away, so Worse, not Similar.
    expect([cl2.gap, ...cl2.comparators.map((c) => c.verdict)]).toEqual([0.11, 'Worse', 'Worse', 'Worse']);
  });

  it('scorecard: comparator words, charts with gaps and trajectories', () => {
    const all = pack.scorecard.themes.flatMap((t) => t.measures);
    const byId = new Map(all.map((m) => [m.id, m]));
    const words = (id: string): string[] => (byId.get(id)?.comparators ?? []).map((c) => c.verdict);
    expect(pack.scorecard.themes.map((t) => [t.theme, t.measures.length])).toEqual([['1', 5], ['2', 4], ['3', 6], ['4', 3], ['5', 3], ['6', 3]]);
    expect(words('CL1')).toEqual(['Better', 'Better', 'Better']); // 62% vs 49%, 50%, 46%
    expect(words('SW4')).toEqual(['Similar', 'Similar', 'Similar']); // 3.5% vs 3.8%, 4.0%, 4.2%: all under a point
    expect(words('WF2')).toEqual(['Similar', 'Worse', 'Better']); // 16% vs 16%, 15%, 17% (lower is better)
    expect(words('CIC2')).toEqual(['Better', 'Better', 'Better']); // 83.2% vs 77%, 79%, 74%
    expect(words('SW2')).toEqual(['Worse', 'Similar', 'Better']); // 82% vs 83%, 82%, 80%
    expect(words('MA1')).toEqual([]); // band
    expect(words('CIC4')).toEqual([]); // context
    expect(words('SW3')).toEqual([]); // no comparators
    const cic6 = byId.get('CIC6');
    expect(cic6?.chart.values).toEqual([0.6, 0.62, null, 0.64, 0.65, 0.66, null, null, null, null, null, null]);
    expect(cic6?.chart.months[0]).toBe(yearMonth(2016, 4));
    // CL1: 58% baseline, 65% target: expected(September, m = 6) = 0.58 + 0.07 * 6 / 12 = 0.615; March = target.
    expect(byId.get('CL1')?.chart.trajectory?.[5]).toBe(0.615);
    expect(byId.get('CL1')?.chart.trajectory?.[11]).toBe(0.65);
    expect(byId.get('CL1')?.chart.values.slice(0, 6)).toEqual([0.58, 0.6, 0.61, 0.59, 0.61, 0.62]);
    expect(byId.get('MA1')?.chart.trajectory).toBeNull();
    expect(byId.get('CIC4')?.chart.comparators).toEqual([
      { name: 'England', value: 60 }, { name: 'Statistical neighbours', value: 73 }, { name: 'Core cities', value: 80 },
    ]);
    expect(byId.get('MA3')?.chart.target).toBeNull();
  });

  it('by lead officer: open actions, overdue then stale first, then by due date', () => {
    expect(pack.leads.leads.map((l) => l.lead)).toEqual([
      'Aisha Rahman', 'Daniel Price', 'Gemma Hollis', 'Helen Marsh', 'Jo Fenwick', 'Karen Boyd', 'Lucy Farrant',
      'Mark Ellery', 'Niamh Kelly', 'Paul Okafor', 'Rachel Denton', 'Sanjay Mehta', 'Simon Ashworth', 'Tom Whitcombe',
    ]);
    const lead = (name: string): Array<[string, string, number, boolean]> =>
      (pack.leads.leads.find((l) => l.lead === name)?.actions ?? []).map((a) => [a.ref, a.rag, a.daysOverdue, a.stale]);
    // Paul Okafor: 6.4 (92 days), 4.5 (30 days), then 1.4 (31/10) and 1.1 (31/03); 1.8 is Blue.
    expect(lead('Paul Okafor')).toEqual([['6.4', 'Red', 92, false], ['4.5', 'Red', 30, false], ['1.4', 'Green', 0, false], ['1.1', 'Green', 0, false]]);
    // Mark Ellery: 6.6's update is stale (15/07), then 6.5 (31/10), 6.2 (30/11), 6.1 (31/12); 6.3 is Blue.
    expect(lead('Mark Ellery')).toEqual([['6.6', 'Green', 0, true], ['6.5', 'Green', 0, false], ['6.2', 'Green', 0, false], ['6.1', 'Green', 0, false]]);
    // Lucy Farrant: 1.4 (31/01) then 5.5 with no date (Unknown); 5.3 Blue and 5.6 Grey are left out.
    expect(lead('Lucy Farrant').map((a) => [a[0], a[1]])).toEqual([['1.4', 'Green'], ['5.5', 'Unknown']]);
  });

  it('data quality: every rule counted with its title, errors first, examples with sheet and cell', () => {
    expect(pack.dataQuality.rules.map((r) => [r.rule, r.severity, r.count])).toEqual([
      ['ref-duplicate', 'error', 1],
      ['due-invalid', 'error', 2],
      ['completed-date-missing', 'error', 1],
      ['overdue-on-track', 'error', 1],
      ['update-missing', 'error', 1],
      ['target-missing', 'error', 1],
      ['ref-stored-as-number', 'warning', 1],
      ['lead-unknown', 'warning', 1],
      ['update-stale', 'warning', 1],
      ['manual-rag-mismatch', 'warning', 1],
      ['target-below-baseline', 'warning', 1],
    ]);
    const due = pack.dataQuality.rules[1];
    expect(due.title).toBe('Due date is not a date');
    expect(due.examples.map((e) => [e.sheet, e.cell.charAt(0), e.ref])).toEqual([['Action plan', 'F', '3.6'], ['Action plan', 'F', '5.5']]);
  });
});
