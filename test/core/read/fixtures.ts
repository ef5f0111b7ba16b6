/** Small workbooks shared by the read tests. */
import type { CellInput } from '../../helpers/snapshot-builder';

export const ACTION_HEADER: ReadonlyArray<CellInput> = [
  'Ref', 'Theme', 'Action', 'Expected outcome', 'Measure', 'Lead officer', 'Due date', 'Status', 'RAG', 'Completed date',
  'Progress update', 'Last updated', 'Evidence',
];

export const MEASURE_HEADER: ReadonlyArray<CellInput> = [
  'Measure ID', 'Measure', 'Theme', 'Unit', 'Polarity', 'Baseline 2015/16', 'Target 2016/17', 'Tolerance', 'Tolerance type',
  'Floor', 'England', 'Statistical neighbours', 'Core cities', 'Apr-16', 'May-16', 'Jun-16',
];
