/** Runs the `plan` command in-process and captures what it prints. */
import { runCli } from '../../src/cli/main';
import type { Terminal } from '../../src/cli/terminal';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function plan(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const terminal: Terminal = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    colour: false,
    progress: false,
  };
  const code = await runCli(argv, terminal, () => new Date(Date.UTC(2016, 9, 31)));
  return { code, out, err };
}

export async function planJson<T>(...argv: string[]): Promise<{ code: number; json: T; err: string }> {
  const r = await plan(...argv, '--format', 'json');
  return { code: r.code, json: JSON.parse(r.out) as T, err: r.err };
}
