/** `plan report`: read only; exit 0 whenever the workbook can be read. */
import { reportJson } from '../../core';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { EXIT, type ExitCode } from '../exit-codes';
import { palette, type Terminal } from '../terminal';
import { reportText } from '../text-output';

type ReportCommand = Extract<Command, { kind: 'report' }>;

export async function runReport(command: ReportCommand, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  const analysed = await analyseFile(command.workbook, command.asOf, today, terminal);
  if (!analysed.ok) return EXIT.unusable;
  const { analysis } = analysed;
  if (command.format === 'json') terminal.out(JSON.stringify(reportJson(analysis), null, 2) + '\n');
  else terminal.out(reportText(analysis, palette(terminal.colour)));
  return EXIT.ok;
}
