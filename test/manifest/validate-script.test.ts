import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const tsx = path.join('node_modules', '.bin', 'tsx');

function validate(manifest: string): { status: number | null; out: string } {
  const r = spawnSync(tsx, ['tools/validate.ts', manifest], { encoding: 'utf8', env: { ...process.env, PLAN_OFFLINE: '1' } });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('npm run validate', () => {
  it('passes the real manifest offline and says the online step was skipped', () => {
    const r = validate('manifest.xml');
    expect(r.status).toBe(0);
    expect(r.out).toContain('manifest.xml: OK');
    expect(r.out).toContain('Online validation skipped');
  });

  it('fails on a broken manifest without trying the online step', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
    const broken = path.join(dir, 'manifest.xml');
    writeFileSync(broken, readFileSync('manifest.xml', 'utf8').replace('https://localhost:3000/taskpane.html', 'http://localhost:3000/taskpane.html'));
    const r = validate(broken);
    expect(r.status).toBe(1);
    expect(r.out).toContain('http://localhost:3000/taskpane.html');
    expect(r.out).not.toContain('Online validation skipped');
  });
});
