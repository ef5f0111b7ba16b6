/**
 * Office Script entry: the plan check. Runs the validation (contract 4.3) and
 * returns the findings; writes nothing, so a flow can refuse to send an
 * unready plan. scripts/build-office-scripts.ts inlines this file and the
 * engine into scripts/office/check-plan.ts.
 */
import { analysePlan } from '../../../src/core';
import { readSnapshot } from './excel-io';
import { scriptAsOf } from './as-of';
import { checkResult } from './summary';
import type { CheckResult } from './summary';

/**
 * Checks the improvement plan and returns what it found. Writes nothing.
 * `ready` is false when there is at least one error.
 * @param asOf The as-of date, 2016-09-30 or 30/09/2016. Blank: the Settings sheet's As of, else today (UTC).
 */
export function main(workbook: ExcelScript.Workbook, asOf?: string): CheckResult {
  const snapshot = readSnapshot(workbook);
  const date = scriptAsOf(snapshot, asOf, new Date());
  const analysis = analysePlan(snapshot, { asOf: date.date, source: date.source });
  return checkResult(analysis);
}
