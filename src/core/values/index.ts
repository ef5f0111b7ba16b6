/** Reading cell values (contract 2, 3.1, 3.2, 4.1). */
export { parseUkDateText, parseDayDateText, readDate } from './dates';
export { parseNumberText, isNoDataMarker, isPercentFormat, readNumber } from './numbers';
export type { ParsedNumber } from './numbers';
export { readText } from './text';
export {
  parseStatus,
  readStatus,
  parsePolarity,
  parseUnit,
  parseToleranceType,
  parseManualRag,
  readWord,
} from './words';
export { parseMonthHeader, monthInPlanYear } from './month-header';
export type { MonthHeader } from './month-header';
export { monthFromName, expandYear } from './months';
export { fieldValue } from './field';
