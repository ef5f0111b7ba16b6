/**
 * One worksheet part -> SheetSnapshot in one streaming pass: values, shown
 * text and formats of the stored cells, formulas' cached results, merged areas.
 * Matches the exceljs path cell for cell: a cell inside a merged area other than
 * its top-left is blank; a cell with only a style is blank; rows hold no
 * trailing blanks.
 */
import { BLANK_CELL } from '../../core/snapshot';
import type { Cell, CellValue, SheetSnapshot } from '../../core/snapshot';
import { parseArea } from '../../core/address';
import { normaliseFormat, shownText } from '../number-format';
import { serialFromDate } from '../cell-value';
import type { CellFormats } from './styles';
import { formatOf, isDateFormat } from './styles';
import { parseXml, unescapeExcelText, type Attributes, type XmlHandlers, type XmlStop } from './xml';

export interface SheetContext {
  readonly name: string;
  readonly strings: ReadonlyArray<string>;
  readonly formats: CellFormats;
  readonly date1904: boolean;
  readonly maxRows: number;
  /** Date.now() after which reading stops with a message. */
  readonly deadline: number;
  /** Called with the rows read so far in this sheet, every ROWS_PER_CHECK rows. */
  readonly onRows: (rowsRead: number) => void;
}

export type SheetRead = { readonly ok: true; readonly sheet: SheetSnapshot; readonly rowsRead: number } | { readonly ok: false; readonly message: string };

/** How often (in rows read) the time limit is checked and progress reported. */
export const ROWS_PER_CHECK = 1024;

const MAX_COLUMNS = 16_384;
const EMPTY_ROW: ReadonlyArray<Cell> = [];
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DAYS_1900_TO_1904 = 1462;

/**
 * Per cell style: its format's UK form, whether it is a date, and the cells
 * already made in it: the same number (by the text of its `<v>`) or shared
 * string in the same style is the same cell, so it is made once and shared
 * (cells are read-only, like BLANK_CELL). Dates, scores, statuses and owners
 * repeat down a column, and formatting and allocating are the costly part of a cell.
 */
interface FormatInfo {
  readonly shown: string;
  readonly isDate: boolean;
  readonly texts: Map<number, string>;
  readonly numberCells: Map<string, Cell>;
  /** By shared string index; made on the first string cell in this style. */
  stringCells: Array<Cell | null> | null;
}

/** Entries kept per style and cache (cleared when full, so memory stays bounded). */
const CACHED_PER_STYLE = 4096;

export function tooManyRowsMessage(sheet: string, rows: number, maxRows: number): string {
  return (
    `Sheet "${sheet}" reaches row ${rows.toLocaleString('en-GB')}: more than the ${maxRows.toLocaleString('en-GB')} rows the plan tool reads. ` +
    'This is usually formatting or stray content far below the data. In Excel, select the empty rows below your last row, ' +
    'right-click > Delete, save, and try again.'
  );
}

/** Where one pass over a sheet part is: what is read so far and the cell under way. */
interface SheetState {
  readonly ctx: SheetContext;
  readonly rows: Array<ReadonlyArray<Cell>>;
  readonly merges: string[];
  readonly formatInfo: Map<number, FormatInfo>;
  rowNumber: number;
  /** Rows with cells read so far. */
  rowsRead: number;
  cells: Cell[];
  col: number;
  type: string;
  style: number;
  hasFormula: boolean;
  value: string | null;
  inline: string | null;
  /** What the text events are collecting: 1 <v>, 2 <is><t>, 0 nothing. */
  capture: number;
  inInline: boolean;
  phonetic: number;
}

export function readSheet(bytes: Uint8Array, ctx: SheetContext): SheetRead {
  const state: SheetState = {
    ctx,
    rows: [],
    merges: [],
    formatInfo: new Map<number, FormatInfo>(),
    rowNumber: 0,
    rowsRead: 0,
    cells: [],
    col: 0,
    type: '',
    style: 0,
    hasFormula: false,
    value: null,
    inline: null,
    capture: 0,
    inInline: false,
    phonetic: 0,
  };
  const parsed = parseXml(bytes, SHEET_EVENTS, state);
  if (!parsed.ok) return parsed;
  const { rows, merges } = state;

  // Cells inside a merged area other than its top-left read as blank (as in Excel and the exceljs path).
  let bottom = rows.length;
  for (const ref of merges) {
    const area = parseArea(ref);
    if (area === null) continue;
    bottom = Math.max(bottom, area.bottom + 1);
    for (let r = area.top; r <= area.bottom && r < rows.length; r++) {
      const row = rows[r];
      if (row === undefined || row.length <= area.left) continue;
      const copy = row.slice();
      for (let c = area.left; c <= area.right && c < copy.length; c++) {
        if (r !== area.top || c !== area.left) copy[c] = BLANK_CELL;
      }
      rows[r] = copy;
    }
  }
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row === undefined) rows[r] = EMPTY_ROW;
    else if (row.length > 0 && row[row.length - 1] === BLANK_CELL) rows[r] = trimTrailingBlanks(row);
  }
  while (rows.length < Math.min(bottom, ctx.maxRows)) rows.push(EMPTY_ROW);
  return { ok: true, sheet: { name: ctx.name, rows, merges }, rowsRead: state.rowsRead };
}

function stop(message: string): never {
  throw { stop: message } as XmlStop;
}

// The work is in module-level functions over the state (not closures made per
// sheet), so the optimised code of one sheet serves the next.
const SHEET_EVENTS: XmlHandlers<SheetState> = { open: openElement, close: closeElement, text: addText };

function openElement(name: string, a: Attributes, st: SheetState): void {
  switch (name) {
    case 'c': {
      const ref = a.r;
      st.col = ref === undefined ? st.col + 1 : columnOf(ref);
      if (st.col < 1 || st.col > MAX_COLUMNS) stop(`a cell address in sheet "${st.ctx.name}" is damaged (${String(ref)})`);
      const t = a.t;
      st.type = t === undefined ? 'n' : t;
      const s = a.s;
      st.style = s === undefined ? 0 : Number(s) | 0;
      st.hasFormula = false;
      st.value = null;
      st.inline = null;
      return;
    }
    case 'v':
      st.capture = 1;
      st.value = '';
      return;
    case 'f':
      st.hasFormula = true;
      return;
    case 'is':
      st.inInline = true;
      st.inline = '';
      return;
    case 't':
      if (st.inInline && st.phonetic === 0) st.capture = 2;
      return;
    case 'rPh':
      st.phonetic++;
      return;
    case 'row': {
      endRow(st);
      const r = a.r;
      const rowNumber = r === undefined ? st.rowNumber + 1 : Number(r);
      st.rowNumber = rowNumber;
      if (!(rowNumber >= 1)) stop(`a row number in sheet "${st.ctx.name}" is damaged`);
      if (rowNumber > st.ctx.maxRows) stop(tooManyRowsMessage(st.ctx.name, rowNumber, st.ctx.maxRows));
      st.col = 0;
      return;
    }
    case 'mergeCell': {
      const ref = a.ref;
      if (ref !== undefined && ref.indexOf(':') > 0) st.merges.push(ref.replace(/\$/g, '').toUpperCase());
      return;
    }
    case 'dimension': {
      const m = a.ref === undefined ? null : /(\d+)$/.exec(a.ref);
      const last = m === null ? 0 : Number(m[1]);
      if (last > st.ctx.maxRows) stop(tooManyRowsMessage(st.ctx.name, last, st.ctx.maxRows));
      return;
    }
    default:
  }
}

function closeElement(name: string, st: SheetState): void {
  switch (name) {
    case 'c': {
      const cell = makeCell(st);
      if (cell !== null) {
        const cells = st.cells;
        const col = st.col;
        while (cells.length < col - 1) cells.push(BLANK_CELL);
        cells[col - 1] = cell;
      }
      return;
    }
    case 'v':
    case 't':
      st.capture = 0;
      return;
    case 'is':
      st.inInline = false;
      return;
    case 'rPh':
      st.phonetic--;
      return;
    case 'sheetData':
      endRow(st);
      return;
    default:
  }
}

function addText(text: string, st: SheetState): void {
  if (st.capture === 1) st.value += text;
  else if (st.capture === 2) st.inline += text;
}

function endRow(st: SheetState): void {
  if (st.cells.length === 0) return;
  const rows = st.rows;
  const rowNumber = st.rowNumber;
  while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
  rows[rowNumber - 1] = st.cells;
  st.cells = [];
  const read = ++st.rowsRead;
  if (read % ROWS_PER_CHECK === 0) {
    if (Date.now() > st.ctx.deadline) stop(`reading sheet "${st.ctx.name}" took too long (stopped at row ${rowNumber.toLocaleString('en-GB')})`);
    st.ctx.onRows(read);
  }
}

function infoOf(st: SheetState, style: number): FormatInfo {
  let info = st.formatInfo.get(style);
  if (info === undefined) {
    const raw = formatOf(st.ctx.formats, style);
    info = { shown: normaliseFormat(raw), isDate: isDateFormat(raw), texts: new Map<number, string>(), numberCells: new Map<string, Cell>(), stringCells: null };
    st.formatInfo.set(style, info);
  }
  return info;
}

function makeCell(st: SheetState): Cell | null {
  const value = st.value;
  if (value !== null && value !== '') {
    if (st.type === 'n') return numberCell(st, value);
    if (st.type === 's') return stringCell(st, Number(value));
  }
  const cellValue = valueOf(st);
  if (cellValue === undefined) return st.hasFormula ? cellOf(null, infoOf(st, st.style).shown) : null;
  const info = infoOf(st, st.style);
  if (typeof cellValue !== 'number') return cellOf(cellValue, info.shown);
  return { value: cellValue, text: numberText(info, cellValue), format: info.shown };
}

/** A number cell (`t="n"` or no type) from the text of its `<v>`. */
function numberCell(st: SheetState, raw: string): Cell {
  const info = infoOf(st, st.style);
  let cell = info.numberCells.get(raw);
  if (cell === undefined) {
    const n = Number(raw);
    if (!Number.isFinite(n)) cell = cellOf({ error: '#NUM!' }, info.shown);
    else {
      const cellValue = info.isDate ? dateSerial(n, st.ctx.date1904) : n;
      cell = { value: cellValue, text: numberText(info, cellValue), format: info.shown };
    }
    if (info.numberCells.size >= CACHED_PER_STYLE) info.numberCells.clear();
    info.numberCells.set(raw, cell);
  }
  return cell;
}

/** A shared string cell; a missing string reads as blank (or an empty formula result). */
function stringCell(st: SheetState, index: number): Cell | null {
  const strings = st.ctx.strings;
  const s = strings[index];
  const info = infoOf(st, st.style);
  if (s === undefined) return st.hasFormula ? cellOf(null, info.shown) : null;
  let made = info.stringCells;
  if (made === null) {
    made = [];
    for (let i = 0; i < strings.length; i++) made.push(null);
    info.stringCells = made;
  }
  let cell = made[index];
  if (cell === null) {
    cell = cellOf(s, info.shown);
    made[index] = cell;
  }
  return cell;
}

/** The value of the cell under way (other than the number and shared string cells above); undefined when it holds none. */
function valueOf(st: SheetState): CellValue | undefined {
  const value = st.value;
  const inline = st.inline;
  switch (st.type) {
    case 's': {
      if (value === null || value === '') return undefined;
      const s = st.ctx.strings[Number(value)];
      return s === undefined ? undefined : s;
    }
    case 'inlineStr':
      return inline !== null ? unescapeExcelText(inline) : value !== null ? unescapeExcelText(value) : undefined;
    case 'str':
      return value === null ? undefined : unescapeExcelText(value);
    case 'b':
      return value === null || value === '' ? undefined : value === '1' || value.toLowerCase() === 'true';
    case 'e':
      return value === null || value === '' ? undefined : { error: value };
    case 'd':
      return value === null ? undefined : isoSerial(value);
    default: {
      if (value === null || value === '') return undefined;
      const n = Number(value);
      if (!Number.isFinite(n)) return { error: '#NUM!' };
      return infoOf(st, st.style).isDate ? dateSerial(n, st.ctx.date1904) : n;
    }
  }
}

/** The shown text of a number in a style, remembered per style. */
function numberText(info: FormatInfo, n: number): string {
  let text = info.texts.get(n);
  if (text === undefined) {
    text = shownText(n, info.shown);
    if (info.texts.size >= CACHED_PER_STYLE) info.texts.clear();
    info.texts.set(n, text);
  }
  return text;
}

function cellOf(value: CellValue, format: string): Cell {
  return { value, text: shownText(value, format), format };
}

/**
 * A date cell's serial in the 1900 system, rounded the way the exceljs path
 * rounds it (to the millisecond, then 1e-8 of a day), so both readers agree.
 * In a 1904 workbook a value under one day is a time of day, not a date, and
 * stays as it is (as openpyxl reads it).
 */
function dateSerial(n: number, date1904: boolean): number {
  const shift = date1904 && !(n >= 0 && n < 1) ? DAYS_1900_TO_1904 : 0;
  const ms = Math.round((n + shift - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const serial = serialFromDate(new Date(ms));
  return serial === null ? n : serial;
}

/** `t="d"` cells hold an ISO 8601 date (some writers): -> 1900-system serial. */
function isoSerial(text: string): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) || text.length <= 10 ? text : text + 'Z');
  if (!Number.isFinite(ms)) return { error: '#VALUE!' };
  return serialFromDate(new Date(ms));
}

/** `AB12` -> 28 (1-based); 0 when the address has no column letters. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else if (code !== 36) break;
    if (col > MAX_COLUMNS) return col;
  }
  return col;
}

function trimTrailingBlanks(cells: ReadonlyArray<Cell>): ReadonlyArray<Cell> {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === BLANK_CELL) end--;
  return cells.slice(0, end);
}
