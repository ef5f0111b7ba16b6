/**
 * Whether the plan is ready for the Improvement Board, in one sentence that
 * every face uses (the command line, the task pane, the ribbon and the Office
 * Scripts): an error blocks board submission, a warning does not (contract 4.3).
 */
import { plural } from './text';

/** `Not ready for the board: 8 errors and 3 warnings.` / `Ready for the board: no errors, 3 warnings.` */
export function boardReadiness(errors: number, warnings: number): string {
  if (errors > 0) return 'Not ready for the board: ' + plural(errors, 'error') + ' and ' + plural(warnings, 'warning') + '.';
  if (warnings > 0) return 'Ready for the board: no errors, ' + plural(warnings, 'warning') + '.';
  return 'Ready for the board: no errors or warnings.';
}
