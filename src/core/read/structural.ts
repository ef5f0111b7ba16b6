/** Structural findings made while reading (contract 4.3: sheet-missing, column-missing). */
import type { Finding } from '../findings';
import type { WorkbookSnapshot } from '../snapshot';
import type { ColumnSpec, SheetKind } from './synonyms';
import { SHEET_LABELS } from './synonyms';

function listed(texts: ReadonlyArray<string>): string {
  return texts.length === 0 ? '(none)' : texts.map((t) => "'" + t + "'").join(', ');
}

/** sheet-missing at A1 of the first sheet: an error for Actions, a warning for Measures. */
export function sheetMissing(snapshot: WorkbookSnapshot, kind: 'actions' | 'measures'): Finding {
  const first = snapshot.sheets.length > 0 ? snapshot.sheets[0].name : '';
  const what = kind === 'actions' ? 'actions' : 'measures';
  return {
    rule: 'sheet-missing',
    severity: kind === 'actions' ? 'error' : 'warning',
    sheet: first,
    cell: 'A1',
    ref: null,
    message:
      'No ' + what + ' sheet found. Sheets seen: ' + listed(snapshot.sheets.map((s) => s.name)) +
      '. Name the sheet that holds the ' + what + ' ' + SHEET_LABELS[kind as SheetKind] + '.',
  };
}

/** column-missing when no row in the first 15 holds three recognised headers. */
export function noHeaderRow(sheet: string, cell: string, specs: ReadonlyArray<ColumnSpec>, seen: ReadonlyArray<string>): Finding {
  const required = specs.filter((s) => s.required).map((s) => s.label);
  return {
    rule: 'column-missing',
    severity: 'error',
    sheet,
    cell,
    ref: null,
    message:
      "No header row found in the first 15 rows of '" + sheet + "'. Headers seen: " + listed(seen) +
      '. Put a header row with at least three of the column names, including the required ' + required.join(', ') + '.',
  };
}

/** column-missing, one per required column that is not in the header row. */
export function missingColumns(
  sheet: string,
  cell: string,
  headerRow: number,
  specs: ReadonlyArray<ColumnSpec>,
  columns: Readonly<Record<string, number>>,
  seen: ReadonlyArray<string>,
): Finding[] {
  return specs
    .filter((s) => s.required && columns[s.name] === undefined)
    .map((s) => ({
      rule: 'column-missing' as const,
      severity: 'error' as const,
      sheet,
      cell,
      ref: null,
      message:
        "Required column '" + s.label + "' not found in the header row (row " + String(headerRow + 1) + "). Headers seen: " +
        listed(seen) + '. Add a column headed ' + listed(s.examples.slice(0, 1)) + ' (or ' + s.examples.slice(1).join(', ') + ').',
    }));
}
