/** `plan rollup`: writes `Monthly roll-up` and upserts `Roll-up history` (contract 5). */
import { buildWritePlan } from '../../core';
import { formatYearMonth } from '../../core/calendar';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { saveWorkbook } from '../save-workbook';
import { workbookForWriting } from '../exceljs-workbook';
import { palette, type Terminal } from '../terminal';
import { plural, rollupTable } from '../text-output';
import { asOfOrToday } from '../today';

type RollupCommand = Extract<Command, { kind: 'rollup' }>;

export async function runRollup(command: RollupCommand, terminal: Terminal, today: () => Date): Promise<number> {
  const analysed = await analyseFile(command.workbook, asOfOrToday(command.asOf, today), terminal);
  if (!analysed.ok) return 2;
  const { opened, analysis } = analysed;
  const plan = buildWritePlan(analysis, opened.snapshot, { columns: true, rollup: true });
  const model = await workbookForWriting(command.workbook, opened.bytes);
  if (!model.ok) {
    terminal.err(`plan: ${model.message}\n`);
    return 2;
  }
  const saved = await saveWorkbook({ path: command.workbook, bytes: opened.bytes, workbook: model.workbook }, plan, command.out);
  if (!saved.ok) {
    terminal.err(`plan: ${saved.message}\n`);
    return 1;
  }
  const p = palette(terminal.colour);
  terminal.out(`Roll-up for ${formatYearMonth(analysis.month)} written to ${saved.path} (Monthly roll-up, Roll-up history and the calculated columns).\n`);
  if (!analysis.ready) terminal.out(p.red(`The check found ${plural(analysis.errors, 'error')}: the roll-up says so at the top; run plan check to see them.`) + '\n');
  terminal.out(rollupTable(analysis.rollup).join('\n') + '\n');
  return 0;
}
