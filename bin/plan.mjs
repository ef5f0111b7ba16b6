#!/usr/bin/env node
// The `plan` command. Runs the TypeScript sources through tsx, so it works in
// a checkout right after `npm ci`, with no build step.
import { tsImport } from 'tsx/esm/api';

const cli = await tsImport('../src/cli/main.ts', import.meta.url);
await cli.main();
