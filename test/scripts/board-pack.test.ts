/**
 * The Board pack three ways on the same workbook: `plan board` (in-process,
 * today pinned), the generated Office Script board-pack.ts run against a fake
 * ExcelScript workbook from the same .xlsx bytes, and the model. The script
 * returns the same HTML as the command line, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSampleWorkbook, SAMPLE_AS_OF } from '../../src/sample';
import { runCli } from '../../src/cli/main';
import type { Terminal } from '../../src/cli/terminal';
import { tempDir } from '../helpers/xlsx-builder';
import { bytesOf } from './fixtures';
import { fakeFrom } from './paths';
import { loadScript } from './run-script';

const TODAY = new Date(Date.UTC(2016, 9, 31));
const MADE_ON = '2016-10-31';

let bytes: Uint8Array;
let input: string;
beforeAll(async () => {
  bytes = await bytesOf(buildSampleWorkbook());
  input = path.join(tempDir(), 'board-sample.xlsx');
  writeFileSync(input, bytes);
});

async function planBoard(...extra: string[]): Promise<string> {
  const out = path.join(tempDir(), 'board-' + String(Math.random()).slice(2) + '.html');
  let err = '';
  const terminal: Terminal = { out: () => undefined, err: (t) => { err += t; }, colour: false, progress: false };
  const code = await runCli(['board', input, '--out', out, ...extra], terminal, () => TODAY);
  expect(code, err).toBe(0);
  return readFileSync(out, 'utf8');
}

describe('board-pack.ts against plan board on the sample', () => {
  it('returns the same HTML byte for byte when the as-of date comes from the Settings sheet', async () => {
    const expected = await planBoard();
    const html = loadScript<string>('board-pack')(await fakeFrom(bytes), '', MADE_ON);
    expect(html.length).toBeGreaterThan(50_000);
    expect(html).toBe(expected);
    expect(html).toContain('(from <bdi>Settings!B5</bdi>)');
    expect(html).toContain('<dd>31/10/2016</dd>');
  });

  it('returns the same HTML for a given as-of date, apart from naming where it was given', async () => {
    const expected = await planBoard('--as-of', SAMPLE_AS_OF);
    const html = loadScript<string>('board-pack')(await fakeFrom(bytes), SAMPLE_AS_OF, MADE_ON);
    expect(html).toContain('(from <bdi>asOf parameter</bdi>)');
    expect(html.split('asOf parameter').join('--as-of')).toBe(expected);
  });

  it('writes nothing to the workbook', async () => {
    const fake = await fakeFrom(bytes);
    const names = fake.sheets.map((s) => s.name);
    const before = names.map((n) => fake.sheetValues(n));
    loadScript<string>('board-pack')(fake, SAMPLE_AS_OF, MADE_ON);
    expect(fake.sheets.map((s) => s.name)).toEqual(names);
    expect(names.map((n) => fake.sheetValues(n))).toEqual(before);
  });

  it('stops with a clear message on an impossible asOf date', async () => {
    const fake = await fakeFrom(bytes);
    expect(() => loadScript<string>('board-pack')(fake, '31/09/2016', MADE_ON)).toThrow(/asOf "31\/09\/2016" is not a real date/);
  });
});
