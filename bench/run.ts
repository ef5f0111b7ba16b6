/**
 * `npm run bench`: speed figures, printed, never asserted (goals are in the
 * issues and in docs/benchmarks.md). Each bench module exports run(), which
 * returns the lines to print. Pass names to run only some: `npm run bench -- engine`.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as path from 'node:path';

interface BenchModule {
  run(): Promise<string[]>;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(path.join(here, file)).href)) as BenchModule;
  const lines = await mod.run();
  for (const line of lines) console.log(line);
}
