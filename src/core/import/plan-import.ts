/**
 * CSV import of monthly values (contract 6). The adapter parses the file into
 * string rows; this decides, all or nothing, what would be written.
 */
import type { Analysis, MeasureRow, MeasuresTable, Read, RawNumber, Unit } from '../model';
import type { CellWrite, WriteValue } from '../writes';
import { PERCENT_FORMAT } from '../writes';
import { makeCell } from '../snapshot';
import { a1 } from '../address';
import { formatYearMonth, longYearMonth } from '../calendar';
import type { YearMonth } from '../calendar';
import { matchKey } from '../text';
import { readNumber, isPercentFormat } from '../values';
import { measureValue, round10 } from '../measures';
import { parsePeriodText } from './period';

export type ImportProblemKind =
  | 'empty-file'
  | 'wrong-delimiter'
  | 'header-missing'
  | 'no-values'
  | 'no-measures-sheet'
  | 'measure-id-missing'
  | 'unknown-measure'
  | 'ambiguous-measure'
  | 'period-invalid'
  | 'unknown-month'
  | 'value-invalid'
  | 'duplicate';

/** Why a line (or the file) cannot be imported: what, the value seen, and what to do, in `message`. */
export interface ImportProblem {
  readonly kind: ImportProblemKind;
  /** 1-based line of the parsed file (the header is line 1). */
  readonly line: number;
  readonly measureId: string | null;
  readonly period: string | null;
  readonly value: string | null;
  readonly message: string;
}

/** A value that would overwrite a different existing value. */
export interface ImportConflict {
  readonly line: number;
  readonly measureId: string;
  /** `yyyy-mm` */
  readonly month: string;
  readonly sheet: string;
  readonly address: string;
  /** What the cell holds now: a number as the row uses it (fractions for `%`), or its text. */
  readonly oldValue: WriteValue;
  readonly newValue: WriteValue;
  readonly message: string;
}

/** One cell the import writes, with where it came from. */
export interface ImportWrite extends CellWrite {
  readonly line: number;
  readonly measureId: string;
  /** `yyyy-mm` */
  readonly month: string;
  /** What the cell held before (null when blank). */
  readonly oldValue: WriteValue;
}

export type ImportPlan =
  | { readonly kind: 'rejected'; readonly problems: ReadonlyArray<ImportProblem>; readonly conflicts: ReadonlyArray<ImportConflict> }
  | { readonly kind: 'ready'; readonly writes: ReadonlyArray<ImportWrite>; readonly conflicts: ReadonlyArray<ImportConflict>; readonly unchanged: number };

export interface ImportOptions {
  readonly overwrite: boolean;
}

const ID_HEADERS = ['measureid', 'measure', 'id', 'ref'];
const PERIOD_HEADERS = ['period', 'month'];
const VALUE_HEADERS = ['value'];

/** Default `%` format when nothing in the row has one. */

interface Columns {
  readonly id: number;
  readonly period: number;
  readonly value: number;
}

type NewValue =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'marker'; readonly text: string };

type OldValue =
  | { readonly kind: 'blank' }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly text: string };

function findColumn(keys: ReadonlyArray<string>, wanted: ReadonlyArray<string>): number {
  for (const w of wanted) {
    const i = keys.indexOf(w);
    if (i >= 0) return i;
  }
  return -1;
}

function quote(text: string): string {
  return '"' + text + '"';
}

function problem(kind: ImportProblemKind, line: number, message: string, fields?: { measureId?: string; period?: string; value?: string }): ImportProblem {
  const f = fields !== undefined ? fields : {};
  return {
    kind,
    line,
    measureId: f.measureId !== undefined ? f.measureId : null,
    period: f.period !== undefined ? f.period : null,
    value: f.value !== undefined ? f.value : null,
    message,
  };
}

function headerProblem(rows: ReadonlyArray<ReadonlyArray<string>>): ImportProblem | Columns {
  const header = rows[0].map((c) => c.trim());
  if (header.length === 1) {
    const only = header[0];
    const sep = /[|:]/.exec(only);
    const seen = sep !== null ? 'it looks separated by ' + quote(sep[0]) : 'there is only one column';
    return problem(
      'wrong-delimiter',
      1,
      'Line 1 has one column only (' + quote(only) + '): ' + seen + '. Save the file as CSV with commas, semicolons or tabs between Measure ID, Period and Value, then import it again.',
    );
  }
  const keys = header.map((h) => matchKey(h));
  const cols: Columns = {
    id: findColumn(keys, ID_HEADERS),
    period: findColumn(keys, PERIOD_HEADERS),
    value: findColumn(keys, VALUE_HEADERS),
  };
  const missing: string[] = [];
  if (cols.id < 0) missing.push('Measure ID');
  if (cols.period < 0) missing.push('Period');
  if (cols.value < 0) missing.push('Value');
  if (missing.length > 0) {
    return problem(
      'header-missing',
      1,
      'Line 1 must be a header row with the columns Measure ID, Period and Value; ' + missing.join(', ') + (missing.length === 1 ? ' is' : ' are') +
        ' not there (headers seen: ' + header.filter((h) => h !== '').map((h) => quote(h)).join(', ') + '). Add a header row with those names.',
    );
  }
  return cols;
}

function cellOf(row: ReadonlyArray<string>, col: number): string {
  const v = row[col];
  return v === undefined ? '' : v.trim();
}

function oldValueOf(read: Read<RawNumber>, unit: Unit, shown: string): OldValue {
  if (read.kind === 'blank') return { kind: 'blank' };
  if (read.kind === 'value') return { kind: 'number', value: measureValue(read.value, unit) };
  if (read.kind === 'no-data') return { kind: 'text', text: read.marker };
  if (read.kind === 'invalid') return { kind: 'text', text: read.text };
  return { kind: 'text', text: shown !== '' ? shown : read.code };
}

function sameValue(a: OldValue, b: NewValue): boolean {
  if (a.kind === 'blank') return false;
  if (a.kind === 'number') return b.kind === 'number' && round10(a.value) === round10(b.value);
  return b.kind === 'marker' && matchKey(a.text) === matchKey(b.text);
}

function display(v: WriteValue, unit: Unit): string {
  if (v === null) return 'blank';
  if (typeof v === 'number') return unit === 'percent' ? String(round10(v * 100)) + '%' : String(round10(v));
  return quote(v);
}

/** The `%` format the row already uses: this cell's, else its other month cells', else the target's. */
function percentFormat(row: MeasureRow, monthIndex: number): string {
  const own = row.months[monthIndex].cell.format;
  if (isPercentFormat(own)) return own;
  for (let i = row.months.length - 1; i >= 0; i--) {
    const f = row.months[i].cell.format;
    if (isPercentFormat(f)) return f;
  }
  for (const f of [row.target, row.baseline]) if (f !== null && isPercentFormat(f.cell.format)) return f.cell.format;
  return PERCENT_FORMAT;
}

function idKey(id: string): string {
  return id.trim().toUpperCase();
}

function measureIndex(table: MeasuresTable): Record<string, MeasureRow[]> {
  const out: Record<string, MeasureRow[]> = {};
  for (const r of table.rows) {
    if (r.id === null || r.id.read.kind !== 'value') continue;
    const k = idKey(r.id.read.value);
    if (k === '') continue;
    if (out[k] === undefined) out[k] = [];
    out[k].push(r);
  }
  return out;
}

function monthList(table: MeasuresTable): string {
  const ms = table.monthColumns.map((m) => longYearMonth(m.month));
  if (ms.length === 0) return 'the Measures sheet has no month columns';
  return 'the Measures sheet has ' + (ms.length === 1 ? ms[0] : ms[0] + ' to ' + ms[ms.length - 1]);
}

/**
 * What importing these rows would write (contract 6). Rejected, with every
 * problem listed, when any line is wrong; rejected listing the conflicts when
 * a value would overwrite a different one and `overwrite` is false.
 */
export function planImport(analysis: Analysis, rows: ReadonlyArray<ReadonlyArray<string>>, options: ImportOptions): ImportPlan {
  const lines = rows.map((r, i) => (i === 0 && r.length > 0 ? [r[0].replace(/^\uFEFF/, '')].concat(r.slice(1)) : r.slice()));
  const nonBlank = lines.some((r) => r.some((c) => c.trim() !== ''));
  if (lines.length === 0 || !nonBlank) {
    return rejected([problem('empty-file', 1, 'The file is empty. It needs a header row (Measure ID, Period, Value) and one line per measure and month.')]);
  }
  const cols = headerProblem(lines);
  if ('kind' in cols) return rejected([cols]);
  const table = analysis.plan.measures;
  if (table === null) {
    return rejected([problem('no-measures-sheet', 1, 'The workbook has no Measures sheet to import values into. Add a sheet called Measures (or Scorecard, KPIs) with the measures and month columns.')]);
  }

  const byId = measureIndex(table);
  const problems: ImportProblem[] = [];
  const conflicts: ImportConflict[] = [];
  const writes: ImportWrite[] = [];
  const seen: Record<string, number> = {};
  let unchanged = 0;
  let dataLines = 0;

  for (let i = 1; i < lines.length; i++) {
    const line = i + 1;
    const row = lines[i];
    const id = cellOf(row, cols.id);
    const period = cellOf(row, cols.period);
    const valueText = cellOf(row, cols.value);
    if (row.every((c) => c.trim() === '')) continue;
    dataLines++;
    const f = { measureId: id, period, value: valueText };

    // Measure
    let measure: MeasureRow | null = null;
    if (id === '') {
      problems.push(problem('measure-id-missing', line, 'Line ' + line + ' has no measure id. Put the measure\'s ID from the Measures sheet in the Measure ID column, or remove the line.', f));
    } else {
      const found = byId[idKey(id)];
      if (found === undefined) {
        problems.push(problem('unknown-measure', line, 'Line ' + line + ': measure ' + quote(id) + ' is not on the ' + table.layout.sheet + ' sheet. Check the ID against the Measures sheet, or add the measure there first.', f));
      } else if (found.length > 1) {
        problems.push(problem('ambiguous-measure', line, 'Line ' + line + ': measure ' + quote(id) + ' is on the ' + table.layout.sheet + ' sheet ' + found.length + ' times (rows ' + found.map((r) => String(r.row + 1)).join(', ') + '). Give each measure its own ID, then import again.', f));
      } else measure = found[0];
    }

    // Month
    let month: YearMonth | null = null;
    let monthIndex = -1;
    if (period === '') {
      problems.push(problem('period-invalid', line, 'Line ' + line + ' has no period. Put the month, e.g. 2016-09 or Sep 2016, in the Period column.', f));
    } else {
      month = parsePeriodText(period, analysis.plan.planYearStart);
      if (month === null) {
        problems.push(problem('period-invalid', line, 'Line ' + line + ': period ' + quote(period) + ' is not a month. Write it as 2016-09, Sep-16, Sep 2016 or 30/09/2016 (day first).', f));
      } else {
        const m = month;
        monthIndex = table.monthColumns.findIndex((c) => c.month === m);
        if (monthIndex < 0) {
          problems.push(problem('unknown-month', line, 'Line ' + line + ': there is no ' + longYearMonth(m) + ' column for period ' + quote(period) + ' (' + monthList(table) + '). Add the month column to the Measures sheet or correct the period.', f));
        }
      }
    }

    // Value
    let value: NewValue | null = null;
    const read = readNumber(makeCell(valueText));
    if (read.kind === 'value') value = { kind: 'number', value: measure !== null ? measureValue(read.value, measure.unit) : read.value.value };
    else if (read.kind === 'no-data') value = { kind: 'marker', text: read.marker };
    else {
      const hint = /^[+-]?\d+,\d+$/.test(valueText) ? ' It looks like a decimal comma: write decimals with a full stop (58.5).' : '';
      const seenText = valueText === '' ? 'no value' : 'value ' + quote(valueText) + ', which is not a number';
      problems.push(problem('value-invalid', line, 'Line ' + line + ' has ' + seenText + '.' + hint + ' Put a number (58, 58% or 0.58) or a no-data marker (c, x, n/a, TBC, ..), or remove the line.', f));
    }

    if (measure === null || month === null || monthIndex < 0) continue;
    const key = String(measure.row) + '|' + String(month);
    if (seen[key] !== undefined) {
      problems.push(problem('duplicate', line, 'Line ' + line + ': ' + quote(id) + ' for ' + longYearMonth(month) + ' is also on line ' + seen[key] + '. Keep one line per measure and month.', f));
      continue;
    }
    seen[key] = line;
    if (value === null) continue;

    const field = measure.months[monthIndex];
    const measureId = measure.id !== null && measure.id.read.kind === 'value' ? measure.id.read.value : id;
    const ym = formatYearMonth(month);
    const old = oldValueOf(field.read, measure.unit, field.cell.text);
    const oldValue: WriteValue = old.kind === 'blank' ? null : old.kind === 'number' ? old.value : old.text;
    const newValue: WriteValue = value.kind === 'number' ? round10(value.value) : value.text;
    if (sameValue(old, value)) {
      unchanged++;
      continue;
    }
    const address = a1(field.row, field.col);
    if (old.kind !== 'blank') {
      const shownOld = old.kind === 'number' ? display(old.value, measure.unit) : quote(old.text);
      conflicts.push({
        line,
        measureId,
        month: ym,
        sheet: table.layout.sheet,
        address,
        oldValue,
        newValue,
        message: 'Line ' + line + ': ' + measureId + ' for ' + longYearMonth(month) + ' (' + table.layout.sheet + '!' + address + ') holds ' + shownOld +
          ' and the file says ' + display(newValue, measure.unit) + '. Choose overwrite to replace it, or correct the file.',
      });
    }
    writes.push({
      sheet: table.layout.sheet,
      row: field.row,
      col: field.col,
      address,
      value: newValue,
      numberFormat: value.kind === 'number' && measure.unit === 'percent' ? percentFormat(measure, monthIndex) : null,
      line,
      measureId,
      month: ym,
      oldValue,
    });
  }

  if (dataLines === 0 && problems.length === 0) {
    problems.push(problem('no-values', 2, 'The file has a header row but no values. Add one line per measure and month under the header.'));
  }
  if (problems.length > 0) return { kind: 'rejected', problems, conflicts };
  if (conflicts.length > 0 && !options.overwrite) return { kind: 'rejected', problems: [], conflicts };
  return { kind: 'ready', writes, conflicts, unchanged };
}

function rejected(problems: ImportProblem[]): ImportPlan {
  return { kind: 'rejected', problems, conflicts: [] };
}
