/** The Bristol 2016/17 sample workbook (`plan sample`, the demo, tests). */
export { buildSampleWorkbook, ACTION_HEADERS, MEASURE_HEADERS, ACTION_HEADER_ROW, MEASURE_HEADER_ROW } from './build';
export { SAMPLE_SHEETS, SAMPLE_AS_OF, SAMPLE_PLANTED_PROBLEMS, sampleDescription } from './planted';
export type { PlantedProblem } from './planted';
export { SAMPLE_THEMES } from './actions-data';
export type { SampleAction, SampleTheme, SampleDate } from './actions-data';
export { SAMPLE_MEASURE_SECTIONS } from './measures-data';
export type { SampleMeasure, SampleMeasureSection, SampleNumber } from './measures-data';
export { SAMPLE_OFFICERS } from './officers';
export type { SampleOfficer } from './officers';
export {
  addDashboardSheet, dashboardLayout, DASHBOARD_SHEET, DASHBOARD_NOTE, CUSTOM_FUNCTION_PREFIX, MEASURE_BLOCK, ACTION_BLOCK, ACTION_SUMMARY, MEASURE_SUMMARY,
} from './dashboard';
export type { DashboardLayout, DashboardSources, DashboardValue, PlanFunctionId } from './dashboard';
export { SAMPLE_HISTORY_MONTH, SAMPLE_RAG_HISTORY_AUGUST, SAMPLE_ROLLUP_HISTORY_AUGUST } from './history-data';
export type { SampleRagHistoryRow } from './history-data';
