/** Measure calculations (contract 3.2, 3.3). */
export { round10 } from './round';
export { measureValue, toleranceAmount, DEFAULT_TOLERANCE } from './scale';
export type { ToleranceInput } from './scale';
export { measureRag, meets } from './rag';
export type { MeasureSpec } from './rag';
export { progressToTarget } from './progress';
export { expectedOnTrajectory, trajectoryStatus } from './trajectory';
export { directionOfTravel } from './direction';
export { latestValue } from './latest';
export type { LatestPair, MonthValue } from './latest';
export { evaluateMeasures, evaluateMeasureRow } from './evaluate';
export { comparatorValues, compareWithComparators } from './comparators';
