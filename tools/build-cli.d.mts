// Types of tools/build-cli.mjs for the TypeScript that imports it (bench/read.bench.ts).
import type { BuildOptions } from 'esbuild';

export declare const CLI_BUILD_OPTIONS: BuildOptions;
