/** The as-of date on the command line: contract 8, through core's one rule. */
import { resolveAsOf, serialOfDate, type AsOf } from '../core/as-of';
import type { Serial } from '../core/calendar';
import type { WorkbookSnapshot } from '../core/snapshot';

/** `--as-of` when given, else the workbook's Settings `As of`, else today's local date (the edge is the only place that knows "today"). */
export function cliAsOf(snapshot: WorkbookSnapshot, given: Serial | null, today: () => Date): AsOf {
  return resolveAsOf(snapshot, given === null ? null : { date: given, label: '--as-of' }, serialOfDate(today(), false));
}
