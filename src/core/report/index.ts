export { checkJson, reportJson } from './json';
export type { CheckJson, CheckJsonFinding, ReportJson, ReportJsonAction, ReportJsonMeasure, ReportJsonRollup } from './json';
