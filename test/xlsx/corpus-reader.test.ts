/**
 * Every file of the corpus (test/corpus/files, written by LibreOffice,
 * openpyxl, XlsxWriter...) reads the same through the package reader as through
 * a second, independent reader: openpyxl (test/corpus/openpyxl_dump.py), for
 * what the engine reads: sheet names, cell values (cached formula results),
 * number formats, merged areas and tables.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { readWorkbook } from '../../src/xlsx/package/read-workbook';
import { normaliseFormat } from '../../src/xlsx/number-format';
import { a1 } from '../../src/core/address';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';

const CORPUS = path.join(__dirname, '..', 'corpus', 'files');
const DUMP = path.join(__dirname, '..', 'corpus', 'openpyxl_dump.py');
const PYTHON = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

type DumpValue = number | string | boolean | { serial: number };
interface Dump {
  readonly sheetNames: string[];
  readonly sheets: Record<string, { cells: Record<string, { value: DumpValue; type: string; format: string }>; merges: string[]; tables: Array<{ name: string; ref: string }> }>;
}

function openpyxlReads(file: string): Dump {
  const run = spawnSync(PYTHON, [DUMP, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(
      `The corpus test needs python3 with openpyxl as the second reader (on Debian/Ubuntu: apt-get install -y python3-openpyxl). ` +
        `Running ${PYTHON} ${DUMP} failed: ${run.error?.message ?? run.stderr}`,
    );
  }
  return JSON.parse(run.stdout) as Dump;
}

/** What openpyxl's value is in snapshot terms. */
function expected(v: DumpValue, type: string): CellValue | { approx: number } {
  if (typeof v === 'object') return { approx: v.serial };
  if (type === 'e' && typeof v === 'string') return { error: v };
  return v;
}

function sameValue(got: CellValue, want: CellValue | { approx: number }): boolean {
  if (typeof want === 'object' && want !== null && 'approx' in want) return typeof got === 'number' && Math.abs(got - want.approx) < 1e-6;
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want));
  return JSON.stringify(got) === JSON.stringify(want);
}

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => /\.xls[xm]$/i.test(f)).sort() : [];

describe('the package reader against openpyxl on the corpus', () => {
  it('has a corpus to read', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s reads the same as openpyxl reads it', (name) => {
    const file = path.join(CORPUS, name);
    const theirs = openpyxlReads(file);
    const read = readWorkbook(new Uint8Array(readFileSync(file)), { sheets: 'all' });
    if (!read.ok) throw new Error(read.message);
    const mine: WorkbookSnapshot = read.snapshot;
    expect(mine.sheets.map((s) => s.name)).toEqual(theirs.sheetNames);
    const differences: string[] = [];
    for (const sheet of mine.sheets) {
      const dump = theirs.sheets[sheet.name];
      expect([...sheet.merges].sort()).toEqual(dump.merges);
      expect(mine.tables.filter((t) => t.sheet === sheet.name).map((t) => ({ name: t.name, ref: t.address }))).toEqual(dump.tables);
      for (const [address, cell] of Object.entries(dump.cells)) {
        const ref = /^([A-Z]+)(\d+)$/.exec(address);
        if (ref === null) continue;
        const row = Number(ref[2]) - 1;
        const col = ref[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const got = sheet.rows[row]?.[col];
        const want = expected(cell.value, cell.type);
        if (got === undefined || !sameValue(got.value, want)) differences.push(`${sheet.name}!${address}: openpyxl ${JSON.stringify(want)}, reader ${JSON.stringify(got?.value)}`);
        else if (got.format !== normaliseFormat(cell.format)) differences.push(`${sheet.name}!${address}: format openpyxl ${cell.format}, reader ${got.format}`);
      }
      sheet.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.value !== null && dump.cells[a1(r, c)] === undefined) differences.push(`${sheet.name}!${a1(r, c)}: reader ${JSON.stringify(cell.value)}, openpyxl nothing`);
        }),
      );
    }
    expect(differences).toEqual([]);
  });
});
