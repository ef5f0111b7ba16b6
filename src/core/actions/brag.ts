/** Calculated action RAG, days overdue and late (contract 4.2). */
import type { Brag, Status } from '../model';
import type { Serial } from '../calendar';

/** Default `Amber window` in days (contract 4.2, rule 7). */
export const DEFAULT_AMBER_WINDOW = 30;

export interface BragInput {
  readonly status: Status | null;
  /** A valid due date, else null. */
  readonly due: Serial | null;
  /** A valid completed date, else null. */
  readonly completed: Serial | null;
  readonly asOf: Serial;
  readonly amberWindow: number;
}

export interface BragResult {
  readonly rag: Brag;
  readonly late: boolean;
  readonly daysOverdue: number;
}

/**
 * The numbered rules of 4.2, in order. Dates count in whole days (a time of
 * day is dropped). A missing or unknown status (null) is not in 4.2: it is Red
 * when past due (rule 5 does not depend on status) and Unknown otherwise
 * (docs/decisions.md).
 */
export function calculateBrag(input: BragInput): BragResult {
  const status = input.status;
  const due = input.due === null ? null : Math.floor(input.due);
  const asOf = Math.floor(input.asOf);
  if (status === 'Complete') {
    const late = due !== null && input.completed !== null && Math.floor(input.completed) > due;
    return { rag: 'Blue', late, daysOverdue: 0 };
  }
  if (status === 'Deferred') return settled('Grey');
  if (status === 'Awaiting sign-off') return settled('Green');
  if (due === null) return settled('Unknown');
  if (asOf > due) return { rag: 'Red', late: false, daysOverdue: asOf - due };
  if (status === 'Off track') return settled('Red');
  if (status === 'At risk') return settled('Amber');
  if (status === 'Not started' && due - asOf <= input.amberWindow) return settled('Amber');
  if (status === null) return settled('Unknown');
  return settled('Green');
}

function settled(rag: Brag): BragResult {
  return { rag, late: false, daysOverdue: 0 };
}
