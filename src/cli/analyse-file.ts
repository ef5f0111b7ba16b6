/** Opens a workbook file and analyses it as of a date: what every command starts with. */
import { analysePlan } from '../core';
import type { Serial } from '../core/calendar';
import type { Analysis } from '../core/model';
import { openWorkbook, type Opened } from './open-workbook';
import type { Terminal } from './terminal';

export type Analysed =
  | { readonly ok: true; readonly opened: Extract<Opened, { ok: true }>; readonly analysis: Analysis }
  | { readonly ok: false };

/** On failure the message is already on stderr; the caller exits 2 (unreadable workbook). */
export async function analyseFile(file: string, asOf: Serial, terminal: Terminal): Promise<Analysed> {
  const opened = await openWorkbook(file, terminal);
  if (!opened.ok) {
    terminal.err(`plan: ${opened.message}\n`);
    return { ok: false };
  }
  return { ok: true, opened, analysis: analysePlan(opened.snapshot, { asOf }) };
}
