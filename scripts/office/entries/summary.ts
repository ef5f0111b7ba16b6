/**
 * What the monthly-rollup script returns to Power Automate: a plain,
 * JSON-serialisable object (no Map, no null, no undefined) made only of the
 * types a "Run script" action accepts (string, number, boolean, arrays and
 * objects of them), so a flow can put it straight into an email.
 */
import type { Analysis, MeasureResult, RollupRow, Theme } from '../../../src/core/model';
import type { Finding } from '../../../src/core/findings';
import { formatYearMonth, isoFromSerial, longYearMonth, ukFromSerial } from '../../../src/core/calendar';
import { gapToTarget, ALL_THEME, UNASSIGNED_THEME } from '../../../src/core/rollup';
import { plural } from '../../../src/core/text';
import { asOfOf, describeAsOf, describeAsOfSource } from '../../../src/core/as-of';
import { boardReadiness } from '../../../src/core/readiness';

/** At most this many overdue actions and Red measures are listed per theme (and overall); the counts are always complete. */
export const MAX_LISTED = 50;
/** At most this many findings are returned by check-plan (errors first); `findingsTotal` says how many there were. */
export const MAX_FINDINGS = 1000;

export interface OverdueAction {
  ref: string;
  theme: string;
  lead: string;
  /** dd/mm/yyyy, or the text of the cell */
  due: string;
  daysOverdue: number;
}

export interface RedMeasure {
  id: string;
  name: string;
  theme: string;
  /** yyyy-mm of the latest value */
  period: string;
  /** As used by the engine: fractions for % measures. */
  latest: number;
  target: number;
  /** How far short of target, in the measure's units (positive = short). */
  gap: number;
  /** The same three values as a person reads them (`58.0%`, `12`). */
  latestText: string;
  targetText: string;
  gapText: string;
}

export interface ThemeSummary {
  /** `1`..`6` or the theme's name; `All` for the whole plan. */
  theme: string;
  /** The best name seen, e.g. `2. Improve outcomes for care leavers`. */
  label: string;
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
  /** Overdue actions, most overdue first (at most MAX_LISTED). */
  overdueActions: OverdueAction[];
  /** Red measures, furthest from target first (at most MAX_LISTED). */
  redMeasures: RedMeasure[];
}

export interface RollupSummary {
  /** yyyy-mm */
  month: string;
  /** e.g. `October 2016` */
  monthName: string;
  /** yyyy-mm-dd */
  asOf: string;
  /** Where the as-of date came from (contract 8): `asOf parameter`, `Settings!B5` or `today`. */
  asOfSource: string;
  /** True when the check found no errors: ready for the board. */
  ready: boolean;
  errors: number;
  warnings: number;
  /** The readiness line at the top of the Monthly roll-up sheet. */
  status: string;
  overall: ThemeSummary;
  themes: ThemeSummary[];
  /** Rows of `Roll-up history` written for this month (one per theme, plus All). */
  historyRows: number;
  /** A plain-text version for an email body. */
  text: string;
}

export interface CheckFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  /** The action ref or measure id, `` when none. */
  ref: string;
  message: string;
}

export interface CheckResult {
  /** yyyy-mm-dd */
  asOf: string;
  /** Where the as-of date came from (contract 8): `asOf parameter`, `Settings!B5` or `today`. */
  asOfSource: string;
  ready: boolean;
  errors: number;
  warnings: number;
  /** Errors first when the list had to be cut to MAX_FINDINGS; otherwise as `plan check` lists them. */
  findings: CheckFinding[];
  findingsTotal: number;
  truncated: boolean;
  text: string;
}

/** A measure value as a person reads it. */
export function shownValue(value: number, unit: string): string {
  if (unit === 'percent') return (Math.round(value * 1000) / 10).toFixed(1) + '%';
  return String(Number(value.toPrecision(10)));
}

function themeKeyOf(theme: Theme | null): string {
  return theme === null ? UNASSIGNED_THEME : theme.key;
}

function themeLabels(analysis: Analysis): Record<string, string> {
  const labels: Record<string, string> = {};
  const note = (t: Theme | null): void => {
    if (t === null) return;
    const seen = labels[t.key];
    if (seen === undefined || (seen === t.key && t.label !== t.key)) labels[t.key] = t.label;
  };
  analysis.actions.forEach((a) => note(a.theme));
  analysis.measures.forEach((m) => note(m.theme));
  labels[ALL_THEME] = 'All themes';
  labels[UNASSIGNED_THEME] = 'No theme';
  return labels;
}

function overdueActions(analysis: Analysis): OverdueAction[] {
  const rows: Record<number, { lead: string; due: string }> = {};
  const table = analysis.plan.actions;
  if (table !== null) {
    table.rows.forEach((r) => {
      const lead = r.lead === null ? '' : r.lead.cell.text !== '' ? r.lead.cell.text : String(r.lead.cell.value === null ? '' : r.lead.cell.value);
      let due = '';
      if (r.due !== null) due = r.due.read.kind === 'value' ? ukFromSerial(r.due.read.value) : r.due.cell.text;
      rows[r.row] = { lead: lead.trim(), due };
    });
  }
  return analysis.actions
    .filter((a) => a.daysOverdue > 0)
    .map((a) => {
      const extra = rows[a.row];
      return {
        ref: a.ref,
        theme: themeKeyOf(a.theme),
        lead: extra === undefined ? '' : extra.lead,
        due: extra === undefined ? '' : extra.due,
        daysOverdue: a.daysOverdue,
      };
    })
    .sort((x, y) => y.daysOverdue - x.daysOverdue || (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0));
}

function redMeasure(m: MeasureResult): RedMeasure {
  const latest = m.latest === null ? 0 : m.latest;
  const target = m.target === null ? 0 : m.target;
  const g = gapToTarget(m);
  const gap = g === null ? 0 : g;
  return {
    id: m.id,
    name: m.name,
    theme: themeKeyOf(m.theme),
    period: m.latestPeriod === null ? '' : formatYearMonth(m.latestPeriod),
    latest,
    target,
    gap,
    latestText: m.latest === null ? '' : shownValue(latest, m.unit),
    targetText: m.target === null ? '' : shownValue(target, m.unit),
    gapText: g === null ? '' : shownValue(gap, m.unit),
  };
}

function themeSummary(row: RollupRow, label: string, overdue: OverdueAction[], red: RedMeasure[]): ThemeSummary {
  return {
    theme: row.theme,
    label,
    actions: row.actions,
    blue: row.blue,
    green: row.green,
    amber: row.amber,
    red: row.red,
    grey: row.grey,
    unknown: row.unknown,
    overdue: row.overdue,
    measures: row.measures,
    measuresGreen: row.measuresGreen,
    measuresAmber: row.measuresAmber,
    measuresRed: row.measuresRed,
    measuresNoData: row.measuresNoData,
    overdueActions: overdue.slice(0, MAX_LISTED),
    redMeasures: red.slice(0, MAX_LISTED),
  };
}

function countsLine(t: ThemeSummary): string {
  return (
    t.label + ': ' + plural(t.actions, 'action') + ' (Blue ' + String(t.blue) + ', Green ' + String(t.green) + ', Amber ' + String(t.amber) +
    ', Red ' + String(t.red) + ', Grey ' + String(t.grey) + ', Unknown ' + String(t.unknown) + '; ' + String(t.overdue) + ' overdue); ' +
    plural(t.measures, 'measure') + ' (Green ' + String(t.measuresGreen) + ', Amber ' + String(t.measuresAmber) + ', Red ' + String(t.measuresRed) +
    ', no data ' + String(t.measuresNoData) + ')'
  );
}

export function rollupSummary(analysis: Analysis, status: string): RollupSummary {
  const labels = themeLabels(analysis);
  const overdue = overdueActions(analysis);
  const red = analysis.measures
    .filter((m) => m.rag === 'Red')
    .map((m) => redMeasure(m))
    .sort((x, y) => y.gap - x.gap || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const labelOf = (key: string): string => (labels[key] === undefined ? key : labels[key]);
  const themes: ThemeSummary[] = [];
  let overall: ThemeSummary | null = null;
  for (const row of analysis.rollup) {
    if (row.theme === ALL_THEME) {
      overall = themeSummary(row, labelOf(row.theme), overdue, red);
    } else {
      themes.push(themeSummary(row, labelOf(row.theme), overdue.filter((a) => a.theme === row.theme), red.filter((m) => m.theme === row.theme)));
    }
  }
  const all: ThemeSummary =
    overall !== null
      ? overall
      : themeSummary(
          { month: formatYearMonth(analysis.month), theme: ALL_THEME, actions: 0, blue: 0, green: 0, amber: 0, red: 0, grey: 0, unknown: 0, overdue: 0, measures: 0, measuresGreen: 0, measuresAmber: 0, measuresRed: 0, measuresNoData: 0 },
          labelOf(ALL_THEME),
          overdue,
          red,
        );
  const lines: string[] = [];
  lines.push('Improvement plan roll-up for ' + longYearMonth(analysis.month) + ', ' + describeAsOf(asOfOf(analysis)));
  lines.push(status);
  lines.push('');
  lines.push(countsLine(all));
  themes.forEach((t) => lines.push(countsLine(t)));
  if (overdue.length > 0) {
    lines.push('');
    lines.push('Overdue actions (' + String(overdue.length) + '):');
    all.overdueActions.forEach((a) => lines.push('  ' + a.ref + ' ' + a.lead + ': due ' + a.due + ', ' + plural(a.daysOverdue, 'day') + ' overdue'));
    if (overdue.length > all.overdueActions.length) lines.push('  ... and ' + String(overdue.length - all.overdueActions.length) + ' more (see the Monthly roll-up sheet)');
  }
  if (red.length > 0) {
    lines.push('');
    lines.push('Red measures (' + String(red.length) + '):');
    all.redMeasures.forEach((m) => lines.push('  ' + m.id + ' ' + m.name + ': ' + m.latestText + ' (' + m.period + ') against a target of ' + m.targetText));
    if (red.length > all.redMeasures.length) lines.push('  ... and ' + String(red.length - all.redMeasures.length) + ' more (see the Monthly roll-up sheet)');
  }
  return {
    month: formatYearMonth(analysis.month),
    monthName: longYearMonth(analysis.month),
    asOf: isoFromSerial(analysis.asOf),
    asOfSource: describeAsOfSource(analysis.asOfSource),
    ready: analysis.ready,
    errors: analysis.errors,
    warnings: analysis.warnings,
    status,
    overall: all,
    themes,
    historyRows: analysis.rollup.length,
    text: lines.join('\n'),
  };
}

function checkFinding(f: Finding): CheckFinding {
  return { rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, ref: f.ref === null ? '' : f.ref, message: f.message };
}

export function checkResult(analysis: Analysis): CheckResult {
  const all = analysis.findings;
  let kept: ReadonlyArray<Finding> = all;
  if (all.length > MAX_FINDINGS) {
    kept = all.filter((f) => f.severity === 'error').concat(all.filter((f) => f.severity !== 'error')).slice(0, MAX_FINDINGS);
  }
  const lines: string[] = [];
  lines.push('Plan check, ' + describeAsOf(asOfOf(analysis)) + '. ' + boardReadiness(analysis.errors, analysis.warnings));
  kept.forEach((f) => lines.push(f.severity + ' ' + f.sheet + '!' + f.cell + (f.ref === null ? '' : ' (' + f.ref + ')') + ': ' + f.message));
  if (kept.length < all.length) lines.push('... and ' + String(all.length - kept.length) + ' more.');
  return {
    asOf: isoFromSerial(analysis.asOf),
    asOfSource: describeAsOfSource(analysis.asOfSource),
    ready: analysis.ready,
    errors: analysis.errors,
    warnings: analysis.warnings,
    findings: kept.map((f) => checkFinding(f)),
    findingsTotal: all.length,
    truncated: kept.length < all.length,
    text: lines.join('\n'),
  };
}
