/** Writes that would replace a file by accident are refused (issue 10): the input through --out, an existing file through sample. */
import type { Output } from './args';
import { isSameFile, pathExists } from './files';

/**
 * A message when `--out` names the input workbook itself (any spelling, a
 * link to it): replacing the input is what `--in-place` is for, with its
 * temporary file and rename. Null when the output is another file.
 */
export async function outputReplacesInput(input: string, out: Output): Promise<string | null> {
  if (out.kind !== 'file' || !(await isSameFile(input, out.path))) return null;
  return `--out ${out.path} is the workbook being read (${input}), so writing it would replace the input. ` +
    `Use --in-place to replace it on purpose (written to a temporary file first, then swapped in), or give --out a new file name.`;
}

/** A message when `plan sample --out` names a file that exists and `--force` was not given. */
export async function outputExists(out: string, force: boolean): Promise<string | null> {
  if (force || !(await pathExists(out))) return null;
  return `${out} already exists, so the sample was not written. Give --out a new file name, or add --force to replace ${out}.`;
}
