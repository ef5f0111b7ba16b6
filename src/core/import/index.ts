export { planImport } from './plan-import';
export type { ImportPlan, ImportProblem, ImportProblemKind, ImportConflict, ImportWrite, ImportOptions } from './plan-import';
export { parsePeriodText } from './period';
