/**
 * Every validation rule (contract 4.3) in words a person uses: one table, used
 * by the task pane, the command line, the Board pack and docs/workbook-format.md.
 * Ordered as in the contract.
 */
import type { RuleId } from './findings';

export interface RuleText {
  /** A short title (`Manual RAG disagrees with the dates`). */
  readonly title: string;
  /** What to do about it, in one sentence. */
  readonly fix: string;
}

export const RULES: Readonly<Record<RuleId, RuleText>> = {
  'sheet-missing': { title: 'Sheet not found', fix: 'Name the sheet Actions (or Measures), or use one of the names the product knows.' },
  'column-missing': { title: 'Required column not found', fix: 'Add the column, or rename its header to one of the names the product knows.' },
  'ref-missing': { title: 'Action has no ref', fix: 'Give the action a ref such as 2.3.' },
  'ref-duplicate': { title: 'Same ref used twice', fix: 'Give each action its own ref.' },
  'ref-format': { title: 'Ref not in the usual form', fix: 'Use the theme number first, as in 2.3 or 2.3.1.' },
  'ref-stored-as-number': { title: 'Ref stored as a number', fix: 'Format the Ref column as Text and retype the ref, so 1.10 does not become 1.1.' },
  'theme-unknown': { title: 'Theme not known', fix: 'Fill in the Theme, start the ref with the theme number, or put the action under a theme heading row.' },
  'theme-mismatch': { title: 'Theme and ref disagree', fix: 'Make the theme number match the first number of the ref.' },
  'action-missing': { title: 'Action has no description', fix: 'Say what will be done.' },
  'outcome-missing': { title: 'No expected outcome', fix: 'Say what difference the action will make.' },
  'lead-missing': { title: 'No lead officer', fix: 'Name the lead officer.' },
  'lead-unknown': { title: 'Lead officer not on the Officers list', fix: 'Check the spelling, or add the officer to the Officers sheet.' },
  'due-missing': { title: 'No due date', fix: 'Enter the due date.' },
  'due-invalid': { title: 'Due date is not a date', fix: 'Enter a date in UK order (31/12/2016), a month (Dec 2016) or a quarter (Q3 2016/17).' },
  'due-outside-plan': { title: 'Due date outside the plan year', fix: 'Check the year, or move the action to the right plan.' },
  'status-missing': { title: 'No status', fix: 'Enter a status such as On track.' },
  'status-unknown': { title: 'Status not recognised', fix: 'Use Not started, On track, At risk, Off track, Complete, Awaiting sign-off or Deferred.' },
  'completed-date-missing': { title: 'Complete, but no completed date', fix: 'Enter the date the action was completed.' },
  'completed-date-future': { title: 'Completed date in the future', fix: 'Check the completed date: it is after the as-of date.' },
  'overdue-on-track': { title: 'Overdue but marked On track', fix: 'Update the status, or agree a new due date.' },
  'update-missing': { title: 'At risk or off track with no update', fix: 'Write a progress update saying what is being done.' },
  'update-stale': { title: 'Update out of date', fix: 'Ask the lead for this month\'s update and the date it was given.' },
  'measure-unknown': { title: 'Measure not on the Measures sheet', fix: 'Check the measure ID, or add the measure to the Measures sheet.' },
  'evidence-missing': { title: 'Complete with no evidence', fix: 'Say where the evidence of impact is.' },
  'manual-rag-mismatch': { title: 'Typed RAG disagrees with the calculated RAG', fix: 'Check the status and dates, then correct the typed RAG (or clear it).' },
  'cell-error': { title: 'Excel error in a cell', fix: 'Fix the formula or value so the cell shows a result.' },
  'measure-id-missing': { title: 'Measure has no ID', fix: 'Give the measure an ID such as CL1.' },
  'measure-id-duplicate': { title: 'Same measure ID used twice', fix: 'Give each measure its own ID.' },
  'polarity-missing': { title: 'No polarity', fix: 'Say whether higher or lower is better (or Target, or Context).' },
  'polarity-unknown': { title: 'Polarity not recognised', fix: 'Use Higher is better, Lower is better, Target or Context.' },
  'target-missing': { title: 'No numeric target', fix: 'Enter the target as a number.' },
  'baseline-missing': { title: 'No numeric baseline', fix: 'Enter the baseline (last year\'s outturn) as a number.' },
  'value-not-number': { title: 'Monthly value is not a number', fix: 'Enter a number, or a no-data marker such as c or n/a.' },
  'pct-out-of-range': { title: 'Percentage outside 0 to 100%', fix: 'Check the value: a percentage should be between 0 and 100%.' },
  'pct-mixed-scale': { title: 'Percentages typed two ways', fix: 'Type every percentage the same way, e.g. all as 58% (not 58 beside 0.58).' },
  'target-below-baseline': { title: 'Target worse than baseline', fix: 'Check the target and the polarity.' },
  'latest-missing': { title: 'Last month\'s value missing', fix: 'Enter last month\'s value, or a no-data marker if it is not yet available.' },
};

/** All rule ids, in contract order. */
export const RULE_IDS: ReadonlyArray<RuleId> = Object.keys(RULES) as RuleId[];

/** `manual-rag-mismatch` -> `Typed RAG disagrees with the calculated RAG` */
export function ruleTitle(rule: RuleId): string {
  return RULES[rule].title;
}
