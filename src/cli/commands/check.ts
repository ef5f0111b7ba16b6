/** `plan check`: read only; exit 0 when ready for the board, 1 when errors were found. */
import { checkJson } from '../../core';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { palette, type Terminal } from '../terminal';
import { checkText } from '../text-output';
import { asOfOrToday } from '../today';

type CheckCommand = Extract<Command, { kind: 'check' }>;

export async function runCheck(command: CheckCommand, terminal: Terminal, today: () => Date): Promise<number> {
  const analysed = await analyseFile(command.workbook, asOfOrToday(command.asOf, today), terminal);
  if (!analysed.ok) return 2;
  const { analysis } = analysed;
  if (command.format === 'json') terminal.out(JSON.stringify(checkJson(analysis), null, 2) + '\n');
  else terminal.out(checkText(analysis, command.workbook, palette(terminal.colour)));
  return analysis.ready ? 0 : 1;
}
