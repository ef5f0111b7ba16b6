export { buildRollup, orderThemes, isContextMeasure, ALL_THEME, UNASSIGNED_THEME } from './build-rollup';
export {
  readHistory,
  upsertHistory,
  historySheet,
  compareWithPrevious,
  rollupRowValues,
  ownedSheetName,
  HISTORY_COLUMNS,
  HISTORY_SHEET,
  ROLLUP_COUNTS,
} from './history';
export type { RollupCount, RollupChange, RollupComparison } from './history';
export { buildRollupSheet, readinessLine, gapToTarget, ROLLUP_SHEET } from './rollup-sheet';
