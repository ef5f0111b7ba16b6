/**
 * One exceljs cell value -> the neutral snapshot value: dates to Excel serials
 * (1900 system), formulas to their cached result, rich text and hyperlinks to
 * plain text, errors to `{ error }`.
 */
import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/snapshot';

const MS_PER_DAY = 86_400_000;
/** Days from 1899-12-30 (Excel serial 0 in the 1900 system) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** A JS Date (as exceljs gives dates, in UTC) -> Excel serial; whole days stay whole. */
export function serialFromDate(date: Date): number | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  // Drop float noise below a millisecond.
  return Math.round(serial * 1e8) / 1e8;
}

export function snapshotValue(value: ExcelJS.CellValue | unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialFromDate(value);
  if (typeof value !== 'object') return null;
  const obj = value as Record<string, unknown>;
  if (typeof obj.error === 'string') return { error: obj.error };
  if (Array.isArray(obj.richText)) return richTextToPlain(obj.richText);
  if ('formula' in obj || 'sharedFormula' in obj) return snapshotValue(obj.result);
  if ('hyperlink' in obj || 'text' in obj) {
    const text = obj.text;
    if (typeof text === 'string') return text;
    return snapshotValue(text);
  }
  return null;
}

function richTextToPlain(runs: ReadonlyArray<unknown>): string {
  let out = '';
  for (const run of runs) {
    if (typeof run === 'object' && run !== null) {
      const text = (run as Record<string, unknown>).text;
      if (typeof text === 'string') out += text;
    }
  }
  return out;
}
