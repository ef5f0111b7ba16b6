/**
 * Action rules that depend on the status, the dates and the calculated RAG
 * (contract 4.2, 4.3): completed-date-missing, completed-date-future,
 * overdue-on-track, update-missing, update-stale, evidence-missing,
 * manual-rag-mismatch; and measure-unknown.
 */
import type { ActionRow, Brag, Status } from '../model';
import { ukFromSerial } from '../calendar';
import { parseManualRag } from '../values';
import type { BragResult } from '../actions/brag';
import type { ActionContext } from './action-context';
import { actionName, actionTitle, refOf } from './action-context';
import type { Pending } from './pending';
import { fieldAddress } from '../address';
import { pending } from './pending';
import { quote, seenText } from './quote';
import { isEmptyText, seenMarker } from './action-fields';
import { idKey, measureIdTokens } from './keys';

/** Days since the last update after which it is stale (contract 4.3, update-stale). */
export const STALE_DAYS = 35;

/** The row's status when its cell reads as one. */
export function statusOf(row: ActionRow): Status | null {
  return row.status !== null && row.status.read.kind === 'value' ? row.status.read.value : null;
}

export function checkCompleted(row: ActionRow, ctx: ActionContext, status: Status | null, out: Pending[]): void {
  const f = row.completed;
  if (f === null || f.read.kind === 'error') return;
  const r = f.read;
  if (r.kind === 'value') {
    if (Math.floor(r.value) <= Math.floor(ctx.asOf)) return;
    out.push(
      pending('completed-date-future', 'error', ctx.sheet, f, refOf(row),
        'Completed date ' + ukFromSerial(r.value) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') is after the as-of date ' +
          ukFromSerial(ctx.asOf) + '. Enter the date the action was actually completed.'),
    );
    return;
  }
  if (status !== 'Complete') return;
  // A Complete action whose completed cell is blank or not a date has no completed date (docs/decisions.md).
  const seen = r.kind === 'blank' ? '' : ' (it holds ' + quote(seenText(f)) + ', which is not a date)';
  out.push(
    pending('completed-date-missing', 'error', ctx.sheet, f, refOf(row),
      actionTitle(row) + ' is Complete but has no completed date in ' + fieldAddress(f) + seen +
        '. Enter the date it was completed as dd/mm/yyyy.'),
  );
}

export function checkOverdue(row: ActionRow, ctx: ActionContext, status: Status | null, brag: BragResult, out: Pending[]): void {
  const f = row.status;
  if (f === null || (status !== 'On track' && status !== 'Not started') || brag.daysOverdue <= 0) return;
  const due = row.due !== null && row.due.read.kind === 'value' ? ukFromSerial(row.due.read.value) : '?';
  out.push(
    pending('overdue-on-track', 'error', ctx.sheet, f, refOf(row),
      actionTitle(row) + ' was due ' + due + ' and is ' + days(brag.daysOverdue) + ' overdue, but its status in ' + fieldAddress(f) +
        ' is ' + quote(seenText(f)) + '. Change the status (e.g. Off track or Complete), or agree a new due date with the board.'),
  );
}

function days(n: number): string {
  return String(n) + (n === 1 ? ' day' : ' days');
}

export function checkUpdate(row: ActionRow, ctx: ActionContext, status: Status | null, out: Pending[]): void {
  if (status !== 'At risk' && status !== 'Off track') return;
  const u = row.update;
  if (u !== null) {
    if (!isEmptyText(u)) return;
    out.push(
      pending('update-missing', 'error', ctx.sheet, u, refOf(row),
        actionTitle(row) + ' is ' + status + ' but has no progress update in ' + fieldAddress(u) + seenMarker(u) +
          '. Say what is being done to bring it back on track.'),
    );
    return;
  }
  const s = row.status;
  if (s === null) return;
  out.push(
    pending('update-missing', 'error', ctx.sheet, s, refOf(row),
      actionTitle(row) + ' is ' + status + ' (' + fieldAddress(s) + ') but the sheet has no Progress update column. ' +
        'Add a Progress update column and say what is being done to bring it back on track.'),
  );
}

export function checkStale(row: ActionRow, ctx: ActionContext, status: Status | null, out: Pending[]): void {
  const f = row.updated;
  if (f === null || f.read.kind === 'error' || status === 'Complete' || status === 'Deferred') return;
  const r = f.read;
  let why: string;
  if (r.kind === 'value') {
    const age = Math.floor(ctx.asOf) - Math.floor(r.value);
    if (age <= STALE_DAYS) return;
    why = ' was last updated ' + ukFromSerial(r.value) + ' (' + fieldAddress(f) + '), ' + days(age) + ' before the as-of date ' +
      ukFromSerial(ctx.asOf) + ' (more than ' + String(STALE_DAYS) + ').';
  } else if (r.kind === 'blank') {
    why = ' has no last-updated date in ' + fieldAddress(f) + '.';
  } else {
    why = ' has a last-updated date ' + quote(seenText(f)) + ' in ' + fieldAddress(f) + ' that is not a date.';
  }
  out.push(
    pending('update-stale', 'warning', ctx.sheet, f, refOf(row),
      actionTitle(row) + why + ' Ask the lead officer for a current update and enter its date as dd/mm/yyyy.'),
  );
}

/** measure-unknown: one finding per Measures cell, listing every id not on the Measures sheet. */
export function checkMeasureIds(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const f = row.measures;
  const known = ctx.measureIds;
  if (f === null || known === null || f.read.kind !== 'value') return;
  const unknown = unknownMeasureIds(f.read.value, known, ctx.unknownMeasures);
  if (unknown.length === 0) return;
  const sheet = ctx.measuresSheet !== null ? ' ' + quote(ctx.measuresSheet) : '';
  const list = unknown.join(', ');
  out.push(
    pending('measure-unknown', 'error', ctx.sheet, f, refOf(row),
      'Measures ' + quote(f.read.value) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') name' +
        (unknown.length === 1 ? 's ' + list + ', which is' : ' ' + list + ', which are') + ' not on the Measures sheet' + sheet +
        '. Check the id, or add the measure to the Measures sheet.'),
  );
}

/** Measures cells remembered per check; a column of free text cannot grow the cache past this. */
const MAX_REMEMBERED_MEASURES = 5000;

/** The ids a Measures cell names that are not known, once per distinct cell text (plans repeat them). */
function unknownMeasureIds(text: string, known: ReadonlySet<string>, seen: Map<string, ReadonlyArray<string>>): ReadonlyArray<string> {
  let unknown = seen.get(text);
  if (unknown === undefined) {
    unknown = measureIdTokens(text).filter((t) => !known.has(idKey(t)));
    if (seen.size < MAX_REMEMBERED_MEASURES) seen.set(text, unknown);
  }
  return unknown;
}

export function checkEvidence(row: ActionRow, ctx: ActionContext, status: Status | null, out: Pending[]): void {
  const f = row.evidence;
  if (f === null || status !== 'Complete' || !isEmptyText(f)) return;
  out.push(
    pending('evidence-missing', 'warning', ctx.sheet, f, refOf(row),
      actionTitle(row) + ' is Complete but has no evidence in ' + fieldAddress(f) + seenMarker(f) +
        '. Say what shows the impact and where the evidence is kept.'),
  );
}

/**
 * manual-rag-mismatch. Only a calculated Blue, Green, Amber or Red is compared:
 * Grey (deferred) and Unknown (no due date) are not RAG colours a hand-entered
 * RAG can agree with (docs/decisions.md).
 */
export function checkManualRag(row: ActionRow, ctx: ActionContext, brag: BragResult, out: Pending[]): void {
  const f = row.manualRag;
  if (f === null || f.read.kind !== 'value' || !comparable(brag.rag)) return;
  const manual = parseManualRag(f.read.value);
  if (manual === null || manual === brag.rag) return;
  const why = brag.daysOverdue > 0 ? ' (' + days(brag.daysOverdue) + ' overdue)' : '';
  out.push(
    pending('manual-rag-mismatch', 'warning', ctx.sheet, f, refOf(row),
      'RAG ' + quote(f.read.value) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') disagrees with the calculated RAG ' + brag.rag + why +
        '. Update the RAG, or the status and dates it is worked out from.'),
  );
}

function comparable(rag: Brag): boolean {
  return rag === 'Blue' || rag === 'Green' || rag === 'Amber' || rag === 'Red';
}
