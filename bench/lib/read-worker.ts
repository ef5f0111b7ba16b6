/**
 * One reader on one file in its own process (so max RSS is that reader's own);
 * prints JSON: median read time over `runs`, median engine time on the result, peak RSS
 * of the reads (taken before the engine runs) and of the whole process (reads and engine).
 * Modes: `exceljs` (today's path: load + snapshot of the engine's sheets),
 * `package` (src/xlsx/package, with Node's zlib as the command line uses it), `floor`
 * (inflate the parts the package reader reads, same zlib, and one saxes pass over them with handlers that do nothing).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { SaxesParser } from 'saxes';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline } from '../../src/xlsx';
import { readWorkbook } from '../../src/xlsx/package/read-workbook';
import { openPackage } from '../../src/xlsx/package/zip';
import { nativeInflate } from '../../src/cli/open-workbook';
import { relevantSheetNames } from '../../src/core/read';
import { analysePlan } from '../../src/core';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

const [mode, file, runsArg, partsArg] = process.argv.slice(2);
const runs = Number(runsArg);
const bytes = new Uint8Array(readFileSync(file));

async function readOnce(): Promise<WorkbookSnapshot | null> {
  if (mode === 'exceljs') {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) throw new Error(loaded.message);
    const outline = workbookOutline(loaded.workbook);
    return snapshotFromWorkbook(loaded.workbook, { sheets: relevantSheetNames(outline.sheetNames, outline.tables) });
  }
  if (mode === 'package') {
    const read = readWorkbook(bytes, { inflateRaw: nativeInflate });
    if (!read.ok) throw new Error(read.message);
    return read.snapshot;
  }
  const parts = new Set(partsArg.split(','));
  const pkg = openPackage(bytes, undefined, nativeInflate);
  if (!pkg.ok) throw new Error(pkg.message);
  for (const name of parts) {
    const part = pkg.parts.get(name);
    if (part === undefined) throw new Error('no part ' + name);
    const parser = new SaxesParser({ position: false });
    parser.on('opentag', () => undefined);
    parser.on('text', () => undefined);
    parser.write(new TextDecoder().decode(part));
    parser.close();
  }
  return null;
}

const times: number[] = [];
let snapshot: WorkbookSnapshot | null = null;
for (let i = 0; i < runs; i++) {
  // Each read starts with no earlier result alive, as one `plan` run does.
  snapshot = null;
  const t0 = performance.now();
  snapshot = await readOnce();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const readRssMb = process.resourceUsage().maxRSS / 1024;
// The engine's time is taken like the read's: the median of as many runs.
const engineTimes: number[] = [];
for (let i = 0; snapshot !== null && i < runs; i++) {
  const t0 = performance.now();
  analysePlan(snapshot, { asOf: 42674 });
  engineTimes.push(performance.now() - t0);
}
engineTimes.sort((a, b) => a - b);
const engine = engineTimes.length === 0 ? 0 : engineTimes[Math.floor(engineTimes.length / 2)];
process.stdout.write(JSON.stringify({ read: times[Math.floor(times.length / 2)], engine, readRssMb, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
