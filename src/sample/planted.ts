/**
 * What the sample is for: the sheets it has, the date it was last updated,
 * and the real problems planted in it for `plan check` to find.
 */
import type { RuleId, Severity } from '../core/findings';

/** Sheet names: synonyms on purpose (contract section 1). */
export const SAMPLE_SHEETS = {
  actions: 'Action plan',
  measures: 'Scorecard',
  officers: 'Officers',
  settings: 'Settings',
  /** Not read by the engine: a board summary in PLAN.* formulas (dashboard.ts). */
  dashboard: 'Dashboard',
} as const;

/** The sample was last updated on this date (ISO); check and roll up as of it. */
export const SAMPLE_AS_OF = '2016-09-30';

export interface PlantedProblem {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** Action ref or measure id. */
  readonly ref: string;
  /** Column letter of the cell at fault. */
  readonly column: string;
  readonly what: string;
}

/** Every finding `plan check --as-of 2016-09-30` should report on the sample, in reading order, and nothing else. */
export const SAMPLE_PLANTED_PROBLEMS: ReadonlyArray<PlantedProblem> = [
  { rule: 'ref-duplicate', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '1.4', column: 'A', what: 'ref 1.4 used twice (the second should be 1.5)' },
  { rule: 'completed-date-missing', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '2.4', column: 'I', what: 'Complete without a completed date' },
  { rule: 'lead-unknown', severity: 'warning', sheet: SAMPLE_SHEETS.actions, ref: '2.6', column: 'E', what: 'lead Jo Fenwick is not on the Officers list' },
  { rule: 'ref-stored-as-number', severity: 'warning', sheet: SAMPLE_SHEETS.actions, ref: '3.2', column: 'A', what: 'ref 3.2 typed as a number' },
  { rule: 'overdue-on-track', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '3.4', column: 'G', what: 'due 31/08/2016, still On track' },
  { rule: 'due-invalid', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '3.6', column: 'F', what: 'due date "Ongoing"' },
  { rule: 'update-missing', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '4.4', column: 'J', what: 'At risk with no progress update' },
  { rule: 'manual-rag-mismatch', severity: 'warning', sheet: SAMPLE_SHEETS.actions, ref: '4.5', column: 'H', what: 'typed Green on an action overdue since 31/08/2016 (calculated Red)' },
  { rule: 'due-invalid', severity: 'error', sheet: SAMPLE_SHEETS.actions, ref: '5.5', column: 'F', what: 'due date "12/31/2016" in US order' },
  { rule: 'update-stale', severity: 'warning', sheet: SAMPLE_SHEETS.actions, ref: '6.6', column: 'K', what: 'last updated 15/07/2016' },
  { rule: 'target-below-baseline', severity: 'warning', sheet: SAMPLE_SHEETS.measures, ref: 'CIC2', column: 'G', what: 'target 75% below the 83.2% baseline (the report kept the old target)' },
  { rule: 'target-missing', severity: 'error', sheet: SAMPLE_SHEETS.measures, ref: 'MA3', column: 'G', what: 'target TBC' },
];

/** A few lines for the README and `plan sample`. */
export const sampleDescription = [
  "The sample is the Bristol Children's Services Improvement Plan 2016-17 ('Getting to Good', Year 2) as an",
  "analyst would keep it at the end of September 2016: an 'Action plan' sheet (39 actions under the six",
  "themes of the plan, as merged section rows, with title rows above the header), a 'Scorecard' sheet",
  '(24 measures with 2015/16 baselines, 2016/17 targets, England, statistical neighbour and Core City',
  "comparators, and monthly values for April to September 2016), an 'Officers' list and 'Settings', and the",
  "'Roll-up history' and 'RAG history' that August's roll-up left (so September's Board pack shows what moved).",
  'It is deliberately imperfect, like real trackers: checked as of 30/09/2016 it has 10 problems on the',
  'Action plan (a duplicated ref, a ref typed as a number, an `Ongoing` and a US-order due date, an overdue',
  "action still 'On track', a typed Green on an overdue action, an 'At risk' action with no update, a lead",
  "not on the Officers list, a completed action with no completed date, a stale update) and 2 on the",
  'Scorecard (a target below its baseline, a target still TBC). Its text dates (`Dec 2016`), percentages',
  'typed as points, a suppressed value (`c`) and a blank unit are all valid and read correctly.',
  "A 'Dashboard' sheet summarises it for the board in PLAN.* formulas (they need the Plan add-in; the values",
  'saved with the file were worked out by the same functions as of 30/09/2016).',
].join('\n');
