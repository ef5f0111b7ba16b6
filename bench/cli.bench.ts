/**
 * Issue 11's start-up goal: `plan check` on the sample, median wall time of 7
 * runs (goal: under 0.35 s), side by side with the sources through tsx and
 * with today's exceljs path (tsx + exceljs, bench/lib/check-exceljs.ts).
 * The bundle is rebuilt first (as `npm ci` does). The machine's load average
 * is printed too: on a busy machine every figure grows.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSampleWorkbook, SAMPLE_AS_OF } from '../src/sample';
import { writeWorkbook } from '../src/xlsx';
import { serialFromIso } from '../src/core/calendar';

const RUNS = 7;

function medianWall(command: string, args: ReadonlyArray<string>, env: NodeJS.ProcessEnv): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { env, encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${String(r.status)}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] / 1000;
}

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-cli-bench-'));
  try {
    const sample = path.join(dir, 'sample.xlsx');
    writeFileSync(sample, await writeWorkbook(buildSampleWorkbook()));
    execFileSync('node', ['tools/build-cli.mjs']);
    const args = ['bin/plan.mjs', 'check', sample, '--as-of', SAMPLE_AS_OF];
    const bundle = medianWall('node', args, { ...process.env, PLAN_FROM_SOURCE: '' });
    const sources = medianWall('node', args, { ...process.env, PLAN_FROM_SOURCE: '1' });
    const tsx = path.join('node_modules', '.bin', 'tsx');
    const today = medianWall(tsx, ['bench/lib/check-exceljs.ts', sample, String(serialFromIso(SAMPLE_AS_OF))], process.env);
    const bare = medianWall('node', ['-e', '0'], process.env);
    return [
      `plan check on the sample, median of ${RUNS} (load average ${loadavg()[0].toFixed(1)} on this machine):`,
      `  bundle (dist-cli, what npm ci builds)     ${bundle.toFixed(2)} s   goal < 0.35 s`,
      `  sources through tsx (no bundle)           ${sources.toFixed(2)} s`,
      `  today's path: tsx + exceljs               ${today.toFixed(2)} s`,
      `  node doing nothing (the floor)            ${bare.toFixed(2)} s`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
