/**
 * The monthly-rollup Office Script on 1,000 and 10,000 actions, run in Node
 * against the fake ExcelScript workbook: ExcelScript calls (goal: constant in
 * rows), the largest request/response (Excel on the web refuses more than
 * 5 MB; the fake refuses it too, and the count of refused calls is printed) and the script's own run time (goal: well inside Power Automate's
 * 120 seconds). Excel's round trips are not in the time: each call of the
 * count is one more.
 */
import { performance } from 'node:perf_hooks';
import { generatedPlan, bytesOf } from '../test/scripts/fixtures';
import { fakeFrom } from '../test/scripts/paths';
import { loadScript } from '../test/scripts/run-script';
import { newCallLog } from '../test/scripts/fake-excelscript';
import type { RollupSummary } from '../scripts/office/entries/summary';

export async function run(): Promise<string[]> {
  const lines: string[] = ['monthly-rollup Office Script (Node, fake ExcelScript workbook from a real .xlsx)'];
  const main = loadScript<RollupSummary>('monthly-rollup');
  const cases: ReadonlyArray<{ actions: number; text?: number }> = [{ actions: 1000 }, { actions: 10000 }, { actions: 6000, text: 400 }];
  for (const { actions, text } of cases) {
    const log = newCallLog();
    const fake = await fakeFrom(await bytesOf(generatedPlan(actions, text)), log);
    log.total = 0;
    log.byMethod = {};
    log.maxPayloadBytes = 0;
    const t0 = performance.now();
    const summary = main(fake, '2016-10-31');
    const ms = performance.now() - t0;
    const reads = (log.byMethod['Range.getValues'] || 0);
    const writes = (log.byMethod['Range.setValues'] || 0);
    lines.push(
      `  ${String(actions).padStart(6)} actions${text !== undefined ? ' (' + String(text) + '-char texts)' : ''}: ${String(log.total).padStart(4)} ExcelScript calls (getValues ${reads}, setValues ${writes}), ` +
        `largest request/response ${(log.maxPayloadBytes / 1024).toFixed(0)} KiB${log.refused > 0 ? ' [' + String(log.refused) + ' refused]' : ''}, script ${ms.toFixed(0)} ms, summary ${(JSON.stringify(summary).length / 1024).toFixed(1)} KiB`,
    );
  }
  return lines;
}
