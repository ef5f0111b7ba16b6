/** `plan rollup`: writes `Monthly roll-up` and upserts `Roll-up history` and `RAG history` for the as-of month (contract 5, 8). */
import { buildWritePlan } from '../../core';
import { shortYearMonth } from '../../core/calendar';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { EXIT, type ExitCode } from '../exit-codes';
import { outputReplacesInput } from '../output-guard';
import { saveWorkbook } from '../save-workbook';
import { palette, type Terminal } from '../terminal';
import { asOfText, plural, rollupTable } from '../text-output';

type RollupCommand = Extract<Command, { kind: 'rollup' }>;

export async function runRollup(command: RollupCommand, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  const replaces = await outputReplacesInput(command.workbook, command.out);
  if (replaces !== null) {
    terminal.err(`plan: ${replaces}\n`);
    return EXIT.refused;
  }
  const analysed = await analyseFile(command.workbook, command.asOf, today, terminal);
  if (!analysed.ok) return EXIT.unusable;
  const { opened, analysis } = analysed;
  const plan = buildWritePlan(analysis, opened.snapshot, { columns: true, rollup: true });
  const saved = await saveWorkbook({ path: command.workbook, bytes: opened.bytes }, plan, command.out);
  if (!saved.ok) {
    terminal.err(`plan: ${saved.message}\n`);
    return EXIT.refused;
  }
  const p = palette(terminal.colour);
  terminal.out(
    `Roll-up for ${shortYearMonth(analysis.month)} (${asOfText(analysis)}) written to ${saved.path} (Monthly roll-up, Roll-up history, RAG history and the calculated columns).\n`,
  );
  if (!analysis.ready) terminal.out(p.red(`The check found ${plural(analysis.errors, 'error')}: the roll-up says so at the top; run plan check to see them.`) + '\n');
  terminal.out(rollupTable(analysis.rollup).join('\n') + '\n');
  return EXIT.ok;
}
