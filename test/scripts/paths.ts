/**
 * The two ways to roll a tracker up, side by side: the command line
 * (`plan rollup <in> --as-of D --out <out>`, run in-process) and the generated
 * Office Script run against the fake ExcelScript workbook loaded from the same
 * .xlsx bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../src/cli/main';
import type { Terminal } from '../../src/cli/terminal';
import { loadWorkbook, snapshotFromWorkbook } from '../../src/xlsx';
import type { CellValue } from '../../src/core/snapshot';
import { a1 } from '../../src/core/address';
import { tempDir } from '../helpers/xlsx-builder';
import { FakeWorkbook, newCallLog, type CallLog } from './fake-excelscript';

export const OWNED_SHEETS: ReadonlyArray<string> = ['Monthly roll-up', 'Roll-up history', 'RAG history'];

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  readonly bytes: Uint8Array | null;
}

let n = 0;

export async function cli(args: ReadonlyArray<string>, input: Uint8Array): Promise<CliRun> {
  n++;
  const inPath = path.join(tempDir(), `scripts-in-${n}.xlsx`);
  const outPath = path.join(tempDir(), `scripts-out-${n}.xlsx`);
  writeFileSync(inPath, input);
  let out = '';
  let err = '';
  const terminal: Terminal = { out: (t) => { out += t; }, err: (t) => { err += t; }, colour: false, progress: false };
  const argv = args[0] === 'rollup' ? [args[0], inPath, ...args.slice(1), '--out', outPath] : [args[0], inPath, ...args.slice(1)];
  const code = await runCli(argv, terminal, () => new Date(Date.UTC(2016, 9, 31)));
  const bytes = args[0] === 'rollup' && code === 0 ? new Uint8Array(readFileSync(outPath)) : null;
  return { code, out, err, bytes };
}

/** Every non-blank cell value of a sheet of an .xlsx, by A1 address, as src/xlsx reads it. */
export async function xlsxSheetValues(bytes: Uint8Array, sheet: string): Promise<Map<string, CellValue>> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.message);
  const snap = snapshotFromWorkbook(loaded.workbook, { sheets: [sheet] });
  const out = new Map<string, CellValue>();
  const s = snap.sheets.find((x) => x.name === sheet);
  if (s === undefined) return out;
  s.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (cell.value !== null && !(typeof cell.value === 'string' && cell.value === '')) out.set(a1(r, c), cell.value);
  }));
  return out;
}

/** A fake ExcelScript workbook holding every sheet and table of the .xlsx. */
export async function fakeFrom(bytes: Uint8Array, log: CallLog = newCallLog()): Promise<FakeWorkbook> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.message);
  return FakeWorkbook.fromSnapshot(snapshotFromWorkbook(loaded.workbook), log);
}

export function asObject(m: Map<string, CellValue>): Record<string, CellValue> {
  const o: Record<string, CellValue> = {};
  for (const [k, v] of m) o[k] = v;
  return o;
}
