/**
 * The preview's PlanHost: a workbook loaded from an .xlsx in the browser. It
 * reads and writes the workbook's bytes as the command line does: the package
 * reader, and writes patched into the package (src/xlsx/package: only owned
 * cells and sheets change, every other part is kept byte for byte), so the
 * file the analyst downloads has lost nothing. The grid shows every sheet as
 * the same reader reads it (no exceljs: a file it cannot open still opens
 * here). It keeps the selection and the finding marks for the grid beside the
 * pane (marks are shown as outlines, not written).
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../core/snapshot';
import { sheetNamed } from '../core/snapshot';
import type { WritePlan } from '../core/writes';
import type { Finding, Severity } from '../core/findings';
import { parseA1 } from '../core/address';
import type { HostResult, PlanHost, Progress } from '../host/plan-host';
import { readWorkbook } from '../xlsx/package/read-workbook';
import { patchWorkbook } from '../xlsx/package/patch-workbook';
import { findUnsafeParts } from '../xlsx/unsafe-parts';
import { downloadFile } from '../host/download';

export interface Selection {
  readonly sheet: string;
  readonly address: string;
}

export interface PreviewState {
  /** Every sheet of the workbook as it is now, in tab order. */
  readonly sheets: ReadonlyArray<SheetSnapshot>;
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

/** Every sheet of the workbook, for the grid; the reader's message when it cannot be read. */
export function readAllSheets(bytes: Uint8Array): { readonly ok: true; readonly sheets: ReadonlyArray<SheetSnapshot> } | { readonly ok: false; readonly message: string } {
  const read = readWorkbook(bytes, { sheets: 'all' });
  return read.ok ? { ok: true, sheets: read.snapshot.sheets } : { ok: false, message: read.message };
}

/** `bytes` is the file loaded and `sheets` every sheet of it (readAllSheets): what the pane reads until a write changes it. */
export function createPreviewHost(bytes: Uint8Array, sheets: ReadonlyArray<SheetSnapshot>): PreviewHost {
  let current: Uint8Array = bytes;
  let all: WorkbookSnapshot = { sheets, tables: [] };
  let activeSheet = sheets.length > 0 ? sheets[0].name : '';
  let selection: Selection | null = null;
  let marks = new Map<string, Map<string, Severity>>();
  const listeners: Array<() => void> = [];
  const changed = (): void => {
    for (const l of listeners) l();
  };
  const findSheet = (name: string): SheetSnapshot | null => sheetNamed(all, name);

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
      const reread = readAllSheets(patched.bytes);
      if (!reread.ok) return { ok: false, message: 'The written workbook could not be read back (' + reread.message + '). The workbook was left as it was.' };
      all = { sheets: reread.sheets, tables: [] };
      current = patched.bytes;
      if (onProgress !== undefined) onProgress(2, 2, 'Written');
      const first = plan.sheets.length > 0 ? plan.sheets[0].sheet : null;
      const shown = first === null ? null : findSheet(first);
      if (shown !== null) activeSheet = shown.name;
      changed();
      return { ok: true };
    },
    async selectCell(sheet: string, address: string): Promise<HostResult> {
      const ws = findSheet(sheet);
      if (ws === null) return { ok: false, message: 'The sheet "' + sheet + '" is not in the workbook.' };
      if (parseA1(address) === null) return { ok: false, message: '"' + address + '" is not a cell address.' };
      activeSheet = ws.name;
      selection = { sheet: ws.name, address };
      changed();
      return { ok: true };
    },
    async markFindings(findings: ReadonlyArray<Finding>): Promise<HostResult> {
      const next = new Map<string, Map<string, Severity>>();
      for (const f of findings) {
        const ws = findSheet(f.sheet);
        if (ws === null) continue;
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
      return { sheets: all.sheets, activeSheet, selection, marks };
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
