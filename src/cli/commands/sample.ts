/** `plan sample`: the Bristol 2016/17 sample workbook. */
import { writeWorkbook } from '../../xlsx';
import type { Command } from '../args';
import { writeFileAtomically } from '../files';
import type { Terminal } from '../terminal';

type SampleCommand = Extract<Command, { kind: 'sample' }>;

export async function runSample(command: SampleCommand, terminal: Terminal): Promise<number> {
  // Loaded only for this command: the sample's text is not needed by check or report.
  const { buildSampleWorkbook } = await import('../../sample');
  const bytes = await writeWorkbook(buildSampleWorkbook());
  const written = await writeFileAtomically(command.out, bytes);
  if (!written.ok) {
    terminal.err(`plan: ${written.message}\n`);
    return 2;
  }
  terminal.out(`Sample plan workbook written to ${command.out}\n`);
  return 0;
}
