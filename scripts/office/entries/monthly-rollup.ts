/**
 * Office Script entry: the monthly roll-up. Writes `Monthly roll-up`, upserts
 * `Roll-up history` (contract section 5) and returns a summary for the board.
 * scripts/build-office-scripts.ts inlines this file and the engine into
 * scripts/office/monthly-rollup.ts.
 */
import { analysePlan, buildWritePlan } from '../../../src/core';
import { readinessLine } from '../../../src/core/rollup';
import { readSnapshot, writeSheets } from './excel-io';
import { scriptAsOf } from './as-of';
import { rollupSummary } from './summary';
import type { RollupSummary } from './summary';

/**
 * Rolls the improvement plan up for the month of the as-of date (contract 8): rebuilds the
 * `Monthly roll-up` sheet, replaces that month's rows in `Roll-up history`
 * (other months are left alone) and returns the counts by theme, the overdue
 * actions and the Red measures. Runs even when the check finds errors, and
 * says so (`ready`, `status`).
 * @param asOf The as-of date, 2016-10-31 or 31/10/2016 (the last day of the month being reported). Blank: the Settings sheet's As of, else today (UTC).
 */
export function main(workbook: ExcelScript.Workbook, asOf?: string): RollupSummary {
  const snapshot = readSnapshot(workbook);
  const date = scriptAsOf(snapshot, asOf, new Date());
  const analysis = analysePlan(snapshot, { asOf: date.date, source: date.source });
  const plan = buildWritePlan(analysis, snapshot, { columns: false, rollup: true });
  writeSheets(workbook, plan.sheets);
  return rollupSummary(analysis, readinessLine(analysis.errors, analysis.warnings));
}
