/**
 * Office.js cost of the add-in, measured on the recording fake of the Excel
 * object model (test/excel/fake-excel.ts): round trips (context.sync) and
 * Office.js calls (method calls + property sets + loads) for the read behind
 * "Check plan" and for the write-back, at 1,000 and 10,000 actions; and the
 * task pane page's bundle size from dist/ (run `npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysePlan, buildWritePlan } from '../src/core';
import { createExcelHost } from '../src/excel';
import { AS_OF, planWorkbook } from '../test/excel/plan-workbook';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function kib(n: number): string {
  return (n / 1024).toFixed(1) + ' KiB';
}

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  lines.push('actions  step        syncs  calls  (methods  sets  loads)  largest request / response');
  for (const n of [1000, 10_000]) {
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
