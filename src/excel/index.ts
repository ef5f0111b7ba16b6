/** The Office.js adapter (issue 3): `createExcelHost()` implements PlanHost inside Excel. */
export { createExcelHost, officeRun, errorMessage } from './host';
export type { ExcelHostOptions } from './host';
export { readWorkbookSnapshot, toCell, USED_RANGE_PROPERTIES } from './read';
export { applyWritePlan, checkOwnership, OWNED_COLUMNS, OWNED_SHEETS, DEFAULT_PAYLOAD_BUDGET, rowBlocks, ragRules, guardText } from './write';
export { markFindingCells, clearFindingMarks, groupMarks, MARK_FILLS } from './marks';
export { REGISTRY_SETTING } from './registry';
export { MAX_ADDRESS_CHARS, chunkAddresses, splitAreaList, stripSheet } from './addresses';
export type * from './office-model';
