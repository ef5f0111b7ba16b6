/**
 * Runs `plan check` in this process and prints which packages Node loaded
 * (CommonJS cache), for test/cli/startup.test.ts.
 */
import { createRequire } from 'node:module';
import { runCli } from '../../src/cli/main';

const quiet = { out: (): void => undefined, err: (): void => undefined, colour: false, progress: false };
const code = await runCli(process.argv.slice(2), quiet);
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((k) => k.includes('node_modules'));
process.stdout.write(JSON.stringify({ code, exceljs: loaded.some((k) => /[\\/]exceljs[\\/]/.test(k)), jszip: loaded.some((k) => /[\\/]jszip[\\/]/.test(k)) }));
