/**
 * The owned `Check` column (contract 5): a row's findings, short.
 * `OK` when there are none; else counts then the distinct rule ids, errors
 * first: `2 errors: due-invalid, lead-missing`,
 * `1 error, 1 warning: due-invalid, update-stale`, `1 warning: ref-format`.
 */
import type { Finding } from '../findings';
import { parseA1 } from '../address';
import { plural } from '../text';

export function shortCheckText(findings: ReadonlyArray<Finding>): string {
  if (findings.length === 0) return 'OK';
  let errors = 0;
  let warnings = 0;
  const errorRules: string[] = [];
  const warningRules: string[] = [];
  for (const f of findings) {
    if (f.severity === 'error') {
      errors++;
      if (errorRules.indexOf(f.rule) < 0) errorRules.push(f.rule);
    } else {
      warnings++;
      if (warningRules.indexOf(f.rule) < 0) warningRules.push(f.rule);
    }
  }
  const counts: string[] = [];
  if (errors > 0) counts.push(plural(errors, 'error'));
  if (warnings > 0) counts.push(plural(warnings, 'warning'));
  return counts.join(', ') + ': ' + errorRules.concat(warningRules).join(', ');
}

/**
 * The findings on `sheet`, grouped by 0-based row of their cell, in the order
 * given: what the writer needs to fill the `Check` column with shortCheckText.
 */
export function findingsByRow(findings: ReadonlyArray<Finding>, sheet: string): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.sheet !== sheet) continue;
    const at = parseA1(f.cell);
    if (at === null) continue;
    const list = out.get(at.row);
    if (list === undefined) out.set(at.row, [f]);
    else list.push(f);
  }
  return out;
}
