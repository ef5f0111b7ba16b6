/** `plan import`: monthly values from CSV, all or nothing (contract 6). */
import { planImport } from '../../core';
import type { WritePlan } from '../../core/writes';
import { parseCsvBytes } from '../../csv/parse-csv';
import type { Command } from '../args';
import { readInputFile } from '../files';
import { analyseFile } from '../analyse-file';
import { saveWorkbook } from '../save-workbook';
import { palette, type Terminal } from '../terminal';
import { asOfText, plural } from '../text-output';
import { EXIT, type ExitCode } from '../exit-codes';
import { outputReplacesInput } from '../output-guard';

type ImportCommand = Extract<Command, { kind: 'import' }>;

export async function runImport(command: ImportCommand, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  const replaces = await outputReplacesInput(command.workbook, command.out);
  if (replaces !== null) {
    terminal.err(`plan: ${replaces}\n`);
    return EXIT.refused;
  }
  const analysed = await analyseFile(command.workbook, command.asOf, today, terminal);
  if (!analysed.ok) return EXIT.unusable;
  const { opened, analysis } = analysed;
  const csvFile = await readInputFile(command.csv, 'CSV file');
  if (!csvFile.ok) {
    terminal.err(`plan: ${csvFile.message}\n`);
    return EXIT.unusable;
  }
  const csv = parseCsvBytes(csvFile.bytes, command.csv);
  if (!csv.ok) {
    terminal.err(`plan: ${csv.message}\n`);
    return EXIT.unusable;
  }
  const result = planImport(analysis, csv.rows, { overwrite: command.overwrite });
  const p = palette(terminal.colour);
  if (result.kind === 'rejected') {
    terminal.err(p.red(`plan: ${command.csv} was not imported; the workbook is unchanged.`) + '\n');
    for (const problem of result.problems) terminal.err(`  ${problem.message}\n`);
    for (const conflict of result.conflicts) terminal.err(`  ${conflict.message}\n`);
    if (result.problems.length === 0 && result.conflicts.length > 0) {
      terminal.err(`Run again with --overwrite to replace the existing values.\n`);
    }
    return EXIT.refused;
  }
  const plan: WritePlan = { columns: [], sheets: [], cells: result.writes };
  const saved = await saveWorkbook({ path: command.workbook, bytes: opened.bytes }, plan, command.out);
  if (!saved.ok) {
    terminal.err(`plan: ${saved.message}\n`);
    return EXIT.refused;
  }
  const overwritten = result.conflicts.length > 0 ? `, ${plural(result.conflicts.length, 'existing value')} overwritten` : '';
  terminal.out(`Imported ${plural(result.writes.length, 'value')} into ${saved.path} (${result.unchanged} already there${overwritten}; ${asOfText(analysis)}).\n`);
  return EXIT.ok;
}
