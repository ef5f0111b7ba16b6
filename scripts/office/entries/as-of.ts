/**
 * The as-of date of a script run (contract 8): the `asOf` parameter, else the
 * workbook's Settings `As of`, else today in UTC (the date where a scheduled
 * Power Automate flow runs; Excel on the web runs scripts there too).
 */
import type { AsOf } from '../../../src/core/as-of';
import { readGivenDate, resolveAsOf, serialOfDate } from '../../../src/core/as-of';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';

/**
 * `asOf` as `2016-09-30` or `30/09/2016` (a flow's `utcNow()`, `2016-09-30T08:00:00Z`, counts by its date).
 * Blank: Settings, else today. Anything else stops the script with a message (the flow run then fails visibly).
 */
export function scriptAsOf(snapshot: WorkbookSnapshot, asOf: string | undefined, now: Date): AsOf {
  const text = asOf === undefined || asOf === null ? '' : String(asOf).trim();
  if (text === '') return resolveAsOf(snapshot, null, serialOfDate(now, true));
  const read = readGivenDate(/^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text, 'asOf');
  if (!read.ok) throw new Error(read.message);
  return resolveAsOf(snapshot, { date: read.date, label: 'asOf parameter' }, serialOfDate(now, true));
}
