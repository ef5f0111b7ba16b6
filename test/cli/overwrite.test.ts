/**
 * Overwriting by accident (issue 10, point 3): `--out` naming the input (any
 * spelling, a link) is refused with a pointer to `--in-place`; `plan sample`
 * does not replace an existing file without `--force`.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { plan } from '../helpers/cli';
import { readXlsx, tempDir, writeText, writeXlsx } from '../helpers/xlsx-builder';
import { unusualPlan } from './fixtures';

let file = '';
let before: Buffer;
beforeAll(async () => {
  file = await writeXlsx('overwrite.xlsx', unusualPlan());
  before = readFileSync(file);
  mkdirSync(path.join(tempDir(), 'sub'), { recursive: true });
  symlinkSync(file, path.join(tempDir(), 'link.xlsx'));
});

function spellings(): string[] {
  const dir = tempDir();
  return [
    file,
    path.join(dir, '.', 'overwrite.xlsx').replace(dir, dir + '/.'),
    path.join(dir, 'sub') + '/../overwrite.xlsx',
    path.relative(process.cwd(), file),
    path.join(dir, 'link.xlsx'),
  ];
}

describe('--out naming the input is refused', () => {
  it('plan rollup: every spelling of the same file, and a link to it', async () => {
    for (const out of spellings()) {
      const r = await plan('rollup', file, '--as-of', '2016-10-31', '--out', out);
      expect(r.code, out).toBe(1);
      expect(r.err).toContain('is the workbook being read');
      expect(r.err).toContain('Use --in-place');
      expect(r.out).toBe('');
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });

  it('plan import: the same, before the CSV is even read', async () => {
    const csv = writeText('overwrite.csv', 'Measure ID,Period,Value\nRR1,2016-09,26%\n');
    for (const out of spellings()) {
      const r = await plan('import', file, csv, '--out', out);
      expect(r.code, out).toBe(1);
      expect(r.err).toContain('Use --in-place');
      expect(readFileSync(file).equals(before)).toBe(true);
    }
  });

  it('a different file is written, and --in-place still replaces the input on purpose', async () => {
    const out = path.join(tempDir(), 'overwrite-out.xlsx');
    expect((await plan('rollup', file, '--as-of', '2016-10-31', '--out', out)).code).toBe(0);
    const copy = await writeXlsx('overwrite-copy.xlsx', unusualPlan());
    const r = await plan('rollup', copy, '--as-of', '2016-10-31', '--in-place');
    expect(r.code).toBe(0);
    expect((await readXlsx(copy)).getWorksheet('Roll-up history')).toBeDefined();
  });
});

describe('plan sample does not replace a file without --force', () => {
  it('refuses an existing file and leaves it as it was', async () => {
    const existing = writeText('existing.xlsx', 'my own notes');
    const r = await plan('sample', '--out', existing);
    expect(r.code).toBe(1);
    expect(r.err).toContain('already exists');
    expect(r.err).toContain('--force');
    expect(readFileSync(existing, 'utf8')).toBe('my own notes');
  });

  it('writes a new file, and replaces an existing one with --force', async () => {
    const fresh = path.join(tempDir(), 'fresh-sample.xlsx');
    expect((await plan('sample', '--out', fresh)).code).toBe(0);
    writeFileSync(fresh, 'old');
    const r = await plan('sample', '--out', fresh, '--force');
    expect(r.code).toBe(0);
    expect((await readXlsx(fresh)).worksheets.length).toBeGreaterThan(1);
  });
});
