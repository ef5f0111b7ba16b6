#!/usr/bin/env node
// The `plan` command. Runs the bundle `npm ci` builds (dist-cli/, by
// tools/build-cli.mjs) when it is newer than every source file; otherwise runs
// the TypeScript sources through tsx, so it works in any checkout.
// PLAN_FROM_SOURCE=1 forces the sources.
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist-cli', 'main.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.PLAN_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  try {
    return statSync(bundle).mtimeMs >= newestSource(path.join(root, 'src'));
  } catch {
    return false;
  }
}

let cli;
if (bundleIsFresh()) {
  // Node 22+ keeps compiled code between runs (a no-op on Node 20).
  module.enableCompileCache?.();
  cli = await import(bundle);
} else {
  const { tsImport } = await import('tsx/esm/api');
  cli = await tsImport('../src/cli/main.ts', import.meta.url);
}
await cli.main();
