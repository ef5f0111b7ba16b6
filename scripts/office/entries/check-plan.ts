/**
 * Office Script entry: the plan check. Runs the validation (contract 4.3) and
 * returns the findings; writes nothing, so a flow can refuse to send an
 * unready plan. scripts/build-office-scripts.ts inlines this file and the
 * engine into scripts/office/check-plan.ts.
 */
import { analysePlan } from '../../../src/core';
import { readSnapshot } from './excel-io';
import { asOfSerial } from './as-of';
import { checkResult } from './summary';
import type { CheckResult } from './summary';

/**
 * Checks the improvement plan and returns what it found. Writes nothing.
 * `ready` is false when there is at least one error.
 * @param asOf The as-of date as yyyy-mm-dd, e.g. 2016-10-31. Blank: today.
 */
export function main(workbook: ExcelScript.Workbook, asOf?: string): CheckResult {
  const snapshot = readSnapshot(workbook);
  const analysis = analysePlan(snapshot, { asOf: asOfSerial(asOf, new Date()) });
  return checkResult(analysis);
}
