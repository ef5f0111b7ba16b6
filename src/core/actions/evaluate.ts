/** Every action of a plan, as of the plan's date (contract 4.2). */
import type { ActionResult, ActionRow, Plan } from '../model';
import type { Serial } from '../calendar';
import { bragFor, DEFAULT_AMBER_WINDOW } from './brag';
import { fieldValue } from '../values/field';

export function evaluateActions(plan: Plan): ActionResult[] {
  if (plan.actions === null) return [];
  const window = plan.settings.amberWindow !== null ? plan.settings.amberWindow : DEFAULT_AMBER_WINDOW;
  return plan.actions.rows.map((row) => evaluateActionRow(row, plan.asOf, window));
}

/** One action row; only cells read as a valid value count (a blank, invalid or error cell is none). */
export function evaluateActionRow(row: ActionRow, asOf: Serial, amberWindow: number): ActionResult {
  const result = bragFor(fieldValue(row.status), fieldValue(row.due), fieldValue(row.completed), asOf, amberWindow);
  const ref = fieldValue(row.ref);
  return {
    row: row.row,
    ref: ref === null ? '' : ref,
    theme: row.theme,
    rag: result.rag,
    late: result.late,
    daysOverdue: result.daysOverdue,
  };
}

