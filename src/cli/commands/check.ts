/** `plan check`: read only; exit 0 when ready for the board, 1 when errors were found. */
import { checkJson } from '../../core';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { EXIT, type ExitCode } from '../exit-codes';
import { palette, type Terminal } from '../terminal';
import { checkText } from '../text-output';

type CheckCommand = Extract<Command, { kind: 'check' }>;

export async function runCheck(command: CheckCommand, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  const analysed = await analyseFile(command.workbook, command.asOf, today, terminal);
  if (!analysed.ok) return EXIT.unusable;
  const { analysis } = analysed;
  if (command.format === 'json') terminal.out(JSON.stringify(checkJson(analysis), null, 2) + '\n');
  else terminal.out(checkText(analysis, command.workbook, palette(terminal.colour)));
  return analysis.ready ? EXIT.ok : EXIT.findings;
}
