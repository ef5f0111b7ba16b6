/** buildBoardPack on small hand-made snapshots: the edges of contract 9. */
import { describe, expect, it } from 'vitest';
import { analysePlan, buildBoardPack, serialFromYmd, yearMonth, DEFAULT_PLAN_TITLE, NO_LEAD } from '../../../src/core';
import type { BoardPack } from '../../../src/core';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { date, pct, sheet, workbook } from '../../helpers/snapshot-builder';
import type { CellInput } from '../../helpers/snapshot-builder';

const SEP30 = serialFromYmd(2016, 9, 30);

function actionsSheet(above: CellInput[][] = [], extra: CellInput[][] = []): SheetSnapshot {
  return sheet('Actions', above.concat([
    ['Ref', 'Action', 'Expected outcome', 'Lead officer', 'Due date', 'Status', 'Progress update'],
    ['1.1', 'Do A', 'Better', 'Jo Bloggs', date(2016, 12, 31), 'On track'],
    ['1.2', 'Do B', 'Better', 'Sam Smith', date(2016, 8, 31), 'Off track', 'Escalated'],
  ], extra));
}

function measuresSheet(): SheetSnapshot {
  return sheet('Measures', [
    ['Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline', 'Target', 'Aug 2016', 'Sep 2016', 'Oct 2016'],
    ['M1', 'EET', 1, '%', 'Higher is better', pct(0.5), pct(0.62), pct(0.55), pct(0.6), pct(0.99)],
  ]);
}

function packOf(wb: WorkbookSnapshot): BoardPack {
  return buildBoardPack(analysePlan(wb, { asOf: SEP30 }), wb, { asOf: { date: SEP30, source: { kind: 'today' } }, madeOn: SEP30 });
}

describe('buildBoardPack: edges', () => {
  it('a clean plan has no DRAFT and no error rules', () => {
    const p = packOf(workbook(actionsSheet(), measuresSheet()));
    expect(p.cover).toEqual({ errors: 0, warnings: 0, draft: null, errorRules: [] });
    expect(p.dataQuality.rules).toEqual([]);
  });

  it('one error says 1 error', () => {
    const p = packOf(workbook(actionsSheet([], [['1.3', 'Do C', null, 'Jo Bloggs', date(2016, 12, 31), 'On track']]), measuresSheet()));
    expect(p.cover.draft).toBe('DRAFT: the plan has 1 error');
    expect(p.cover.errorRules.map((r) => [r.rule, r.count])).toEqual([['outcome-missing', 1]]);
  });

  it('without history: no earlier month, no changes, nothing moved', () => {
    const p = packOf(workbook(actionsSheet(), measuresSheet()));
    expect(p.summary.previousMonth).toBeNull();
    expect(p.summary.rows.every((r) => r.changes === null)).toBe(true);
    expect(p.moved).toEqual({ previousMonth: null, items: [] });
  });

  it('history only for this month or later is no earlier month', () => {
    const hist = sheet('Roll-up history', [['Month', 'Theme', 'Actions'], ['2016-09', 'All', 5], ['2016-10', 'All', 9]]);
    const rag = sheet('RAG history', [['Month', 'Type', 'Ref', 'Theme', 'RAG'], ['2016-09', 'Action', '1.1', '1', 'Red']]);
    const p = packOf(workbook(actionsSheet(), measuresSheet(), hist, rag));
    expect(p.summary.previousMonth).toBeNull();
    expect(p.moved.previousMonth).toBeNull();
  });

  it('compares with the latest earlier month, not the calendar month before; lists new items; a theme missing then counts from 0', () => {
    const hist = sheet('Roll-up history', [
      ['Month', 'Theme', 'Actions', 'Red'],
      ['2016-06', '1', 1, 0], ['2016-06', 'All', 1, 0],
      ['2016-07', 'All', 4, 3],
    ]);
    const rag = sheet('RAG history', [
      ['Month', 'Type', 'Ref', 'Theme', 'RAG'],
      ['2016-06', 'Action', '1.2', '1', 'Green'],
      ['2016-07', 'Action', ' 1.2 ', '1', 'amber'],
      ['2016-07', 'Action', '1.1', '1', 'GREEN'],
      ['2016-07', 'Measure', 'M1', '1', 'Green'],
    ]);
    const p = packOf(workbook(actionsSheet(), measuresSheet(), hist, rag));
    expect(p.summary.previousMonth).toBe(yearMonth(2016, 7));
    // Theme 1 had no July row: its changes are its counts. All: 2 actions (was 4), 1 Red (was 3).
    expect(p.summary.rows.map((r) => [r.theme, r.changes?.actions, r.changes?.red])).toEqual([['1', 2, 1], ['All', -2, -2]]);
    expect(p.moved.previousMonth).toBe(yearMonth(2016, 7));
    // 1.1 Green = GREEN (case is not a change); 1.2 amber -> Red; M1 Green -> Amber (60% against 62%).
    expect(p.moved.items.map((m) => [m.ref, m.from, m.to])).toEqual([['1.2', 'amber', 'Red'], ['M1', 'Green', 'Amber']]);
  });

  it('an item with no row last month is new', () => {
    const rag = sheet('RAG history', [['Month', 'Type', 'Ref', 'Theme', 'RAG'], ['2016-08', 'Action', '1.1', '1', 'Green'], ['2016-08', 'Measure', 'M1', '1', 'Amber']]);
    const p = packOf(workbook(actionsSheet(), measuresSheet(), rag));
    expect(p.moved.items.map((m) => [m.type, m.ref, m.from, m.to, m.name])).toEqual([['Action', '1.2', null, 'Red', 'Do B']]);
  });

  it('title: Settings Plan name first, then the first text above the header, then the default', () => {
    const settings = sheet('Settings', [['Plan name', 'Getting to Good']]);
    const above: CellInput[][] = [[null, 42, '  Children\'s   Improvement Plan '], ['Last updated']];
    expect(packOf(workbook(actionsSheet(above), measuresSheet(), settings)).title).toBe('Getting to Good');
    expect(packOf(workbook(actionsSheet(above), measuresSheet())).title).toBe("Children's Improvement Plan");
    expect(packOf(workbook(actionsSheet(), measuresSheet())).title).toBe(DEFAULT_PLAN_TITLE);
    expect(packOf(workbook(actionsSheet(), measuresSheet(), sheet('Settings', [['Plan name', '']]))).title).toBe('Improvement plan');
    expect(packOf(workbook(measuresSheet())).title).toBe('Improvement plan');
  });

  it('charts leave months after the as-of month empty, even when the tracker has values there', () => {
    const m = packOf(workbook(actionsSheet(), measuresSheet())).scorecard.themes[0].measures[0];
    expect(m.chart.values).toEqual([null, null, null, null, 0.55, 0.6, null, null, null, null, null, null]);
    expect(m.latest).toBe(0.6);
    expect(m.chart.trajectory?.[0]).toBe(0.51);
  });

  it('groups leads loosely, puts actions without a lead last, and keeps hostile text as data', () => {
    const hostile = '<img src=x onerror=alert(1)>' + 'x'.repeat(5000);
    const wb = workbook(actionsSheet([], [
      ['1.3', hostile, 'Better', ' jo  BLOGGS ', date(2016, 10, 31), 'Not started'],
      ['1.4', 'Do D', 'Better', null, date(2016, 12, 31), 'On track'],
      ['1.5', 'Do E', 'Better', 'Sam Smith', date(2016, 5, 31), 'Complete'],
    ]), measuresSheet());
    const p = packOf(wb);
    expect(p.leads.leads.map((l) => [l.lead, l.actions.map((a) => a.ref)])).toEqual([
      ['Jo Bloggs', ['1.3', '1.1']],
      ['Sam Smith', ['1.2']],
      [NO_LEAD, ['1.4']],
    ]);
    expect(p.leads.leads[0].actions[0].action).toBe(hostile);
  });
});
