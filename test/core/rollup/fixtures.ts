import type { ActionResult, Brag, MeasureRag, MeasureResult, Polarity, RollupRow, Theme, Unit } from '../../../src/core/model';

export function theme(key: string, label?: string): Theme {
  return { key, label: label !== undefined ? label : key };
}

export function action(ref: string, themeKey: string | null, rag: Brag, daysOverdue = 0, row = 0): ActionResult {
  return { row, ref, theme: themeKey === null ? null : theme(themeKey), rag, late: false, daysOverdue };
}

export function measure(
  id: string,
  themeKey: string | null,
  rag: MeasureRag,
  extra?: { polarity?: Polarity; unit?: Unit; latest?: number | null; target?: number | null; row?: number; latestPeriod?: number | null },
): MeasureResult {
  const e = extra !== undefined ? extra : {};
  return {
    row: e.row !== undefined ? e.row : 0,
    id,
    name: 'Measure ' + id,
    theme: themeKey === null ? null : theme(themeKey),
    unit: e.unit !== undefined ? e.unit : 'number',
    polarity: e.polarity !== undefined ? e.polarity : rag === 'n/a' ? 'context' : 'higher',
    baseline: null,
    target: e.target !== undefined ? e.target : null,
    latest: e.latest !== undefined ? e.latest : null,
    latestPeriod: e.latestPeriod !== undefined ? e.latestPeriod : null,
    progress: null,
    rag,
    trajectory: null,
    direction: null,
    series: [],
    comparators: [],
    comparatorValues: [],
  };
}

export function row(month: string, themeKey: string, actions: number, extra?: Partial<RollupRow>): RollupRow {
  return Object.assign(
    {
      month, theme: themeKey, actions, blue: 0, green: 0, amber: 0, red: 0, grey: 0, unknown: 0, overdue: 0,
      measures: 0, measuresGreen: 0, measuresAmber: 0, measuresRed: 0, measuresNoData: 0,
    },
    extra !== undefined ? extra : {},
  );
}
