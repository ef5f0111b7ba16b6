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
  return bragFor(input.status, input.due, input.completed, input.asOf, input.amberWindow);
}

/** calculateBrag with its inputs as arguments: what the engine calls for every action, without an input object each time. */
export function bragFor(
  status: Status | null,
  dueDate: Serial | null,
  completed: Serial | null,
  asOfDate: Serial,
  amberWindow: number,
): BragResult {
  const due = dueDate === null ? null : Math.floor(dueDate);
  const asOf = Math.floor(asOfDate);
  if (status === 'Complete') {
    const late = due !== null && completed !== null && Math.floor(completed) > due;
    return late ? BLUE_LATE : BLUE;
  }
  if (status === 'Deferred') return GREY;
  if (status === 'Awaiting sign-off') return GREEN;
  if (due === null) return UNKNOWN;
  if (asOf > due) return { rag: 'Red', late: false, daysOverdue: asOf - due };
  if (status === 'Off track') return RED;
  if (status === 'At risk') return AMBER;
  if (status === 'Not started' && due - asOf <= amberWindow) return AMBER;
  if (status === null) return UNKNOWN;
  return GREEN;
}

// The results that carry nothing but the RAG (and late), shared: every action gets one.
const BLUE: BragResult = { rag: 'Blue', late: false, daysOverdue: 0 };
const BLUE_LATE: BragResult = { rag: 'Blue', late: true, daysOverdue: 0 };
const GREEN: BragResult = { rag: 'Green', late: false, daysOverdue: 0 };
const AMBER: BragResult = { rag: 'Amber', late: false, daysOverdue: 0 };
const RED: BragResult = { rag: 'Red', late: false, daysOverdue: 0 };
const GREY: BragResult = { rag: 'Grey', late: false, daysOverdue: 0 };
const UNKNOWN: BragResult = { rag: 'Unknown', late: false, daysOverdue: 0 };
