/**
 * The preview's PlanHost: a workbook loaded from an .xlsx in the browser. It
 * reads through the same package reader as the command line
 * (src/xlsx/package), from the workbook's current bytes; the grid and the
 * writes use an exceljs model of it. It keeps the selection and the finding marks for
 * the grid beside the pane (marks are shown as outlines, not written).
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/snapshot';
import type { WritePlan } from '../core/writes';
import type { Finding, Severity } from '../core/findings';
import { parseA1 } from '../core/address';
import type { HostResult, PlanHost, Progress } from '../host/plan-host';
import { readWorkbook } from '../xlsx/package/read-workbook';
import { applyWritePlan } from '../xlsx/apply-writes';
import { writeWorkbook } from '../xlsx/write';
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
  /** The workbook as .xlsx bytes. */
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
  let current: Uint8Array | null = bytes;
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
      if (current === null) current = await writeWorkbook(wb);
      const read = readWorkbook(current, {
        onProgress: (done, total) => {
          if (onProgress !== undefined) onProgress(done, total, 'Read ' + String(done) + ' of ' + String(total) + ' rows');
        },
      });
      if (!read.ok) throw new Error(read.message);
      return read.snapshot;
    },
    async applyWrites(plan: WritePlan, onProgress?: Progress): Promise<HostResult> {
      // All or nothing: keep the bytes before writing and go back to them if anything fails.
      if (onProgress !== undefined) onProgress(0, 2, 'Writing');
      const before = await writeWorkbook(wb);
      try {
        applyWritePlan(wb, plan);
      } catch (e) {
        const restored = await loadWorkbook(before);
        if (restored.ok) wb = restored.workbook;
        changed();
        return { ok: false, message: (e instanceof Error ? e.message : String(e)) + '. The workbook was left as it was.' };
      }
      current = null; // read again from the written workbook
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
      return writeWorkbook(wb);
    },
  };
}
