/**
 * What the task pane needs from the workbook it runs against. Two hosts
 * implement it: the Office.js adapter (src/excel, inside Excel) and the preview
 * host (src/preview, a workbook loaded from an .xlsx in the browser), so the
 * real pane can be seen and tested without Excel.
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { WritePlan } from '../core/writes';
import type { Finding } from '../core/findings';

export type Progress = (done: number, total: number, label: string) => void;

export type HostResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** How a document the pane made reached the analyst: saved as a file, or opened in a window to print or save from. */
export type DocumentResult = { readonly ok: true; readonly how: 'downloaded' | 'opened' } | { readonly ok: false; readonly message: string };

export interface PlanHost {
  readonly kind: 'excel' | 'preview';
  /** One bulk read of the sheets the engine needs (core `relevantSheetNames`). */
  readSnapshot(onProgress?: Progress): Promise<WorkbookSnapshot>;
  /** Writes exactly what the plan says, nothing else. */
  applyWrites(plan: WritePlan, onProgress?: Progress): Promise<HostResult>;
  /** Selects (and scrolls to) a cell, e.g. when a finding is clicked. */
  selectCell(sheet: string, address: string): Promise<HostResult>;
  /** Marks the cells of findings (errors and warnings look different); replaces earlier marks. */
  markFindings(findings: ReadonlyArray<Finding>): Promise<HostResult>;
  /** Removes the marks this product made, and only those. */
  clearMarks(): Promise<HostResult>;
  /**
   * Hands the analyst an HTML document the pane made (the Board pack): a
   * download where the host can save files, else opened where it can be
   * printed (Excel desktop: an Office dialog). Without it the pane downloads.
   */
  saveDocument?(fileName: string, html: string): Promise<DocumentResult>;
}
