/**
 * CSV of monthly values (contract 6): UTF-8 with or without BOM, comma,
 * semicolon or tab delimited. Shared by the command line and the task pane,
 * so it uses no Node API. The engine gets plain string rows.
 */
import Papa from 'papaparse';

export type CsvRead =
  | { readonly ok: true; readonly rows: string[][]; readonly delimiter: string }
  | { readonly ok: false; readonly message: string };

const DELIMITERS = [',', ';', '\t'];

export function parseCsvBytes(bytes: Uint8Array, fileName: string): CsvRead {
  const text = decodeText(bytes);
  if (text === null) {
    return {
      ok: false,
      message: `${fileName} is not UTF-8 text. In Excel use File > Save As > "CSV UTF-8 (Comma delimited)" and import that file.`,
    };
  }
  return parseCsvText(text, fileName);
}

export function parseCsvText(text: string, fileName: string): CsvRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, message: `${fileName} is empty: it needs a header row (Measure ID, Period, Value) and values.` };
  if (body.indexOf('\u0000') >= 0) return { ok: false, message: `${fileName} is not a text file. Save the values as CSV and try again.` };
  const result = Papa.parse<string[]>(body, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy' });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal !== undefined) {
    const line = fatal.row !== undefined ? ` near line ${fatal.row + 2}` : '';
    return { ok: false, message: `${fileName}: a quoted value is not closed${line}. Check the quotes in that line.` };
  }
  const rows = result.data.map((row) => row.map((cell) => (cell === undefined || cell === null ? '' : String(cell))));
  return { ok: true, rows, delimiter: result.meta.delimiter };
}

/** UTF-8 (BOM or not), or UTF-16 with a BOM (Excel's "Unicode Text"); null for anything else. */
function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
