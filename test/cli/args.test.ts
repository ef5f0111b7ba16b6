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
    [['check', 'a.xlsx', '--as-of', 'yesterday'], '--as-of "yesterday" is not a date. Give it day first, as 30/09/2016, or as 2016-09-30.'],
    [['check', 'a.xlsx', '--as-of', '2016-02-30'], '--as-of "2016-02-30" is not a real date: February 2016 has 29 days'],
    [['check', 'a.xlsx', '--as-of', '31/04/2017'], '--as-of "31/04/2017" is not a real date: April 2017 has 30 days'],
    [['check', 'a.xlsx', '--as-of', '2017-13-01'], 'there is no month 13'],
    [['check', 'a.xlsx', '--as-of', '12/31/2016'], 'day first (UK order). Did you mean 31/12/2016?'],
    [['report', 'a.xlsx', '--as-of', '30/09/1850'], 'outside the years Excel can hold'],
    [['check', 'a.xlsx', '--format', 'xml'], 'text or json'],
    [['check', 'a.xlsx', '--out', 'x.xlsx'], 'does not take --out'],
    [['check', 'a.xlsx', '--as-of'], '--as-of needs a value'],
    [['rollup', 'a.xlsx'], '--out <new.xlsx>'],
    [['rollup', 'a.xlsx', '--out', 'b.xlsx', '--in-place'], 'not both'],
    [['import', 'a.xlsx', '--in-place'], 'needs <workbook.xlsx> and <values.csv>'],
    [['sample'], '--out'],
    [['import', 'a.xlsx', 'v.csv', '--in-place', '--as-of', '31.02.2017'], 'February 2017 has 28 days'],
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
      command: { kind: 'import', workbook: 'a.xlsx', csv: 'v.csv', asOf: null, overwrite: true, out: { kind: 'file', path: 'b.xlsx' } },
    });
    expect(parseArgs(['sample', '--out', 's.xlsx', '--force'])).toEqual({ ok: true, command: { kind: 'sample', out: 's.xlsx', force: true } });
  });

  it('reads --as-of day first as well as yyyy-mm-dd (contract 8)', () => {
    for (const text of ['30/09/2016', '2016-09-30', '30.09.2016', '30 Sep 2016', '30/9/16']) {
      const parsed = parseArgs(['check', 'p.xlsx', '--as-of', text]);
      expect(parsed.ok && parsed.command.kind === 'check' && parsed.command.asOf, text).toBe(serialFromIso('2016-09-30'));
    }
    const imported = parseArgs(['import', 'p.xlsx', 'v.csv', '--in-place', '--as-of', '30/09/2016']);
    expect(imported.ok && imported.command.kind === 'import' && imported.command.asOf).toBe(serialFromIso('2016-09-30'));
  });

  it('tells an impossible date apart from a wrong format', () => {
    const message = (text: string): string => {
      const parsed = parseArgs(['check', 'p.xlsx', '--as-of', text]);
      return parsed.ok ? '' : parsed.message;
    };
    expect(message('2016-02-30')).toContain('not a real date');
    expect(message('31/04/2017')).toContain('not a real date');
    expect(message('2016/09/30x')).not.toContain('not a real date');
    expect(message('2016/09/30x')).toContain('is not a date');
  });
});
