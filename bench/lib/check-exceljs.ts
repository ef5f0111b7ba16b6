/**
 * Today's (before issue 11) `plan check` path, for the side-by-side figure in
 * cli.bench.ts: TypeScript through tsx, exceljs load, snapshot, engine, text.
 */
import { readFileSync } from 'node:fs';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline } from '../../src/xlsx';
import { relevantSheetNames } from '../../src/core/read';
import { analysePlan, checkJson } from '../../src/core';

const loaded = await loadWorkbook(new Uint8Array(readFileSync(process.argv[2])));
if (!loaded.ok) throw new Error(loaded.message);
const outline = workbookOutline(loaded.workbook);
const snapshot = snapshotFromWorkbook(loaded.workbook, { sheets: relevantSheetNames(outline.sheetNames, outline.tables) });
const analysis = analysePlan(snapshot, { asOf: Number(process.argv[3]) });
process.stdout.write(JSON.stringify(checkJson(analysis)).slice(0, 10));
