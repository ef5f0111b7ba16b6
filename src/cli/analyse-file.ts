/** Opens a workbook file and analyses it as of its as-of date (contract 8): what every command starts with. */
import { analysePlan } from '../core';
import type { AsOf } from '../core/as-of';
import type { Serial } from '../core/calendar';
import type { Analysis } from '../core/model';
import { openWorkbook, type Opened } from './open-workbook';
import type { Terminal } from './terminal';
import { cliAsOf } from './today';

export type Analysed =
  | { readonly ok: true; readonly opened: Extract<Opened, { ok: true }>; readonly asOf: AsOf; readonly analysis: Analysis }
  | { readonly ok: false };

/**
 * `given` is `--as-of` (null when not given). On failure the message is
 * already on stderr; the caller exits 2 (unreadable workbook).
 */
export async function analyseFile(file: string, given: Serial | null, today: () => Date, terminal: Terminal): Promise<Analysed> {
  const opened = await openWorkbook(file, terminal);
  if (!opened.ok) {
    terminal.err(`plan: ${opened.message}\n`);
    return { ok: false };
  }
  const asOf = cliAsOf(opened.snapshot, given, today);
  return { ok: true, opened, asOf, analysis: analysePlan(opened.snapshot, { asOf: asOf.date, source: asOf.source }) };
}
