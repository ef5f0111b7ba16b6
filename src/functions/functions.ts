/**
 * Custom functions in the PLAN namespace (the namespace comes from the
 * manifest). Each is a thin wrapper over src/core through ./measures,
 * ./actions and ./dates, so a formula and the check can never disagree.
 * custom-functions-metadata turns the JSDoc below into functions.json; its
 * webpack plugin appends `CustomFunctions.associate(id, fn)` for each one, so
 * the functions stay top-level declarations in this file.
 *
 * Dates in and out are Excel serial numbers. Wrong input throws a #VALUE!
 * error whose message says what was expected.
 */
import { valueError } from './errors';
import type { Outcome } from './outcome';
import { directionOf, latestOf, progressOf, ragOf, trajectoryOf } from './measures';
import { actionRagOf, daysOverdueOf } from './actions';
import { ukDateOf } from './dates';

function unwrap<T>(outcome: Outcome<T>, name: string): T {
  if (outcome.ok) return outcome.value;
  throw valueError('PLAN.' + name + ': ' + outcome.message);
}

/**
 * RAG rating of a measure value against its target: Green, Amber, Red, No data (no value) or n/a (context).
 * @customfunction RAG
 * @param actual The latest value: a number, a percentage (0.58, 58% or 58 with unit %), or blank / c / n/a for no data.
 * @param target The target value, in the same units.
 * @param [polarity] Higher is better (the default), Lower is better, Target (close to target is best) or Context.
 * @param [tolerance] Amber tolerance: percentage points for % measures, percent of the target otherwise (default 5).
 * @param [tolerance_type] points, relative (percent of the target) or value.
 * @param [floor] Floor standard: Amber runs from the target to the floor, replacing the tolerance.
 * @param [unit] %, Number, Days or Rate. Left out: % when values are written like 58% or are fractions from 0 to 1.
 * @returns Green, Amber, Red, No data or n/a.
 */
export function rag(
  actual: number | string | boolean | null,
  target: number | string | boolean | null,
  polarity?: number | string | boolean | null,
  tolerance?: number | string | boolean | null,
  tolerance_type?: number | string | boolean | null,
  floor?: number | string | boolean | null,
  unit?: number | string | boolean | null,
): string {
  return unwrap(ragOf({ actual, target, polarity, tolerance, toleranceType: tolerance_type, floor, unit }), 'RAG');
}

/**
 * Progress to target: the fraction of the way from the baseline to the target (1 = target reached; not clipped). Blank without all three values.
 * @customfunction PROGRESS
 * @param baseline The baseline value.
 * @param actual The latest value.
 * @param target The target value.
 * @param [polarity] Needed only when the target equals the baseline: Higher is better, Lower is better or Target.
 * @param [unit] %, Number, Days or Rate; give % when percentages are mixed with points (0.58 and 58).
 * @returns The fraction of the way to target, or blank.
 */
export function progress(
  baseline: number | string | boolean | null,
  actual: number | string | boolean | null,
  target: number | string | boolean | null,
  polarity?: number | string | boolean | null,
  unit?: number | string | boolean | null,
): number | string {
  return unwrap(progressOf({ baseline, actual, target, polarity, unit }), 'PROGRESS');
}

/**
 * Expected value for a month of the plan year on a straight line from the baseline (before April) to the target (March).
 * @customfunction TRAJECTORY
 * @param baseline The baseline value.
 * @param target The target for the end of the plan year.
 * @param month Month of the plan year: 1 (April) to 12 (March), a month name like Apr, or a date.
 * @param [unit] %, Number, Days or Rate; give % when percentages are mixed with points (0.58 and 58).
 * @returns The expected value, or blank without a baseline or target.
 */
export function trajectory(
  baseline: number | string | boolean | null,
  target: number | string | boolean | null,
  month: number | string | boolean | null,
  unit?: number | string | boolean | null,
): number | string {
  return unwrap(trajectoryOf({ baseline, target, month, unit }), 'TRAJECTORY');
}

/**
 * Direction of travel from the previous value to the latest: Improving, Declining or No change (under 1 percentage point, or 1% of the previous value).
 * @customfunction DIRECTION
 * @param latest The latest value.
 * @param previous The previous value that has data.
 * @param polarity Higher is better, Lower is better, Target (close to target is best) or Context.
 * @param [target] The target; needed for Target polarity.
 * @param [unit] %, Number, Days or Rate. Left out: % when values are written like 58% or are fractions from 0 to 1.
 * @returns Improving, Declining, No change, or blank.
 */
export function direction(
  latest: number | string | boolean | null,
  previous: number | string | boolean | null,
  polarity: number | string | boolean | null,
  target?: number | string | boolean | null,
  unit?: number | string | boolean | null,
): string {
  return unwrap(directionOf({ latest, previous, polarity, target, unit }), 'DIRECTION');
}

/**
 * The last number in a row or column of monthly values, skipping blanks and no-data markers (c, ~, x, n/a, -, TBC, ..).
 * @customfunction LATEST
 * @param values A row or column range of monthly values.
 * @returns The last number, or blank when there is none.
 */
export function latest(values: Array<Array<number | string | boolean | null>>): number | string {
  return unwrap(latestOf(values), 'LATEST');
}

/**
 * Calculated RAG of an action (BRAG): Blue (complete), Green, Amber, Red, Grey (deferred) or Unknown (no valid due date).
 * @customfunction ACTIONRAG
 * @volatile
 * @param status Not started, On track, At risk, Off track, Complete, Awaiting sign-off or Deferred.
 * @param due The due date.
 * @param [completed] The completed date.
 * @param [as_of] The date to rate the action at; today when left out.
 * @returns Blue, Green, Amber, Red, Grey or Unknown.
 */
export function actionRag(
  status: number | string | boolean | null,
  due: number | string | boolean | null,
  completed?: number | string | boolean | null,
  as_of?: number | string | boolean | null,
): string {
  return unwrap(actionRagOf({ status, due, completed, asOf: as_of }), 'ACTIONRAG');
}

/**
 * Days an action is past its due date (0 when complete, awaiting sign-off, deferred or not yet due).
 * @customfunction DAYSOVERDUE
 * @volatile
 * @param due The due date.
 * @param status The action's status.
 * @param [as_of] The date to count to; today when left out.
 * @returns Days overdue.
 */
export function daysOverdue(
  due: number | string | boolean | null,
  status: number | string | boolean | null,
  as_of?: number | string | boolean | null,
): number {
  return unwrap(daysOverdueOf({ status, due, asOf: as_of }), 'DAYSOVERDUE');
}

/**
 * A date from UK date text: 31/12/2016, 1 Dec 2016, Dec 2016 (last day of the month) or Q3 2016/17 (end of the quarter).
 * @customfunction UKDATE
 * @param text Date text in UK order (never US order).
 * @returns The date as an Excel serial number.
 */
export function ukDate(text: number | string | boolean | null): number | string {
  return unwrap(ukDateOf(text), 'UKDATE');
}
