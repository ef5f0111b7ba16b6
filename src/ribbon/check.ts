/**
 * What the "Check plan" ribbon button does, without Office: read the workbook
 * through a PlanHost, run the engine, mark the cells at fault, and say what
 * was found. commands.ts wires it to the ribbon; tests call it with a fake.
 */
import { analysePlan } from '../core';
import type { Serial } from '../core/calendar';
import { describeAsOf, resolveAsOf } from '../core/as-of';
import { boardReadiness } from '../core/readiness';
import type { PlanHost } from '../host/plan-host';
import type { CheckSummary } from '../host/ribbon-events';

/**
 * Checks the plan as of the workbook's Settings `As of` when it is a valid
 * date (the date the task pane keeps), else `today` (contract 8: the ribbon
 * has no field of its own), and marks the findings' cells.
 */
export async function checkFromRibbon(host: PlanHost, today: Serial): Promise<CheckSummary> {
  const snapshot = await host.readSnapshot();
  const asOf = resolveAsOf(snapshot, null, today);
  const analysis = analysePlan(snapshot, { asOf: asOf.date, source: asOf.source });
  const marked = analysis.findings.length > 0 ? await host.markFindings(analysis.findings) : await host.clearMarks();
  const head = 'Plan checked ' + describeAsOf(asOf) + '. ' + boardReadiness(analysis.errors, analysis.warnings);
  const tail =
    analysis.findings.length === 0
      ? ''
      : marked.ok
        ? ' The cells at fault are marked; open the plan pane for the list.'
        : ' The cells could not all be marked: ' + marked.message;
  return { asOf: analysis.asOf, asOfSource: asOf.source, errors: analysis.errors, warnings: analysis.warnings, ready: analysis.ready, marked, message: head + tail };
}
