/**
 * Issue 2's speed goals: for 1,000, 10,000 and 50,000 action rows (with 500
 * measures), the time exceljs takes to load the file, the time the engine
 * takes on the loaded snapshot, and peak memory. Each size runs in its own
 * process so peak memory (max RSS) is that size's own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlanWorkbook } from './lib/generate-plan';

const SIZES = [1_000, 10_000, 50_000];
const MEASURES = 500;

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-bench-'));
  const lines = ['actions  load(ms)  snapshot(ms)  engine(ms)  engine/load  peak RSS(MB)'];
  try {
    for (const size of SIZES) {
      const file = path.join(dir, `plan-${size}.xlsx`);
      const buffer = await generatePlanWorkbook(size, MEASURES).xlsx.writeBuffer();
      writeFileSync(file, new Uint8Array(buffer as ArrayBuffer));
      const worker = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib', 'engine-worker.ts');
      const tsx = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
      const out = execFileSync(tsx, [worker, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      const r = JSON.parse(out) as { load: number; snapshot: number; engine: number; maxRssMb: number; findings: number };
      lines.push(
        `${String(size).padStart(7)}  ${r.load.toFixed(0).padStart(8)}  ${r.snapshot.toFixed(0).padStart(12)}  ${r.engine.toFixed(0).padStart(10)}  ${((100 * r.engine) / r.load).toFixed(1).padStart(10)}%  ${r.maxRssMb.toFixed(0).padStart(12)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push('Goal: engine under 10% of load time at every size; cost linear in rows.');
  return lines;
}
