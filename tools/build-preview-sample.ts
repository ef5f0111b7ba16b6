/**
 * Writes the sample plan workbook (src/sample, buildSampleWorkbook) to
 * dist-preview/sample.xlsx for the task pane preview.
 *
 *   tsx tools/build-preview-sample.ts [out-file]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeWorkbook } from '../src/xlsx/write';
import { buildSampleWorkbook } from '../src/sample';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] !== undefined ? process.argv[2] : 'dist-preview/sample.xlsx');
  await mkdir(path.dirname(out), { recursive: true });
  const bytes = await writeWorkbook(buildSampleWorkbook());
  await writeFile(out, bytes);
  process.stdout.write('Sample workbook written to ' + path.relative(process.cwd(), out) + ' (' + String(bytes.byteLength) + ' bytes)\n');
}

main().catch((e: unknown) => {
  process.stderr.write('build-preview-sample: ' + (e instanceof Error ? e.message : String(e)) + '\n');
  process.exit(1);
});
