/** One benchmark size in its own process; prints JSON timings. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline } from '../../src/xlsx';
import { relevantSheetNames } from '../../src/core/read';
import { analysePlan } from '../../src/core';
import { serialFromIso } from '../../src/core/calendar';

const file = process.argv[2];
const bytes = new Uint8Array(readFileSync(file));
const t0 = performance.now();
const loaded = await loadWorkbook(bytes);
if (!loaded.ok) throw new Error(loaded.message);
const t1 = performance.now();
const outline = workbookOutline(loaded.workbook);
const snapshot = snapshotFromWorkbook(loaded.workbook, { sheets: relevantSheetNames(outline.sheetNames, outline.tables) });
const t2 = performance.now();
const analysis = analysePlan(snapshot, { asOf: serialFromIso('2016-10-31') ?? 0 });
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({ load: t1 - t0, snapshot: t2 - t1, engine: t3 - t2, maxRssMb: process.resourceUsage().maxRSS / 1024, findings: analysis.findings.length }),
);
