/**
 * Issue 8's speed goals for the Board pack: for 1,000 and 10,000 actions with
 * 500 measures, the time to make the model (buildBoardPack) and the HTML
 * (renderBoardPack), against the time exceljs takes to load the same file
 * (goal: under 10% each, linear in rows); and the HTML's size for the sample
 * (goal: under 300 KB) and for 500 measures (under 3 MB).
 */
import { performance } from 'node:perf_hooks';
import { loadWorkbook, snapshotFromWorkbook, workbookOutline, writeWorkbook } from '../src/xlsx';
import { relevantSheetNames } from '../src/core/read';
import { analysePlan, buildBoardPack } from '../src/core';
import { renderBoardPack } from '../src/core/board/render';
import { serialFromIso } from '../src/core/calendar';
import type { WorkbookSnapshot } from '../src/core/snapshot';
import { buildSampleWorkbook, SAMPLE_AS_OF } from '../src/sample';
import { generatePlanWorkbook } from './lib/generate-plan';

const SIZES = [1_000, 10_000];
const MEASURES = 500;

function best(times: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

/** The exceljs load time (best of two: the machine may be busy) and the snapshot the engine reads. */
async function snapshotOf(bytes: Uint8Array): Promise<{ load: number; snapshot: WorkbookSnapshot }> {
  let load = Infinity;
  let loaded = await loadWorkbook(bytes);
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    loaded = await loadWorkbook(bytes);
    load = Math.min(load, performance.now() - t0);
  }
  if (!loaded.ok) throw new Error(loaded.message);
  const outline = workbookOutline(loaded.workbook);
  return { load, snapshot: snapshotFromWorkbook(loaded.workbook, { sheets: relevantSheetNames(outline.sheetNames, outline.tables) }) };
}

function kb(n: number): string {
  return (n / 1024).toFixed(0) + ' KB';
}

export async function run(): Promise<string[]> {
  const lines = ['actions  measures  load(ms)  model(ms)  model/load  html(ms)  html/load  html first run(ms)  html size'];
  for (const size of SIZES) {
    const { load, snapshot } = await snapshotOf(await writeWorkbook(generatePlanWorkbook(size, MEASURES)));
    const asOf = serialFromIso('2016-10-31') ?? 0;
    const analysis = analysePlan(snapshot, { asOf });
    const options = { asOf: { date: asOf, source: { kind: 'given', label: '--as-of' } as const }, madeOn: asOf };
    let pack = buildBoardPack(analysis, snapshot, options);
    const model = best(5, () => {
      pack = buildBoardPack(analysis, snapshot, options);
    });
    let html = '';
    // The first render of a process (what one `plan board` run pays), then warmed up like the load (best of five).
    const first = best(1, () => {
      html = renderBoardPack(pack);
    });
    best(5, () => renderBoardPack(pack));
    const render = best(5, () => {
      html = renderBoardPack(pack);
    });
    lines.push(
      `${String(size).padStart(7)}  ${String(MEASURES).padStart(8)}  ${load.toFixed(0).padStart(8)}  ${model.toFixed(0).padStart(9)}  ${((100 * model) / load).toFixed(1).padStart(9)}%  ${render.toFixed(0).padStart(8)}  ${((100 * render) / load).toFixed(1).padStart(8)}%  ${first.toFixed(0).padStart(17)}  ${kb(html.length).padStart(9)}`,
    );
  }
  const sample = await snapshotOf(await writeWorkbook(buildSampleWorkbook()));
  const sampleAsOf = serialFromIso(SAMPLE_AS_OF) ?? 0;
  const samplePack = renderBoardPack(
    buildBoardPack(analysePlan(sample.snapshot, { asOf: sampleAsOf }), sample.snapshot, { asOf: { date: sampleAsOf, source: { kind: 'today' } }, madeOn: sampleAsOf }),
  );
  lines.push(`Sample pack (September 2016): ${kb(new TextEncoder().encode(samplePack).length)} (goal: under 300 KB).`);
  lines.push('Goals: model and HTML each under 10% of the exceljs load time, linear in rows; the HTML for 500 measures under 3 MB.');
  return lines;
}
