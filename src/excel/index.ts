/** The Office.js adapter (issue 3): `createExcelHost()` implements PlanHost inside Excel. */
export { createExcelHost, officeRun, errorMessage } from './host';
export type { ExcelHostOptions } from './host';
export { readWorkbookSnapshot, toCell, isPayloadLimit, jsonBytes, USED_RANGE_PROPERTIES, CELL_DATA_PROPERTIES, DEFAULT_READ_BUDGET, READ_CELL_BYTES, HEAD_COLUMNS } from './read';
export type { ReadOptions } from './read';
export { applyWritePlan, checkOwnership, OWNED_COLUMNS, OWNED_SHEETS, DEFAULT_PAYLOAD_BUDGET, rowBlocks, ragRules, guardText, ragCellProperties, PLAIN_FONT } from './write';
export { markFindingCells, clearFindingMarks, groupMarks, isOurMark, marksToDelete, MARK_FILLS, MARK_FORMULAS, FORMAT_PROPERTIES } from './marks';
export { MAX_ADDRESS_CHARS, chunkAddresses } from './addresses';
export type * from './office-model';
