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
import { isDateFormat } from './styles';
import { parseXml, unescapeExcelText, type XmlStop } from './xml';

export interface SheetContext {
  readonly name: string;
  readonly strings: ReadonlyArray<string>;
  readonly formats: CellFormats;
  readonly date1904: boolean;
  readonly maxRows: number;
  /** Date.now() after which reading stops with a message. */
  readonly deadline: number;
  /** Called once per row read. */
  readonly onRow: () => void;
}

export type SheetRead = { readonly ok: true; readonly sheet: SheetSnapshot } | { readonly ok: false; readonly message: string };

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

export function readSheet(bytes: Uint8Array, ctx: SheetContext): SheetRead {
  const rows: Array<ReadonlyArray<Cell>> = [];
  const merges: string[] = [];
  const formatInfo = new Map<number, FormatInfo>();
  const infoOf = (style: number): FormatInfo => {
    let info = formatInfo.get(style);
    if (info === undefined) {
      const raw = ctx.formats.formatOf(style);
      info = { shown: normaliseFormat(raw), isDate: isDateFormat(raw), texts: new Map<number, string>(), numberCells: new Map<string, Cell>(), stringCells: null };
      formatInfo.set(style, info);
    }
    return info;
  };

  let rowNumber = 0;
  let cells: Cell[] = [];
  let col = 0;
  let type = '';
  let style = 0;
  let hasFormula = false;
  let value: string | null = null;
  let inline: string | null = null;
  // What the text events are collecting: 1 <v>, 2 <is><t>, 0 nothing.
  let capture = 0;
  let inInline = false;
  let phonetic = 0;

  const stop = (message: string): never => {
    throw { stop: message } as XmlStop;
  };
  const endRow = (): void => {
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push(EMPTY_ROW);
    rows[rowNumber - 1] = cells;
    cells = [];
    ctx.onRow();
    if ((rowNumber & 1023) === 0 && Date.now() > ctx.deadline) {
      stop(`reading sheet "${ctx.name}" took too long (stopped at row ${rowNumber.toLocaleString('en-GB')})`);
    }
  };

  const parsed = parseXml(bytes, {
    open: (name, a) => {
      switch (name) {
        case 'c': {
          const ref = a.r;
          col = ref === undefined ? col + 1 : columnOf(ref);
          if (col < 1 || col > MAX_COLUMNS) stop(`a cell address in sheet "${ctx.name}" is damaged (${String(ref)})`);
          type = a.t === undefined ? 'n' : a.t;
          style = a.s === undefined ? 0 : Number(a.s) | 0;
          hasFormula = false;
          value = null;
          inline = null;
          return;
        }
        case 'v':
          capture = 1;
          value = '';
          return;
        case 'f':
          hasFormula = true;
          return;
        case 'is':
          inInline = true;
          inline = '';
          return;
        case 't':
          if (inInline && phonetic === 0) capture = 2;
          return;
        case 'rPh':
          phonetic++;
          return;
        case 'row': {
          endRow();
          rowNumber = a.r === undefined ? rowNumber + 1 : Number(a.r);
          if (!(rowNumber >= 1)) stop(`a row number in sheet "${ctx.name}" is damaged`);
          if (rowNumber > ctx.maxRows) stop(tooManyRowsMessage(ctx.name, rowNumber, ctx.maxRows));
          col = 0;
          return;
        }
        case 'mergeCell':
          if (a.ref !== undefined && a.ref.indexOf(':') > 0) merges.push(a.ref.replace(/\$/g, '').toUpperCase());
          return;
        case 'dimension': {
          const m = a.ref === undefined ? null : /(\d+)$/.exec(a.ref);
          const last = m === null ? 0 : Number(m[1]);
          if (last > ctx.maxRows) stop(tooManyRowsMessage(ctx.name, last, ctx.maxRows));
          return;
        }
        default:
      }
    },
    close: (name) => {
      switch (name) {
        case 'v':
        case 't':
          capture = 0;
          return;
        case 'is':
          inInline = false;
          return;
        case 'rPh':
          phonetic--;
          return;
        case 'c': {
          const cell = makeCell();
          if (cell !== null) {
            while (cells.length < col - 1) cells.push(BLANK_CELL);
            cells[col - 1] = cell;
          }
          return;
        }
        case 'sheetData':
          endRow();
          return;
        default:
      }
    },
    text: (text) => {
      if (capture === 1) value += text;
      else if (capture === 2) inline += text;
    },
  });
  if (!parsed.ok) return parsed;

  function makeCell(): Cell | null {
    if (type === 'n' && value !== null && value !== '') return numberCell(value);
    if (type === 's' && value !== null && value !== '') return stringCell(Number(value));
    const cellValue = valueOf();
    if (cellValue === undefined) return hasFormula ? cellOf(null, infoOf(style).shown) : null;
    const info = infoOf(style);
    if (typeof cellValue !== 'number') return cellOf(cellValue, info.shown);
    return { value: cellValue, text: numberText(info, cellValue), format: info.shown };
  }

  /** A number cell (`t="n"` or no type) from the text of its `<v>`. */
  function numberCell(raw: string): Cell {
    const info = infoOf(style);
    let cell = info.numberCells.get(raw);
    if (cell === undefined) {
      const n = Number(raw);
      if (!Number.isFinite(n)) cell = cellOf({ error: '#NUM!' }, info.shown);
      else {
        const cellValue = info.isDate ? dateSerial(n, ctx.date1904) : n;
        cell = { value: cellValue, text: numberText(info, cellValue), format: info.shown };
      }
      if (info.numberCells.size >= CACHED_PER_STYLE) info.numberCells.clear();
      info.numberCells.set(raw, cell);
    }
    return cell;
  }

  /** A shared string cell; a missing string reads as blank (or an empty formula result). */
  function stringCell(index: number): Cell | null {
    const s = ctx.strings[index];
    const info = infoOf(style);
    if (s === undefined) return hasFormula ? cellOf(null, info.shown) : null;
    let made = info.stringCells;
    if (made === null) {
      made = [];
      for (let i = 0; i < ctx.strings.length; i++) made.push(null);
      info.stringCells = made;
    }
    let cell = made[index];
    if (cell === null) {
      cell = cellOf(s, info.shown);
      made[index] = cell;
    }
    return cell;
  }

  function valueOf(): CellValue | undefined {
    switch (type) {
      case 's': {
        if (value === null || value === '') return undefined;
        const s = ctx.strings[Number(value)];
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
        const info = infoOf(style);
        return info.isDate ? dateSerial(n, ctx.date1904) : n;
      }
    }
  }

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
  return { ok: true, sheet: { name: ctx.name, rows, merges } };
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
