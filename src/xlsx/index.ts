/**
 * The exceljs adapter: .xlsx bytes -> WorkbookSnapshot, WritePlan -> workbook,
 * and the package parts exceljs would lose. No Node APIs: the browser preview
 * of the task pane uses it too; file IO lives in src/cli.
 */
export { loadWorkbook } from './load';
export type { LoadResult, LoadProblem } from './load';
export { snapshotFromWorkbook, workbookOutline } from './snapshot';
export type { SnapshotOptions } from './snapshot';
export { applyWritePlan, sheetByName } from './apply-writes';
export { findUnsafeParts, isMacroEnabled } from './unsafe-parts';
export { patchWorkbook } from './package/patch-workbook';
export type { Patched } from './package/patch-workbook';
export { writeWorkbook } from './write';
export { shownText, normaliseFormat, formatNumber, formatGeneral } from './number-format';
export { snapshotValue, serialFromDate } from './cell-value';
