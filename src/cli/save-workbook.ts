/**
 * Writing never loses data: refuse when exceljs would drop parts of the
 * package (charts, pivot tables, slicers, macros), apply only the engine's
 * WritePlan, then write to --out or replace the input atomically.
 */
import type ExcelJS from 'exceljs';
import { applyWritePlan, findUnsafeParts, writeWorkbook } from '../xlsx';
import type { WritePlan } from '../core/writes';
import type { Output } from './args';
import { writeFileAtomically } from './files';

export type Saved = { readonly ok: true; readonly path: string } | { readonly ok: false; readonly message: string };

export async function saveWorkbook(input: { path: string; bytes: Uint8Array; workbook: ExcelJS.Workbook }, plan: WritePlan, out: Output): Promise<Saved> {
  const unsafe = await findUnsafeParts(input.bytes);
  if (unsafe.length > 0) {
    return {
      ok: false,
      message:
        `${input.path} holds ${unsafe.join(', ')}, which this command line cannot keep when it writes a workbook, so it wrote nothing. ` +
        `Run the same step inside Excel instead: the Plan add-in's task pane, or the monthly-rollup Office Script in Excel on the web, ` +
        `both write through Excel and keep every part.`,
    };
  }
  applyWritePlan(input.workbook, plan);
  const bytes = await writeWorkbook(input.workbook);
  const target = out.kind === 'in-place' ? input.path : out.path;
  const written = await writeFileAtomically(target, bytes);
  if (!written.ok) return written;
  return { ok: true, path: target };
}

