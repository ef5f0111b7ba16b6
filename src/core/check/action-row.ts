/** Every 4.3 rule for one action row, in column order. */
import type { ActionRow } from '../model';
import type { Finding } from '../findings';
import type { ActionContext } from './action-context';
import { actionName, refOf } from './action-context';
import { cellErrors } from './cell-errors';
import { checkDue, checkRef, checkStatus, checkTexts, checkTheme } from './action-fields';
import { bragOf, checkCompleted, checkEvidence, checkManualRag, checkMeasureIds, checkOverdue, checkStale, checkUpdate } from './action-state';
import { inColumnOrder } from './pending';

export function checkActionRow(row: ActionRow, ctx: ActionContext): Finding[] {
  const ref = refOf(row);
  const brag = bragOf(row, ctx);
  const errors = cellErrors(ctx.sheet, ref, actionName(row), [
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
  return inColumnOrder(
    errors.concat(
      checkRef(row, ctx),
      checkTheme(row, ctx),
      checkTexts(row, ctx),
      checkMeasureIds(row, ctx),
      checkDue(row, ctx),
      checkStatus(row, ctx),
      checkOverdue(row, ctx, brag),
      checkUpdate(row, ctx),
      checkManualRag(row, ctx, brag),
      checkCompleted(row, ctx),
      checkStale(row, ctx),
      checkEvidence(row, ctx),
    ),
  );
}
