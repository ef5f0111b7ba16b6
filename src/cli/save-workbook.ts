/**
 * Writing never loses data: the engine's WritePlan is patched into the
 * package (only owned cells and sheets change; every other part is copied
 * byte for byte), then written to --out or replaces the input atomically.
 * Refused: what no write can keep safe (a digital signature, shared-workbook
 * change tracking), an owned sheet holding the user's charts or tables, and a
 * macro-enabled workbook written under an .xlsx name.
 */
import { findUnsafeParts, isMacroEnabled, patchWorkbook } from '../xlsx';
import type { WritePlan } from '../core/writes';
import type { Output } from './args';
import { writeFileAtomically } from './files';

export type Saved = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

export async function saveWorkbook(input: { path: string; bytes: Uint8Array }, plan: WritePlan, out: Output): Promise<Saved> {
  const unsafe = findUnsafeParts(input.bytes);
  if (unsafe.length > 0) {
    return {
      ok: false,
      message:
        `${input.path} holds ${unsafe.join(', ')}, which any change made outside Excel would damage, so it wrote nothing. ` +
        `Run the same step inside Excel instead: the Plan add-in's task pane, or the monthly-rollup Office Script in Excel on the web.`,
    };
  }
  const target = out.kind === 'in-place' ? input.path : out.path;
  if (isMacroEnabled(input.bytes) && !/\.xlsm$/i.test(target)) {
    return { ok: false, message: `${input.path} is a macro-enabled workbook; Excel opens it only under an .xlsm name, so it wrote nothing. Give --out a name ending in .xlsm.` };
  }
  const patched = patchWorkbook(input.bytes, plan);
  if (!patched.ok) return { ok: false, message: `${input.path}: ${patched.message}. Nothing was written.` };
  const written = await writeFileAtomically(target, patched.bytes);
  if (!written.ok) return written;
  return { ok: true, path: target };
}
