// Bundles the command line (src/cli/main.ts) with esbuild into dist-cli/, run by
// `npm ci` through the `prepare` script, so `plan` starts without compiling
// TypeScript (issue 11: `plan check` under 0.35 s). bin/plan.mjs uses the
// bundle when it is newer than every source file, else runs the sources through tsx.
// The writing commands are separate chunks (dynamic imports in main.ts), and
// packages stay in node_modules, so `check` and `report` never load exceljs.
import { build } from 'esbuild';
import { realpathSync, rmSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist-cli');

/**
 * How the command line is bundled; bench/read.bench.ts bundles its reader
 * worker with the same options, so the reading figures are those of the code
 * users run. Bundled: fflate, saxes and the engine (no CommonJS loading at
 * start-up). External: what only writing or importing needs.
 */
export const CLI_BUILD_OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['exceljs', 'jszip', 'papaparse', 'tsx'],
  logLevel: 'warning',
};

async function buildCli() {
  try {
    rmSync(outdir, { recursive: true, force: true });
    await build({ ...CLI_BUILD_OPTIONS, entryPoints: [path.join(root, 'src/cli/main.ts')], outdir, splitting: true });
  } catch (err) {
    // Never fail an install over it: bin/plan.mjs falls back to the sources.
    rmSync(outdir, { recursive: true, force: true });
    process.stderr.write('build-cli: no bundle (' + (err instanceof Error ? err.message : String(err)) + '); plan will run the sources through tsx.\n');
  }
}

/** Whether this file is the script node was asked to run (not imported by the bench); real paths, as Node resolves the main module's symlinks. */
function isMain() {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) await buildCli();
