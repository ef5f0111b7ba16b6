/** `plan sample`: the Bristol 2016/17 sample workbook; an existing file is replaced only with --force. */
import { writeWorkbook } from '../../xlsx';
import type { Command } from '../args';
import { EXIT, type ExitCode } from '../exit-codes';
import { writeFileAtomically } from '../files';
import { outputExists } from '../output-guard';
import type { Terminal } from '../terminal';

type SampleCommand = Extract<Command, { kind: 'sample' }>;

export async function runSample(command: SampleCommand, terminal: Terminal): Promise<ExitCode> {
  const exists = await outputExists(command.out, command.force);
  if (exists !== null) {
    terminal.err(`plan: ${exists}\n`);
    return EXIT.refused;
  }
  // Loaded only for this command: the sample's text is not needed by check or report.
  const { buildSampleWorkbook } = await import('../../sample');
  const bytes = await writeWorkbook(buildSampleWorkbook());
  const written = await writeFileAtomically(command.out, bytes);
  if (!written.ok) {
    terminal.err(`plan: ${written.message}\n`);
    return EXIT.unusable;
  }
  terminal.out(`Sample plan workbook written to ${command.out}\n`);
  return EXIT.ok;
}
