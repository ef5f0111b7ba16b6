/** Validation findings (contract section 4.3). */

export type Severity = 'error' | 'warning';

export type RuleId =
  | 'sheet-missing'
  | 'column-missing'
  | 'ref-missing'
  | 'ref-duplicate'
  | 'ref-format'
  | 'ref-stored-as-number'
  | 'theme-unknown'
  | 'theme-mismatch'
  | 'action-missing'
  | 'outcome-missing'
  | 'lead-missing'
  | 'lead-unknown'
  | 'due-missing'
  | 'due-invalid'
  | 'due-outside-plan'
  | 'status-missing'
  | 'status-unknown'
  | 'completed-date-missing'
  | 'completed-date-future'
  | 'overdue-on-track'
  | 'update-missing'
  | 'update-stale'
  | 'measure-unknown'
  | 'evidence-missing'
  | 'manual-rag-mismatch'
  | 'cell-error'
  | 'measure-id-missing'
  | 'measure-id-duplicate'
  | 'polarity-missing'
  | 'polarity-unknown'
  | 'target-missing'
  | 'baseline-missing'
  | 'value-not-number'
  | 'pct-out-of-range'
  | 'pct-mixed-scale'
  | 'target-below-baseline'
  | 'latest-missing';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** The sheet's real name as it appears in the workbook. */
  readonly sheet: string;
  /** A1 address of the cell at fault (for a missing value, the empty cell where it belongs). */
  readonly cell: string;
  /** Action ref or measure id, where known. */
  readonly ref: string | null;
  /** What is wrong, the value seen, and what to do. */
  readonly message: string;
}

export function countBySeverity(findings: ReadonlyArray<Finding>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (let i = 0; i < findings.length; i++) {
    if (findings[i].severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}
