import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { serialFromIso } from '../../src/core/calendar';

describe('parseArgs', () => {
  it('reads check with as-of and format', () => {
    expect(parseArgs(['check', 'p.xlsx', '--as-of', '2016-10-31', '--format', 'json'])).toEqual({
      ok: true,
      command: { kind: 'check', workbook: 'p.xlsx', asOf: serialFromIso('2016-10-31'), format: 'json' },
    });
  });

  it('accepts --flag=value', () => {
    const parsed = parseArgs(['report', 'p.xlsx', '--as-of=2016-09-30']);
    expect(parsed.ok && parsed.command.kind === 'report' && parsed.command.asOf).toBe(serialFromIso('2016-09-30'));
  });

  it('defaults to text and no as-of', () => {
    expect(parseArgs(['report', 'p.xlsx'])).toEqual({ ok: true, command: { kind: 'report', workbook: 'p.xlsx', asOf: null, format: 'text' } });
  });

  it.each([
    [['check'], 'needs <workbook.xlsx>'],
    [['check', 'a.xlsx', 'b.xlsx'], 'unexpected "b.xlsx"'],
    [['check', 'a.xlsx', '--as-of', '31/10/2016'], 'YYYY-MM-DD'],
    [['check', 'a.xlsx', '--as-of', '2016-02-30'], 'YYYY-MM-DD'],
    [['check', 'a.xlsx', '--format', 'xml'], 'text or json'],
    [['check', 'a.xlsx', '--out', 'x.xlsx'], 'does not take --out'],
    [['check', 'a.xlsx', '--as-of'], '--as-of needs a value'],
    [['rollup', 'a.xlsx'], '--out <new.xlsx>'],
    [['rollup', 'a.xlsx', '--out', 'b.xlsx', '--in-place'], 'not both'],
    [['import', 'a.xlsx', '--in-place'], 'needs <workbook.xlsx> and <values.csv>'],
    [['sample'], '--out'],
    [['frobnicate'], 'Unknown command'],
    [['check', 'a.xlsx', '--verbose'], 'Unknown option --verbose'],
  ])('rejects %j with a message', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('reads rollup and import outputs', () => {
    expect(parseArgs(['rollup', 'a.xlsx', '--in-place'])).toEqual({
      ok: true,
      command: { kind: 'rollup', workbook: 'a.xlsx', asOf: null, out: { kind: 'in-place' } },
    });
    expect(parseArgs(['import', 'a.xlsx', 'v.csv', '--overwrite', '--out', 'b.xlsx'])).toEqual({
      ok: true,
      command: { kind: 'import', workbook: 'a.xlsx', csv: 'v.csv', overwrite: true, out: { kind: 'file', path: 'b.xlsx' } },
    });
  });
});
