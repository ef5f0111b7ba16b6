/** The action functions' work (contract 4.2), on src/core/actions. */
import type { Brag } from '../core/model';
import { calculateBrag, DEFAULT_AMBER_WINDOW } from '../core/actions';
import type { BragResult } from '../core/actions';
import type { ExcelValue } from './args';
import { asOfArg, dateArg, statusArg } from './args';
import type { Outcome } from './outcome';
import { ok } from './outcome';

export interface ActionArgs {
  readonly status: ExcelValue;
  readonly due: ExcelValue;
  readonly completed?: ExcelValue;
  readonly asOf?: ExcelValue;
  /** For tests: what "today" is when as_of is left out. */
  readonly now?: Date;
}

/**
 * Status blank is "no status" (Red when past due, else Unknown, as the check
 * does); an unknown status word is an error. A due date that is text but not a
 * date (`Ongoing`) is "no valid due date" (rule 4: Unknown).
 */
export function bragOf(args: ActionArgs): Outcome<BragResult> {
  const status = statusArg(args.status);
  if (!status.ok) return status;
  const due = dateArg(args.due, 'due', 'none');
  if (!due.ok) return due;
  const completed = dateArg(args.completed, 'completed', 'none');
  if (!completed.ok) return completed;
  const asOf = asOfArg(args.asOf, args.now);
  if (!asOf.ok) return asOf;
  return ok(
    calculateBrag({
      status: status.value,
      due: due.value,
      completed: completed.value,
      asOf: asOf.value,
      amberWindow: DEFAULT_AMBER_WINDOW,
    }),
  );
}

export function actionRagOf(args: ActionArgs): Outcome<Brag> {
  const result = bragOf(args);
  return result.ok ? ok(result.value.rag) : result;
}

export function daysOverdueOf(args: ActionArgs): Outcome<number> {
  const result = bragOf(args);
  return result.ok ? ok(result.value.daysOverdue) : result;
}
