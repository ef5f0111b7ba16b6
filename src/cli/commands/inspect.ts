/** `plan check` and `plan report`: read only. */
import { analysePlan, checkJson, reportJson } from '../../core';
import type { Command } from '../args';
import { openWorkbook } from '../open-workbook';
import { palette, type Terminal } from '../terminal';
import { checkText, reportText } from '../text-output';
import { asOfOrToday } from '../today';

type CheckCommand = Extract<Command, { kind: 'check' }>;
type ReportCommand = Extract<Command, { kind: 'report' }>;

export async function runCheck(command: CheckCommand, terminal: Terminal, today: () => Date): Promise<number> {
  const opened = await openWorkbook(command.workbook, terminal);
  if (!opened.ok) {
    terminal.err(`plan: ${opened.message}\n`);
    return 2;
  }
  const analysis = analysePlan(opened.snapshot, { asOf: asOfOrToday(command.asOf, today) });
  if (command.format === 'json') terminal.out(JSON.stringify(checkJson(analysis), null, 2) + '\n');
  else terminal.out(checkText(analysis, command.workbook, palette(terminal.colour)));
  return analysis.ready ? 0 : 1;
}

export async function runReport(command: ReportCommand, terminal: Terminal, today: () => Date): Promise<number> {
  const opened = await openWorkbook(command.workbook, terminal);
  if (!opened.ok) {
    terminal.err(`plan: ${opened.message}\n`);
    return 2;
  }
  const analysis = analysePlan(opened.snapshot, { asOf: asOfOrToday(command.asOf, today) });
  if (command.format === 'json') terminal.out(JSON.stringify(reportJson(analysis), null, 2) + '\n');
  else terminal.out(reportText(analysis, palette(terminal.colour)));
  return 0;
}
