/**
 * The Board pack as data (contract 9), from one analysis and the snapshot it
 * was made from: the analysis's RAGs and roll-up are used as they are (never
 * worked out again), and the snapshot is only read for what the analysis does
 * not hold (the title rows, `Roll-up history`, `RAG history`). Linear in rows:
 * every lookup is a map.
 */
import type { ActionResult, ActionRow, Analysis, MeasureResult, RollupRow, Theme } from '../model';
import type { Finding, Severity } from '../findings';
import type { Serial, YearMonth } from '../calendar';
import type { WorkbookSnapshot } from '../snapshot';
import type { AsOf } from '../as-of';
import type {
  BoardPack, CoverSection, DataQualityRule, DataQualitySection, ExceptionAction, ExceptionMeasure, ExceptionsSection, LeadAction,
  LeadGroup, LeadsSection, MeasureChart, MovedItem, MovedSection, RuleCount, ScorecardMeasure, ScorecardSection, SummaryRow, SummarySection,
} from './model';
import { sheetNamed } from '../snapshot';
import { formatYearMonth, yearMonth } from '../calendar';
import { matchKey, plural } from '../text';
import { fieldText, fieldValue } from '../values/field';
import { RULE_IDS, ruleTitle } from '../rules';
import { findingsByRow } from '../check';
import { expectedOnTrajectory, round10 } from '../measures';
import {
  gapToTarget, latestEarlierMonth, orderThemes, readHistory, readRagHistory, ragHistoryRows, ALL_THEME, ROLLUP_COUNTS, UNASSIGNED_THEME,
} from '../rollup';
import type { RagHistoryRow, RollupCount } from '../rollup';

export const DEFAULT_PLAN_TITLE = 'Improvement plan';
/** The group for open actions with no lead officer (listed after the named leads). */
export const NO_LEAD = 'No lead officer named';
/** How many findings of each rule the data quality section shows. */
export const EXAMPLES_PER_RULE = 5;

const SEVERITIES: ReadonlyArray<Severity> = ['error', 'warning'];

export interface BoardPackOptions {
  /** The as-of date and where it came from (contract 8); its date is the analysis's. */
  readonly asOf: AsOf;
  /** The date the pack is made (pinned in tests). */
  readonly madeOn: Serial;
}

export function buildBoardPack(analysis: Analysis, snapshot: WorkbookSnapshot, options: BoardPackOptions): BoardPack {
  const sources = actionSources(analysis);
  const labels = themeLabels(analysis);
  return {
    title: planTitle(analysis, snapshot),
    month: analysis.month,
    asOf: options.asOf,
    madeOn: options.madeOn,
    cover: coverSection(analysis),
    summary: summarySection(analysis, snapshot, labels),
    exceptions: exceptionsSection(analysis, sources),
    moved: movedSection(analysis, snapshot, sources),
    scorecard: scorecardSection(analysis, labels),
    leads: leadsSection(analysis, sources),
    dataQuality: dataQualitySection(analysis.findings),
  };
}

// ---------------------------------------------------------------------------
// Title (9.1)

/**
 * Settings `Plan name`, else the first non-blank text above the Actions header
 * row (row by row, left to right; numbers and dates are not titles), else
 * `Improvement plan`.
 */
export function planTitle(analysis: Analysis, snapshot: WorkbookSnapshot): string {
  const named = analysis.plan.settings.planName;
  if (named !== null) return named;
  const actions = analysis.plan.actions;
  if (actions !== null) {
    const sheet = sheetNamed(snapshot, actions.layout.sheet);
    if (sheet !== null) {
      for (let r = 0; r < actions.layout.headerRow && r < sheet.rows.length; r++) {
        const row = sheet.rows[r];
        for (let c = 0; c < row.length; c++) {
          const v = row[c].value;
          if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/g, ' ').trim();
        }
      }
    }
  }
  return DEFAULT_PLAN_TITLE;
}

// ---------------------------------------------------------------------------
// Cover (9.1) and data quality (9.7)

/**
 * Findings counted by rule: errors first, then warnings, contract order within
 * each (a rule seen with both severities, like `sheet-missing`, counts twice).
 */
function ruleCounts(findings: ReadonlyArray<Finding>): RuleCount[] {
  const counts: Record<string, number> = {};
  for (let i = 0; i < findings.length; i++) {
    const key = findings[i].severity + '|' + findings[i].rule;
    counts[key] = (counts[key] === undefined ? 0 : counts[key]) + 1;
  }
  const out: RuleCount[] = [];
  for (const severity of SEVERITIES) {
    for (const rule of RULE_IDS) {
      const count = counts[severity + '|' + rule];
      if (count !== undefined) out.push({ rule, title: ruleTitle(rule), severity, count });
    }
  }
  return out;
}

/** `DRAFT: the plan has 8 errors` (`1 error`), or null when the check found none. */
export function draftLine(errors: number): string | null {
  return errors > 0 ? 'DRAFT: the plan has ' + plural(errors, 'error') : null;
}

function coverSection(analysis: Analysis): CoverSection {
  const errors = analysis.findings.filter((f) => f.severity === 'error');
  return {
    errors: analysis.errors,
    warnings: analysis.warnings,
    draft: draftLine(analysis.errors),
    errorRules: ruleCounts(errors),
  };
}

function dataQualitySection(findings: ReadonlyArray<Finding>): DataQualitySection {
  const examples: Record<string, Finding[]> = {};
  for (const f of findings) {
    const key = f.severity + '|' + f.rule;
    if (examples[key] === undefined) examples[key] = [];
    if (examples[key].length < EXAMPLES_PER_RULE) examples[key].push(f);
  }
  const rules: DataQualityRule[] = ruleCounts(findings).map((c) => ({
    rule: c.rule,
    title: c.title,
    severity: c.severity,
    count: c.count,
    examples: examples[c.severity + '|' + c.rule].map((f) => ({ sheet: f.sheet, cell: f.cell, ref: f.ref, message: f.message })),
  }));
  return { rules };
}

// ---------------------------------------------------------------------------
// Summary by theme (9.2)

function themeLabels(analysis: Analysis): Record<string, string> {
  const labels: Record<string, string> = {};
  const see = (t: Theme | null): void => {
    if (t !== null && labels[t.key] === undefined) labels[t.key] = t.label;
  };
  for (const a of analysis.actions) see(a.theme);
  for (const m of analysis.measures) see(m.theme);
  labels[ALL_THEME] = 'All themes';
  if (labels[UNASSIGNED_THEME] === undefined) labels[UNASSIGNED_THEME] = 'No theme';
  return labels;
}

function labelOf(labels: Record<string, string>, key: string): string {
  return labels[key] !== undefined ? labels[key] : key;
}

function countsOf(row: RollupRow | undefined): Record<RollupCount, number> {
  const out = {} as Record<RollupCount, number>;
  for (const c of ROLLUP_COUNTS) out[c.field] = row === undefined ? 0 : row[c.field];
  return out;
}

function summarySection(analysis: Analysis, snapshot: WorkbookSnapshot, labels: Record<string, string>): SummarySection {
  const history = readHistory(snapshot);
  const previous = latestEarlierMonth(history, formatYearMonth(analysis.month));
  const before: Record<string, RollupRow> = {};
  if (previous !== null) for (const r of history) if (r.month === previous && before[r.theme] === undefined) before[r.theme] = r;
  const rows: SummaryRow[] = analysis.rollup.map((r) => {
    const counts = countsOf(r);
    let changes: Record<RollupCount, number> | null = null;
    if (previous !== null) {
      const was = countsOf(before[r.theme]);
      const delta = {} as Record<RollupCount, number>;
      for (const c of ROLLUP_COUNTS) delta[c.field] = counts[c.field] - was[c.field];
      changes = delta;
    }
    return { theme: r.theme, label: labelOf(labels, r.theme), counts, changes };
  });
  return { previousMonth: previous === null ? null : yearMonthOfText(previous), rows };
}

function yearMonthOfText(month: string): YearMonth {
  return yearMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

// ---------------------------------------------------------------------------
// Exceptions (9.3)

function actionSources(analysis: Analysis): Record<number, ActionRow> {
  const out: Record<number, ActionRow> = {};
  if (analysis.plan.actions !== null) for (const r of analysis.plan.actions.rows) out[r.row] = r;
  return out;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function exceptionAction(a: ActionResult, src: ActionRow | undefined): ExceptionAction {
  const update = src === undefined ? '' : fieldText(src.update).trim();
  return {
    ref: a.ref,
    theme: a.theme === null ? null : a.theme.key,
    action: src === undefined ? '' : fieldText(src.action).trim(),
    lead: src === undefined ? '' : oneLine(fieldText(src.lead)),
    due: src === undefined ? null : fieldValue(src.due),
    dueText: src === undefined ? '' : fieldText(src.due).trim(),
    daysOverdue: a.daysOverdue,
    status: src === undefined ? '' : oneLine(fieldText(src.status)),
    rag: a.rag,
    update: update === '' ? null : update,
    updated: src === undefined ? null : fieldValue(src.updated),
  };
}

function exceptionMeasure(m: MeasureResult): ExceptionMeasure {
  return {
    id: m.id,
    name: m.name,
    theme: m.theme === null ? null : m.theme.key,
    unit: m.unit,
    polarity: m.polarity,
    latest: tidy(m.latest),
    latestPeriod: m.latestPeriod,
    target: tidy(m.target),
    gap: gapToTarget(m),
    trajectory: m.trajectory,
    direction: m.direction,
    comparators: m.comparators,
  };
}

function exceptionsSection(analysis: Analysis, sources: Record<number, ActionRow>): ExceptionsSection {
  const actions = analysis.actions
    .map((a, i) => ({ a, i }))
    .filter((x) => x.a.rag === 'Red' || x.a.daysOverdue > 0)
    .sort((x, y) => y.a.daysOverdue - x.a.daysOverdue || x.i - y.i)
    .map((x) => exceptionAction(x.a, sources[x.a.row]));
  const measures = analysis.measures.filter((m) => m.rag === 'Red').map((m) => exceptionMeasure(m));
  return { actions, measures };
}

function tidy(x: number | null): number | null {
  return x === null ? null : round10(x);
}

// ---------------------------------------------------------------------------
// What moved (9.4)

/**
 * An item's key in `RAG history`: its type, its ref (matchKey, so `1.1` and
 * ` 1.1` agree but `1.1` and `1.10` do not) and which occurrence of that ref it
 * is, so a ref used twice (an error, but it happens) still pairs row by row.
 */
function historyKeys(rows: ReadonlyArray<{ readonly type: string; readonly ref: string }>): string[] {
  const seen: Record<string, number> = {};
  return rows.map((r) => {
    const base = r.type + '|' + refKey(r.ref);
    const n = seen[base] === undefined ? 0 : seen[base];
    seen[base] = n + 1;
    return base + '|' + String(n);
  });
}

function refKey(ref: string): string {
  return ref.trim().replace(/\s+/g, ' ').toLowerCase();
}

function movedSection(analysis: Analysis, snapshot: WorkbookSnapshot, sources: Record<number, ActionRow>): MovedSection {
  const history = readRagHistory(snapshot);
  const previous = latestEarlierMonth(history, formatYearMonth(analysis.month));
  if (previous === null) return { previousMonth: null, items: [] };
  const before = history.filter((r) => r.month === previous);
  const beforeKeys = historyKeys(before);
  const was: Record<string, RagHistoryRow> = {};
  before.forEach((r, i) => {
    was[beforeKeys[i]] = r;
  });
  const now = ragHistoryRows(analysis);
  const nowKeys = historyKeys(now);
  const names: string[] = analysis.actions
    .map((a) => (sources[a.row] === undefined ? '' : fieldText(sources[a.row].action).trim()))
    .concat(analysis.measures.map((m) => m.name));
  const items: MovedItem[] = [];
  now.forEach((r, i) => {
    const old = was[nowKeys[i]];
    if (old !== undefined && matchKey(old.rag) === matchKey(r.rag)) return;
    items.push({
      type: r.type,
      ref: r.ref,
      name: names[i],
      theme: r.theme,
      from: old === undefined ? null : old.rag,
      to: r.type === 'Action' ? analysis.actions[i].rag : analysis.measures[i - analysis.actions.length].rag,
    });
  });
  return { previousMonth: yearMonthOfText(previous), items };
}

// ---------------------------------------------------------------------------
// Scorecard (9.5)

/** The plan year's twelve months, April first. */
function planMonths(planYearStart: number): YearMonth[] {
  const first = yearMonth(planYearStart, 4);
  const out: YearMonth[] = [];
  for (let i = 0; i < 12; i++) out.push(first + i);
  return out;
}

/**
 * The chart of one measure: a value per plan-year month (null for blank, no
 * data, a month with no column, and any month after the as-of month: the pack
 * is as of its date); the trajectory only for higher/lower measures with a
 * baseline and a target (contract 3.3).
 */
function measureChart(m: MeasureResult, months: ReadonlyArray<YearMonth>, asOfMonth: YearMonth): MeasureChart {
  const byMonth: Record<number, number | null> = {};
  for (const s of m.series) byMonth[s.month] = s.value; // a repeated month: the later column wins, as for Latest
  const values = months.map((ym) => (ym > asOfMonth || byMonth[ym] === undefined ? null : tidy(byMonth[ym])));
  const hasTrajectory = (m.polarity === 'higher' || m.polarity === 'lower') && m.baseline !== null && m.target !== null;
  const baseline = m.baseline === null ? 0 : m.baseline;
  const target = m.target === null ? 0 : m.target;
  return {
    months,
    values,
    target: tidy(m.target),
    trajectory: hasTrajectory ? months.map((_, i) => round10(expectedOnTrajectory(baseline, target, i + 1))) : null,
    comparators: m.comparatorValues.map((c) => ({ name: c.name, value: round10(c.value) })),
  };
}

function scorecardSection(analysis: Analysis, labels: Record<string, string>): ScorecardSection {
  const months = planMonths(analysis.plan.planYearStart);
  const byTheme: Record<string, ScorecardMeasure[]> = {};
  const seen: string[] = [];
  for (const m of analysis.measures) {
    const key = m.theme === null ? UNASSIGNED_THEME : m.theme.key;
    if (byTheme[key] === undefined) {
      byTheme[key] = [];
      seen.push(key);
    }
    byTheme[key].push({
      id: m.id,
      name: m.name,
      unit: m.unit,
      polarity: m.polarity,
      baseline: tidy(m.baseline),
      target: tidy(m.target),
      latest: tidy(m.latest),
      latestPeriod: m.latestPeriod,
      rag: m.rag,
      progress: m.progress,
      direction: m.direction,
      trajectory: m.trajectory,
      comparators: m.comparators,
      chart: measureChart(m, months, analysis.month),
    });
  }
  return { themes: orderThemes(seen).map((key) => ({ theme: key, label: labelOf(labels, key), measures: byTheme[key] })) };
}

// ---------------------------------------------------------------------------
// By lead officer (9.6)

function leadsSection(analysis: Analysis, sources: Record<number, ActionRow>): LeadsSection {
  const sheet = analysis.plan.actions === null ? '' : analysis.plan.actions.layout.sheet;
  const byRow = findingsByRow(analysis.findings, sheet);
  const groups: Record<string, { lead: string; items: Array<{ a: LeadAction; i: number }> }> = {};
  const keys: string[] = [];
  analysis.actions.forEach((a, i) => {
    if (a.rag === 'Blue' || a.rag === 'Grey') return;
    const src = sources[a.row];
    const lead = src === undefined ? '' : oneLine(fieldText(src.lead));
    const key = lead === '' ? '' : matchKey(lead);
    if (groups[key] === undefined) {
      groups[key] = { lead: lead === '' ? NO_LEAD : lead, items: [] };
      keys.push(key);
    }
    const fs = byRow.get(a.row);
    groups[key].items.push({
      i,
      a: {
        ref: a.ref,
        action: src === undefined ? '' : fieldText(src.action).trim(),
        due: src === undefined ? null : fieldValue(src.due),
        dueText: src === undefined ? '' : fieldText(src.due).trim(),
        rag: a.rag,
        daysOverdue: a.daysOverdue,
        updated: src === undefined ? null : fieldValue(src.updated),
        stale: fs !== undefined && fs.some((f) => f.rule === 'update-stale'),
      },
    });
  });
  const named = keys.filter((k) => k !== '').sort((x, y) => (groups[x].lead.toLowerCase() < groups[y].lead.toLowerCase() ? -1 : groups[x].lead.toLowerCase() > groups[y].lead.toLowerCase() ? 1 : 0));
  if (groups[''] !== undefined) named.push('');
  const leads: LeadGroup[] = named.map((k) => ({
    lead: groups[k].lead,
    actions: groups[k].items.sort((x, y) => compareLeadActions(x, y)).map((x) => x.a),
  }));
  return { leads };
}

/** Overdue first (most overdue first), then stale updates, then by due date (no date last), then sheet order. */
function compareLeadActions(x: { a: LeadAction; i: number }, y: { a: LeadAction; i: number }): number {
  if (x.a.daysOverdue !== y.a.daysOverdue) return y.a.daysOverdue - x.a.daysOverdue;
  if (x.a.stale !== y.a.stale) return x.a.stale ? -1 : 1;
  const dx = x.a.due === null ? Infinity : x.a.due;
  const dy = y.a.due === null ? Infinity : y.a.due;
  if (dx !== dy) return dx < dy ? -1 : 1;
  return x.i - y.i;
}
