/**
 * A clean plan workbook (no findings as of 31/10/2016) and ways to spoil it,
 * for the validation-rule tests. Everything goes through readPlan, as the
 * product does.
 *
 * Actions: A Ref, B Theme, C Action, D Expected outcome, E Measures,
 * F Lead officer, G Due date, H Status, I RAG, J Completed date,
 * K Progress update, L Last updated, M Evidence. Data from row 2.
 * Measures: A Measure ID, B Measure, C Unit, D Polarity, E Baseline,
 * F Target, G Apr-16 .. L Sep-16, M Oct-16. Data from row 2.
 */
import { checkPlan } from '../../../src/core/check';
import { readPlan } from '../../../src/core/read';
import type { Finding, RuleId } from '../../../src/core/findings';
import type { SheetSnapshot, WorkbookSnapshot } from '../../../src/core/snapshot';
import { serialFromYmd } from '../../../src/core/calendar';
import type { CellInput } from '../../helpers/snapshot-builder';
import { date, pct, sheet } from '../../helpers/snapshot-builder';

export const AS_OF = serialFromYmd(2016, 10, 31);

export const ACTION_HEADERS = [
  'Ref', 'Theme', 'Action', 'Expected outcome', 'Measures', 'Lead officer', 'Due date', 'Status', 'RAG',
  'Completed date', 'Progress update', 'Last updated', 'Evidence',
] as const;
export type ActionHeader = (typeof ACTION_HEADERS)[number];
export type ActionInput = Partial<Record<ActionHeader, CellInput>>;

export const MEASURE_HEADERS = [
  'Measure ID', 'Measure', 'Unit', 'Polarity', 'Baseline', 'Target',
  'Apr-16', 'May-16', 'Jun-16', 'Jul-16', 'Aug-16', 'Sep-16', 'Oct-16',
] as const;
export type MeasureHeader = (typeof MEASURE_HEADERS)[number];
export type MeasureInput = Partial<Record<MeasureHeader, CellInput>>;

/** Action row n (0-based) of a clean plan: ref 1.(n+1), On track, due 31/12/2016, updated recently. */
export function baseAction(n: number): Record<ActionHeader, CellInput> {
  return {
    Ref: '1.' + String(n + 1),
    Theme: '1',
    Action: 'Review the front door',
    'Expected outcome': 'Faster, safer decisions',
    Measures: 'CL1',
    'Lead officer': 'Jo Bloggs',
    'Due date': date(2016, 12, 31),
    Status: 'On track',
    RAG: 'G',
    'Completed date': null,
    'Progress update': 'On plan',
    'Last updated': date(2016, 10, 20),
    Evidence: null,
  };
}

/** A % measure, higher is better, 50% -> 60%, values April to September. */
export function baseMeasure(n: number): Record<MeasureHeader, CellInput> {
  return {
    'Measure ID': 'CL' + String(n + 1),
    Measure: 'Care leavers in education, employment or training',
    Unit: '%',
    Polarity: 'Higher is better',
    Baseline: pct(0.5),
    Target: pct(0.6),
    'Apr-16': pct(0.5),
    'May-16': pct(0.51),
    'Jun-16': pct(0.52),
    'Jul-16': pct(0.53),
    'Aug-16': pct(0.54),
    'Sep-16': pct(0.55),
    'Oct-16': null,
  };
}

export interface SheetSpec<H extends string> {
  /** Columns left out of the sheet. */
  readonly drop?: ReadonlyArray<H>;
  readonly name?: string;
  /** Rows placed before the given row index (0-based among data rows): section headings. */
  readonly sections?: Readonly<Record<number, string>>;
}

function build<H extends string>(
  headers: ReadonlyArray<H>,
  base: (n: number) => Record<H, CellInput>,
  rows: ReadonlyArray<Partial<Record<H, CellInput>>>,
  name: string,
  spec: SheetSpec<H>,
): SheetSnapshot {
  const drop = spec.drop !== undefined ? spec.drop : [];
  const kept = headers.filter((h) => drop.indexOf(h) < 0);
  const grid: CellInput[][] = [kept.slice()];
  rows.forEach((over, n) => {
    const section = spec.sections !== undefined ? spec.sections[n] : undefined;
    if (section !== undefined) grid.push([section]);
    const full: Record<H, CellInput> = { ...base(n), ...over };
    grid.push(kept.map((h) => full[h]));
  });
  return sheet(spec.name !== undefined ? spec.name : name, grid);
}

export function actionsSheet(rows: ReadonlyArray<ActionInput>, spec: SheetSpec<ActionHeader> = {}): SheetSnapshot {
  return build(ACTION_HEADERS, baseAction, rows, 'Actions', spec);
}

export function measuresSheet(rows: ReadonlyArray<MeasureInput>, spec: SheetSpec<MeasureHeader> = {}): SheetSnapshot {
  return build(MEASURE_HEADERS, baseMeasure, rows, 'Measures', spec);
}

export function officersSheet(names: ReadonlyArray<string>): SheetSnapshot {
  return sheet('Officers', [['Officer']].concat(names.map((n) => [n])));
}

export interface PlanSpec {
  readonly actions?: ReadonlyArray<ActionInput>;
  readonly actionSpec?: SheetSpec<ActionHeader>;
  /** null leaves the Measures sheet out. */
  readonly measures?: ReadonlyArray<MeasureInput> | null;
  readonly measureSpec?: SheetSpec<MeasureHeader>;
  /** null leaves the Officers sheet out. */
  readonly officers?: ReadonlyArray<string> | null;
}

export function planWorkbook(spec: PlanSpec = {}): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [actionsSheet(spec.actions !== undefined ? spec.actions : [{}], spec.actionSpec)];
  if (spec.measures !== null) sheets.push(measuresSheet(spec.measures !== undefined ? spec.measures : [{}], spec.measureSpec));
  if (spec.officers !== null) {
    sheets.push(officersSheet(spec.officers !== undefined ? spec.officers : ['Jo Bloggs', 'Sam Smith']));
  }
  return { sheets, tables: [] };
}

/** checkPlan(readPlan(...)) as of 31/10/2016. */
export function check(spec: PlanSpec = {}): Finding[] {
  return checkPlan(readPlan(planWorkbook(spec), AS_OF));
}

export function checkWorkbook(wb: WorkbookSnapshot, asOf: number = AS_OF): Finding[] {
  return checkPlan(readPlan(wb, asOf));
}

export function byRule(findings: ReadonlyArray<Finding>, rule: RuleId): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** The one finding of a rule (fails the test when there is not exactly one). */
export function one(findings: ReadonlyArray<Finding>, rule: RuleId): Finding {
  const found = byRule(findings, rule);
  if (found.length !== 1) {
    throw new Error('expected one ' + rule + ', got ' + String(found.length) + ': ' + JSON.stringify(findings, null, 1));
  }
  return found[0];
}
