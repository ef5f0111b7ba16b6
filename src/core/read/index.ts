/** Reading the workbook (contract 1): readPlan and the sheets an adapter must read. */
export { readPlan, planYearStartFor } from './plan';
export { relevantSheetNames, candidateRegions } from './locate';
export { ACTION_COLUMNS, MEASURE_COLUMNS, SHEET_SYNONYMS } from './synonyms';
export type { ColumnSpec, SheetKind } from './synonyms';
export { leadingThemeNumber, refThemeNumber, themeFromText } from './themes';
export { targetLooksPercent, resolveUnit } from './measures';
export { parsePlanYear } from './settings';
