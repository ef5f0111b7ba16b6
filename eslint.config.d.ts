/** Types for what tests import from eslint.config.js (test/tools/import-graph.test.ts). */
export declare const ALLOWED: Readonly<Record<string, ReadonlyArray<string>>>;
declare const config: unknown;
export default config;
