/**
 * `plan board`: the Board pack from a real .xlsx. Exit 0 when written, errors
 * or not (contract 7); 2 for an unreadable workbook or wrong arguments; the
 * as-of date from --as-of, else Settings As of, else today, and the output
 * says which; the workbook is never changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { plan } from '../helpers/cli';
import { tempDir, writeText, writeXlsx } from '../helpers/xlsx-builder';
import { buildSampleWorkbook, SAMPLE_AS_OF } from '../../src/sample';
import { unusualPlan } from './fixtures';
import type { BoardPack } from '../../src/core/board/model';

let sample = '';
let unusual = '';
beforeAll(async () => {
  sample = await writeXlsx('board-cli-sample.xlsx', buildSampleWorkbook());
  unusual = await writeXlsx('board-cli-unusual.xlsx', unusualPlan());
});

const outFile = (name: string): string => path.join(tempDir(), name);

describe('plan board', () => {
  it('writes the pack as HTML and says where the as-of date came from; the workbook is unchanged', async () => {
    const before = readFileSync(sample);
    const out = outFile('pack-given.html');
    const r = await plan('board', sample, '--as-of', SAMPLE_AS_OF, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Board pack for September 2016 written to ${out}, as of 30/09/2016 (--as-of).`);
    expect(r.out).toMatch(/It is marked DRAFT on every page: the check found \d+ errors?\./);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toMatch(/DRAFT: the plan has \d+ errors?/);
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  it('takes the as-of date from the Settings sheet when none is given, and today without either', async () => {
    const r = await plan('board', sample, '--out', outFile('pack-settings.html'));
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('as of 30/09/2016 (Settings!B5)');
    const t = await plan('board', unusual, '--out', outFile('pack-today.html'));
    expect(t.code, t.err).toBe(0);
    expect(t.out).toContain('Board pack for October 2016');
    expect(t.out).toContain('as of 31/10/2016 (today)');
  });

  it('prints the model with --format json, the same numbers the HTML shows', async () => {
    const r = await plan('board', sample, '--as-of', SAMPLE_AS_OF, '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const pack = JSON.parse(r.out) as BoardPack;
    expect(pack.asOf.source).toEqual({ kind: 'given', label: '--as-of' });
    expect(pack.cover.errors).toBeGreaterThan(0);
    expect(pack.cover.draft).toBe(`DRAFT: the plan has ${pack.cover.errors} error${pack.cover.errors === 1 ? '' : 's'}`);
    expect(pack.scorecard.themes.length).toBeGreaterThan(0);
    const out = outFile('pack-json.json');
    const w = await plan('board', sample, '--as-of', SAMPLE_AS_OF, '--format', 'json', '--out', out);
    expect(w.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(pack);
  });

  it('exits 2 with one clear line for wrong arguments', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['board', sample], /Say where to write the pack: --out <pack\.html>/],
      [['board', sample, '--format', 'pdf', '--out', 'x.pdf'], /--format must be html or json \(got "pdf"\)/],
      [['board', sample, '--as-of', '30th September', '--out', 'x.html'], /--as-of .* is not/],
      [['board', '--out', 'x.html'], /plan board needs <workbook\.xlsx>/],
      [['board', sample, sample, '--out', 'x.html'], /unexpected/],
      [['board', sample, '--in-place'], /plan board does not take --in-place/],
    ];
    for (const [argv, message] of cases) {
      const r = await plan(...argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses to write the pack over the workbook itself', async () => {
    const before = readFileSync(sample);
    const r = await plan('board', sample, '--as-of', SAMPLE_AS_OF, '--out', path.join(path.dirname(sample), '.', path.basename(sample)));
    expect(r.code).toBe(2);
    expect(r.err).toContain('is the workbook itself; the Board pack never replaces the tracker');
    expect(readFileSync(sample).equals(before)).toBe(true);
  });

  it('exits 2 for a workbook that cannot be read, and writes nothing', async () => {
    const missing = await plan('board', path.join(tempDir(), 'nope.xlsx'), '--out', outFile('never.html'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no such workbook/);
    const text = writeText('not-a-workbook.xlsx', 'Ref,Action\n1.1,Do it\n');
    const bad = await plan('board', text, '--out', outFile('never.html'));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^plan: .*not-a-workbook\.xlsx/);
    expect(existsSync(outFile('never.html'))).toBe(false);
  });

  it('exits 1 when the pack cannot be written', async () => {
    const r = await plan('board', sample, '--as-of', SAMPLE_AS_OF, '--out', path.join(tempDir(), 'no-such-folder', 'pack.html'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^plan: the Board pack was not written: /);
  });
});
