/// <reference types="office-js" />
/**
 * The Office.js PlanHost: what the task pane and the ribbon command use inside
 * Excel. Every method is one `Excel.run` whose number of syncs does not grow
 * with the number of rows, only (reads and writes) with the bytes sent (see
 * read.ts, write.ts, marks.ts); errors come back as `{ ok: false, message }`
 * (readSnapshot throws, as its contract returns a snapshot).
 */
import type { WorkbookSnapshot } from '../core/snapshot';
import type { WritePlan } from '../core/writes';
import type { Finding } from '../core/findings';
import type { HostResult, PlanHost, Progress } from '../host/plan-host';
import type { XlContext, XlRun } from './office-model';
import { readWorkbookSnapshot } from './read';
import { applyWritePlan } from './write';
import { clearFindingMarks, markFindingCells } from './marks';
import { saveDocumentInExcel } from './save-document';
import { OPTIONAL_SETS } from '../host/requirements';
import type { RequirementSet } from '../host/requirements';

export interface ExcelHostOptions {
  /** `Excel.run` by default; the tests pass a fake. */
  readonly run?: XlRun;
  /** Bytes per write request (default: half of Excel on the web's 5 MB limit). */
  readonly payloadBudget?: number;
  /** Estimated bytes per read response (default: half of Excel on the web's 5 MB limit); see read.ts. */
  readonly readBudget?: number;
  /** Read merged areas (ExcelApi 1.13). Default: whether this Excel supports that set (true outside Office). */
  readonly mergedAreas?: boolean;
}

/** `isSetSupported` for an optional set; outside Office (tests, the preview) there is nothing to ask, so true. */
export function officeSupports(set: RequirementSet): boolean {
  if (typeof Office === 'undefined' || Office.context === undefined || Office.context.requirements === undefined) return true;
  return Office.context.requirements.isSetSupported(set.name, set.version);
}

/** `Excel.run`, typed against the adapter's view of the object model. */
export const officeRun: XlRun = <T>(batch: (context: XlContext) => Promise<T>): Promise<T> =>
  Excel.run((context: Excel.RequestContext) => batch(context));

export function errorMessage(e: unknown): string {
  if (e instanceof Error) {
    const code = (e as Error & { code?: unknown }).code;
    return typeof code === 'string' && code !== '' && !e.message.includes(code) ? e.message + ' (' + code + ')' : e.message;
  }
  return String(e);
}

async function guarded(action: () => Promise<HostResult>): Promise<HostResult> {
  try {
    return await action();
  } catch (e) {
    return { ok: false, message: errorMessage(e) };
  }
}

export function createExcelHost(options: ExcelHostOptions = {}): PlanHost {
  const run: XlRun = options.run !== undefined ? options.run : officeRun;
  const mergedAreas = options.mergedAreas !== undefined ? options.mergedAreas : officeSupports(OPTIONAL_SETS.mergedAreas);
  return {
    kind: 'excel',
    readSnapshot(onProgress?: Progress): Promise<WorkbookSnapshot> {
      return run((context) => readWorkbookSnapshot(context, onProgress, { readBudget: options.readBudget, mergedAreas }));
    },
    applyWrites(plan: WritePlan, onProgress?: Progress): Promise<HostResult> {
      return guarded(() => run((context) => applyWritePlan(context, plan, { payloadBudget: options.payloadBudget }, onProgress)));
    },
    selectCell(sheet: string, address: string): Promise<HostResult> {
      return guarded(() =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
          ws.load('name');
          await context.sync();
          if (ws.isNullObject) return { ok: false, message: 'The sheet "' + sheet + '" is not in the workbook.' };
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
          return { ok: true };
        }),
      );
    },
    markFindings(findings: ReadonlyArray<Finding>): Promise<HostResult> {
      return guarded(() => run((context) => markFindingCells(context, findings)));
    },
    clearMarks(): Promise<HostResult> {
      return guarded(() => run((context) => clearFindingMarks(context)));
    },
    saveDocument: saveDocumentInExcel,
  };
}
