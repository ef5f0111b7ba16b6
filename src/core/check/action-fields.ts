/**
 * Action rules on the row's own cells (contract 4.3): ref-missing,
 * ref-duplicate, ref-format, ref-stored-as-number, theme-unknown,
 * theme-mismatch, action-missing, outcome-missing, lead-missing,
 * lead-unknown, due-missing, due-invalid, due-outside-plan, status-missing,
 * status-unknown. A column that is not in the sheet gives no per-row finding
 * (column-missing already says so once); a cell holding an Excel error gives
 * only cell-error.
 */
import type { ActionRow, Field, MaybeField } from '../model';
import { ukFromSerial } from '../calendar';
import { matchKey } from '../text';
import type { ActionContext } from './action-context';
import { actionName, actionTitle, firstCellSpot, refOf } from './action-context';
import type { Pending } from './pending';
import { fieldAddress } from '../address';
import { pending } from './pending';
import { quote, seenText } from './quote';
import { idKey } from './keys';
import { dateHint } from './date-hint';
import { isNoDataMarker } from '../values';
import { leadingThemeNumber, refThemeNumber } from '../read/themes';

export const STATUS_WORDS = 'Not started, On track, At risk, Off track, Complete, Awaiting sign-off or Deferred';

export function checkRef(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const f = row.ref;
  if (f === null || f.read.kind === 'error') return;
  if (f.read.kind !== 'value') {
    out.push(
      pending('ref-missing', 'error', ctx.sheet, f, null,
        'The action in row ' + String(row.row + 1) + ' has no ref in ' + fieldAddress(f) +
          '. Enter its ref, theme number first (e.g. 2.3).'),
    );
    return;
  }
  const ref = f.read.value;
  const first = ctx.repeatedRefs.size > 0 ? ctx.repeatedRefs.get(idKey(ref)) : undefined;
  if (first !== undefined && first !== f) {
    out.push(
      pending('ref-duplicate', 'error', ctx.sheet, f, ref,
        'Ref ' + quote(ref) + ' in ' + fieldAddress(f) + ' is already used in ' + fieldAddress(first) +
          '. Give each action its own ref.'),
    );
  }
  if (!isRefForm(ref.trim())) {
    out.push(
      pending('ref-format', 'warning', ctx.sheet, f, ref,
        'Ref ' + quote(ref) + ' in ' + fieldAddress(f) +
          ' is not in the form N.N or N.N.N (theme number first, e.g. 2.3 or 2.3.1). Renumber it in that form.'),
    );
  }
  if (row.refIsNumber) {
    out.push(
      pending('ref-stored-as-number', 'warning', ctx.sheet, f, ref,
        'Ref ' + quote(ref) + ' in ' + fieldAddress(f) + ' is stored as a number, so 1.1 and 1.10 look the same. ' +
          'Format the Ref column as Text and type the ref again.'),
    );
  }
}

/** `N.N` or `N.N.N` in ASCII digits (/^\d+\.\d+(\.\d+)?$/, scanned: it runs for every action). */
function isRefForm(text: string): boolean {
  const n = text.length;
  let i = 0;
  let parts = 0;
  for (;;) {
    const start = i;
    while (i < n && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === start) return false;
    parts++;
    if (i === n) return parts === 2 || parts === 3;
    if (parts === 3 || text.charCodeAt(i) !== 46) return false;
    i++;
  }
}

export function checkTheme(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const ref = refOf(row);
  const tc = row.themeCell;
  if (tc !== null && tc.read.kind === 'error') return;
  if (row.theme === null) {
    const spot = tc !== null ? tc : row.ref !== null ? row.ref : firstCellSpot(row.row, ctx.firstCol);
    const refPart = ref !== null ? 'its ref ' + quote(ref) + ' does not start with a theme number' : 'it has no ref';
    out.push(
      pending('theme-unknown', 'error', ctx.sheet, spot, ref,
        actionTitle(row) + (tc === null ? ' (' + fieldAddress(spot) + ')' : '') + ' has no theme: ' + (tc !== null ? fieldAddress(tc) + ' is blank, ' : 'there is no Theme column, ') +
          refPart + ' and there is no theme heading row above it. ' +
          (tc !== null ? 'Enter the theme in ' + fieldAddress(tc) : 'Add a theme heading row above it') +
          ' or start the ref with the theme number.'),
    );
    return;
  }
  if (tc === null || tc.read.kind !== 'value' || ref === null) return;
  // 4.3 theme-mismatch: a theme cell that is (or starts with) a number other than the ref's first number.
  // Numbers as the reader takes them (src/core/read/themes), so `Theme 2: ...` and `02` count too.
  const themeNumber = leadingThemeNumber(tc.read.value);
  const refNumber = refThemeNumber(ref);
  if (themeNumber === null || refNumber === null || themeNumber === refNumber) return;
  out.push(
    pending('theme-mismatch', 'error', ctx.sheet, tc, ref,
      'Theme ' + quote(tc.read.value) + ' in ' + fieldAddress(tc) + ' says theme ' + themeNumber +
        ' but ref ' + quote(ref) + ' is in theme ' + refNumber + '. Correct the theme or the ref.'),
  );
}

/**
 * A text field with nothing usable: blank, or only a no-data marker (`TBC`,
 * `n/a`, `-`): a lead of `TBC` is no lead, an update of `n/a` no update
 * (docs/decisions.md).
 */
export function isEmptyText(f: Field<unknown>): boolean {
  const r = f.read;
  if (r.kind === 'blank' || r.kind === 'no-data') return true;
  return r.kind === 'value' && typeof r.value === 'string' && isNoDataMarker(r.value);
}

/** ` (it holds "TBC")` when a no-data marker stands in for the value, else ''. */
export function seenMarker(f: Field<unknown>): string {
  return f.read.kind !== 'blank' ? ' (it holds ' + quote(seenText(f)) + ')' : '';
}

function missingText(
  row: ActionRow,
  ctx: ActionContext,
  f: MaybeField<string>,
  rule: 'action-missing' | 'outcome-missing' | 'lead-missing',
  what: string,
  todo: string,
  out: Pending[],
): void {
  if (f === null || !isEmptyText(f)) return;
  out.push(
    pending(rule, 'error', ctx.sheet, f, refOf(row),
      actionTitle(row) + ' has no ' + what + ' in ' + fieldAddress(f) + seenMarker(f) + '. ' + todo),
  );
}

export function checkTexts(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  missingText(row, ctx, row.action, 'action-missing', 'action text', 'Describe what will be done.', out);
  missingText(row, ctx, row.outcome, 'outcome-missing', 'expected outcome', 'Enter the difference the action will make.', out);
  missingText(row, ctx, row.lead, 'lead-missing', 'lead officer', 'Enter the officer responsible for it.', out);
  leadUnknown(row, ctx, out);
}

/**
 * lead-unknown, only with an Officers sheet. Matching is matchKey (case,
 * spaces, punctuation ignored). A cell naming several officers
 * (`Jo Bloggs / Sam Smith`, split on `/ & ; ,` and ` and `) is known when the
 * whole text or every part is on the list.
 */
function leadUnknown(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const f = row.lead;
  if (ctx.officers === null || f === null || f.read.kind !== 'value' || isEmptyText(f)) return;
  const lead = f.read.value;
  let who = ctx.leadsSeen.get(lead);
  if (who === undefined) {
    who = unknownLead(lead, ctx.officers);
    if (ctx.leadsSeen.size < MAX_REMEMBERED_LEADS) ctx.leadsSeen.set(lead, who);
  }
  if (who === null) return;
  out.push(
    pending('lead-unknown', 'warning', ctx.sheet, f, refOf(row),
      'Lead officer ' + quote(lead) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') is not on the Officers sheet' + who +
        '. Check the spelling, or add the officer to the Officers sheet.'),
  );
}

/** Lead texts remembered per check; a column of free text cannot grow the cache past this. */
const MAX_REMEMBERED_LEADS = 5000;

/** Null when the lead is known; else what the message adds (` ("Sam" not found)` when only some parts are unknown, or ''). */
function unknownLead(lead: string, officers: ReadonlySet<string>): string | null {
  if (officers.has(matchKey(lead))) return null;
  const parts = lead.split(/\s*(?:[/&;,+]|\band\b)\s*/i).filter((p) => p.trim() !== '');
  const unknown = parts.filter((p) => !officers.has(matchKey(p)));
  if (parts.length > 1 && unknown.length === 0) return null;
  return parts.length > 1 && unknown.length < parts.length ? ' (' + unknown.map((u) => quote(u)).join(', ') + ' not found)' : '';
}

export function checkDue(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const f = row.due;
  if (f === null) return;
  const r = f.read;
  if (r.kind === 'error') return;
  if (r.kind === 'blank') {
    out.push(
      pending('due-missing', 'error', ctx.sheet, f, refOf(row),
        actionTitle(row) + ' has no due date in ' + fieldAddress(f) + '. Enter one as dd/mm/yyyy, e.g. 31/03/' +
          String(ctx.planYearStart + 1) + '.'),
    );
    return;
  }
  if (r.kind === 'invalid' || r.kind === 'no-data') {
    out.push(pending('due-invalid', 'error', ctx.sheet, f, refOf(row), dueInvalidMessage(seenText(f), fieldAddress(f), ctx.planYearStart)));
    return;
  }
  const start = ctx.planStart;
  const end = ctx.planEnd;
  if (r.value >= start && r.value <= end) return;
  out.push(
    pending('due-outside-plan', 'warning', ctx.sheet, f, refOf(row),
      'Due date ' + ukFromSerial(r.value) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') is outside the plan year ' +
        planYearLabel(ctx.planYearStart) + ' (' + ukFromSerial(start) + ' to ' + ukFromSerial(end) +
        '). Check the year, or note why the action runs outside the plan year.'),
  );
}

/** `2016/17` */
function planYearLabel(start: number): string {
  return String(start) + '/' + String((start + 1) % 100).padStart(2, '0');
}

function dueInvalidMessage(text: string, address: string, planYearStart: number): string {
  const head = 'Due date ' + quote(text) + ' in ' + address + ' is ';
  const hint = dateHint(text);
  if (hint.kind === 'us-order') {
    return head + 'not a UK date (it reads as month ' + String(hint.month) + '). Enter it as dd/mm/yyyy, e.g. ' + hint.suggestion + '.';
  }
  if (hint.kind === 'bad-month') {
    return head + 'not a date (it reads as month ' + String(hint.month) + '). Enter it as dd/mm/yyyy, day first.';
  }
  if (hint.kind === 'no-such-day') {
    return head + 'not a date (month ' + String(hint.month) + ' of ' + String(hint.year) + ' has no day ' + String(hint.day) +
      '). Enter a real date as dd/mm/yyyy.';
  }
  return head + 'not a date. Enter a real date as dd/mm/yyyy (e.g. 31/03/' + String(planYearStart + 1) +
    '), a month (Mar ' + String(planYearStart + 1) + ') or a quarter (Q4 ' + planYearLabel(planYearStart) + ').';
}

export function checkStatus(row: ActionRow, ctx: ActionContext, out: Pending[]): void {
  const f = row.status;
  if (f === null || f.read.kind === 'error' || f.read.kind === 'value') return;
  if (f.read.kind === 'blank') {
    out.push(
      pending('status-missing', 'error', ctx.sheet, f, refOf(row),
        actionTitle(row) + ' has no status in ' + fieldAddress(f) + '. Enter ' + STATUS_WORDS + '.'),
    );
    return;
  }
  out.push(
    pending('status-unknown', 'error', ctx.sheet, f, refOf(row),
      'Status ' + quote(seenText(f)) + ' in ' + fieldAddress(f) + ' (' + actionName(row) + ') is not a status the tracker knows. Use ' +
        STATUS_WORDS + '.'),
  );
}
