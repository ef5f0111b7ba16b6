/**
 * Prints one closing line over every vitest JSON report in test-results/
 * (`N passed, N failed`), so CI and people see the whole suite's count at the end.
 *
 *   tsx tools/test-summary.ts                    the closing line of `npm test`
 *   tsx tools/test-summary.ts --needs-chromium   before the browser tests: silent when Chromium is
 *                                                there, else the closing line says how to install it
 *                                                (and the CHROMIUM_PATH override) and exits 1
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingChromium } from './chromium';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

export interface Counts {
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

/** Adds up the reports in `dir`, leaving out the files named in `except`. */
export function countReports(dir: string, except: ReadonlyArray<string> = []): Counts {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (!existsSync(dir)) return { passed, failed, skipped };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && !except.includes(f))) {
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as VitestJson;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests;
  }
  return { passed, failed, skipped };
}

export function summaryLine(c: Counts): string {
  return `${c.passed} passed, ${c.failed} failed${c.skipped > 0 ? `, ${c.skipped} skipped` : ''}`;
}

function main(args: ReadonlyArray<string>): number {
  const dir = 'test-results';
  if (args.includes('--needs-chromium')) {
    const missing = missingChromium();
    if (missing === null) return 0;
    // The browser report in test-results/ is from an earlier run: count only what ran now.
    console.log(summaryLine(countReports(dir, ['e2e.json'])) + '; ' + missing + '.');
    return 1;
  }
  const counts = countReports(dir);
  console.log(summaryLine(counts));
  return counts.failed > 0 || counts.passed === 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
