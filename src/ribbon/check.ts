/**
 * What the "Check plan" ribbon button does, without Office: read the workbook
 * through a PlanHost, run the engine, mark the cells at fault, and say what
 * was found. commands.ts wires it to the ribbon; tests call it with a fake.
 */
import { analysePlan } from '../core';
import type { Serial } from '../core/calendar';
import { ukFromSerial } from '../core/calendar';
import type { PlanHost } from '../host/plan-host';
import type { CheckSummary } from '../host/ribbon-events';
import { plural } from '../core/text';

/**
 * Checks the plan as of `today`, or as of the workbook's `As of` setting when
 * it has one (the date the task pane keeps), and marks the findings' cells.
 */
export async function checkFromRibbon(host: PlanHost, today: Serial): Promise<CheckSummary> {
  const snapshot = await host.readSnapshot();
  let analysis = analysePlan(snapshot, { asOf: today });
  const kept = analysis.plan.settings.asOf;
  if (kept !== null && kept !== today) analysis = analysePlan(snapshot, { asOf: kept });
  const marked = analysis.findings.length > 0 ? await host.markFindings(analysis.findings) : await host.clearMarks();
  const head = 'Plan checked as of ' + ukFromSerial(analysis.asOf) + ': ';
  const body =
    analysis.errors === 0 && analysis.warnings === 0
      ? 'no problems found; ready for the Improvement Board.'
      : plural(analysis.errors, 'error') + ' and ' + plural(analysis.warnings, 'warning') + (analysis.ready ? '; ready for the Improvement Board.' : '; errors must be fixed before the board.') +
        (marked.ok ? ' The cells at fault are marked; open the plan pane for the list.' : ' The cells could not all be marked: ' + marked.message);
  return { asOf: analysis.asOf, errors: analysis.errors, warnings: analysis.warnings, ready: analysis.ready, marked, message: head + body };
}
