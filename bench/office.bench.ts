/**
 * Office.js cost of the add-in, measured on the recording fake of the Excel
 * object model (test/excel/fake-excel.ts): round trips (context.sync) and
 * Office.js calls (method calls + property sets + loads) for the read behind
 * "Check plan" and for the write-back, at 1,000 and 10,000 actions; the read
 * alone of a wide, text-heavy plan (10,000 actions x 30 columns) against
 * Excel on the web's 5 MB response limit; and the task pane page's bundle size
 * from dist/ (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysePlan, buildWritePlan } from '../src/core';
import { createExcelHost, DEFAULT_READ_BUDGET } from '../src/excel';
import type { PlanWorkbookOptions } from '../test/excel/plan-workbook';
import { AS_OF, planWorkbook } from '../test/excel/plan-workbook';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function kib(n: number): string {
  return (n / 1024).toFixed(1) + ' KiB';
}

function mb(n: number): string {
  return (n / 1_000_000).toFixed(2) + ' MB';
}

/** Read syncs, the largest response and all responses together, at the default budget. */
async function readFigures(label: string, o: PlanWorkbookOptions): Promise<string> {
  const fx = planWorkbook(o);
  await createExcelHost({ run: fx.run }).readSnapshot();
  const s = fx.stats();
  const total = s.responseBytes.reduce((a, b) => a + b, 0);
  return label.padEnd(28) + String(s.syncs).padStart(6) + mb(s.maxResponseBytes).padStart(11) + mb(total).padStart(11) + (s.refused > 0 ? '  [' + String(s.refused) + ' refused]' : '');
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  lines.push('actions  step        syncs  calls  (methods  sets  loads)  largest request / response');
  for (const n of [10, 300, 1000, 10_000]) {
    const fx = planWorkbook({ actions: n, measures: Math.max(12, Math.round(n / 20)) });
    const host = createExcelHost({ run: fx.run });
    const snapshot = await host.readSnapshot();
    const read = fx.stats();
    const analysis = analysePlan(snapshot, { asOf: AS_OF });
    fx.resetLog();
    await host.markFindings(analysis.findings);
    const mark = fx.stats();
    const plan = buildWritePlan(analysis, snapshot, { columns: true, rollup: true });
    fx.resetLog();
    const result = await host.applyWrites(plan);
    if (!result.ok) throw new Error(result.message);
    const write = fx.stats();
    const row = (step: string, s: typeof read): string =>
      String(n).padStart(7) + '  ' + step.padEnd(10) + String(s.syncs).padStart(6) + String(s.calls + s.sets).padStart(7) +
      '  (' + String(s.calls - s.loads).padStart(7) + String(s.sets).padStart(6) + String(s.loads).padStart(7) + ')  ' + kib(s.maxRequestBytes) + ' / ' + kib(s.maxResponseBytes);
    lines.push(row('read', read));
    lines.push(row('mark', mark) + '  [' + String(analysis.findings.length) + ' findings]');
    lines.push(row('write', write));
  }
  lines.push('');
  lines.push('read (budget ' + mb(DEFAULT_READ_BUDGET) + ', limit 5 MB)  syncs    largest      total');
  lines.push(await readFigures('300 actions x 9', { actions: 300, measures: 60 }));
  lines.push(await readFigures('1,000 actions x 9', { actions: 1000, measures: 50 }));
  lines.push(await readFigures('10,000 actions x 9', { actions: 10_000, measures: 500 }));
  lines.push(await readFigures('10,000 actions x 30, text', { actions: 10_000, measures: 500, noteColumns: 21, textLength: 100 }));
  const dist = join(ROOT, 'dist');
  const html = join(dist, 'taskpane.html');
  if (!existsSync(html)) {
    lines.push('task pane bundle: dist/taskpane.html not found (run npm run build first)');
    return lines;
  }
  const scripts = Array.from(readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g))
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src) && !src.startsWith('/'));
  let raw = 0;
  let gz = 0;
  for (const src of scripts) {
    const bytes = readFileSync(join(dist, src));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    lines.push('  ' + src.padEnd(14) + kib(bytes.length).padStart(11) + '  gzip ' + kib(gzipSync(bytes, { level: 9 }).length).padStart(10));
  }
  lines.push('task pane page (' + scripts.join(' + ') + '): ' + kib(raw) + ' minified, ' + kib(gz) + ' gzip');
  return lines;
}
