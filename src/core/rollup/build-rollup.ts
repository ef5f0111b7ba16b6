/**
 * The monthly roll-up rows (contract 5): one row per theme, then `All`.
 * Themes numbered `1`..`6` come first, sorted numerically; named themes follow
 * in first-seen order (actions first, then measures); `Unassigned` only when an
 * action or measure has no theme (docs/decisions.md, roll-up).
 */
import type { ActionResult, MeasureResult, RollupRow, Theme } from '../model';
import { formatYearMonth } from '../calendar';
import type { YearMonth } from '../calendar';

export const ALL_THEME = 'All';
export const UNASSIGNED_THEME = 'Unassigned';

type Counts = {
  actions: number;
  blue: number;
  green: number;
  amber: number;
  red: number;
  grey: number;
  unknown: number;
  overdue: number;
  measures: number;
  measuresGreen: number;
  measuresAmber: number;
  measuresRed: number;
  measuresNoData: number;
};

function emptyCounts(): Counts {
  return {
    actions: 0, blue: 0, green: 0, amber: 0, red: 0, grey: 0, unknown: 0, overdue: 0,
    measures: 0, measuresGreen: 0, measuresAmber: 0, measuresRed: 0, measuresNoData: 0,
  };
}

function themeKey(theme: Theme | null): string {
  return theme === null ? UNASSIGNED_THEME : theme.key;
}

/** Context measures (polarity `context`, RAG `n/a`) are left out of every measure count. */
export function isContextMeasure(m: MeasureResult): boolean {
  return m.polarity === 'context' || m.rag === 'n/a';
}

function addAction(c: Counts, a: ActionResult): void {
  c.actions++;
  if (a.rag === 'Blue') c.blue++;
  else if (a.rag === 'Green') c.green++;
  else if (a.rag === 'Amber') c.amber++;
  else if (a.rag === 'Red') c.red++;
  else if (a.rag === 'Grey') c.grey++;
  else c.unknown++;
  if (a.daysOverdue > 0) c.overdue++;
}

function addMeasure(c: Counts, m: MeasureResult): void {
  if (isContextMeasure(m)) return;
  c.measures++;
  if (m.rag === 'Green') c.measuresGreen++;
  else if (m.rag === 'Amber') c.measuresAmber++;
  else if (m.rag === 'Red') c.measuresRed++;
  else c.measuresNoData++;
}

/**
 * Theme keys in roll-up order: numbered themes numerically, then named themes
 * in the order given, then `Unassigned` when present. `All` is not included.
 */
export function orderThemes(keys: ReadonlyArray<string>): string[] {
  const seen: string[] = [];
  for (const k of keys) if (seen.indexOf(k) < 0) seen.push(k);
  const numbered = seen.filter((k) => /^\d+$/.test(k)).sort((a, b) => Number(a) - Number(b));
  const named = seen.filter((k) => !/^\d+$/.test(k) && k !== UNASSIGNED_THEME && k !== ALL_THEME);
  const tail = seen.indexOf(UNASSIGNED_THEME) >= 0 ? [UNASSIGNED_THEME] : [];
  return numbered.concat(named, tail);
}

export function buildRollup(
  actions: ReadonlyArray<ActionResult>,
  measures: ReadonlyArray<MeasureResult>,
  month: YearMonth,
): RollupRow[] {
  const byTheme: Record<string, Counts> = {};
  const order: string[] = [];
  const all = emptyCounts();
  const countsFor = (key: string): Counts => {
    if (byTheme[key] === undefined) {
      byTheme[key] = emptyCounts();
      order.push(key);
    }
    return byTheme[key];
  };
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    addAction(countsFor(themeKey(a.theme)), a);
    addAction(all, a);
  }
  for (let i = 0; i < measures.length; i++) {
    const m = measures[i];
    addMeasure(countsFor(themeKey(m.theme)), m);
    addMeasure(all, m);
  }
  const ym = formatYearMonth(month);
  const rows = orderThemes(order).map((key) => toRow(ym, key, byTheme[key]));
  rows.push(toRow(ym, ALL_THEME, all));
  return rows;
}

function toRow(month: string, theme: string, c: Counts): RollupRow {
  return {
    month,
    theme,
    actions: c.actions,
    blue: c.blue,
    green: c.green,
    amber: c.amber,
    red: c.red,
    grey: c.grey,
    unknown: c.unknown,
    overdue: c.overdue,
    measures: c.measures,
    measuresGreen: c.measuresGreen,
    measuresAmber: c.measuresAmber,
    measuresRed: c.measuresRed,
    measuresNoData: c.measuresNoData,
  };
}
