export { buildRollup, orderThemes, isContextMeasure, ALL_THEME, UNASSIGNED_THEME } from './build-rollup';
export {
  readHistory,
  upsertHistory,
  historySheet,
  compareWithPrevious,
  rollupRowValues,
  ownedSheetName,
  latestEarlierMonth,
  HISTORY_COLUMNS,
  HISTORY_SHEET,
  ROLLUP_COUNTS,
} from './history';
export type { RollupCount, RollupChange, RollupComparison } from './history';
export { buildRollupSheet, readinessLine, gapToTarget, ROLLUP_SHEET } from './rollup-sheet';
export { readRagHistory, ragHistoryRows, ragHistorySheet, RAG_HISTORY_COLUMNS, RAG_HISTORY_SHEET } from './rag-history';
export type { RagHistoryRow, RagHistoryType } from './rag-history';
