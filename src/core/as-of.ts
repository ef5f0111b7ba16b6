/**
 * The as-of date, the same way in every face (contract 8): a date given
 * explicitly, else the Settings sheet's `As of` when it is a valid date, else
 * today. Every output says the date and where it came from.
 */
import type { Serial, YearMonth } from './calendar';
import { serialFromYmd, ukFromSerial, yearMonthOfSerial } from './calendar';
import type { WorkbookSnapshot } from './snapshot';
import { readSettings } from './read/settings';

export type AsOfSource =
  /** `--as-of`, the pane's field, an Office Script's parameter. `label` names it (`--as-of`). */
  | { readonly kind: 'given'; readonly label: string }
  /** The Settings sheet's `As of` value cell. */
  | { readonly kind: 'settings'; readonly sheet: string; readonly cell: string }
  /** Today: the local date (UTC where a scheduled flow runs). */
  | { readonly kind: 'today' };

export interface AsOf {
  readonly date: Serial;
  readonly source: AsOfSource;
}

/** Today's date as an Excel serial, from the clock the face trusts (local, or UTC in a flow). */
export function serialOfDate(now: Date, utc: boolean): Serial {
  return utc
    ? serialFromYmd(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
    : serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Contract 8. `given` is the explicit date (null when none was given) with the
 * name of where it was given; `today` is today's serial, from `serialOfDate`.
 */
export function resolveAsOf(snapshot: WorkbookSnapshot, given: { readonly date: Serial; readonly label: string } | null, today: Serial): AsOf {
  if (given !== null) return { date: given.date, source: { kind: 'given', label: given.label } };
  const settings = readSettings(snapshot);
  const cell = settings.cells['As of'];
  if (settings.asOf !== null && settings.sheet !== null && cell !== undefined) {
    return { date: settings.asOf, source: { kind: 'settings', sheet: settings.sheet, cell } };
  }
  return { date: today, source: { kind: 'today' } };
}

/** Where the date came from, for a person: `Settings!B5`, `--as-of`, `today`. */
export function describeAsOfSource(source: AsOfSource): string {
  if (source.kind === 'given') return source.label;
  if (source.kind === 'settings') return quoteSheet(source.sheet) + '!' + source.cell;
  return 'today';
}

/** `as of 30/09/2016 (Settings!B5)` */
export function describeAsOf(asOf: AsOf): string {
  return 'as of ' + ukFromSerial(asOf.date) + ' (' + describeAsOfSource(asOf.source) + ')';
}

/** The month a roll-up is for: always the as-of month (contract 8). */
export function rollupMonthOf(asOf: AsOf): YearMonth {
  return yearMonthOfSerial(asOf.date);
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : "'" + name.replace(/'/g, "''") + "'";
}
