/**
 * The measure functions' work (contract 3.2, 3.3), all on src/core/measures so
 * a formula and the check can never disagree. Blank and no-data values give
 * the contract's blank answers (`No data`, `''`); wrong input gives a message.
 */
import type { Direction, MeasureRag, Polarity, RawNumber, Unit } from '../core/model';
import {
  directionOfTravel,
  expectedOnTrajectory,
  measureRag,
  measureValue,
  progressToTarget,
  round10,
  toleranceAmount,
} from '../core/measures';
import type { MeasureSpec } from '../core/measures';
import { financialYearStartOf, planMonthNumber, yearMonthOfSerial } from '../core/calendar';
import { monthFromName, parseNumberText } from '../core/values';
import type { ExcelValue } from './args';
import { dateArg, isBlank, numberArg, polarityArg, shown, toleranceTypeArg, unitArg } from './args';
import type { Outcome } from './outcome';
import { fail, ok } from './outcome';

/** A blank result: Excel shows an empty cell. */
export type Blank = '';

/**
 * The unit when the `unit` argument is left out (a function cannot see number
 * formats, docs/decisions.md): percent when any value is `%` text (`58%`), or
 * when the `pair` values (actual and target) are both fractions from 0 to 1,
 * as `%`-formatted cells pass them; else number.
 */
export function inferUnit(
  explicit: Unit | null,
  marked: ReadonlyArray<RawNumber | null>,
  pair: ReadonlyArray<RawNumber | null>,
): Unit {
  if (explicit !== null) return explicit;
  if (marked.some((v) => v !== null && v.percentMarked)) return 'percent';
  const given = pair.filter((v): v is RawNumber => v !== null);
  if (given.length >= 2 && given.every((v) => v.value >= 0 && v.value <= 1)) return 'percent';
  return 'number';
}

function scaled(raw: RawNumber | null, unit: Unit): number | null {
  return raw === null ? null : measureValue(raw, unit);
}

export interface RagArgs {
  readonly actual: ExcelValue;
  readonly target: ExcelValue;
  readonly polarity?: ExcelValue;
  readonly tolerance?: ExcelValue;
  readonly toleranceType?: ExcelValue;
  readonly floor?: ExcelValue;
  readonly unit?: ExcelValue;
}

/** PLAN.RAG: polarity left out is Higher is better; tolerance left out is the contract's 5. */
export function ragOf(args: RagArgs): Outcome<MeasureRag> {
  const actual = numberArg(args.actual, 'actual');
  if (!actual.ok) return actual;
  const target = numberArg(args.target, 'target');
  if (!target.ok) return target;
  const polarity = polarityArg(args.polarity);
  if (!polarity.ok) return polarity;
  const tolerance = numberArg(args.tolerance, 'tolerance');
  if (!tolerance.ok) return tolerance;
  const toleranceType = toleranceTypeArg(args.toleranceType);
  if (!toleranceType.ok) return toleranceType;
  const floor = numberArg(args.floor, 'floor');
  if (!floor.ok) return floor;
  const unitGiven = unitArg(args.unit);
  if (!unitGiven.ok) return unitGiven;
  const unit = inferUnit(unitGiven.value, [actual.value, target.value, floor.value], [actual.value, target.value]);
  const targetValue = scaled(target.value, unit);
  const spec: MeasureSpec = {
    unit,
    polarity: polarity.value !== null ? polarity.value : 'higher',
    baseline: null,
    target: targetValue,
    tolerance: toleranceAmount({
      unit,
      target: targetValue,
      tolerance: tolerance.value,
      toleranceType: toleranceType.value,
      defaultTolerance: null,
    }),
    floor: scaled(floor.value, unit),
  };
  return ok(measureRag(spec, scaled(actual.value, unit)));
}

export interface ProgressArgs {
  readonly baseline: ExcelValue;
  readonly actual: ExcelValue;
  readonly target: ExcelValue;
  readonly polarity?: ExcelValue;
  readonly unit?: ExcelValue;
}

/**
 * PLAN.PROGRESS: (actual - baseline) / (target - baseline), not clipped; blank
 * without a baseline, actual or target and for context. Where target =
 * baseline the answer depends on the polarity (met -> 1, else 0): without it,
 * only an actual equal to the target can be answered (1).
 */
export function progressOf(args: ProgressArgs): Outcome<number | Blank> {
  const baseline = numberArg(args.baseline, 'baseline');
  if (!baseline.ok) return baseline;
  const actual = numberArg(args.actual, 'actual');
  if (!actual.ok) return actual;
  const target = numberArg(args.target, 'target');
  if (!target.ok) return target;
  const polarity = polarityArg(args.polarity);
  if (!polarity.ok) return polarity;
  const unitGiven = unitArg(args.unit);
  if (!unitGiven.ok) return unitGiven;
  const unit = inferUnit(unitGiven.value, [baseline.value, actual.value, target.value], [baseline.value, actual.value, target.value]);
  const b = scaled(baseline.value, unit);
  const a = scaled(actual.value, unit);
  const t = scaled(target.value, unit);
  if (a === null || b === null || t === null || polarity.value === 'context') return ok('');
  if (polarity.value === null && round10(t) === round10(b) && round10(a) !== round10(t)) {
    return fail(
      'target ' + shown(args.target) + ' equals baseline ' + shown(args.baseline) +
        ', so progress is 1 or 0 depending on whether the target is met. Give the polarity (Higher is better, Lower is better or Target) as the 4th argument.',
    );
  }
  const spec: MeasureSpec = {
    unit,
    polarity: polarity.value !== null ? polarity.value : 'higher',
    baseline: b,
    target: t,
    tolerance: toleranceAmount({ unit, target: t, tolerance: null, toleranceType: null, defaultTolerance: null }),
    floor: null,
  };
  const progress = progressToTarget(spec, a);
  return ok(progress === null ? '' : progress);
}

export interface TrajectoryArgs {
  readonly baseline: ExcelValue;
  readonly target: ExcelValue;
  readonly month: ExcelValue;
  readonly unit?: ExcelValue;
}

/** PLAN.TRAJECTORY: baseline + (target - baseline) * m / 12; blank without a baseline or target. */
export function trajectoryOf(args: TrajectoryArgs): Outcome<number | Blank> {
  const baseline = numberArg(args.baseline, 'baseline');
  if (!baseline.ok) return baseline;
  const target = numberArg(args.target, 'target');
  if (!target.ok) return target;
  const month = planMonthArg(args.month);
  if (!month.ok) return month;
  const unitGiven = unitArg(args.unit);
  if (!unitGiven.ok) return unitGiven;
  const unit = inferUnit(unitGiven.value, [baseline.value, target.value], [baseline.value, target.value]);
  const b = scaled(baseline.value, unit);
  const t = scaled(target.value, unit);
  if (b === null || t === null) return ok('');
  return ok(round10(expectedOnTrajectory(b, t, month.value)));
}

/**
 * A month of the plan year: a whole number 1 (April) to 12 (March), a month
 * name (`Apr`, `March`), or a date (serial or UK text), whose month counts in
 * its own April-to-March year. Numbers above 12 are date serials.
 */
export function planMonthArg(value: ExcelValue): Outcome<number> {
  const expected = 'Give a month of the plan year: 1 (April) to 12 (March), a month name like Apr, or a date.';
  if (isBlank(value)) return fail('month is blank. ' + expected);
  let n: number | null = typeof value === 'number' ? value : null;
  if (typeof value === 'string') {
    const parsed = parseNumberText(value);
    if (parsed !== null && !parsed.percentMarked) n = parsed.value;
    else {
      const name = monthFromName(value);
      if (name !== null) return ok(name >= 4 ? name - 3 : name + 9);
    }
  }
  if (n !== null) {
    if (Number.isInteger(n) && n >= 1 && n <= 12) return ok(n);
    if (n <= 12) return fail('month ' + shown(value) + ' is not a month of the plan year. ' + expected);
  }
  const date = dateArg(n !== null ? n : value, 'month', 'error');
  if (!date.ok || date.value === null) return fail('month ' + shown(value) + ' is not a month or a date. ' + expected);
  return ok(planMonthNumber(yearMonthOfSerial(date.value), financialYearStartOf(date.value)));
}

export interface DirectionArgs {
  readonly latest: ExcelValue;
  readonly previous: ExcelValue;
  readonly polarity: ExcelValue;
  readonly target?: ExcelValue;
  readonly unit?: ExcelValue;
}

/** PLAN.DIRECTION: blank with fewer than two values and for context; band needs the target. */
export function directionOf(args: DirectionArgs): Outcome<Direction | Blank> {
  const latest = numberArg(args.latest, 'latest');
  if (!latest.ok) return latest;
  const previous = numberArg(args.previous, 'previous');
  if (!previous.ok) return previous;
  const polarity = polarityArg(args.polarity);
  if (!polarity.ok) return polarity;
  if (polarity.value === null) {
    return fail('polarity is blank. Give Higher is better, Lower is better, Target (close to target is best) or Context.');
  }
  const target = numberArg(args.target, 'target');
  if (!target.ok) return target;
  const unitGiven = unitArg(args.unit);
  if (!unitGiven.ok) return unitGiven;
  if (polarity.value === 'band' && target.value === null) {
    return fail('polarity Target (close to target is best) needs the target as the 4th argument; it is blank.');
  }
  const unit = inferUnit(unitGiven.value, [latest.value, previous.value, target.value], [latest.value, previous.value]);
  const spec = directionSpec(unit, polarity.value, scaled(target.value, unit));
  const direction = directionOfTravel(spec, scaled(latest.value, unit), scaled(previous.value, unit));
  return ok(direction === null ? '' : direction);
}

function directionSpec(unit: Unit, polarity: Polarity, target: number | null): MeasureSpec {
  return { unit, polarity, baseline: null, target, tolerance: 0, floor: null };
}

/**
 * PLAN.LATEST: the last number in a range, row by row (the rightmost of a row
 * range, the lowest of a column range), skipping blanks and no-data markers.
 * Blank when there is none. Text that is neither is an error, never skipped.
 */
export function latestOf(values: ReadonlyArray<ReadonlyArray<ExcelValue>>): Outcome<number | Blank> {
  let last: number | Blank = '';
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const read = numberArg(row[c], 'value');
      if (!read.ok) {
        return fail(
          'value ' + shown(row[c]) + ' (row ' + String(r + 1) + ', column ' + String(c + 1) +
            ' of the range) is neither a number nor a no-data marker (c, ~, x, n/a, -, TBC, ..). Correct it or choose a range of month values only.',
        );
      }
      if (read.value !== null) last = read.value.value;
    }
  }
  return ok(last);
}
