/**
 * `npm run validate`: the offline manifest check always, then Microsoft's
 * online validator (`office-addin-manifest validate`) only when its service
 * can be reached. Offline (CI, this workplace) it says the online step was
 * skipped; the offline check alone decides the exit code then.
 *
 *   node_modules/.bin/tsx tools/validate.ts [manifest.xml]
 */
import { spawnSync } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { join } from 'node:path';
import { main as validateOffline } from './validate-manifest';

const VALIDATION_SERVICE = 'validationgateway.omex.office.net';

async function online(timeoutMs: number): Promise<boolean> {
  if (process.env.PLAN_OFFLINE === '1') return false;
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref());
  const resolved = lookup(VALIDATION_SERVICE).then(() => true, () => false);
  return Promise.race([resolved, timeout]);
}

async function run(): Promise<number> {
  const manifest = process.argv[2] ?? 'manifest.xml';
  const offline = validateOffline([manifest]);
  if (offline !== 0) return offline;
  if (!(await online(3000))) {
    console.log(`Online validation skipped: ${VALIDATION_SERVICE} cannot be reached (run npm run validate:online when it can).`);
    return 0;
  }
  const bin = join('node_modules', '.bin', process.platform === 'win32' ? 'office-addin-manifest.cmd' : 'office-addin-manifest');
  const result = spawnSync(bin, ['validate', manifest], { stdio: 'inherit' });
  return result.status ?? 1;
}

process.exitCode = await run();
