/**
 * Measure rules on the row's own cells (contract 4.3): measure-id-missing,
 * measure-id-duplicate, polarity-missing, polarity-unknown, target-missing,
 * baseline-missing, value-not-number, target-below-baseline, latest-missing.
 * A column that is not in the sheet gives no per-row finding (except
 * baseline-missing, whose cell is then the ID); an errored cell gives only
 * cell-error.
 */
import type { MeasureRow } from '../model';
import { longYearMonth } from '../calendar';
import { measureValue, round10 } from '../measures';
import type { MeasureContext } from './measure-context';
import { idOf, idSpot, isContext, measureName, measureTitle } from './measure-context';
import type { Pending } from './pending';
import { fieldAddress } from '../address';
import { pending } from './pending';
import { quote, seenText } from './quote';
import { idKey } from './keys';

const POLARITY_WORDS = 'Higher is better, Lower is better, Target (close to target is best) or Context';

export function checkId(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  const f = row.id;
  if (f === null || f.read.kind === 'error') return;
  if (f.read.kind !== 'value') {
    const name = row.name !== null && row.name.read.kind === 'value' ? 'Measure ' + quote(row.name.read.value) : 'The measure';
    out.push(
      pending('measure-id-missing', 'error', ctx.sheet, f, null,
        name + ' in row ' + String(row.row + 1) + ' has no id in ' + fieldAddress(f) +
          '. Enter its id (e.g. CL1) so actions and imports can refer to it.'),
    );
    return;
  }
  const id = f.read.value;
  const first = ctx.repeatedIds.size > 0 ? ctx.repeatedIds.get(idKey(id)) : undefined;
  if (first === undefined || first === f) return;
  out.push(
    pending('measure-id-duplicate', 'error', ctx.sheet, f, id,
      'Measure id ' + quote(id) + ' in ' + fieldAddress(f) + ' is already used in ' + fieldAddress(first) + '. Give each measure its own id.'),
  );
}

export function checkPolarity(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  const f = row.polarity;
  if (f === null || f.read.kind === 'error' || f.read.kind === 'value') return;
  if (f.read.kind === 'blank') {
    out.push(
      pending('polarity-missing', 'error', ctx.sheet, f, idOf(row),
        measureTitle(row) + ' has no polarity in ' + fieldAddress(f) + '. Enter ' + POLARITY_WORDS + '.'),
    );
    return;
  }
  out.push(
    pending('polarity-unknown', 'error', ctx.sheet, f, idOf(row),
      'Polarity ' + quote(seenText(f)) + ' in ' + fieldAddress(f) + ' (' + measureName(row) + ') is not recognised. Use ' + POLARITY_WORDS + '.'),
  );
}

/** target-missing and baseline-missing: not for context measures; `TBC` and other text count as none. */
export function checkTargetBaseline(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  if (isContext(row)) return;
  const t = row.target;
  if (t !== null && t.read.kind !== 'value' && t.read.kind !== 'error') {
    out.push(
      pending('target-missing', 'error', ctx.sheet, t, idOf(row),
        measureTitle(row) + ' has no numeric target in ' + fieldAddress(t) + seen(t.read.kind, seenText(t)) +
          '. Enter the target as a number, or set the polarity to Context if the measure has no target.'),
    );
  }
  const b = row.baseline;
  if (b === null) {
    out.push(
      pending('baseline-missing', 'warning', ctx.sheet, idSpot(row, ctx), idOf(row),
        measureTitle(row) + ' (' + fieldAddress(idSpot(row, ctx)) + ') has no baseline: the sheet has no Baseline column. ' +
          'Add a Baseline column with last year\'s outturn so progress to target can be worked out.'),
    );
  } else if (b.read.kind !== 'value' && b.read.kind !== 'error') {
    out.push(
      pending('baseline-missing', 'warning', ctx.sheet, b, idOf(row),
        measureTitle(row) + ' has no numeric baseline in ' + fieldAddress(b) + seen(b.read.kind, seenText(b)) +
          '. Enter last year\'s outturn so progress to target can be worked out.'),
    );
  }
}

function seen(kind: string, text: string): string {
  return kind === 'blank' ? '' : ' (it holds ' + quote(text) + ')';
}

/** value-not-number: a month cell that is neither a number nor a no-data marker. */
export function checkMonthValues(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  const months = row.months;
  for (let i = 0; i < months.length; i++) {
    const f = months[i];
    if (f.read.kind !== 'invalid') continue;
    const col = ctx.monthColumns[i];
    const label = col !== undefined ? longYearMonth(col.month) + ' value ' : 'Value ';
    out.push(
      pending('value-not-number', 'error', ctx.sheet, f, idOf(row),
        label + quote(f.read.text) + ' in ' + fieldAddress(f) + ' (' + measureName(row) + ') is not a number. ' +
          'Enter a number, or a no-data marker (n/a, c, ~, TBC) when there is no value.'),
    );
  }
}

/** target-below-baseline: the target is worse than the baseline, for higher and lower polarity only. */
export function checkTargetVsBaseline(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  const p = row.polarity;
  const t = row.target;
  const b = row.baseline;
  if (p === null || p.read.kind !== 'value' || t === null || b === null) return;
  if (t.read.kind !== 'value' || b.read.kind !== 'value') return;
  const polarity = p.read.value;
  if (polarity !== 'higher' && polarity !== 'lower') return;
  const target = round10(measureValue(t.read.value, row.unit));
  const baseline = round10(measureValue(b.read.value, row.unit));
  const worse = polarity === 'higher' ? target < baseline : target > baseline;
  if (!worse) return;
  out.push(
    pending('target-below-baseline', 'warning', ctx.sheet, t, idOf(row),
      'Target ' + quote(seenText(t)) + ' in ' + fieldAddress(t) + ' (' + measureName(row) + ') is ' +
        (polarity === 'higher' ? 'lower' : 'higher') + ' than the baseline ' + quote(seenText(b)) + ' in ' + fieldAddress(b) +
        ', but ' + (polarity === 'higher' ? 'higher' : 'lower') + ' is better for this measure. ' +
        'Check the target, the baseline and the polarity.'),
  );
}

/**
 * latest-missing: the month column for the month before the as-of month
 * exists and holds no value (blank or a no-data marker); not for context
 * measures. A cell that is invalid or an error has its own finding.
 */
export function checkLatest(row: MeasureRow, ctx: MeasureContext, out: Pending[]): void {
  if (isContext(row)) return;
  const months = row.months;
  for (let i = 0; i < months.length; i++) {
    const f = months[i];
    const col = ctx.monthColumns[i];
    if (col === undefined || col.month !== ctx.previousMonth) continue;
    if (f.read.kind !== 'blank' && f.read.kind !== 'no-data') continue;
    const held = f.read.kind === 'no-data' ? ' (it holds the no-data marker ' + quote(f.read.marker) + ')' : '';
    out.push(
      pending('latest-missing', 'warning', ctx.sheet, f, idOf(row),
        measureTitle(row) + ' has no value for ' + longYearMonth(col.month) + ' in ' + fieldAddress(f) + held +
          '. Enter the latest figure before the board, or confirm it is not available.'),
    );
  }
}
