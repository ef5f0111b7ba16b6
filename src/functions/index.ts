/** The custom functions and their Node-testable work. */
export { rag, progress, trajectory, direction, latest, actionRag, daysOverdue, ukDate } from './functions';
export { ragOf, progressOf, trajectoryOf, directionOf, latestOf, planMonthArg, inferUnit } from './measures';
export { actionRagOf, daysOverdueOf, bragOf } from './actions';
export { ukDateOf } from './dates';
export { valueError, isExcelError, VALUE_ERROR } from './errors';
export type { ExcelError } from './errors';
export type { ExcelValue } from './args';
export type { Outcome } from './outcome';
