/**
 * Issue 11's reading goals, side by side with today's exceljs path: for 1,000,
 * 10,000 and 50,000 actions (500 measures), the package reader against exceljs
 * (goal: at least 3x faster, lower peak memory), against the floor (inflating
 * the same parts + one saxes pass; goal: within 2x), and the engine's own work
 * against the read (goal: under 10%). Median of 3 reads (1 for exceljs at 50,000),
 * each reader in its own process.
 *
 * The worker runs from an esbuild bundle built with the command line's own
 * options (tools/build-cli.mjs), in a plain `node` process, for every mode alike:
 * that is the code and the process `plan` users run. Through tsx, ESM loader
 * hooks on their own thread and tsx's memory come with every figure (about
 * 45 MB of RSS per process, and a slower second read at 1,000 actions).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePlanWorkbook } from './lib/generate-plan';
import { build } from 'esbuild';
import { openPackage } from '../src/xlsx/package/zip';

const SIZES = [1_000, 10_000, 50_000];
const MEASURES = 500;

interface Figures {
  readonly read: number;
  readonly engine: number;
  /** Peak RSS of the reads alone (before the engine runs). */
  readonly readRssMb: number;
  /** Peak RSS of the whole process: reads, then the engine on the result. */
  readonly maxRssMb: number;
}

/** Bundles bench/lib/read-worker.ts as the command line is bundled; returns the bundle's path. */
async function bundleWorker(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const { CLI_BUILD_OPTIONS } = await import('../tools/build-cli.mjs');
  // Inside node_modules so the bundle finds the packages left external (exceljs).
  const outdir = path.join(process.cwd(), 'node_modules', '.cache', 'plan-bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = path.join(outdir, 'read-worker.mjs');
  await build({ ...CLI_BUILD_OPTIONS, entryPoints: [path.join(here, 'lib', 'read-worker.ts')], outfile });
  return outfile;
}

function worker(bundle: string, mode: string, file: string, runs: number, parts: string): Figures {
  return JSON.parse(execFileSync(process.execPath, [bundle, mode, file, String(runs), parts], { encoding: 'utf8', maxBuffer: 1 << 20 })) as Figures;
}

/** The parts the package reader reads: workbook, rels, styles, shared strings, every sheet's rels and the engine's sheets (Actions, Measures, Settings: sheet1-3). */
function partsRead(file: string): string {
  const pkg = openPackage(new Uint8Array(readFileSync(file)));
  if (!pkg.ok) throw new Error(pkg.message);
  return pkg.names.filter((n) => !n.endsWith('/')).filter((n) => /^xl\/(workbook\.xml|styles\.xml|sharedStrings\.xml|_rels\/|worksheets\/_rels\/|tables\/)/.test(n) || n === '_rels/.rels' || /sheet[123]\.xml$/.test(n)).join(',');
}

const f0 = (n: number, w: number): string => n.toFixed(0).padStart(w);
const f1 = (n: number, w: number): string => n.toFixed(1).padStart(w);

export async function run(): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-read-bench-'));
  const lines = [
    'actions  exceljs(ms)  package(ms)  floor(ms)  speed-up  package/floor  engine(ms)  engine/read  read RSS exceljs/package/floor(MB)  with engine exceljs/package(MB)',
  ];
  try {
    const bundle = await bundleWorker();
    for (const size of SIZES) {
      const file = path.join(dir, `plan-${size}.xlsx`);
      const buffer = await generatePlanWorkbook(size, MEASURES).xlsx.writeBuffer();
      writeFileSync(file, new Uint8Array(buffer as ArrayBuffer));
      const parts = partsRead(file);
      const excel = worker(bundle, 'exceljs', file, size >= 50_000 ? 1 : 3, parts);
      const pkg = worker(bundle, 'package', file, 3, parts);
      const floor = worker(bundle, 'floor', file, 3, parts);
      lines.push(
        `${String(size).padStart(7)}  ${f0(excel.read, 11)}  ${f0(pkg.read, 11)}  ${f0(floor.read, 9)}  ${f1(excel.read / pkg.read, 7)}x  ${f1(pkg.read / floor.read, 12)}x  ${f0(pkg.engine, 10)}  ${f1((100 * pkg.engine) / pkg.read, 10)}%  ${f0(excel.readRssMb, 13)} / ${f0(pkg.readRssMb, 4)} / ${f0(floor.readRssMb, 4)}  ${f0(excel.maxRssMb, 22)} / ${f0(pkg.maxRssMb, 4)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  lines.push('Goals (issue 11): speed-up >= 3x, package/floor <= 2x, read RSS below exceljs, engine/read < 10%.');
  return lines;
}
