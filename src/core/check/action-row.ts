/** Every 4.3 rule for one action row, in column order. */
import type { ActionRow } from '../model';
import type { Finding } from '../findings';
import type { ActionContext } from './action-context';
import { actionName, refOf } from './action-context';
import { cellErrors, isErrorField } from './cell-errors';
import { checkDue, checkRef, checkStatus, checkTexts, checkTheme } from './action-fields';
import type { BragResult } from '../actions/brag';
import { statusOf, checkCompleted, checkEvidence, checkManualRag, checkMeasureIds, checkOverdue, checkStale, checkUpdate } from './action-state';
import type { Pending } from './pending';
import { pushInColumnOrder } from './pending';

/**
 * Appends the row's findings to `out`, in column order. `brag` is the row's
 * calculated RAG (evaluateActionRow), worked out once for the check and the
 * results alike. `items` is scratch space for the row's findings before they
 * are ordered (emptied here), so that a row without findings costs no
 * allocation for them.
 */
export function checkActionRow(row: ActionRow, brag: BragResult, ctx: ActionContext, items: Pending[], out: Finding[]): void {
  if (items.length > 0) items.length = 0;
  const status = statusOf(row);
  if (hasActionCellError(row)) {
    const errors = cellErrors(ctx.sheet, refOf(row), actionName(row), [
      { label: 'Ref', field: row.ref },
      { label: 'Theme', field: row.themeCell },
      { label: 'Action', field: row.action },
      { label: 'Expected outcome', field: row.outcome },
      { label: 'Measures', field: row.measures },
      { label: 'Lead officer', field: row.lead },
      { label: 'Due date', field: row.due },
      { label: 'Status', field: row.status },
      { label: 'RAG', field: row.manualRag },
      { label: 'Completed date', field: row.completed },
      { label: 'Progress update', field: row.update },
      { label: 'Last updated', field: row.updated },
      { label: 'Evidence', field: row.evidence },
    ]);
    for (const e of errors) items.push(e);
  }
  checkRef(row, ctx, items);
  checkTheme(row, ctx, items);
  checkTexts(row, ctx, items);
  checkMeasureIds(row, ctx, items);
  checkDue(row, ctx, items);
  checkStatus(row, ctx, items);
  checkOverdue(row, ctx, status, brag, items);
  checkUpdate(row, ctx, status, items);
  checkManualRag(row, ctx, brag, items);
  checkCompleted(row, ctx, status, items);
  checkStale(row, ctx, status, items);
  checkEvidence(row, ctx, status, items);
  pushInColumnOrder(items, out);
}

function hasActionCellError(row: ActionRow): boolean {
  return (
    isErrorField(row.ref) || isErrorField(row.themeCell) || isErrorField(row.action) || isErrorField(row.outcome) || isErrorField(row.measures) ||
    isErrorField(row.lead) || isErrorField(row.due) || isErrorField(row.status) || isErrorField(row.manualRag) || isErrorField(row.completed) ||
    isErrorField(row.update) || isErrorField(row.updated) || isErrorField(row.evidence)
  );
}
