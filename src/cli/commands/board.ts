/**
 * `plan board`: the Board pack (contract 9) as one HTML file, or its model as
 * JSON. The workbook is only read. Exit 0 when the pack is written, errors or
 * not (it then says DRAFT); 2 when the workbook cannot be read or the
 * arguments are wrong (contract 7); 1 when the file cannot be written.
 */
import * as path from 'node:path';
import { promises as fs } from 'node:fs';
import { buildBoardPack } from '../../core';
import { describeAsOf, serialOfDate } from '../../core/as-of';
import type { BoardPack } from '../../core/board/model';
import { renderBoardPack } from '../../core/board/render';
import { longYearMonth } from '../../core/calendar';
import type { Command } from '../args';
import { analyseFile } from '../analyse-file';
import { EXIT, type ExitCode } from '../exit-codes';
import { writeFileAtomically } from '../files';
import { palette, type Terminal } from '../terminal';
import { plural } from '../../core/text';

type BoardCommand = Extract<Command, { kind: 'board' }>;

/** True when `out` names the workbook itself (same path, or the same file through another path). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export async function runBoard(command: BoardCommand, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  if (command.out !== null && (await sameFile(command.out, command.workbook))) {
    terminal.err(`plan: --out ${command.out} is the workbook itself; the Board pack never replaces the tracker. Give another file name, e.g. board-pack.html.\n`);
    return EXIT.unusable;
  }
  const analysed = await analyseFile(command.workbook, command.asOf, today, terminal);
  if (!analysed.ok) return EXIT.unusable;
  const { analysis, asOf, opened } = analysed;
  const pack: BoardPack = buildBoardPack(analysis, opened.snapshot, { asOf, madeOn: serialOfDate(today(), false) });
  const output = command.format === 'json' ? JSON.stringify(pack, null, 2) + '\n' : renderBoardPack(pack);
  if (command.out === null) {
    terminal.out(output);
    return EXIT.ok;
  }
  const written = await writeFileAtomically(command.out, new TextEncoder().encode(output));
  if (!written.ok) {
    terminal.err(`plan: the Board pack was not written: ${written.message}\n`);
    return EXIT.refused;
  }
  const p = palette(terminal.colour);
  terminal.out(`Board pack for ${longYearMonth(pack.month)} written to ${command.out}, ${describeAsOf(asOf)}.\n`);
  if (pack.cover.draft !== null) {
    terminal.out(p.red(`It is marked DRAFT on every page: the check found ${plural(analysis.errors, 'error')}. Run plan check to see them.`) + '\n');
  } else {
    terminal.out('The plan passed the check: the pack is ready for the Board.\n');
  }
  return EXIT.ok;
}
