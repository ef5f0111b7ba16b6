/**
 * `npm run demo`: makes the sample, checks it, reports on it, rolls it up
 * into a new file and makes the Board pack from it, as of 30 September 2016 (the sample holds April to September
 * 2016), and says what each step showed.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Command } from '../args';
import type { Terminal } from '../terminal';
import { EXIT, type ExitCode } from '../exit-codes';
import { SAMPLE_AS_OF } from '../../sample';

type DemoCommand = Extract<Command, { kind: 'demo' }>;

const DEMO_AS_OF = SAMPLE_AS_OF;

/** `run` is the command line itself (passed in, so demo and main do not import each other). */
export async function runDemo(command: DemoCommand, terminal: Terminal, run: (argv: ReadonlyArray<string>) => Promise<number>): Promise<ExitCode> {
  const dir = command.dir ?? path.join('out', 'demo');
  await fs.mkdir(dir, { recursive: true });
  const sample = path.join(dir, 'bristol-improvement-plan-2016-17.xlsx');
  const rolled = path.join(dir, 'bristol-improvement-plan-2016-17-rolled-up.xlsx');
  const pack = path.join(dir, 'board-pack-2016-09.html');
  const steps: Array<{ title: string; argv: string[]; expect: number[] }> = [
    { title: '1. Make the sample workbook', argv: ['sample', '--out', sample, '--force'], expect: [0] },
    { title: `2. Check it, as of ${DEMO_AS_OF} (the sample has real problems planted, so exit code 1 is expected)`, argv: ['check', sample, '--as-of', DEMO_AS_OF], expect: [1] },
    { title: '3. Report progress and RAG', argv: ['report', sample, '--as-of', DEMO_AS_OF], expect: [0] },
    { title: '4. Roll up September 2016 into a new file', argv: ['rollup', sample, '--as-of', DEMO_AS_OF, '--out', rolled], expect: [0] },
    { title: '5. Make the Board pack for September 2016 (marked DRAFT: the plan has errors)', argv: ['board', rolled, '--as-of', DEMO_AS_OF, '--out', pack], expect: [0] },
  ];
  for (const step of steps) {
    terminal.out(`\n=== ${step.title}\n$ plan ${step.argv.join(' ')}\n`);
    const code = await run(step.argv);
    terminal.out(`(exit code ${code})\n`);
    if (!step.expect.includes(code)) {
      terminal.err(`demo: step "${step.title}" ended with exit code ${code}; expected ${step.expect.join(' or ')}.\n`);
      return EXIT.unusable;
    }
  }
  terminal.out(
    `\nDone. Open ${rolled} in Excel to see the "Monthly roll-up" and "Roll-up history" sheets and the calculated columns;\n` +
      `the input ${sample} is unchanged. Try: npx plan check ${sample} --as-of ${DEMO_AS_OF} --format json\n` +
      `\nThe Board pack is ${path.resolve(pack)}: open it in a browser and print it (A4), or save it as PDF.\n`,
  );
  return EXIT.ok;
}
