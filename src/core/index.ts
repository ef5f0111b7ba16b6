/**
 * `analysePlan`, the step every face starts with, and a convenience re-export
 * of the engine's modules. It is not the only door: faces import a core
 * module directly where that says more (docs/decisions.md, "The engine's
 * entry point"); what keeps the engine whole is that src/core imports nothing
 * outside itself (eslint.config.js).
 */
import type { Analysis, AsOfSource, Plan } from './model';
import type { Finding } from './findings';
import type { WorkbookSnapshot } from './snapshot';
import type { Serial } from './calendar';
import { countBySeverity } from './findings';
import { yearMonthOfSerial } from './calendar';
import { parseA1 } from './address';
import { readPlan } from './read';
import { checkPlan } from './check';
import { evaluateActions } from './actions';
import { evaluateMeasures } from './measures';
import { buildRollup } from './rollup';

export interface AnalyseOptions {
  readonly asOf: Serial;
  /** Where the date came from (contract 8; `resolveAsOf`). Left out: given by the caller. */
  readonly source?: AsOfSource;
}

const GIVEN_BY_CALLER: AsOfSource = { kind: 'given', label: 'given' };

const STRUCTURAL: ReadonlyArray<string> = ['sheet-missing', 'column-missing'];

/**
 * Findings in reading order: structural ones (sheet-missing, column-missing)
 * first, then the Actions sheet, the Measures sheet and any other sheet, each
 * by row then column; ties keep the check's order.
 */
export function orderFindings(plan: Plan, findings: ReadonlyArray<Finding>): Finding[] {
  const sheetOrder: string[] = [];
  if (plan.actions !== null) sheetOrder.push(plan.actions.layout.sheet);
  if (plan.measures !== null) sheetOrder.push(plan.measures.layout.sheet);
  const sheetRank = (s: string): number => {
    const i = sheetOrder.indexOf(s);
    return i >= 0 ? i : sheetOrder.length;
  };
  const keyed = findings.map((f, i) => {
    const at = parseA1(f.cell);
    return {
      f,
      i,
      structural: STRUCTURAL.indexOf(f.rule) >= 0 ? 0 : 1,
      sheet: sheetRank(f.sheet),
      row: at === null ? -1 : at.row,
      col: at === null ? -1 : at.col,
    };
  });
  keyed.sort((a, b) => {
    if (a.structural !== b.structural) return a.structural - b.structural;
    if (a.structural === 0) return a.i - b.i;
    if (a.sheet !== b.sheet) return a.sheet - b.sheet;
    if (a.sheet === sheetOrder.length && a.f.sheet !== b.f.sheet) return a.f.sheet < b.f.sheet ? -1 : 1;
    return a.row - b.row || a.col - b.col || a.i - b.i;
  });
  return keyed.map((k) => k.f);
}

/** Reads, checks and evaluates the plan as of a date, and rolls it up for the as-of month. */
export function analysePlan(snapshot: WorkbookSnapshot, options: AnalyseOptions): Analysis {
  const asOf = options.asOf;
  const plan = readPlan(snapshot, asOf);
  // Each action's RAG is worked out once, and the check uses it (4.2 and 4.3 agree by construction).
  const actions = evaluateActions(plan);
  const findings = orderFindings(plan, checkPlan(plan, actions));
  const counts = countBySeverity(findings);
  const measures = evaluateMeasures(plan);
  const month = yearMonthOfSerial(asOf);
  return {
    asOf,
    asOfSource: options.source !== undefined ? options.source : GIVEN_BY_CALLER,
    month,
    plan,
    findings,
    errors: counts.errors,
    warnings: counts.warnings,
    ready: counts.errors === 0,
    actions,
    measures,
    rollup: buildRollup(actions, measures, month),
  };
}

export * from './snapshot';
export * from './address';
export * from './calendar';
export * from './text';
export * from './findings';
export * from './model';
export * from './writes';
export * from './values';
export * from './read';
export * from './measures';
export * from './actions';
export * from './check';
export * from './rollup';
export * from './writeback';
export * from './import';
export * from './report';
export * from './as-of';
export * from './rules';
export * from './readiness';
export * from './board';
