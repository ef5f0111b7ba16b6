/**
 * The validation rules of contract 4.3. `checkPlan` returns the structural
 * findings made while reading first, then the Actions sheet's findings in row
 * order, then the Measures sheet's, each row's in column order.
 */
import type { Finding } from '../findings';
import type { ActionResult, ActionsTable, MeasuresTable, Plan, TableLayout } from '../model';
import { serialFromYmd, yearMonthOfSerial } from '../calendar';
import { matchKey } from '../text';
import { evaluateActions } from '../actions/evaluate';
import type { ActionContext } from './action-context';
import { checkActionRow } from './action-row';
import { checkMeasureRow } from './measure-row';
import type { Pending } from './pending';
import { firstOfRepeatedKeys, idKey } from './keys';

export { shortCheckText, findingsByRow } from './short-text';
export { measureIdTokens, idKey } from './keys';
export { STALE_DAYS } from './action-state';

/**
 * `actions` are the plan's evaluated actions (evaluateActions, one per action
 * row in order): the check uses their calculated RAG rather than working it
 * out again. Left out, they are evaluated here.
 */
export function checkPlan(plan: Plan, actions?: ReadonlyArray<ActionResult>): Finding[] {
  const out: Finding[] = plan.structural.slice();
  if (plan.actions !== null) pushAll(out, checkActions(plan, plan.actions, actions !== undefined ? actions : evaluateActions(plan)));
  if (plan.measures !== null) pushAll(out, checkMeasures(plan, plan.measures));
  return out;
}

function pushAll(out: Finding[], items: ReadonlyArray<Finding>): void {
  for (let i = 0; i < items.length; i++) out.push(items[i]);
}

function checkActions(plan: Plan, table: ActionsTable, results: ReadonlyArray<ActionResult>): Finding[] {
  const ctx: ActionContext = {
    sheet: table.layout.sheet,
    asOf: plan.asOf,
    planYearStart: plan.planYearStart,
    planStart: serialFromYmd(plan.planYearStart, 4, 1),
    planEnd: serialFromYmd(plan.planYearStart + 1, 3, 31),
    officers: plan.officers === null ? null : new Set(plan.officers.map((o) => matchKey(o))),
    measureIds: plan.measures === null ? null : measureIdSet(plan.measures),
    measuresSheet: plan.measures === null ? null : plan.measures.layout.sheet,
    firstCol: firstColumn(table.layout),
    repeatedRefs: firstOfRepeatedKeys(table.rows, (row) => row.ref),
    unknownMeasures: new Map<string, ReadonlyArray<string>>(),
    leadsSeen: new Map<string, string | null>(),
  };
  const out: Finding[] = [];
  const items: Pending[] = [];
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) checkActionRow(rows[i], results[i], ctx, items, out);
  return out;
}

function checkMeasures(plan: Plan, table: MeasuresTable): Finding[] {
  const ctx = {
    sheet: table.layout.sheet,
    previousMonth: yearMonthOfSerial(plan.asOf) - 1,
    monthColumns: table.monthColumns,
    firstCol: firstColumn(table.layout),
    repeatedIds: firstOfRepeatedKeys(table.rows, (row) => row.id),
  };
  const out: Finding[] = [];
  const items: Pending[] = [];
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) checkMeasureRow(rows[i], ctx, items, out);
  return out;
}

function measureIdSet(table: MeasuresTable): Set<string> {
  const ids = new Set<string>();
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i].id;
    if (id !== null && id.read.kind === 'value') ids.add(idKey(id.read.value));
  }
  return ids;
}

/** The table's first column: the leftmost recognised column (0 when none is known). */
function firstColumn(layout: TableLayout): number {
  let first = -1;
  for (const key of Object.keys(layout.columns)) {
    const col = layout.columns[key];
    if (first < 0 || col < first) first = col;
  }
  return first < 0 ? 0 : first;
}
