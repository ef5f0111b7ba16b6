/**
 * The preview's PlanHost: a workbook loaded from an .xlsx in the browser. It
 * reads and writes the workbook's bytes as the command line does: the package
 * reader, and writes patched into the package (src/xlsx/package: only owned
 * cells and sheets change, every other part is kept byte for byte), so the
 * file the analyst downloads has lost nothing. exceljs only draws the grid:
 * its model is loaded from the current bytes and never written back. It keeps
 * the selection and the finding marks for the grid beside the pane (marks are
 * shown as outlines, not written).
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { WritePlan } from '../core/writes';
import type { Finding, Severity } from '../core/findings';
import { parseA1 } from '../core/address';
import type { HostResult, PlanHost, Progress } from '../host/plan-host';
import { readWorkbook } from '../xlsx/package/read-workbook';
import { patchWorkbook } from '../xlsx/package/patch-workbook';
import { findUnsafeParts } from '../xlsx/unsafe-parts';
import { loadWorkbook } from '../xlsx/load';
import { downloadFile } from '../host/download';

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

export interface PreviewState {
  readonly workbook: ExcelJS.Workbook;
  readonly activeSheet: string;
  readonly selection: Selection | null;
  /** sheet -> A1 address -> severity (an error wins over a warning). */
  readonly marks: ReadonlyMap<string, ReadonlyMap<string, Severity>>;
}

export interface PreviewHost extends PlanHost {
  state(): PreviewState;
  /** Shows another sheet in the grid. */
  activate(sheet: string): void;
  /** Called after every change the grid should show. */
  onChange(listener: () => void): void;
  /** The workbook as .xlsx bytes: the file loaded, with the writes patched in. */
  save(): Promise<Uint8Array>;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const exact = wb.getWorksheet(name);
  if (exact !== undefined) return exact;
  const key = name.trim().toLowerCase();
  return wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === key);
}

/** `bytes` is the file `workbook` was loaded from: what the pane reads until a write changes it. */
export function createPreviewHost(workbook: ExcelJS.Workbook, bytes: Uint8Array): PreviewHost {
  let wb = workbook;
  let current: Uint8Array = bytes;
  let activeSheet = wb.worksheets.length > 0 ? wb.worksheets[0].name : '';
  let selection: Selection | null = null;
  let marks = new Map<string, Map<string, Severity>>();
  const listeners: Array<() => void> = [];
  const changed = (): void => {
    for (const l of listeners) l();
  };

  return {
    kind: 'preview',
    async readSnapshot(onProgress?: Progress): Promise<WorkbookSnapshot> {
      if (onProgress !== undefined) onProgress(0, 1, 'Reading the workbook');
      await tick();
      const read = readWorkbook(current, {
        onProgress: (done, total) => {
          if (onProgress !== undefined) onProgress(done, total, 'Read ' + String(done) + ' of ' + String(total) + ' rows');
        },
      });
      if (!read.ok) throw new Error(read.message);
      return read.snapshot;
    },
    async applyWrites(plan: WritePlan, onProgress?: Progress): Promise<HostResult> {
      // All or nothing: the new bytes replace the current ones only when the patch and the grid's reload both worked.
      if (onProgress !== undefined) onProgress(0, 2, 'Writing');
      const unsafe = findUnsafeParts(current);
      if (unsafe.length > 0) {
        return { ok: false, message: 'The workbook holds ' + unsafe.join(', ') + ', which any change made outside Excel would damage, so nothing was written. Run the roll-up in Excel instead.' };
      }
      const patched = patchWorkbook(current, plan);
      if (!patched.ok) return { ok: false, message: 'The workbook could not be written (' + patched.message + '). It was left as it was.' };
      if (onProgress !== undefined) onProgress(1, 2, 'Writing');
      const reloaded = await loadWorkbook(patched.bytes);
      if (!reloaded.ok) return { ok: false, message: 'The written workbook could not be shown (' + reloaded.message + '). The workbook was left as it was.' };
      wb = reloaded.workbook;
      current = patched.bytes;
      if (onProgress !== undefined) onProgress(2, 2, 'Written');
      const first = plan.sheets.length > 0 ? plan.sheets[0].sheet : null;
      if (first !== null && findSheet(wb, first) !== undefined) activeSheet = (findSheet(wb, first) as ExcelJS.Worksheet).name;
      changed();
      return { ok: true };
    },
    async selectCell(sheet: string, address: string): Promise<HostResult> {
      const ws = findSheet(wb, sheet);
      if (ws === undefined) return { ok: false, message: 'The sheet "' + sheet + '" is not in the workbook.' };
      if (parseA1(address) === null) return { ok: false, message: '"' + address + '" is not a cell address.' };
      activeSheet = ws.name;
      selection = { sheet: ws.name, address };
      changed();
      return { ok: true };
    },
    async markFindings(findings: ReadonlyArray<Finding>): Promise<HostResult> {
      const next = new Map<string, Map<string, Severity>>();
      for (const f of findings) {
        const ws = findSheet(wb, f.sheet);
        if (ws === undefined) continue;
        let m = next.get(ws.name);
        if (m === undefined) {
          m = new Map<string, Severity>();
          next.set(ws.name, m);
        }
        if (m.get(f.cell) !== 'error') m.set(f.cell, f.severity);
      }
      marks = next;
      changed();
      return { ok: true };
    },
    async clearMarks(): Promise<HostResult> {
      marks = new Map<string, Map<string, Severity>>();
      changed();
      return { ok: true };
    },
    async saveDocument(fileName: string, html: string) {
      // A browser saves downloads; the tests read the file Chromium saved.
      downloadFile(fileName, html, 'text/html;charset=utf-8');
      return { ok: true, how: 'downloaded' } as const;
    },
    state(): PreviewState {
      return { workbook: wb, activeSheet, selection, marks };
    },
    activate(sheet: string): void {
      activeSheet = sheet;
      changed();
    },
    onChange(listener: () => void): void {
      listeners.push(listener);
    },
    save(): Promise<Uint8Array> {
      return Promise.resolve(current);
    },
  };
}
