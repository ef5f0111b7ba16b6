/** The `plan` command line's arguments (the interface is fixed: other tools depend on it). */
import type { Serial } from '../core/calendar';
import { readGivenDate } from '../core/as-of';

export type Format = 'text' | 'json';
/** `plan board`: the pack as HTML (to --out), or its model as JSON. */
export type BoardFormat = 'html' | 'json';

export type Command =
  | { readonly kind: 'check'; readonly workbook: string; readonly asOf: Serial | null; readonly format: Format }
  | { readonly kind: 'report'; readonly workbook: string; readonly asOf: Serial | null; readonly format: Format }
  | { readonly kind: 'rollup'; readonly workbook: string; readonly asOf: Serial | null; readonly out: Output }
  | { readonly kind: 'import'; readonly workbook: string; readonly csv: string; readonly asOf: Serial | null; readonly overwrite: boolean; readonly out: Output }
  | { readonly kind: 'board'; readonly workbook: string; readonly asOf: Serial | null; readonly format: BoardFormat; readonly out: string | null }
  | { readonly kind: 'sample'; readonly out: string; readonly force: boolean }
  | { readonly kind: 'demo'; readonly dir: string | null }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' };

/** Where a write goes: a new file, or the input replaced atomically. */
export type Output = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'in-place' };

export type Parsed = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `Usage:
  plan check <workbook.xlsx> [--as-of DATE] [--format text|json]
  plan report <workbook.xlsx> [--as-of DATE] [--format text|json]
  plan rollup <workbook.xlsx> [--as-of DATE] (--out <new.xlsx> | --in-place)
  plan import <workbook.xlsx> <values.csv> [--as-of DATE] [--overwrite] (--out <new.xlsx> | --in-place)
  plan board <workbook.xlsx> [--as-of DATE] (--out <pack.html> | --format json)
  plan sample --out <new.xlsx> [--force]
  plan demo [--dir <folder>]

DATE is day first (30/09/2016) or 2016-09-30. Without --as-of: the workbook's
Settings "As of" date, else today.

Exit codes: 0 success (check: no errors), 1 errors found or write refused,
2 unreadable workbook or bad arguments.`;

interface Flags {
  readonly positional: string[];
  readonly values: Map<string, string>;
  readonly switches: Set<string>;
}

const VALUE_FLAGS = new Set(['--as-of', '--format', '--out', '--dir']);
const SWITCHES = new Set(['--in-place', '--overwrite', '--force', '--help', '-h', '--version']);

function splitFlags(argv: ReadonlyArray<string>): Flags | string {
  const positional: string[] = [];
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_FLAGS.has(name)) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') return `${name} needs a value.`;
      if (values.has(name)) return `${name} is given twice.`;
      values.set(name, value);
    } else if (SWITCHES.has(arg)) {
      switches.add(arg);
    } else if (arg.startsWith('-') && arg !== '-') {
      return `Unknown option ${arg}.`;
    } else {
      positional.push(arg);
    }
  }
  return { positional, values, switches };
}

function allowOnly(flags: Flags, command: string, allowed: ReadonlyArray<string>): string | null {
  for (const name of flags.values.keys()) {
    if (!allowed.includes(name)) return `plan ${command} does not take ${name}.`;
  }
  for (const name of flags.switches) {
    if (!allowed.includes(name)) return `plan ${command} does not take ${name}.`;
  }
  return null;
}

function readAsOf(flags: Flags): Serial | null | string {
  const text = flags.values.get('--as-of');
  if (text === undefined) return null;
  const read = readGivenDate(text, '--as-of');
  return read.ok ? read.date : read.message;
}

function readFormat(flags: Flags): Format | string {
  const text = flags.values.get('--format') ?? 'text';
  return text === 'text' || text === 'json' ? text : `--format must be text or json (got "${text}").`;
}

function readOutput(flags: Flags): Output | string {
  const out = flags.values.get('--out');
  const inPlace = flags.switches.has('--in-place');
  if (out !== undefined && inPlace) return 'Give either --out <new.xlsx> or --in-place, not both.';
  if (out !== undefined) return { kind: 'file', path: out };
  if (inPlace) return { kind: 'in-place' };
  return 'Say where to write: --out <new.xlsx> for a new file, or --in-place to replace the workbook.';
}

function fail(message: string): Parsed {
  return { ok: false, message };
}

function expectPositional(flags: Flags, command: string, names: ReadonlyArray<string>): string | null {
  if (flags.positional.length < names.length) return `plan ${command} needs ${names.join(' and ')}.`;
  if (flags.positional.length > names.length) return `plan ${command} takes ${names.length} file(s); unexpected "${flags.positional[names.length]}".`;
  return null;
}

export function parseArgs(argv: ReadonlyArray<string>): Parsed {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { ok: true, command: { kind: 'help' } };
  if (name === '--version' || name === 'version') return { ok: true, command: { kind: 'version' } };
  const flags = splitFlags(rest);
  if (typeof flags === 'string') return fail(flags);
  if (flags.switches.has('--help') || flags.switches.has('-h')) return { ok: true, command: { kind: 'help' } };
  switch (name) {
    case 'check':
    case 'report': {
      const problem = allowOnly(flags, name, ['--as-of', '--format']) ?? expectPositional(flags, name, ['<workbook.xlsx>']);
      if (problem !== null) return fail(problem);
      const asOf = readAsOf(flags);
      if (typeof asOf === 'string') return fail(asOf);
      const format = readFormat(flags);
      if (format !== 'text' && format !== 'json') return fail(format);
      return { ok: true, command: { kind: name, workbook: flags.positional[0], asOf, format } };
    }
    case 'rollup': {
      const problem = allowOnly(flags, name, ['--as-of', '--out', '--in-place']) ?? expectPositional(flags, name, ['<workbook.xlsx>']);
      if (problem !== null) return fail(problem);
      const asOf = readAsOf(flags);
      if (typeof asOf === 'string') return fail(asOf);
      const out = readOutput(flags);
      if (typeof out === 'string') return fail(out);
      return { ok: true, command: { kind: 'rollup', workbook: flags.positional[0], asOf, out } };
    }
    case 'import': {
      const problem = allowOnly(flags, name, ['--as-of', '--overwrite', '--out', '--in-place']) ?? expectPositional(flags, name, ['<workbook.xlsx>', '<values.csv>']);
      if (problem !== null) return fail(problem);
      const asOf = readAsOf(flags);
      if (typeof asOf === 'string') return fail(asOf);
      const out = readOutput(flags);
      if (typeof out === 'string') return fail(out);
      return {
        ok: true,
        command: { kind: 'import', workbook: flags.positional[0], csv: flags.positional[1], asOf, overwrite: flags.switches.has('--overwrite'), out },
      };
    }
    case 'board': {
      const problem = allowOnly(flags, name, ['--as-of', '--out', '--format']) ?? expectPositional(flags, name, ['<workbook.xlsx>']);
      if (problem !== null) return fail(problem);
      const asOf = readAsOf(flags);
      if (typeof asOf === 'string') return fail(asOf);
      const format = flags.values.get('--format') ?? 'html';
      if (format !== 'html' && format !== 'json') return fail(`--format must be html or json (got "${format}").`);
      const out = flags.values.get('--out') ?? null;
      if (format === 'html' && out === null) return fail('Say where to write the pack: --out <pack.html> (or --format json to print its model).');
      return { ok: true, command: { kind: 'board', workbook: flags.positional[0], asOf, format, out } };
    }
    case 'sample': {
      const problem = allowOnly(flags, name, ['--out', '--force']) ?? expectPositional(flags, name, []);
      if (problem !== null) return fail(problem);
      const out = flags.values.get('--out');
      if (out === undefined) return fail('plan sample needs --out <new.xlsx>.');
      return { ok: true, command: { kind: 'sample', out, force: flags.switches.has('--force') } };
    }
    case 'demo': {
      const problem = allowOnly(flags, name, ['--dir']) ?? expectPositional(flags, name, []);
      if (problem !== null) return fail(problem);
      return { ok: true, command: { kind: 'demo', dir: flags.values.get('--dir') ?? null } };
    }
    default:
      return fail(`Unknown command "${name}".`);
  }
}
