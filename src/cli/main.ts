/**
 * The `plan` command line: the engine over real .xlsx files and CSV
 * (papaparse). The writing commands are imported when run, so `check` and
 * `report` start without loading what only writing needs (exceljs). Every failure a person can cause ends in one clear message and
 * an exit code (contract 7), never a stack trace, and never a touched input.
 */
import { parseArgs, USAGE, type Command } from './args';
import { processTerminal, type Terminal } from './terminal';
import { runCheck } from './commands/check';
import { runReport } from './commands/report';
import { EXIT, type ExitCode } from './exit-codes';

export async function runCli(argv: ReadonlyArray<string>, terminal: Terminal, today: () => Date = () => new Date()): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    terminal.err(`plan: ${parsed.message}\n\n${USAGE}\n`);
    return EXIT.unusable;
  }
  try {
    return await dispatch(parsed.command, terminal, today);
  } catch (err) {
    // A bug, not a user error: still one line, no stack (set PLAN_DEBUG=1 for it).
    const detail = err instanceof Error ? err.message : String(err);
    terminal.err(`plan: something went wrong that the plan tool did not expect: ${detail}\nNothing was written. Please report this with the workbook if you can.\n`);
    if (process.env.PLAN_DEBUG === '1' && err instanceof Error && err.stack !== undefined) terminal.err(err.stack + '\n');
    return EXIT.unusable;
  }
}

async function dispatch(command: Command, terminal: Terminal, today: () => Date): Promise<ExitCode> {
  switch (command.kind) {
    case 'help':
      terminal.out(USAGE + '\n');
      return EXIT.ok;
    case 'version':
      terminal.out('plan 0.1.0\n');
      return EXIT.ok;
    case 'check':
      return runCheck(command, terminal, today);
    case 'report':
      return runReport(command, terminal, today);
    case 'rollup':
      return (await import('./commands/rollup')).runRollup(command, terminal, today);
    case 'import':
      return (await import('./commands/import')).runImport(command, terminal, today);
    case 'board':
      return (await import('./commands/board')).runBoard(command, terminal, today);
    case 'sample':
      return (await import('./commands/sample')).runSample(command, terminal);
    case 'demo':
      return (await import('./commands/demo')).runDemo(command, terminal, (argv) => runCli(argv, terminal, today));
  }
}

/** Entry point for bin/plan.mjs. */
export async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), processTerminal());
  process.exitCode = code;
}
