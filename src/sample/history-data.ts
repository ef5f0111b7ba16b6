/**
 * What the sample tracker's owned history sheets held after the August 2016
 * roll-up (contract 5), so the September Board pack has something to compare
 * with. The rows are what the engine said as of 31/08/2016, except where the
 * tracker itself changed during September, as a real one does: 2.3 was
 * `At risk` in August (Off track now), 6.6 was only added to the plan in
 * September (so it is new), and CL4's August figure was a provisional 89%
 * (Red), since revised to 92%. The roll-up counts below match these rows.
 */

/** Type, Ref, Theme, RAG, Status, Days overdue, Latest, Latest period: the `RAG history` columns after Month. */
export type SampleRagHistoryRow = readonly [string, string, string, string, string | null, number | null, number | null, string | null];

export const SAMPLE_HISTORY_MONTH = '2016-08';

export const SAMPLE_RAG_HISTORY_AUGUST: ReadonlyArray<SampleRagHistoryRow> = [
  ['Action', '1.1', '1', 'Green', 'On track', 0, null, null],
  ['Action', '1.2', '1', 'Blue', 'Complete', 0, null, null],
  ['Action', '1.3', '1', 'Green', 'On track', 0, null, null],
  ['Action', '1.4', '1', 'Green', 'On track', 0, null, null],
  ['Action', '1.4', '1', 'Green', 'On track', 0, null, null],
  ['Action', '1.6', '1', 'Amber', 'At risk', 0, null, null],
  ['Action', '1.7', '1', 'Green', 'Not started', 0, null, null],
  ['Action', '1.8', '1', 'Blue', 'Complete', 0, null, null],
  ['Action', '2.1', '2', 'Green', 'On track', 0, null, null],
  ['Action', '2.2', '2', 'Green', 'On track', 0, null, null],
  ['Action', '2.3', '2', 'Amber', 'At risk', 0, null, null], // At risk in August; Off track in September
  ['Action', '2.4', '2', 'Blue', 'Complete', 0, null, null],
  ['Action', '2.5', '2', 'Green', 'On track', 0, null, null],
  ['Action', '2.6', '2', 'Green', 'On track', 0, null, null],
  ['Action', '3.1', '3', 'Green', 'On track', 0, null, null],
  ['Action', '3.2', '3', 'Green', 'On track', 0, null, null],
  ['Action', '3.3', '3', 'Blue', 'Complete', 0, null, null],
  ['Action', '3.4', '3', 'Green', 'On track', 0, null, null],
  ['Action', '3.5', '3', 'Green', 'On track', 0, null, null],
  ['Action', '3.6', '3', 'Unknown', 'On track', 0, null, null],
  ['Action', '3.7', '3', 'Green', 'Not started', 0, null, null],
  ['Action', '4.1', '4', 'Amber', 'At risk', 0, null, null],
  ['Action', '4.2', '4', 'Green', 'On track', 0, null, null],
  ['Action', '4.3', '4', 'Blue', 'Complete', 0, null, null],
  ['Action', '4.4', '4', 'Amber', 'At risk', 0, null, null],
  ['Action', '4.5', '4', 'Amber', 'At risk', 0, null, null],
  ['Action', '4.6', '4', 'Green', 'Not started', 0, null, null],
  ['Action', '5.1', '5', 'Green', 'On track', 0, null, null],
  ['Action', '5.2', '5', 'Green', 'On track', 0, null, null],
  ['Action', '5.3', '5', 'Blue', 'Complete', 0, null, null],
  ['Action', '5.4', '5', 'Green', 'Awaiting sign-off', 0, null, null],
  ['Action', '5.5', '5', 'Unknown', 'On track', 0, null, null],
  ['Action', '5.6', '5', 'Grey', 'Deferred', 0, null, null],
  ['Action', '6.1', '6', 'Green', 'On track', 0, null, null],
  ['Action', '6.2', '6', 'Green', 'On track', 0, null, null],
  ['Action', '6.3', '6', 'Blue', 'Complete', 0, null, null],
  ['Action', '6.4', '6', 'Red', 'Off track', 62, null, null],
  ['Action', '6.5', '6', 'Green', 'Not started', 0, null, null],
  ['Measure', 'SW1', '1', 'Amber', null, null, 0.21, '2016-08'],
  ['Measure', 'SW2', '1', 'Amber', null, null, 0.84, '2016-08'],
  ['Measure', 'SW3', '1', 'Red', null, null, 0.43, '2016-08'],
  ['Measure', 'SW4', '1', 'Amber', null, null, 0.036, '2016-08'],
  ['Measure', 'SW5', '1', 'Amber', null, null, 0.17, '2016-08'],
  ['Measure', 'CL1', '2', 'Amber', null, null, 0.61, '2016-08'],
  ['Measure', 'CL2', '2', 'Red', null, null, 0.78, '2016-08'],
  ['Measure', 'CL3', '2', 'Red', null, null, 0.8, '2016-08'],
  ['Measure', 'CL4', '2', 'Red', null, null, 0.89, '2016-08'], // a provisional August figure, revised to 92% in September
  ['Measure', 'CIC1', '3', 'Green', null, null, 0.82, '2016-08'],
  ['Measure', 'CIC2', '3', 'Green', null, null, 0.83, '2016-08'],
  ['Measure', 'CIC3', '3', 'Amber', null, null, 0.1, '2016-08'],
  ['Measure', 'CIC4', '3', 'n/a', null, null, 73.1, '2016-08'],
  ['Measure', 'CIC5', '3', 'Amber', null, null, 0.93, '2016-08'],
  ['Measure', 'CIC6', '3', 'Red', null, null, 0.65, '2016-08'],
  ['Measure', 'LM1', '4', 'Red', null, null, 19.9, '2016-08'],
  ['Measure', 'LM2', '4', 'Red', null, null, 0.78, '2016-08'],
  ['Measure', 'LM3', '4', 'Red', null, null, 0.72, '2016-08'],
  ['Measure', 'WF1', '5', 'Red', null, null, 0.19, '2016-08'],
  ['Measure', 'WF2', '5', 'Amber', null, null, 0.16, '2016-08'],
  ['Measure', 'WF3', '5', 'Amber', null, null, 0.19, '2016-08'],
  ['Measure', 'MA1', '6', 'Green', null, null, 0.27, '2016-08'],
  ['Measure', 'MA2', '6', 'Red', null, null, 0.86, '2016-08'],
  ['Measure', 'MA3', '6', 'No data', null, null, 0.9, '2016-08'],
];

/** Theme, then the `Roll-up history` counts in column order (Actions .. Measures no data). */
export const SAMPLE_ROLLUP_HISTORY_AUGUST: ReadonlyArray<readonly [string, ...number[]]> = [
  ['1', 8, 2, 5, 1, 0, 0, 0, 0, 5, 0, 4, 1, 0],
  ['2', 6, 1, 4, 1, 0, 0, 0, 0, 4, 0, 1, 3, 0],
  ['3', 7, 1, 5, 0, 0, 0, 1, 0, 5, 2, 2, 1, 0],
  ['4', 6, 1, 2, 3, 0, 0, 0, 0, 3, 0, 0, 3, 0],
  ['5', 6, 1, 3, 0, 0, 1, 1, 0, 3, 0, 2, 1, 0],
  ['6', 5, 1, 3, 0, 1, 0, 0, 1, 3, 1, 0, 1, 1],
  ['All', 38, 7, 22, 5, 1, 1, 2, 1, 23, 3, 9, 10, 1],
];
