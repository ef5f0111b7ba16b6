/**
 * `npm test` without Chromium ends with one line that says how to install it
 * (and the CHROMIUM_PATH override), counting only the tests that ran.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumPath, missingChromium } from '../../tools/chromium';

const TSX = path.resolve('node_modules/.bin/tsx');
const SCRIPT = path.resolve('tools/test-summary.ts');

function report(passed: number, failed: number): string {
  return JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0 });
}

function runSummary(args: string[], env: Record<string, string>): { code: number | null; lines: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'summary-'));
  mkdirSync(path.join(dir, 'test-results'));
  writeFileSync(path.join(dir, 'test-results', 'unit.json'), report(300, 0));
  writeFileSync(path.join(dir, 'test-results', 'e2e.json'), report(20, 5)); // from an earlier run
  const r = spawnSync(TSX, [SCRIPT, ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.split('\n').filter((l) => l !== '') };
}

describe('Chromium for the browser tests', () => {
  it('is /usr/bin/chromium unless CHROMIUM_PATH names another', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '' })).toBe('/usr/bin/chromium');
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome/chrome' })).toBe('/opt/chrome/chrome');
  });

  it('when missing, says how to install it and how to point at another', () => {
    const line = missingChromium({ CHROMIUM_PATH: '/nonexistent' }, () => false);
    expect(line).toContain('/nonexistent');
    expect(line).toContain('apt-get install -y chromium');
    expect(line).toContain('CHROMIUM_PATH');
    expect(missingChromium({}, (p) => p === '/usr/bin/chromium')).toBeNull();
  });

  it('ends the run with one line and a failing exit code when Chromium is not there', () => {
    const r = runSummary(['--needs-chromium'], { CHROMIUM_PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^300 passed, 0 failed; browser tests not run: no Chromium at \/nonexistent; install it with `apt-get install -y chromium`.*CHROMIUM_PATH/);
  });

  it('is silent when Chromium is there, and the closing line counts every report', () => {
    const present = runSummary(['--needs-chromium'], { CHROMIUM_PATH: process.execPath });
    expect(present).toEqual({ code: 0, lines: [] });
    const closing = runSummary([], { CHROMIUM_PATH: process.execPath });
    expect(closing).toEqual({ code: 1, lines: ['320 passed, 5 failed'] });
  });
});
