/**
 * The adapter end to end on the sample: read, analyse, write the engine's
 * WritePlan back, read again. What the product writes must not change what it reads.
 */
import { describe, expect, it } from 'vitest';
import { applyWritePlan, findUnsafeParts, loadWorkbook, snapshotFromWorkbook, writeWorkbook } from '../../src/xlsx';
import { buildSampleWorkbook, SAMPLE_AS_OF, SAMPLE_SHEETS } from '../../src/sample';
import { analysePlan, buildWritePlan, relevantSheetNames } from '../../src/core';
import type { Analysis, WorkbookSnapshot } from '../../src/core';
import { serialFromIso } from '../../src/core/calendar';
import { a1 } from '../../src/core/address';
import type ExcelJS from 'exceljs';

const asOf = serialFromIso(SAMPLE_AS_OF) ?? 0;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.workbook;
}

function findingKeys(a: Analysis): string[] {
  return a.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
}

/** Cells of a sheet left of `beforeCol` (0-based), by address. */
function userCells(snap: WorkbookSnapshot, sheet: string, beforeCol: number): Record<string, unknown> {
  const s = snap.sheets.find((x) => x.name === sheet);
  const out: Record<string, unknown> = {};
  s?.rows.forEach((row, r) => row.forEach((cell, c) => {
    if (c < beforeCol && cell.value !== null) out[a1(r, c)] = cell;
  }));
  return out;
}

async function runOnce(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await load(bytes);
  const snap = snapshotFromWorkbook(wb);
  const plan = buildWritePlan(analysePlan(snap, { asOf }), snap, { columns: true, rollup: true });
  applyWritePlan(wb, plan);
  return writeWorkbook(wb);
}

describe('the exceljs adapter on the sample', () => {
  it('has nothing exceljs would lose', async () => {
    expect(await findUnsafeParts(await writeWorkbook(buildSampleWorkbook()))).toEqual([]);
  });

  it('reads only the sheets the engine needs and finds the same as reading all', async () => {
    const wb = buildSampleWorkbook();
    const all = snapshotFromWorkbook(wb);
    const names = relevantSheetNames(wb.worksheets.map((ws) => ws.name), all.tables);
    const some = snapshotFromWorkbook(wb, { sheets: names });
    expect(some.sheets.filter((s) => s.rows.length > 0).map((s) => s.name).sort()).toEqual([...names].sort());
    expect(some.sheets.map((s) => s.name)).toEqual(all.sheets.map((s) => s.name));
    expect(findingKeys(analysePlan(some, { asOf }))).toEqual(findingKeys(analysePlan(all, { asOf })));
  });

  it('writes owned columns and roll-up sheets, keeps every user cell, and reads back the same findings', async () => {
    const original = await writeWorkbook(buildSampleWorkbook());
    const before = snapshotFromWorkbook(await load(original));
    const once = await runOnce(original);
    const after = snapshotFromWorkbook(await load(once));

    expect(after.sheets.map((s) => s.name)).toEqual(['Action plan', 'Scorecard', 'Officers', 'Settings', 'Roll-up history', 'RAG history', 'Dashboard', 'Monthly roll-up']);
    expect(findingKeys(analysePlan(after, { asOf }))).toEqual(findingKeys(analysePlan(before, { asOf })));
    // Every original cell of the user's sheets is unchanged (owned columns sit to the right of the tables).
    expect(userCells(after, SAMPLE_SHEETS.actions, 12)).toEqual(userCells(before, SAMPLE_SHEETS.actions, 12));
    expect(userCells(after, SAMPLE_SHEETS.measures, 23)).toEqual(userCells(before, SAMPLE_SHEETS.measures, 23));
    expect(userCells(after, SAMPLE_SHEETS.officers, 99)).toEqual(userCells(before, SAMPLE_SHEETS.officers, 99));
    expect(userCells(after, SAMPLE_SHEETS.settings, 99)).toEqual(userCells(before, SAMPLE_SHEETS.settings, 99));
    const actions = after.sheets.find((s) => s.name === SAMPLE_SHEETS.actions);
    expect(actions?.rows[3].slice(12).map((c) => c.value)).toEqual(['Calculated RAG', 'Days overdue', 'Check']);
    expect(actions?.merges).toEqual(before.sheets[0].merges);
  });

  it('gives the same workbook when run twice for the same month', async () => {
    const once = await runOnce(await writeWorkbook(buildSampleWorkbook()));
    const twice = await runOnce(once);
    expect(snapshotFromWorkbook(await load(twice))).toEqual(snapshotFromWorkbook(await load(once)));
  });
});
